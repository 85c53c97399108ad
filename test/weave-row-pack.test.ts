// Weave rows in their stored form: packed events, recent articles and term blocks read back to the same rows, and rows
// of the older JSON form are still read and marked to be written again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { olderRows, weaveRowChanges, weaveRowSet } from '../src/engine/weave-rows.js';
import { isPacked, packRow, unpackRow } from '../src/engine/weave-row-pack.js';
import { KEY_BLOCK, OLDER_TERM_COUNTS, OLDER_TERM_KEYS, TERM_BLOCK, TERM_COUNTS, termBlockRows, termsFromBlocks } from '../src/engine/weave-term-blocks.js';
import { changedTermBlocks } from '../src/weave/term-blocks.js';
import { Vocabulary } from '../src/weave/vocabulary.js';
import type { WeaveRowRecord } from '../src/store/store.js';
import { applyRows, rowSetOf, Weaver, type WeaveInput, type WeaveRows } from '../src/weave/index.js';
import { Engine } from '../src/engine/index.js';
import { KEY_IDF_KIND } from '../src/engine/key-idf-rows.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { join } from 'node:path';
import { engineState } from './helpers/store-state.js';
import { SEEDS, tempDir } from './helpers/tmp.js';

function input(i: number): WeaveInput {
  const topic = i % 5;
  return {
    id: `a${i}`,
    title: `Topic ${topic} news ${i}`,
    text: `Officials in city${topic} said on Monday that the council${topic} approved plan${topic} and budget${topic}. Story ${i} adds word${i}.`,
    published: `2024-03-${String(1 + (i % 20)).padStart(2, '0')}`,
    entities: [{ name: `Person ${topic}`, type: 'person' }],
  };
}

/** What a store holds after these changes (upserts by kind and key, deletes, replace). */
function storeRows(into: Map<string, WeaveRowRecord>, changes: ReturnType<typeof weaveRowChanges>): void {
  if (changes.replace) into.clear();
  for (const r of changes.upserts) into.set(`${r.kind}/${r.key}`, r);
  for (const d of changes.deletes) into.delete(`${d.kind}/${d.key}`);
}

test('packed rows give back their head and arrays exactly, whatever the byte offset they are read at', () => {
  const ids = Int32Array.from([3, -1, 2 ** 31 - 1]);
  const w = Float32Array.from([0.1, 1 / 3, -2.5]);
  const bytes = packRow({ id: 'é1', n: null }, [ids, w, new Uint32Array(0)]);
  assert.ok(isPacked(bytes));
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  const back = unpackRow<{ id: string }>(shifted.subarray(1), [Int32Array, Float32Array, Uint32Array]);
  assert.deepEqual(back.head, { id: 'é1', n: null });
  assert.deepEqual(back.arrays, [ids, w, new Uint32Array(0)]);
  assert.throws(() => unpackRow(bytes.subarray(0, bytes.length - 2), [Int32Array, Float32Array, Uint32Array]), /truncated or corrupt.*re-cluster/);
  assert.ok(!isPacked(Buffer.from('{"id":1}')));
});

test('a weave written as packed rows over many flushes reads back to the rows the weave handed out', () => {
  const w = new Weaver();
  const stored = new Map<string, WeaveRowRecord>();
  const tables = new Map<string, Map<string | number, unknown>>();
  for (let i = 0; i < 120; i++) {
    w.add(input(i));
    if (i % 9 === 8) {
      const rows = w.flushRows({ blocks: true });
      applyRows(tables, rows);
      storeRows(stored, weaveRowChanges(rows, false));
    }
  }
  const rows = w.flushRows({ blocks: true });
  applyRows(tables, rows);
  storeRows(stored, weaveRowChanges(rows, false));
  const records = [...stored.values()];
  assert.ok(!olderRows(records));
  assert.ok(records.filter((r) => r.kind === 'events').every((r) => isPacked(r.data)));
  // the terms as the weave holds them now (flushed with blocks, the row set above holds none)
  const expected = { ...rowSetOf(tables), terms: w.flushRows({ all: true }).terms };
  assert.ok(expected.terms.length > 50);
  const byId = <T>(a: T[], k: (x: T) => string | number) => [...a].sort((x, y) => String(k(x)).localeCompare(String(k(y))));
  const set = weaveRowSet(records)!;
  assert.deepEqual(
    byId(set.events, (e) => e.index),
    byId(expected.events, (e) => e.index),
  );
  assert.deepEqual(
    byId(set.recent, (r) => r.id),
    byId(expected.recent, (r) => r.id),
  );
  assert.deepEqual(
    byId(set.terms, (t) => t.id),
    byId(expected.terms, (t) => t.id),
  );
  assert.equal(JSON.stringify(Weaver.fromRows(set, w.keyIdfSnapshot).events()), JSON.stringify(w.events()));
});

