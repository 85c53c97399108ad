// IdSlots: the small id -> slot table the weave's scoring passes use instead of arrays by feature id.
import assert from 'node:assert/strict';
import test from 'node:test';
import { IdSlots } from '../src/weave/id-slots.js';

test('an id keeps its slot and value until the next reset, among ids that collide, and a reset forgets every id', () => {
  const t = new IdSlots();
  // ids a power of two apart share their low bits; large and small ids mixed
  const ids = [0, 1, 64, 128, 4096, 1 << 20, (1 << 26) - 1, 7, 8, 9];
  t.reset(ids.length);
  ids.forEach((id, i) => {
    const s = t.slot(id);
    assert.equal(t.vals[s], 0, `a new id's value starts at 0 (${id})`);
    t.vals[s] = i + 1;
  });
  ids.forEach((id, i) => {
    assert.equal(t.vals[t.slot(id)], i + 1);
    assert.equal(t.find(id), t.slot(id));
  });
  assert.equal(new Set(ids.map((id) => t.find(id))).size, ids.length);
  assert.equal(t.find(5), -1);
  assert.equal(t.find(65), -1);
  t.reset(3);
  for (const id of ids) assert.equal(t.find(id), -1);
  const s = t.slot(4096);
  assert.equal(t.vals[s], 0);
});

test('a table reset for more ids than before grows and holds them all', () => {
  const t = new IdSlots();
  t.reset(10);
  const n = 5000;
  t.reset(n);
  for (let i = 0; i < n; i++) t.vals[t.slot(i * 977)] = i;
  for (let i = 0; i < n; i++) assert.equal(t.vals[t.find(i * 977)], i);
});
