// The weave's speed parts give what the slower code they replace gave: the key table finds exactly its keys (also as ranges of a joined string, across retired ids), the strongest-first order and the selection match a sort, and carried features load as the keys they name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyTable, hash2Range, hashRange } from '../src/weave/key-table.js';
import { Vocabulary } from '../src/weave/vocabulary.js';
import { FeatureSink } from '../src/weave/feature-sink.js';
import { byWeight, strongestFirst } from '../src/weave/weight-order.js';
import { select } from '../src/weave/centroid.js';
import { spreadQuery } from '../src/weave/spread-vector.js';
import { SubsetScores } from '../src/weave/subset-scores.js';
import { rng } from '../lib/random.js';

test('the key table finds a key only by equal text, also inside a joined string, and grows', () => {
  const keys: string[] = [];
  const table = new KeyTable(keys);
  for (let i = 0; i < 20_000; i++) {
    const k = `w:key${i}`;
    keys.push(k);
    table.insert(i, hashRange(k, 0, k.length), hash2Range(k, 0, k.length));
  }
  const joined = ['w:key17', 'w:nokey', 'w:key19999', 'w:key1'].join('\n');
  const at = (s: string): [number, number] => [joined.indexOf(s), joined.indexOf(s) + s.length];
  for (const [k, want] of [
    ['w:key17', 17],
    ['w:nokey', -1],
    ['w:key19999', 19_999],
  ] as const) {
    const [start, end] = at(k);
    assert.equal(table.find(joined, start, end, hashRange(joined, start, end)), want);
  }
  // the last key of the joined string runs to its end; a prefix of a key is not that key
  const s = joined.lastIndexOf('w:key1');
  assert.equal(table.find(joined, s, joined.length, hashRange(joined, s, joined.length)), 1);
  assert.equal(table.find('w:key1', 0, 5, hashRange('w:key1', 0, 5)), -1);
});

test('two keys of one hash keep their own ids (the text decides, the hash only narrows)', () => {
  const keys = ['w:alpha', 'w:beta', 'w:gamma'];
  const table = new KeyTable(keys);
  // every key entered under the same hash: all of them in one probe run
  for (let i = 0; i < keys.length; i++) table.insert(i, 42, 7);
  for (let i = 0; i < keys.length; i++) assert.equal(table.find(keys[i], 0, keys[i].length, 42), i);
  assert.equal(table.find('w:delta', 0, 7, 42), -1);
});

test('removed ids leave the table: keys after them in a probe run are still found, and their slots are taken again', () => {
  const keys = ['w:alpha', 'w:beta', 'w:gamma', 'w:delta'];
  const table = new KeyTable(keys);
  // one probe run: every key under the same first hash
  for (let i = 0; i < 3; i++) table.insert(i, 42, i);
  table.remove(1);
  assert.equal(table.find('w:beta', 0, 6, 42), -1);
  assert.equal(table.findHashed(42, 1), -1);
  assert.equal(table.find('w:gamma', 0, 7, 42), 2);
  assert.equal(table.findHashed(42, 2), 2);
  table.insert(3, 42, 3);
  assert.equal(table.find('w:delta', 0, 7, 42), 3);
  // many inserts and removals: the table rehashes past its load and finds exactly the ids still in it
  const many: string[] = [];
  const big = new KeyTable(many);
  const live = new Set<number>();
  const rand = rng(9);
  for (let i = 0; i < 30_000; i++) {
    const k = `n:${i}`;
    many.push(k);
    big.insert(i, hashRange(k, 0, k.length), hash2Range(k, 0, k.length));
    live.add(i);
    if (rand() < 0.4) {
      const gone = Math.floor(rand() * (i + 1));
      if (live.delete(gone)) big.remove(gone);
    }
  }
  for (let i = 0; i < many.length; i++) {
    const k = many[i];
    assert.equal(big.find(k, 0, k.length, hashRange(k, 0, k.length)), live.has(i) ? i : -1);
    assert.equal(big.findHashed(hashRange(k, 0, k.length), hash2Range(k, 0, k.length)), live.has(i) ? i : -1);
  }
});