test('term blocks come straight from the vocabulary: a flush rewrites only the blocks whose terms changed, and a forgotten term leaves its block', () => {
  const vocab = new Vocabulary();
  const flush = (all = false): string[] => {
    const rows = termBlockRows(changedTermBlocks(vocab, all)).map((r) => `${r.kind}/${r.key}`);
    vocab.changed.clear();
    vocab.keysChanged.clear();
    vocab.dropped.clear();
    return rows;
  };
  for (let id = 0; id < 3 * TERM_BLOCK; id++) vocab.intern(`w:t${id}`);
  // keys by KEY_BLOCK ids, counts by TERM_BLOCK ids
  assert.equal(flush().length, (3 * TERM_BLOCK) / KEY_BLOCK + 3);
  vocab.observe([TERM_BLOCK + 5]);
  assert.deepEqual(flush(), ['termCountsVar/1']);
  vocab.forget([7]);
  assert.deepEqual(flush(), ['termKeys64/0', 'termCountsVar/0']);
  // a new key fills the hole: its block's keys change again; the last block grows by a new id
  vocab.intern('w:new');
  vocab.intern('w:newer');
  assert.deepEqual(flush(), ['termKeys64/0', `termKeys64/${(3 * TERM_BLOCK) / KEY_BLOCK}`, 'termCountsVar/0', 'termCountsVar/3']);
  assert.equal(flush(true).length, (3 * TERM_BLOCK) / KEY_BLOCK + 1 + 4);
});

test("term counts are stored as varints against the flush's document count and read back exactly, large values included", () => {
  const df = Uint32Array.from([0, 1, 127, 128, 16_383, 16_384, 2_000_000, 0xffffffff]);
  const seen = Uint32Array.from([0, 5, 4_000_000_000, 0xffffffff, 1, 0, 3, 0xfffffffe]);
  const docs = 0xffffffff;
  const keys = Array.from(df, (_, i) => `w:k${i}`);
  const rows = termBlockRows({ counts: [{ block: 0, df, seen }], keys: [{ block: 0, keys }], docs });
  assert.deepEqual(
    termsFromBlocks(rows),
    keys.map((key, id) => ({ id, key, df: df[id], seen: seen[id] })),
  );
  // smaller than the two 32-bit arrays it replaced, for counts as they mostly are (small dfs, recently seen)
  const small = termBlockRows({
    counts: [{ block: 0, df: new Uint32Array(TERM_BLOCK).fill(2), seen: new Uint32Array(TERM_BLOCK).fill(99_900) }],
    keys: [],
    docs: 100_000,
  });
  assert.ok(small[0]!.data.length < (8 * TERM_BLOCK) / 2);
  // a counts row cut short is a WeaveError naming the block, not wrong counts
  const cut = { ...rows[1]!, data: (rows[1]!.data as Uint8Array).subarray(0, rows[1]!.data.length - 1) };
  assert.throws(() => termsFromBlocks([rows[0]!, cut]), { name: 'WeaveError', message: /term block 0 has counts that are truncated or corrupt/ });
});

test('a weave rebuilt from stored blocks after forgetting writes blocks that read back to its terms', () => {
  const w = new Weaver({ forgetEvery: 10, forgetAfterArticles: 10, forgetMaxDf: 1 });
  const stored = new Map<string, WeaveRowRecord>();
  for (let i = 0; i < 60; i++) w.add(input(i));
  storeRows(stored, weaveRowChanges(w.flushRows({ all: true, blocks: true }), true));
  const again = Weaver.fromRows(weaveRowSet([...stored.values()])!);
  for (let i = 60; i < 90; i++) again.add(input(i));
  storeRows(stored, weaveRowChanges(again.flushRows({ blocks: true }), false));
  const byId = (ts: { id: number; key: string; df: number }[]) => [...ts].sort((x, y) => x.id - y.id).map((t) => [t.id, t.key, t.df]);
  assert.deepEqual(byId(weaveRowSet([...stored.values()])!.terms), byId(again.flushRows({ all: true }).terms));
});

test('a store whose weave holds 300k terms reads back (no argument-list limit on the terms)', () => {
  const w = new Weaver();
  for (let i = 0; i < 3; i++) w.add(input(i));
  const records = weaveRowChanges(w.flushRows({ all: true, blocks: true }), true).upserts.filter((r) => r.kind === 'meta');
  const blocks = 300;
  for (let b = 0; b < blocks; b++) {
    const keys = Array.from({ length: TERM_BLOCK }, (_, i) => `w:t${b * TERM_BLOCK + i}`);
    // blocks of the older form (keys and counts by 1,024 ids, counts as 32-bit arrays), as a store of 300k terms holds them
    records.push({ kind: OLDER_TERM_KEYS, key: String(b), data: JSON.stringify(keys) });
    const df = new Uint32Array(TERM_BLOCK).fill(1);
    records.push({ kind: OLDER_TERM_COUNTS, key: String(b), data: packRow(null, [df, new Uint32Array(TERM_BLOCK).fill(2)]) });
  }
  const terms = weaveRowSet(records)!.terms;
  assert.equal(terms.length, blocks * TERM_BLOCK);
  assert.deepEqual(terms.at(-1), { id: blocks * TERM_BLOCK - 1, key: `w:t${blocks * TERM_BLOCK - 1}`, df: 1, seen: 2 });
  assert.ok(olderRows(records), 'and marked to be written again in the present form');
});

