// Tests for the copy index's typed-array structures: band tables and string tables growing, the candidate set, the verification cap, growth vs presizing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BandedLsh, CandidateSet, CopyIndex, DEFAULT_PARAMS, StringTable, hashString32, withParams, type CopyDoc } from '../src/fingerprint/index.js';
import { rng } from '../lib/random.js';

const P = DEFAULT_PARAMS.permutations;

function randomSig(r: () => number): Uint32Array {
  const s = new Uint32Array(P);
  for (let i = 0; i < P; i++) s[i] = Math.floor(r() * 4294967296);
  return s;
}

/** A copy of `sig` with each position replaced by a random value with probability `p`. */
function mutate(sig: Uint32Array, p: number, r: () => number): Uint32Array {
  const s = sig.slice();
  for (let i = 0; i < P; i++) if (r() < p) s[i] = Math.floor(r() * 4294967296);
  return s;
}

const synthDoc = (id: string, sig: Uint32Array, seq: number): CopyDoc => ({ id, fp: { exact: `x:${id}`, minhash: sig, shingles: 300 }, published: null, seq });

test('band tables keep every document and chain through many doublings', () => {
  const r = rng(1);
  const n = 10000;
  const sigs = new Uint16Array(n * P); // the copy index keeps 16 bits a value
  const lsh = new BandedLsh(64, 2, 64, () => sigs, P, 16);
  for (let i = 0; i < n; i++) sigs.set(randomSig(r), i * P);
  // 50 exact duplicates of doc 0's signature share all 64 bands with it.
  const dup = n - 50;
  for (let i = dup; i < n; i++) sigs.copyWithin(i * P, 0, P);
  const cs = new CandidateSet(16);
  for (let i = 0; i < n; i++) lsh.insert(i);
  for (let i = 0; i < dup; i += 997) {
    lsh.collect(sigs, i * P, cs);
    const docs = Array.from({ length: cs.size }, (_, k) => cs.doc(k));
    assert.ok(docs.includes(i), `doc ${i} finds itself after the tables grew`);
    assert.equal(cs.hits(docs.indexOf(i)), 64);
  }
  lsh.collect(sigs, 0, cs);
  const docs = new Set(Array.from({ length: cs.size }, (_, k) => cs.doc(k)));
  assert.equal(docs.size, 51);
  for (let i = dup; i < n; i++) assert.ok(docs.has(i));
  assert.ok(docs.has(0));
});

test('a band chain is read newest first and at most maxChainScan deep', () => {
  const r = rng(2);
  const sig = Uint16Array.from(randomSig(r));
  const sigs = new Uint16Array(30 * P);
  for (let i = 0; i < 30; i++) sigs.set(sig, i * P);
  const lsh = new BandedLsh(64, 2, 10, () => sigs, P, 16);
  for (let i = 0; i < 30; i++) lsh.insert(i);
  const cs = new CandidateSet();
  lsh.collect(sig, 0, cs);
  assert.deepEqual(
    Array.from({ length: cs.size }, (_, k) => cs.doc(k)).sort((a, b) => a - b),
    [20, 21, 22, 23, 24, 25, 26, 27, 28, 29],
  );
});

test('the string table finds every key after growing, and tells colliding hashes apart', () => {
  const keys: string[] = [];
  const t = new StringTable((v) => keys[v]!, 16);
  for (let i = 0; i < 30000; i++) {
    keys.push(`article-${i}`);
    assert.equal(t.get(keys[i]!), -1);
    t.add(keys[i]!, i);
  }
  assert.equal(t.size, 30000);
  for (let i = 0; i < 30000; i += 7) assert.equal(t.get(`article-${i}`), i);
  assert.equal(t.get('article-30000'), -1);
  // Two different strings with the same 32-bit hash (found by a brute-force search over `c${i}`) are both kept.
  const pair = ['c693596', 'c1170850'] as const;
  assert.equal(hashString32(pair[0]), hashString32(pair[1]));
  const ck: string[] = [];
  const c = new StringTable((v) => ck[v]!);
  ck.push(pair[0]);
  c.add(pair[0], 0);
  assert.equal(c.get(pair[1]), -1);
  ck.push(pair[1]);
  c.add(pair[1], 1);
  assert.equal(c.get(pair[0]), 0);
  assert.equal(c.get(pair[1]), 1);
});

test('the candidate set counts band hits, clears in O(1), grows, and keeps the best', () => {
  const cs = new CandidateSet(16);
  for (let round = 0; round < 3; round++) {
    cs.clear();
    for (let d = 0; d < 500; d++) for (let h = 0; h <= d % 5; h++) cs.add(d * 7 + round);
    assert.equal(cs.size, 500);
    for (let k = 0; k < cs.size; k++) assert.equal(cs.hits(k), (((cs.doc(k) - round) / 7) % 5) + 1);
  }
  assert.equal(cs.keepBest(1000), 500);
  assert.equal(cs.keepBest(3), 3);
  // Most hits (5, i.e. d % 5 == 4), ties to the newest (highest) document.
  assert.deepEqual([cs.doc(0), cs.doc(1), cs.doc(2)], [499 * 7 + 2, 494 * 7 + 2, 489 * 7 + 2]);
});

