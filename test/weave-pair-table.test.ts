// The word-pair table of the weave's features: ids kept by their two word ids through growth, none for pairs not held.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PairTable } from '../src/weave/pair-table.js';

test('a pair keeps its id through the table growing, and its reverse or any pair not set has none', () => {
  const t = new PairTable();
  const n = 5000;
  for (let i = 0; i < n; i++) t.set(i, (i * 7919) % 100_003, i + 1);
  assert.equal(t.size, n);
  for (let i = 0; i < n; i++) assert.equal(t.get(i, (i * 7919) % 100_003), i + 1);
  assert.equal(t.get(1, 0), -1);
  assert.equal(t.get(n, 0), -1);
  assert.equal(t.get(7919, 1), -1);
});

test('ids near 2^31 are told apart (no key folded into a number)', () => {
  const t = new PairTable();
  const big = 2 ** 31 - 2;
  t.set(big, 1, 10);
  t.set(1, big, 20);
  t.set(big, big, 30);
  assert.deepEqual([t.get(big, 1), t.get(1, big), t.get(big, big), t.get(big, 2)], [10, 20, 30, -1]);
});