/** The weave's rows as an older version wrote them: JSON text, one row per term. */
function olderForm(rows: WeaveRows): WeaveRowRecord[] {
  const older: WeaveRowRecord[] = [{ kind: 'meta', key: '0', data: JSON.stringify(rows.meta) }];
  for (const e of rows.events) older.push({ kind: 'events', key: String(e.index), data: JSON.stringify(e) });
  for (const s of rows.storylines) older.push({ kind: 'storylines', key: String(s.index), data: JSON.stringify(s) });
  for (const t of rows.terms) older.push({ kind: 'terms', key: String(t.id), data: JSON.stringify(t) });
  for (const p of rows.postings) older.push({ kind: 'postings', key: String(p.feature), data: JSON.stringify(p) });
  for (const p of rows.actorPostings) older.push({ kind: 'actorPostings', key: String(p.feature), data: JSON.stringify(p) });
  for (const r of rows.recent) older.push({ kind: 'recent', key: r.id, data: JSON.stringify(r) });
  return older;
}

test('rows of the older JSON form (one row per term, JSON events) are read and marked to be written again', () => {
  const w = new Weaver();
  for (let i = 0; i < 30; i++) w.add(input(i));
  const older = olderForm(w.flushRows({ all: true }));
  assert.ok(olderRows(older));
  assert.equal(JSON.stringify(Weaver.fromRows(weaveRowSet(older)!, w.keyIdfSnapshot).events()), JSON.stringify(w.events()));
});

test('a store holding rows of the older form is read once, then all its rows are written packed, with the same events', async (t) => {
  const path = join(tempDir(t), 'older.db');
  const store = SqliteStore.open(path);
  const engine = new Engine(store);
  await engine.ingest([SEEDS]);
  const before = await engineState(engine, store);
  const stored = await store.loadWeaveRows();
  const rows = Weaver.fromRows(weaveRowSet(stored)!).flushRows({ all: true });
  store.db.exec("DELETE FROM weave_rows; DELETE FROM meta WHERE key = 'weave.summary_rows'");
  // the key-term IDF snapshot is kept (a store without it has its key terms ranked again once: src/weave/key-idf.ts)
  const keyIdf = stored.filter((r) => r.kind === KEY_IDF_KIND);
  await store.saveWeaveRows({ replace: false, upserts: [...olderForm(rows), ...keyIdf], deletes: [] }, true);
  await store.close();

  const reopened = SqliteStore.open(path);
  t.after(() => reopened.close());
  assert.deepEqual(await engineState(new Engine(reopened), reopened), before);
  const records = await reopened.loadWeaveRows();
  assert.ok(!olderRows(records), 'every row is in the packed form now');
  assert.ok(records.some((r) => r.kind === TERM_COUNTS));
  assert.ok(!records.some((r) => r.kind === OLDER_TERM_COUNTS || r.kind === OLDER_TERM_KEYS));
});

test('recent articles are stored keyed by their add number in arrival order: rows leaving the window are the oldest, a re-woven article leaves no old row', () => {
  const w = new Weaver({ refineWindow: 10 });
  const stored = new Map<string, WeaveRowRecord>();
  for (let i = 0; i < 40; i++) {
    w.add(input(i));
    if (i % 7 === 6) storeRows(stored, weaveRowChanges(w.flushRows({ blocks: true }), false));
  }
  w.add(input(35)); // woven again: a new add number, its older row must go
  storeRows(stored, weaveRowChanges(w.flushRows({ blocks: true }), false));
  const recent = [...stored.values()].filter((r) => r.kind === 'recent');
  const keys = recent.map((r) => r.key);
  assert.equal(keys.length, 10, 'one row per article in the window');
  assert.deepEqual(
    [...keys].sort(),
    keys.slice().sort((a, b) => Number(a) - Number(b)),
    'keys sort as numbers do',
  );
  const back = weaveRowSet([...stored.values()])!.recent;
  assert.deepEqual(back.map((r) => r.id).sort(), ['a31', 'a32', 'a33', 'a34', 'a35', 'a36', 'a37', 'a38', 'a39'].concat('a30').sort());
  assert.equal(new Set(back.map((r) => r.id)).size, 10, 'no article twice');
  assert.ok(!olderRows([...stored.values()]));
  assert.ok(olderRows([...stored.values(), { kind: 'recent', key: 'a35', data: recent[0]!.data }]), 'a row keyed by article id is of the older form');
});
