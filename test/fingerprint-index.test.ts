// Tests for the copy index and the dedup batch: copies found, same-event articles kept apart, lineage, idempotence, determinism.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CopyIndex, dedupBatch, fingerprint, FingerprintError, type CopyDoc } from '../src/fingerprint/index.js';
import { COUNCIL, MARKETS, STORM_OTHER, STORM_WIRE, leadingParagraphs, withFurniture } from './fingerprint-texts.js';

const doc = (id: string, text: string, seq: number, published: string | null = null): CopyDoc => ({ id, fp: fingerprint(text), published, seq });

test('an exact copy (reformatted) is found with similarity 1', () => {
  const ix = new CopyIndex();
  ix.add(doc('wire', STORM_WIRE, 0));
  const r = ix.add(doc('reprint', STORM_WIRE.toUpperCase().replace(/\n\n/g, '\n'), 1));
  assert.deepEqual(r, { copyOf: 'wire', similarity: 1, group: 'wire' });
});

test('a truncated copy and a padded copy are found, in either arrival order', () => {
  for (const order of [
    [0, 1, 2],
    [2, 1, 0],
    [1, 2, 0],
  ]) {
    const texts = [STORM_WIRE, leadingParagraphs(STORM_WIRE, 0.5), withFurniture(STORM_WIRE)];
    const ids = ['wire', 'truncated', 'padded'];
    const ix = new CopyIndex();
    ix.add(doc('council', COUNCIL, 100));
    order.forEach((k, seq) => ix.add(doc(ids[k]!, texts[k]!, seq)));
    const g = ix.groupOf('wire')!;
    assert.deepEqual([...g.members].sort(), ['padded', 'truncated', 'wire'], `order ${order}`);
    assert.equal(ix.groupOf('council')!.members.length, 1);
    const trunc = ix.resultFor('truncated')!;
    if (trunc.copyOf !== null) assert.ok(trunc.similarity > 0.8, `similarity ${trunc.similarity}`);
  }
});

test('a lightly edited copy is found; two different articles on one event are not linked', () => {
  const ix = new CopyIndex();
  ix.add(doc('wire', STORM_WIRE, 0));
  const edited = STORM_WIRE.replace('two people were injured', 'two people were hurt')
    .replace('Tuesday', 'Tuesday night')
    .replace('half of the affected', 'most affected');
  assert.equal(ix.add(doc('edited', edited, 1)).copyOf, 'wire');
  const other = ix.add(doc('feature', STORM_OTHER, 2));
  assert.deepEqual(other, { copyOf: null, similarity: 0, group: 'feature' });
  assert.equal(ix.add(doc('markets', MARKETS, 3)).copyOf, null);
  const q = ix.query(fingerprint(STORM_OTHER));
  assert.ok(q.every((c) => c.id === 'feature' || !c.copy));
});

test('lineage: the earliest published member is the origin, even when it arrives last', () => {
  const ix = new CopyIndex();
  ix.add(doc('late-reprint', withFurniture(STORM_WIRE), 0, '2024-03-04T09:00:00Z'));
  ix.add(doc('undated-copy', STORM_WIRE, 1, null));
  const r = ix.add(doc('original', leadingParagraphs(STORM_WIRE, 0.7), 2, '2024-03-03T18:30:00+01:00'));
  assert.equal(r.copyOf, null);
  assert.equal(r.group, 'original');
  assert.equal(ix.resultFor('late-reprint')!.copyOf, 'original');
  assert.equal(ix.resultFor('undated-copy')!.copyOf, 'original');
  const rows = [...ix.lineage()];
  assert.deepEqual(
    rows.map((x) => x.id),
    ['late-reprint', 'undated-copy', 'original'],
  );
  assert.ok(rows.every((x) => x.group === 'original'));
  assert.deepEqual(ix.groupOf('undated-copy')!.members, ['original', 'late-reprint', 'undated-copy']);
});

test('lineage without dates falls back to first seen (seq), not insertion order', () => {
  const ix = new CopyIndex();
  ix.add(doc('b', withFurniture(COUNCIL), 5));
  ix.add(doc('a', COUNCIL, 2));
  assert.equal(ix.resultFor('b')!.copyOf, 'a');
  assert.equal(ix.resultFor('a')!.copyOf, null);
});

