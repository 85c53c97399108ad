// live() and the votes' window read typed mirrors of the records' mergedInto and dates: after every add they answer as the records do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver, type WeaveInput } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { rng } from '../lib/random.js';
import { overlapStream as stream } from './helpers/weave-overlap.js';
import { dayGap } from '../src/weave/dates.js';

/** The reference: follow mergedInto over the records themselves. */
function walk(core: WeaveCore, ev: number): number {
  let at = ev;
  while (core.eventList[at].mergedInto >= 0) at = core.eventList[at].mergedInto;
  return at;
}

test('live() answers as a walk over the records after every add, merged and emptied events included', () => {
  const w = new Weaver();
  const core = (w as unknown as { core: WeaveCore }).core;
  for (const x of stream(11, 600)) {
    w.add(x);
    for (let ev = 0; ev < core.eventList.length; ev++) assert.equal(core.live(ev), walk(core, ev), `after ${x.id}: event ${ev}`);
  }
  const merged = core.eventList.filter((e) => e.mergedInto >= 0).length;
  assert.ok(merged > 0, `some events were merged or emptied (${merged} of ${core.eventList.length})`);
});

test('a weaver rebuilt from a snapshot follows the same merges', () => {
  const w = new Weaver();
  for (const x of stream(12, 400)) w.add(x);
  const back = Weaver.restore(w.snapshot());
  const core = (back as unknown as { core: WeaveCore }).core;
  for (let ev = 0; ev < core.eventList.length; ev++) assert.equal(core.live(ev), walk(core, ev), `event ${ev}`);
  for (const x of stream(13, 100)) {
    const y = { ...x, id: `n${x.id}` };
    assert.deepEqual(back.add(y).event, w.add(y).event, y.id);
  }
});

/** The stream above with every seventh article undated and the days spread back and forth (joins, moves and merges widen ranges both ways). */
function spreadStream(seed: number, n: number): WeaveInput[] {
  const r = rng(seed + 100);
  return stream(seed, n).map((x, i) => {
    if (i % 7 === 3) return { ...x, published: null };
    const day = Math.floor(i / 25) + Math.floor(r() * 9) - 4;
    return { ...x, published: new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10) };
  });
}

test('the date-range mirror answers as dayGap over the records after every add, moved, merged and split events included', () => {
  const w = new Weaver();
  const core = (w as unknown as { core: WeaveCore }).core;
  let widened = 0;
  const before = new Map<number, number | null>();
  for (const x of spreadStream(14, 600)) {
    w.add(x);
    core.facts.sync(core.eventList);
    for (let ev = 0; ev < core.eventList.length; ev++) {
      const e = core.eventList[ev];
      for (const day of [null, 20450, 20454, 20460, 20475, 20500])
        assert.equal(core.facts.gap(ev, day), dayGap(day, e.firstDay, e.lastDay), `after ${x.id}: event ${ev}, day ${day}`);
      if (before.has(ev) && before.get(ev) !== e.firstDay) widened++;
      before.set(ev, e.firstDay);
    }
  }
  assert.ok(widened > 0, `some events' ranges widened after they were first read (${widened})`);
});