test('the vocabulary forgets keys and gives their ids to new ones; a rebuilt vocabulary finds the same ids', () => {
  const v = new Vocabulary();
  const ids = ['w:a', 'e:b', 'n:12', 'd:2020', 'q:x y z w'].map((k) => v.intern(k));
  assert.deepEqual(ids, [0, 1, 2, 3, 4]);
  v.forget([1, 3]);
  assert.equal(v.intern('w:a'), 0);
  assert.equal(v.intern('w:new'), 1);
  assert.equal(v.intern('e:b'), 3);
  assert.equal(v.ns[3], 1);
  assert.equal(v.intern('q:x y z w'), 4);
  const again = new Vocabulary([...v.keys], v.df.subarray(0, v.size), v.docs, v.seen.subarray(0, v.size));
  for (let id = 0; id < v.keys.length; id++) assert.equal(again.intern(v.keys[id]), id);
  assert.throws(() => v.intern('x:unknown'), /namespace/);
});

test('carried features load as their keys; a count that does not match the weights loads nothing', () => {
  const sink = new FeatureSink();
  const keys = ['w:storm', 'e:new orleans', 'w:storm_surge', 'n:120'];
  assert.equal(sink.loadJoined(keys.join('\n'), '\n', Float64Array.from([1, 2, 0.5, 3]), 2), true);
  assert.deepEqual(
    Array.from(sink.bumped(), (id, k) => [sink.vocab.keys[id], sink.weightsInOrder()[k]]),
    keys.map((k, i) => [k, [1, 2, 0.5, 3][i]]),
  );
  assert.equal(sink.words, 2);
  assert.equal(sink.loadJoined(keys.join('\n'), '\n', Float64Array.from([1, 2, 3]), 2), false);
  assert.equal(sink.loadJoined(keys.join('\n'), '\n', Float64Array.from([1, 2, 3, 4, 5]), 2), false);
  assert.equal(sink.loadJoined('', '\n', new Float64Array(0), 0), true);
  assert.equal(sink.count, 0);
});

test('keys are found by their hash pair alone; a pair that differs in either hash finds nothing', () => {
  const keys: string[] = [];
  const table = new KeyTable(keys);
  for (let i = 0; i < 5000; i++) {
    const k = `e:name ${i}`;
    keys.push(k);
    table.insert(i, hashRange(k, 0, k.length), hash2Range(k, 0, k.length));
  }
  for (const i of [0, 17, 4999]) {
    const k = keys[i];
    const [h, h2] = table.hashesOf(i);
    assert.deepEqual([h, h2], [hashRange(k, 0, k.length), hash2Range(k, 0, k.length)]);
    assert.equal(table.findHashed(h, h2), i);
    assert.equal(table.findHashed(h, h2 ^ 1), -1);
    assert.equal(table.findHashed(h ^ 1, h2), -1);
  }
  // the two hashes are not one function twice: among the keys, no pair of first hashes also shares its second
  const seen = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) {
    const [h, h2] = table.hashesOf(i);
    if (seen.has(h)) assert.notEqual(seen.get(h), h2);
    seen.set(h, h2);
  }
});

/** The marks a producer thread gives these keys joined by newlines: per key its two hashes and its end. */
function marksOf(keys: string[]): Int32Array {
  const producer = new FeatureSink();
  const marks = new Int32Array(3 * keys.length);
  let end = -1;
  keys.forEach((k, i) => {
    const [h, h2] = producer.vocab.hashesOf(producer.id(k));
    end += 1 + k.length;
    marks.set([h, h2, end], 3 * i);
  });
  return marks;
}

