// Tests for the fingerprint stage's pure parts: normalisation, exact hash, shingles, MinHash estimates and signature bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  exactHash,
  fingerprint,
  FingerprintError,
  jaccardEstimate,
  minhash,
  minhashOph,
  normalise,
  shingleHashes,
  signatureFromBuffer,
  signatureToBuffer,
  fingerprintToRow,
  fingerprintFromRow,
  similarityFrom,
  tokenHashes,
  words,
  DEFAULT_PARAMS,
} from '../src/fingerprint/index.js';
import { COUNCIL, MARKETS, STORM_OTHER, STORM_WIRE, leadingParagraphs, withFurniture } from './fingerprint-texts.js';

test('normalise ignores case, punctuation, quote style and spacing', () => {
  const a = `He said: "We are ready to boost ties," adding that talks were 'possible'.`;
  const b = "HE SAID  ``we are ready to boost ties , '' adding that talks\nwere “possible”.";
  assert.equal(normalise(a), normalise(b));
  assert.equal(normalise(a), 'he said we are ready to boost ties adding that talks were possible');
  assert.equal(exactHash(a), exactHash(b));
  assert.notEqual(exactHash(a), exactHash(b.replace('ready', 'willing')));
});

test('words keeps non-Latin scripts and composes accents', () => {
  assert.deepEqual(words('Москва — Berlin: naïve CAFE\u0301, 北京 3.5%'), ['москва', 'berlin', 'naïve', 'café', '北京', '3', '5']);
  assert.deepEqual(words('  ...  '), []);
});

test('shingles are distinct, sorted, and a short text is one shingle', () => {
  const t = tokenHashes(words('the cat sat on the mat the cat sat on the mat'));
  const s = shingleHashes(t, 4);
  assert.equal(s.length, 6); // "the cat sat on", "cat sat on the", "sat on the mat", "on the mat the", "the mat the cat", "mat the cat sat"
  for (let i = 1; i < s.length; i++) assert.ok(s[i - 1]! < s[i]!);
  assert.equal(shingleHashes(tokenHashes(['two', 'words']), 4).length, 1);
  assert.equal(shingleHashes(new Uint32Array(0), 4).length, 0);
});

test('fingerprint is deterministic and sized by the parameters', () => {
  const a = fingerprint(STORM_WIRE);
  const b = fingerprint(STORM_WIRE);
  assert.equal(a.minhash.length, DEFAULT_PARAMS.permutations);
  assert.deepEqual(a, b);
  assert.ok(a.shingles > 200);
  const empty = fingerprint('');
  assert.equal(empty.shingles, 0);
});

test('MinHash Jaccard estimate tracks the true Jaccard of synthetic sets', () => {
  // Sets with known overlap: A = 0..999, B = 500..1499 -> J = 500/1500.
  const hashes = (from: number, to: number): Uint32Array => {
    const h = new Uint32Array(to - from);
    for (let i = from; i < to; i++) h[i - from] = Math.imul(i + 1, 0x9e3779b1) >>> 0;
    return h;
  };
  const A = minhash(hashes(0, 1000), 256, 42);
  const B = minhash(hashes(500, 1500), 256, 42);
  const j = jaccardEstimate(A, B);
  assert.ok(Math.abs(j - 1 / 3) < 0.08, `estimate ${j}`);
  const s = similarityFrom(j, 1000, 1000);
  assert.ok(Math.abs(s.containment - 0.5) < 0.1, `containment ${s.containment}`);
});

test('one-permutation MinHash (with densification) estimates Jaccard for large and small sets', () => {
  const hashes = (from: number, to: number): Uint32Array => {
    const h = new Uint32Array(to - from);
    for (let i = from; i < to; i++) h[i - from] = Math.imul(i + 7, 0x85ebca6b) >>> 0;
    return h;
  };
  // Large: J = 1/3. Small (fewer shingles than bins, so most bins are densified): A = 0..39, B = 20..59 -> J = 1/3.
  for (const [a0, a1, b0, b1] of [
    [0, 3000, 1500, 4500],
    [0, 40, 20, 60],
  ] as const) {
    let sum = 0;
    for (let seed = 1; seed <= 20; seed++) sum += jaccardEstimate(minhashOph(hashes(a0, a1), 128, seed), minhashOph(hashes(b0, b1), 128, seed));
    assert.ok(Math.abs(sum / 20 - 1 / 3) < 0.05, `mean estimate ${sum / 20} for sets of ${a1 - a0}`);
  }
  // Disjoint sets never match; identical sets always do; the empty set matches nothing that is not empty.
  assert.equal(jaccardEstimate(minhashOph(hashes(0, 50), 128, 3), minhashOph(hashes(50, 100), 128, 3)), 0);
  assert.equal(jaccardEstimate(minhashOph(hashes(0, 9), 128, 3), minhashOph(hashes(0, 9), 128, 3)), 1);
  assert.equal(jaccardEstimate(minhashOph(new Uint32Array(0), 128, 3), minhashOph(hashes(0, 9), 128, 3)), 0);
});

test('containment from Jaccard and sizes: a wholly contained half has containment 1', () => {
  const s = similarityFrom(0.5, 1000, 500);
  assert.equal(s.containment, 1);
  assert.equal(similarityFrom(0, 10, 10).containment, 0);
  assert.equal(similarityFrom(0.3, 0, 10).containment, 0);
});

test('truncated and padded copies keep a high containment; different articles on one event do not', () => {
  const full = fingerprint(STORM_WIRE);
  const est = (x: string) => {
    const f = fingerprint(x);
    return similarityFrom(jaccardEstimate(full.minhash, f.minhash), full.shingles, f.shingles);
  };
  const trunc = est(leadingParagraphs(STORM_WIRE, 0.5));
  assert.ok(trunc.containment > 0.85, `truncated ${JSON.stringify(trunc)}`);
  assert.ok(trunc.jaccard < 0.75, 'truncation lowers the Jaccard, which is why containment is used');
  const padded = est(withFurniture(STORM_WIRE));
  assert.ok(padded.containment > 0.9, `padded ${JSON.stringify(padded)}`);
  for (const other of [STORM_OTHER, COUNCIL, MARKETS]) assert.ok(est(other).containment < 0.15);
});

test('signatures round-trip through bytes, and a wrong length is a typed error', () => {
  const f = fingerprint(COUNCIL);
  const buf = signatureToBuffer(f.minhash);
  assert.equal(buf.length, f.minhash.length * 4);
  assert.deepEqual(signatureFromBuffer(buf), f.minhash);
  assert.deepEqual(fingerprintFromRow(fingerprintToRow(f)), f);
  // Bytes at an odd offset inside a bigger buffer (as SQLite may hand them over) still decode.
  const big = Buffer.concat([Buffer.from([1, 2, 3]), buf]);
  assert.deepEqual(signatureFromBuffer(big.subarray(3)), f.minhash);
  assert.throws(
    () => signatureFromBuffer(buf.subarray(0, 100)),
    (e: unknown) => e instanceof FingerprintError && e.code === 'bad-signature' && /expected 512/.test(e.message),
  );
});
