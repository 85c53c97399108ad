// The compact posting index (one-entry lists by id, longer ones in slab blocks) answers as the Map of arrays it replaces (lists, caps, order of keys), and candidates() kept by insertion rank as a full sort does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PostingIndex } from '../src/weave/posting-index.js';
import { Weaver, type WeaveInput } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { vectorize } from '../src/weave/scoring.js';
import { dayNumber } from '../src/weave/dates.js';
import { rng } from '../lib/random.js';

/** The reference: a Map of arrays with the bounded append the weave used before. */
function mapPost(m: Map<number, number[]>, id: number, event: number, cap: number): void {
  const list = m.get(id);
  if (!list) {
    m.set(id, cap >= 1 ? [event] : []);
    return;
  }
  const at = list.lastIndexOf(event);
  if (at >= 0) list.splice(at, 1);
  list.push(event);
  if (list.length > cap) list.splice(0, list.length - cap);
}

test('the posting index gives the lists (copied and in place), sizes and key order of a Map under random posts, sets and deletes', () => {
  for (const cap of [0, 1, 2, 5, 48]) {
    const r = rng(40 + cap);
    const index = new PostingIndex();
    const map = new Map<number, number[]>();
    for (let step = 0; step < 20_000; step++) {
      const id = Math.floor(r() * (r() < 0.5 ? 40 : 3000));
      const x = r();
      if (x < 0.8) {
        const event = Math.floor(r() * (r() < 0.7 ? 4 : 50));
        index.post(id, event, cap);
        mapPost(map, id, event, cap);
      } else if (x < 0.9) assert.equal(index.delete(id), map.delete(id), `step ${step}: delete ${id}`);
      else {
        const events = Array.from({ length: Math.floor(r() * 3) }, () => Math.floor(r() * 9));
        index.set(id, [...events]);
        map.set(id, [...events]);
      }
      const probe = Math.floor(r() * 3000);
      assert.deepEqual(index.get(probe) && [...(index.get(probe) as number[])], map.get(probe), `step ${step}: list of ${probe}`);
      assert.equal(index.has(probe), map.has(probe));
      // the list read in place, without a copy, and its length
      const held = index.view(probe);
      assert.deepEqual([...held.subarray(index.viewAt, index.viewAt + index.viewLength)], map.get(probe) ?? [], `step ${step}: view of ${probe}`);
      assert.equal(index.lengthOf(probe), map.get(probe)?.length ?? 0);
    }
    assert.equal(index.size, map.size);
    assert.deepEqual(index.keys(), [...map.keys()], `cap ${cap}: keys in insertion order`);
    assert.deepEqual(index.entries(), [...map.entries()]);
  }
});

test('candidates() keeps the same best events, in the same order, as a full sort of the votes', () => {
  const r = rng(8);
  const names = Array.from({ length: 60 }, (_, i) => `Rivo${'xyzqk'[i % 5]}${i} Dalen${i % 17}`);
  const inputs: WeaveInput[] = Array.from({ length: 700 }, (_, i) => {
    const a = names[Math.floor(r() * names.length)];
    const b = names[Math.floor(r() * names.length)];
    const words = Array.from({ length: 12 }, () => `word${Math.floor(r() * 90)}`).join(' ');
    const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10);
    return { id: `c${i}`, title: `${a} meets ${b}`, text: `${a} and ${b} spoke about ${words}. ${words} again.`, published: date };
  });
  const w = new Weaver();
  const core = (w as unknown as { core: WeaveCore }).core;
  let compared = 0;
  for (const x of inputs) {
    const v = vectorize(core, x, false);
    const day = dayNumber(x.published);
    const all = core.candidates(v, day, 10_000);
    for (const limit of [1, 3, 12, 40]) {
      assert.deepEqual(core.candidates(v, day, limit), all.slice(0, limit), `${x.id}: the best ${limit}`);
      if (all.length > limit) compared++;
    }
    w.add(x);
  }
  assert.ok(compared > 500, `lists longer than the limit were compared (${compared})`);
});