test('features carried with their marks load as the same ids and weights as by their text, new keys interned on the way', () => {
  const keys = ['w:storm', 'e:new orleans', 'w:storm_surge', 'n:120', 'q:the levee broke at dawn'];
  const weights = Float64Array.from([1, 2, 0.5, 3, 0.25]);
  const marks = marksOf(keys);
  const byText = new FeatureSink();
  const byMarks = new FeatureSink();
  // the writer knows two of the keys already, under other ids than the producer's
  for (const k of ['w:other', 'n:120', 'w:storm']) {
    byText.id(k);
    byMarks.id(k);
  }
  assert.equal(byText.loadJoined(keys.join('\n'), '\n', weights, 3), true);
  assert.equal(byMarks.loadMarked(keys.join('\n'), '\n', marks, weights, 3), true);
  assert.deepEqual(byMarks.bumped(), byText.bumped());
  assert.deepEqual(
    Array.from(byMarks.bumped(), (id, k) => [byMarks.vocab.keys[id], byMarks.weightsInOrder()[k]]),
    keys.map((k, i) => [k, weights[i]]),
  );
  assert.equal(byMarks.vocab.intern('n:120'), 1);
  assert.equal(byMarks.words, 3);
  // marks that do not fit the string or the weights load nothing
  assert.equal(byMarks.loadMarked(keys.join('\n'), '\n', marks.slice(3), weights, 3), false);
  assert.equal(byMarks.loadMarked(`${keys.join('\n')}x`, '\n', marks, weights, 3), false);
});

test('a key carried twice with its marks sums into its first place, as bumps by text do; a later article starts clean', () => {
  const keys = ['w:storm', 'e:levee', 'w:storm', 'n:120', 'e:levee', 'w:storm'];
  const weights = Float64Array.from([1, 2, 0.5, 3, 0.25, 4]);
  const marks = marksOf(keys);
  const byText = new FeatureSink();
  const byMarks = new FeatureSink();
  assert.equal(byText.loadJoined(keys.join('\n'), '\n', weights, 2), true);
  assert.equal(byMarks.loadMarked(keys.join('\n'), '\n', marks, weights, 2), true);
  const read = (x: FeatureSink) => Array.from(x.bumped(), (id, k) => [x.vocab.keys[id], x.weightsInOrder()[k]]);
  assert.deepEqual(read(byMarks), read(byText));
  assert.deepEqual(read(byMarks), [
    ['w:storm', 5.5],
    ['e:levee', 2.25],
    ['n:120', 3],
  ]);
  // an article bumped by text after one loaded by marks (and the other way) holds only its own weights
  byMarks.reset();
  byMarks.bumpKey('w:storm', 2);
  assert.deepEqual(read(byMarks), [['w:storm', 2]]);
  assert.equal(byText.loadMarked(keys.join('\n'), '\n', marks, weights, 2), true);
  assert.equal(byText.acc[byText.vocab.intern('e:levee')], 0);
  assert.deepEqual(read(byText), [
    ['w:storm', 5.5],
    ['e:levee', 2.25],
    ['n:120', 3],
  ]);
});

test("subset scores hold each pair of rows' per-group dot products exactly as a merge of the two rows sums them", () => {
  const rand = rng(3);
  for (let t = 0; t < 60; t++) {
    const n = 1 + Math.floor(rand() * 12);
    const groups = 3;
    const rows = Array.from({ length: n }, () => {
      const ids = [...new Set(Array.from({ length: Math.floor(rand() * 80) }, () => Math.floor(rand() * 150)))].sort((a, b) => a - b);
      return { ids: Int32Array.from(ids), values: Float64Array.from(ids, () => rand()), groups: Int8Array.from(ids, (id) => id % groups), weight: 1 };
    });
    let seen: number[] = [];
    const s = new SubsetScores(rows, groups, (dots) => {
      seen = Array.from(dots);
      return 0;
    });
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const want = [0, 0, 0];
        const [a, b] = i <= j ? [rows[i], rows[j]] : [rows[j], rows[i]];
        for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length; ) {
          if (a.ids[x] < b.ids[y]) x++;
          else if (a.ids[x] > b.ids[y]) y++;
          else want[a.groups[x]] += a.values[x++] * b.values[y++];
        }
        s.pair(i, j);
        assert.deepEqual(seen, want);
      }
  }
});

