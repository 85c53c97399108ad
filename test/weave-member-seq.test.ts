// Each event's memberSeq stays aligned with its members: the walks find an event's recent members by number exactly as by id.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver, applyRows, rowSetOf } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { overlapStream as stream } from './helpers/weave-overlap.js';

const coreOf = (w: Weaver): WeaveCore => (w as unknown as { core: WeaveCore }).core;

/** Every member of every event: found by its memberSeq exactly when (and as) the window holds its id. */
function assertAligned(core: WeaveCore, when: string): number {
  let recent = 0;
  for (const e of core.eventList) {
    assert.equal(e.memberSeq.length, e.members.length, `${when}: ${e.id}`);
    for (let i = 0; i < e.members.length; i++) {
      const byId = core.recent.get(e.members[i]);
      assert.equal(core.recentMember(e, i), byId, `${when}: ${e.id} member ${i} (${e.members[i]})`);
      if (byId) recent++;
    }
  }
  return recent;
}

test('memberSeq finds the recent members the ids find, after every add and after restores', () => {
  const w = new Weaver({ refineWindow: 60 });
  const core = coreOf(w);
  const tables = new Map<string, Map<string | number, unknown>>();
  let moved = 0;
  for (const x of stream(31, 700)) {
    w.add(x);
    moved += w.movedByLastAdd().length;
    assert.ok(assertAligned(core, `after ${x.id}`) > 0);
    if (x.id.endsWith('7')) applyRows(tables, w.flushRows());
  }
  assert.ok(moved > 0, 'some articles moved');
  assert.ok(
    core.eventList.some((e) => e.mergedInto >= 0 && e.members.length > 0),
    'some events merged',
  );
  assert.ok(
    core.eventList.some((e) => e.members.length > 6 && e.members.some((m) => !core.recent.get(m))),
    'members left the window',
  );
  applyRows(tables, w.flushRows());
  const backs = [Weaver.restore(w.snapshot()), Weaver.fromRows(rowSetOf(tables), w.keyIdfSnapshot)];
  for (const back of backs) assertAligned(coreOf(back), 'restored');
  for (const x of stream(32, 80)) {
    const y = { ...x, id: `n${x.id}` };
    const event = w.add(y).event;
    for (const back of backs) {
      assert.equal(back.add(y).event, event, y.id);
      assertAligned(coreOf(back), `restored, after ${y.id}`);
    }
  }
});