test('the verification cap compares the candidates sharing most bands, so a near copy is not lost among decoys', () => {
  const r = rng(3);
  const params = withParams({ lsh: { maxVerify: 4 } });
  const ix = new CopyIndex(params);
  const orig = randomSig(r);
  ix.add(synthDoc('orig', orig, 0));
  // 300 unrelated documents that each share exactly one band (two positions) with the original.
  for (let j = 0; j < 300; j++) {
    const s = randomSig(r);
    const b = j % params.lsh.bands;
    s.set(orig.subarray(b * 2, b * 2 + 2), b * 2);
    assert.equal(ix.add(synthDoc(`decoy${j}`, s, j + 1)).copyOf, null);
  }
  const near = mutate(orig, 0.15, r);
  assert.deepEqual(ix.add(synthDoc('near', near, 400)), { copyOf: 'orig', similarity: ix.resultFor('near')!.similarity, group: 'orig' });
  const st = ix.stats();
  assert.ok(st.capped >= 1, 'the near copy had more candidates than the cap');
  assert.equal(st.compared <= st.lshInserts * 4, true);
  // An exact copy is found by its exact hash whatever the cap.
  assert.equal(ix.add({ id: 'exact', fp: { exact: 'x:orig', minhash: orig, shingles: 300 }, published: null, seq: 500 }).copyOf, 'orig');
  const q = ix.query({ exact: 'x:none', minhash: near, shingles: 300 }, 3);
  assert.equal(q[0]!.id, 'near');
  assert.equal(q[1]!.id, 'orig');
});

test('an index grown from a tiny size gives the same lineage as a presized one', () => {
  const r = rng(4);
  const docs: CopyDoc[] = [];
  const bases: Uint32Array[] = [];
  for (let i = 0; i < 6000; i++) {
    const copy = bases.length > 0 && r() < 0.2;
    const sig = copy ? mutate(bases[Math.floor(r() * bases.length)]!, 0.1, r) : randomSig(r);
    if (!copy) bases.push(sig);
    docs.push({ ...synthDoc(`d${i}`, sig, i), published: r() < 0.5 ? null : new Date(Date.UTC(2024, 0, 1 + Math.floor(r() * 300))).toISOString() });
  }
  const grown = new CopyIndex(DEFAULT_PARAMS, 16);
  const presized = new CopyIndex(DEFAULT_PARAMS, docs.length);
  for (const d of docs) {
    grown.add(d);
    presized.add(d);
  }
  const a = [...grown.lineage()];
  assert.deepEqual(a, [...presized.lineage()]);
  assert.ok(a.filter((x) => x.copyOf !== null).length > 1000);
  // Every group lists all its members once, origin first.
  const byGroup = new Map<string, string[]>();
  for (const x of a) byGroup.set(x.group, [...(byGroup.get(x.group) ?? []), x.id]);
  for (const [g, ms] of byGroup) {
    const info = grown.groupOf(ms[0]!)!;
    assert.equal(info.origin, g);
    assert.equal(info.members[0], g);
    assert.deepEqual([...info.members].sort(), [...ms].sort());
  }
});

test('band links are made only where a key repeats, and a band whose key a represented document holds is left out', () => {
  const r = rng(5);
  const n = 2000;
  const sigs = new Uint16Array((n + 2) * P);
  for (let i = 0; i < n; i++) sigs.set(randomSig(r), i * P);
  const lsh = new BandedLsh(64, 2, 64, () => sigs, P, 16);
  for (let i = 0; i < n; i++) lsh.insert(i);
  assert.equal(lsh.linkCount, 0, 'distinct signatures chain nothing');
  const cs = new CandidateSet();
  const found = () => Array.from({ length: cs.size }, (_, k) => cs.doc(k)).sort((a, b) => a - b);
  // Doc n has doc 0's signature; doc 0 stands for it, so none of its bands is entered.
  sigs.copyWithin(n * P, 0, P);
  lsh.collectForInsert(n, cs);
  assert.deepEqual(found(), [0]);
  lsh.commitInsert(n, (other) => other === 0);
  assert.equal(lsh.linkCount, 0);
  lsh.collect(sigs, 0, cs);
  assert.deepEqual(found(), [0]);
  // Doc n + 1, the same signature again, with nothing standing for it: a link in every band, found newest first.
  sigs.copyWithin((n + 1) * P, 0, P);
  lsh.insert(n + 1);
  assert.equal(lsh.linkCount, 64);
  lsh.collect(sigs, 0, cs);
  assert.deepEqual(found(), [0, n + 1]);
  assert.throws(() => lsh.commitInsert(n + 1), /without collectForInsert/);
});

test('near copies of one article make no band links, a copy of a copy still joins the group, and another group sharing a band does', () => {
  const r = rng(6);
  const ix = new CopyIndex(DEFAULT_PARAMS, 16);
  for (let i = 0; i < 500; i++) ix.add(synthDoc(`other${i}`, randomSig(r), i));
  const orig = randomSig(r);
  ix.add(synthDoc('orig', orig, 1000));
  let prev = orig;
  for (let i = 0; i < 40; i++) {
    // each a light edit of the one before: the last shares little with the original
    prev = mutate(prev, 0.03, r);
    assert.equal(ix.add(synthDoc(`edit${i}`, prev, 1001 + i)).group, 'orig', `edit ${i} joins the group`);
  }
  assert.equal(ix.stats().links, 0, 'keys already held by the group are left to the member holding them');
  const decoy = randomSig(r);
  decoy.set(orig.subarray(0, 2), 0);
  assert.equal(ix.add(synthDoc('decoy', decoy, 2000)).copyOf, null);
  assert.equal(ix.stats().links, 1, 'another group under a held key is chained');
  const q = ix.query({ exact: 'x:none', minhash: prev, shingles: 300 }, 1);
  assert.equal(q[0]!.id, 'edit39');
});
