// Records that hold no ids (founders under founderGate 0, events merged away) share one empty array each, not one per event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver, type WeaveInput } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { NO_COUNTS, NO_IDS, NO_WEIGHTS } from '../src/weave/records.js';
import { rng } from '../lib/random.js';

/** Overlapping small happenings (few names, shared words, close days): events found apart merge and empty. */
function stream(seed: number, n: number): WeaveInput[] {
  const r = rng(seed);
  const names = Array.from({ length: 24 }, (_, i) => `Rivo${'xyzqk'[i % 5]}${i} Dalen${i % 7}`);
  return Array.from({ length: n }, (_, i) => {
    const a = names[Math.floor(r() * names.length)];
    const b = names[Math.floor(r() * names.length)];
    const words = Array.from({ length: 14 }, () => `word${Math.floor(r() * 40)}`).join(' ');
    const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 25) * 86_400_000).toISOString().slice(0, 10);
    return { id: `m${i}`, title: `${a} meets ${b}`, text: `${a} and ${b} spoke about ${words}. ${words} again.`, published: date };
  });
}

test('empty founders and the arrays of events merged away are the shared empties', () => {
  const w = new Weaver({ founderGate: 0 });
  for (const x of stream(21, 500)) w.add(x);
  const core = (w as unknown as { core: WeaveCore }).core;
  const merged = core.eventList.filter((e) => e.mergedInto >= 0 && e.members.length > 0);
  assert.ok(merged.length > 0, 'some events were merged away');
  for (const e of core.eventList) {
    assert.equal(e.founderIds, NO_IDS, e.id);
    assert.equal(e.founderWeights, NO_WEIGHTS, e.id);
  }
  for (const e of merged) {
    assert.equal(e.centroidIds, NO_IDS, e.id);
    assert.equal(e.centroidWeights, NO_WEIGHTS, e.id);
    assert.equal(e.centroidCounts, NO_COUNTS, e.id);
  }
  const back = Weaver.restore(w.snapshot());
  for (const e of (back as unknown as { core: WeaveCore }).core.eventList) assert.equal(e.founderIds, NO_IDS, `restored ${e.id}`);
});
