// positionsByAscendingId: the radix sort the centroid merge and the recent window read an article's ids in order by.
import assert from 'node:assert/strict';
import test from 'node:test';
import { positionsByAscendingId } from '../src/weave/id-sort.js';
import { rng } from '../lib/random.js';

function byComparator(ids: number[]): number[] {
  return ids.map((_, i) => i).sort((x, y) => ids[x] - ids[y]);
}

test('positions come out in ascending id order for ids of one to four bytes, as a comparator sort gives them', () => {
  const next = rng(7);
  for (const top of [1000, 60_000, 3_000_000, 2 ** 31 + 5]) {
    const seen = new Set<number>();
    while (seen.size < 700) seen.add(Math.floor(next() * top));
    const ids = [...seen];
    assert.deepEqual(positionsByAscendingId(ids), byComparator(ids), `ids below ${top}`);
  }
});

test('no ids, one id, id 0 and ids already in order or reversed', () => {
  assert.deepEqual(positionsByAscendingId([]), []);
  assert.deepEqual(positionsByAscendingId([0]), [0]);
  assert.deepEqual(positionsByAscendingId([5, 0, 256, 1]), [1, 3, 0, 2]);
  const up = Array.from({ length: 3000 }, (_, i) => i * 3);
  assert.deepEqual(positionsByAscendingId(up), byComparator(up));
  const down = [...up].reverse();
  assert.deepEqual(positionsByAscendingId(down), byComparator(down));
});

test('a longer article than any before grows the scratch, and a shorter one after it is sorted on its own ids only', () => {
  const long = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 100_003);
  assert.deepEqual(positionsByAscendingId(long), byComparator(long));
  assert.deepEqual(positionsByAscendingId([9, 3]), [1, 0]);
});