test('strongest first matches a comparator sort (weight descending, id ascending), ties included', () => {
  const rand = rng(11);
  for (let t = 0; t < 400; t++) {
    const n = Math.floor(rand() * 400);
    const ids = Array.from({ length: n }, (_, i) => i * 5 + Math.floor(rand() * 5)).sort(() => rand() - 0.5);
    const w = Array.from({ length: n }, () => (rand() < 0.4 ? Math.floor(rand() * 3) : rand()));
    const want = Array.from(ids.keys()).sort((x, y) => w[y] - w[x] || ids[x] - ids[y]);
    assert.deepEqual(byWeight(w, ids), want);
  }
});

test('the strongest k come first in the order of a full sort, then every other position once', () => {
  const rand = rng(17);
  for (let t = 0; t < 400; t++) {
    const n = Math.floor(rand() * 600);
    const ids = Array.from({ length: n }, (_, i) => i * 3 + Math.floor(rand() * 3)).sort(() => rand() - 0.5);
    const w = Array.from({ length: n }, () => (rand() < 0.4 ? Math.floor(rand() * 3) : rand()));
    const k = Math.floor(rand() * 40);
    const got = strongestFirst(w, ids, k);
    assert.deepEqual(got.slice(0, k), byWeight(w, ids).slice(0, k));
    assert.deepEqual(
      [...got].sort((x, y) => x - y),
      Array.from({ length: n }, (_, i) => i),
    );
  }
});

test('selection gives the value a numeric sort puts at k', () => {
  const rand = rng(5);
  for (let t = 0; t < 400; t++) {
    const n = 1 + Math.floor(rand() * 600);
    const a = Float64Array.from({ length: n }, () => (rand() < 0.5 ? Math.floor(rand() * 4) : rand() * 9));
    const k = Math.floor(rand() * n);
    assert.equal(select(Float64Array.from(a), n, k), Float64Array.from(a).sort()[k]);
  }
});

test('a query vector is spread once and cleared when another one comes, its bits set exactly where it has weight', () => {
  const owner = {};
  const bit = (bits: Uint32Array, id: number): boolean => (bits[id >>> 5] & (1 << (id & 31))) !== 0;
  const v = { ids: [3, 7, 40], weights: [0.5, 0.25, 2], raw: [], byId: new Map(), hasGroup: [] };
  const d = spreadQuery(owner, v, 64);
  assert.equal(d.weight(3), 0.5);
  assert.equal(d.weight(7), 0.25);
  assert.equal(d.weight(40), 2);
  assert.equal(d.weight(41), 0);
  assert.deepEqual(
    Array.from({ length: 64 }, (_, id) => id).filter((id) => bit(d.bits, id)),
    [3, 7, 40],
  );
  assert.equal(spreadQuery(owner, v, 64), d);
  const u = { ...v, ids: [4], weights: [1] };
  const e = spreadQuery(owner, u, 2000);
  assert.equal(e.bits.length * 32 >= 2000, true);
  assert.equal(e.weight(3), 0);
  assert.equal(e.weight(7), 0);
  assert.equal(e.weight(4), 1);
  assert.deepEqual(
    Array.from({ length: 2000 }, (_, id) => id).filter((id) => bit(e.bits, id)),
    [4],
  );
  // the same arrays again (no growth): the old vector's bits are cleared, the new one's set
  const w = { ...v, ids: [5, 1999], weights: [1, 3] };
  const f = spreadQuery(owner, w, 2000);
  assert.deepEqual(
    Array.from({ length: 2000 }, (_, id) => id).filter((id) => bit(f.bits, id)),
    [5, 1999],
  );
  assert.equal(f.weight(1999), 3);
  assert.equal(f.weight(4), 0);
});
