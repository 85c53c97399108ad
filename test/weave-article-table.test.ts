// The article table answers as the Map<string, number> it replaces: get, has, size and entries in insertion order, across its rehashes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ArticleTable } from '../src/weave/article-table.js';
import { rng } from '../lib/random.js';

test('the article table gives what a Map gives under random sets and lookups', () => {
  const r = rng(21);
  const table = new ArticleTable();
  const map = new Map<string, number>();
  // ids of every shape: short, long, unicode, and ones that differ in one character
  const idOf = (k: number): string => (k % 3 === 0 ? `a${k}` : k % 3 === 1 ? `https://example.org/news/${k}/story-é-${k % 7}` : `é${'x'.repeat(k % 40)}${k}`);
  for (let step = 0; step < 30_000; step++) {
    const id = idOf(Math.floor(r() * (r() < 0.3 ? 50 : 12_000)));
    const event = Math.floor(r() * 500);
    table.set(id, event);
    map.set(id, event);
    const probe = idOf(Math.floor(r() * 14_000));
    assert.equal(table.get(probe), map.get(probe), `step ${step}: ${probe}`);
    assert.equal(table.has(probe), map.has(probe));
  }
  assert.equal(table.size, map.size);
  assert.ok(map.size > 5_000, `the table rehashed several times (${map.size} ids)`);
  assert.deepEqual([...table.entries()], [...map.entries()]);
});