test('re-adding the same documents is idempotent and results are deterministic across runs', () => {
  const docs = [
    doc('w', STORM_WIRE, 0, '2024-03-03'),
    doc('t', leadingParagraphs(STORM_WIRE, 0.6), 1, '2024-03-02'),
    doc('c', COUNCIL, 2),
    doc('p', withFurniture(COUNCIL), 3),
  ];
  const run = () => {
    const ix = new CopyIndex();
    for (const d of docs) ix.add(d);
    return ix;
  };
  const a = run();
  const first = [...a.lineage()];
  for (const d of docs) a.add(d);
  for (const d of [...docs].reverse()) a.add(d);
  assert.deepEqual([...a.lineage()], first);
  assert.equal(a.size, 4);
  assert.deepEqual([...run().lineage()], first);
  assert.equal(a.resultFor('w')!.copyOf, 't');
  assert.equal(a.resultFor('p')!.copyOf, 'c');
});

test('an index rebuilt from stored signature bytes gives the same lineage', async () => {
  const { fingerprintToRow, fingerprintFromRow } = await import('../src/fingerprint/index.js');
  const docs = [doc('w', STORM_WIRE, 0), doc('p', withFurniture(STORM_WIRE), 1), doc('m', MARKETS, 2)];
  const a = new CopyIndex();
  for (const d of docs) a.add(d);
  const rows = docs.map((d) => ({ id: d.id, ...fingerprintToRow(d.fp), published: d.published, seq: d.seq }));
  const b = new CopyIndex();
  for (const r of rows) b.add({ id: r.id, fp: fingerprintFromRow(r), published: r.published, seq: r.seq });
  assert.deepEqual([...b.lineage()], [...a.lineage()]);
});

test('a signature of the wrong size is a typed error naming the document', () => {
  const ix = new CopyIndex();
  assert.throws(
    () => ix.add({ id: 'x', fp: { exact: 'e', minhash: new Uint32Array(10), shingles: 3 }, published: null, seq: 0 }),
    (e: unknown) => e instanceof FingerprintError && e.code === 'bad-signature' && /document x/.test(e.message),
  );
});

test('empty texts are never copies of each other', () => {
  const ix = new CopyIndex();
  ix.add(doc('e1', '', 0));
  assert.equal(ix.add(doc('e2', '  \n ', 1)).copyOf, null);
});

test('dedupBatch keeps input order, reports bad rows in place and points copies at the origin', () => {
  const out = dedupBatch([
    { id: 'a', text: withFurniture(STORM_WIRE), published: '2024-03-04' },
    { id: 'b', text: MARKETS },
    { text: 'no id here' },
    { id: 'c', text: STORM_WIRE, published: '2024-03-03' },
    { id: 'd' },
    { id: 'e', text: leadingParagraphs(STORM_WIRE, 0.5) },
  ]);
  assert.equal(out.length, 6);
  assert.deepEqual(out[0], { id: 'a', copyOf: 'c', similarity: (out[0] as { similarity: number }).similarity, group: 'c' });
  assert.ok((out[0] as { similarity: number }).similarity > 0.9);
  assert.deepEqual(out[1], { id: 'b', copyOf: null, similarity: 0, group: 'b' });
  assert.ok('error' in out[2]! && out[2].id === null);
  assert.deepEqual(out[3], { id: 'c', copyOf: null, similarity: 0, group: 'c' });
  assert.ok('error' in out[4]! && out[4].id === 'd');
  assert.equal((out[5] as { copyOf: string | null }).copyOf, 'c');
});

test('addDetailed lists the other rows whose origin changed', () => {
  const ix = new CopyIndex();
  ix.add(doc('x', withFurniture(COUNCIL), 0, '2024-05-02'));
  ix.add(doc('y', COUNCIL.replace('Thursday night', 'Thursday evening'), 1, '2024-05-03'));
  ix.add(doc('m', MARKETS, 2, '2024-05-01'));
  const { result, changed } = ix.addDetailed(doc('first', leadingParagraphs(COUNCIL, 0.8), 3, '2024-05-01'));
  assert.equal(result.copyOf, null);
  assert.deepEqual(changed.map((c) => [c.id, c.copyOf, c.group]).sort(), [
    ['x', 'first', 'first'],
    ['y', 'first', 'first'],
  ]);
  assert.deepEqual(ix.addDetailed(doc('late', COUNCIL, 4, '2024-06-01')).changed, []);
  assert.deepEqual(ix.addDetailed(doc('first', COUNCIL, 3)).changed, []);
});
