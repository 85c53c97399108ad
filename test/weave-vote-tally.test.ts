// VoteTally: the index votes per event a query gathers, in a small table instead of arrays by event index.
import assert from 'node:assert/strict';
import test from 'node:test';
import { VoteTally } from '../src/weave/vote-tally.js';

test('votes are summed per event in the order they come, and events are listed first vote first', () => {
  const t = new VoteTally();
  t.reset(6);
  const votes: [number, number][] = [
    [900_000, 0.1],
    [3, 0.25],
    [900_000, 0.2],
    [64, 0.5],
    [3, 0.125],
    [900_000, 0.3],
  ];
  for (const [ev, w] of votes) t.vote(ev, w);
  assert.equal(t.size, 3);
  assert.deepEqual(Array.from(t.events.subarray(0, t.size)), [900_000, 3, 64]);
  // the same additions in the same order as a sum by event index
  assert.equal(t.sums[0], 0.1 + 0.2 + 0.3);
  assert.equal(t.sums[1], 0.25 + 0.125);
  assert.equal(t.sums[2], 0.5);
});

test('a reset forgets the previous query, and a larger one grows the tally', () => {
  const t = new VoteTally();
  t.reset(2);
  t.vote(7, 1);
  t.vote(8, 1);
  t.reset(5000);
  for (let ev = 0; ev < 5000; ev++) t.vote(ev * 31, 1);
  assert.equal(t.size, 5000);
  t.vote(7 * 31, 2);
  assert.equal(t.sums[7], 3);
  t.reset(1);
  t.vote(8, 0.5);
  assert.equal(t.size, 1);
  assert.equal(t.events[0], 8);
  assert.equal(t.sums[0], 0.5);
});
