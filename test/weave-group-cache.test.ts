// The feature groups cached on an event record: an event that went idle (archived, merged away or emptied) keeps no array it no longer holds alive.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver, type WeaveInput } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { rng } from '../lib/random.js';

/** Small happenings over many days (names of their own, shared words): events join, merge, empty and go idle. */
function stream(seed: number, n: number): WeaveInput[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const k = Math.floor(i / 6) + (r() < 0.3 ? 1 : 0);
    const words = Array.from({ length: 14 }, () => `word${Math.floor(r() * 40)}`).join(' ');
    const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10);
    return { id: `g${i}`, title: `Talks in Velmar${k}`, text: `Orsa Velmar${k} and Tamo Kell${k} spoke about ${words}. ${words} again.`, published: date };
  });
}

test('an archived, merged or emptied event caches the groups of its arrays now or of none', () => {
  const w = new Weaver({ archiveAfterArticles: 40, archivedTerms: 8 });
  const core = (w as unknown as { core: WeaveCore }).core;
  for (const x of stream(21, 700)) w.add(x);
  const idleBefore = core.seq - core.config.archiveAfterArticles;
  let idle = 0;
  for (const e of core.eventList) {
    if (e.mergedInto < 0 && e.lastSeq > idleBefore) continue;
    idle++;
    for (const [c, ids] of [
      [e.centroidGroups, e.centroidIds],
      [e.founderGroups, e.founderIds],
    ] as const) {
      assert.ok(c.ids === null || c.ids === ids, `${e.id}: its cache holds an array it let go of`);
    }
  }
  assert.ok(idle > 50, `idle events: ${idle}`);
  assert.ok(
    core.eventList.some((e) => e.mergedInto >= 0),
    'some events were merged or emptied',
  );
});
