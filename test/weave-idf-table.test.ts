// The vocabulary's idf, kept per document frequency: every id's idf is the formula's for its df and the quantised N of
// now, after documents are counted, ids forgotten and reused, and N crosses a quantisation step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Vocabulary } from '../src/weave/vocabulary.js';

const PRIOR = 20;

/** N rounded down to 7 significant bits, as the vocabulary quantises it. */
function quantised(n: number): number {
  if (n < 128) return n;
  const step = 2 ** (Math.floor(Math.log2(n)) - 6);
  return Math.floor(n / step) * step;
}

/** Every live id's idf against the formula, through idf() and through the hot loops' table. */
function checkAll(vocab: Vocabulary): void {
  const n = quantised(vocab.docs);
  for (let id = 0; id < vocab.size; id++) {
    if (!vocab.isLive(id)) continue;
    const want = Math.log((n + PRIOR) / (vocab.df[id] + 1));
    assert.equal(vocab.idf(id, PRIOR), want, `idf of ${vocab.keys[id]} (df ${vocab.df[id]}) at ${vocab.docs} documents`);
    const { df, values, tags, epoch } = vocab.idfTable();
    // a df past the table is computed each time (the table keeps the small ones, which stay in cache)
    if (df[id] >= tags.length) continue;
    assert.equal(tags[df[id]], epoch, 'the table holds the value idf() just gave');
    assert.equal(values[df[id]], want);
  }
}

test('idf follows each id’s document frequency and N as documents are counted, ids forgotten and reused', () => {
  const vocab = new Vocabulary();
  const ids = Array.from({ length: 40 }, (_, i) => vocab.intern(`w:term${i}`));
  // documents of varied overlap: dfs spread over 0..~200, N past several quantisation steps (128, 192, 256 ...)
  for (let doc = 0; doc < 300; doc++) {
    const held = ids.filter((_, i) => (doc * (i + 3)) % (i + 2) === 0 || i < 3);
    vocab.observe(held);
    if (doc % 37 === 0) checkAll(vocab);
  }
  checkAll(vocab);
  // two ids of one df share the value; an id whose df grows past another's reads the new df's value
  const [a, b] = [ids[0]!, ids[1]!];
  assert.equal(vocab.df[a], vocab.df[b]);
  assert.equal(vocab.idf(a, PRIOR), vocab.idf(b, PRIOR));
  vocab.observe([a]);
  assert.notEqual(vocab.idf(a, PRIOR), vocab.idf(b, PRIOR));
  checkAll(vocab);
  // a forgotten id's slot reused by a new key starts at df 0
  vocab.forget([ids[39]!]);
  const reused = vocab.intern('w:newcomer');
  assert.equal(reused, ids[39]);
  assert.equal(vocab.idf(reused, PRIOR), Math.log((quantised(vocab.docs) + PRIOR) / 1));
  checkAll(vocab);
});

test('a document frequency past the table gets the formula’s value, and the table does not grow', () => {
  const vocab = new Vocabulary();
  const id = vocab.intern('w:everywhere');
  const rare = vocab.intern('w:rare');
  const size = vocab.idfTable().tags.length;
  for (let doc = 0; doc < size + 500; doc++) vocab.observe(doc % 1000 === 0 ? [id, rare] : [id]);
  assert.equal(vocab.df[id], size + 500);
  assert.equal(vocab.idf(id, PRIOR), Math.log((quantised(size + 500) + PRIOR) / (size + 501)));
  assert.equal(vocab.idfTable().tags.length, size, 'the table keeps its size');
  checkAll(vocab);
});
