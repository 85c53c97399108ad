// Exact-text hashes kept as words read back as the strings pushed, whatever their form, and exact copies are still found through them.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { CopyIndex, fingerprint } from '../src/fingerprint/index.js';
import { ExactKeys } from '../src/fingerprint/exact-keys.js';

test('hashes of 32 hex characters and of any other form read back exactly, in arrival order past the first growth', () => {
  const keys = new ExactKeys();
  const pushed: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const hex = createHash('sha256').update(String(i)).digest('hex');
    const h =
      i % 7 === 0 ? hex : i % 7 === 1 ? `0000000${hex.slice(7, 32)}` : i % 7 === 2 ? hex.toUpperCase().slice(0, 32) : i % 7 === 3 ? hex : hex.slice(0, 32);
    pushed.push(h);
    keys.push(h);
  }
  pushed.push('');
  keys.push('');
  for (let d = 0; d < pushed.length; d++) assert.equal(keys.get(d), pushed[d], `document ${d}`);
  assert.ok(keys.bytes() < 3001 * 32, `${keys.bytes()} bytes`);
});

test('an exact copy arriving after thousands of documents is found as exact and linked to the first of its text', () => {
  const index = new CopyIndex();
  const word = (i: number, k: number) => createHash('md5').update(`${i}:${k}`).digest('hex').replace(/[0-9]/g, '').slice(0, 8);
  const text = (i: number) => Array.from({ length: 40 }, (_, k) => word(i, k)).join(' ');
  for (let i = 0; i < 2500; i++) index.add({ id: `d${i}`, fp: fingerprint(text(i)), published: null, seq: i });
  const [best] = index.query(fingerprint(text(1234)));
  assert.deepEqual([best?.id, best?.exact], ['d1234', true]);
  const r = index.add({ id: 'copy', fp: fingerprint(text(1234)), published: null, seq: 2500 });
  assert.equal(r.copyOf, 'd1234');
});
