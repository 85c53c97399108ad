// Key terms and names from an IDF snapshot at each power of two of the woven articles: the summaries do not depend on
// when they were flushed, survive the rows, and a reader lists what the weaver gives.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../src/engine/index.js';
import { keyIdfOf, keyIdfRows, weaverOfRecords } from '../src/engine/key-idf-rows.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { KeyIdf, keyIdfPoint } from '../src/weave/key-idf.js';
import { type EventSummary, type StorylineSummary, type SummaryChanges, Weaver } from '../src/weave/index.js';
import { Vocabulary } from '../src/weave/vocabulary.js';
import { buildCorpus, corpusJsonl } from './helpers/crash-corpus.js';
import { tempDir } from './helpers/tmp.js';

const inputOf = (r: ReturnType<typeof buildCorpus>[number]) => ({ id: r.id, title: r.title, text: r.text, published: r.published });

/** What a store holds after applying every flush of summaries: the latest summary by id, as JSON. */
class Held {
  readonly byId = new Map<string, string>();
  apply(ch: SummaryChanges): void {
    if (ch.all) this.byId.clear();
    for (const x of [...ch.events, ...ch.storylines]) this.byId.set(x.id, JSON.stringify(x));
    for (const id of [...ch.eventsRemoved, ...ch.storylinesRemoved]) this.byId.delete(id);
  }
  sorted(): string[] {
    return [...this.byId.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([id, json]) => `${id} ${json}`);
  }
}

const fresh = (w: Weaver): string[] =>
  [...w.events(), ...w.storylines()]
    .map((x: EventSummary | StorylineSummary) => `${x.id} ${JSON.stringify(x)}`)
    .sort((a, b) => a.slice(0, a.indexOf(' ')).localeCompare(b.slice(0, b.indexOf(' '))));

test('snapshot points are the powers of two of the woven articles', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 1023, 1024, 1025, 5000, 1_048_576].map(keyIdfPoint), [null, 1, 2, 2, 4, 512, 1024, 1024, 4096, 1_048_576]);
});

test('the same stream flushed at three cadences holds the same summaries at the end, equal to what the weaver gives now', () => {
  const rows = buildCorpus(700, 3);
  const cadences = [1, 37, 700];
  const held = cadences.map(() => new Held());
  const weavers = cadences.map(() => new Weaver());
  rows.forEach((r, i) => {
    weavers.forEach((w, k) => {
      w.add(inputOf(r));
      if ((i + 1) % cadences[k]! === 0) held[k]!.apply(w.flushSummaries());
    });
  });
  for (let k = 0; k < cadences.length; k++) held[k]!.apply(weavers[k]!.flushSummaries());
  const expected = fresh(weavers[0]!);
  assert.ok(expected.length > 100, `${expected.length} summaries`);
  for (let k = 0; k < cadences.length; k++) assert.deepEqual(held[k]!.sorted(), expected, `a flush every ${cadences[k]} articles`);
});

test('a point rewrites every summary once; between points only the changed ones are handed out', () => {
  const rows = buildCorpus(300, 4);
  const w = new Weaver();
  for (const r of rows.slice(0, 255)) w.add(inputOf(r));
  w.flushSummaries();
  w.add(inputOf(rows[255]!));
  const atPoint = w.flushSummaries();
  assert.ok(atPoint.all, 'the 256th article passes a point: every summary is handed out');
  w.add(inputOf(rows[256]!));
  const after = w.flushSummaries();
  assert.ok(!after.all && after.events.length < atPoint.events.length / 4, `${after.events.length} events handed out`);
});

test('the snapshot survives its rows; a weave loaded without one takes its own and rewrites its summaries', () => {
  const rows = buildCorpus(600, 5);
  const w = new Weaver();
  for (const r of rows) w.add(inputOf(r));
  const snap = w.keyIdfSnapshot!;
  assert.equal(snap.point, 512);
  const back = keyIdfOf(keyIdfRows(snap)).state!;
  assert.deepEqual([back.point, back.docs, [...back.df], [...back.hash]], [snap.point, snap.docs, [...snap.df], [...snap.hash]]);
  const set = w.flushRows({ all: true });
  const rebuilt = Weaver.fromRows(set, back);
  assert.deepEqual(rebuilt.events(), w.events());
  assert.equal(rebuilt.flushSummaries().all, false, 'its own snapshot: nothing is due');
  // without its snapshot (an older store): one taken at load, of all 600 articles, and every summary due again
  const older = Weaver.fromRows(set);
  assert.equal(older.keyIdfSnapshot!.docs, 600);
  assert.ok(older.flushSummaries().all);
  assert.ok(older.keyIdfToSave() !== null, 'written with its next rows');
  // a snapshot of another point is not taken for this one
  assert.equal(Weaver.fromRows(set, { ...back, point: 256 }).keyIdfSnapshot!.docs, 600);
});

test('an id retired and taken by another key since the snapshot counts as unseen then (df 0)', () => {
  const vocab = new Vocabulary();
  const a = vocab.intern('w:alpha');
  const b = vocab.intern('w:beta');
  for (let i = 0; i < 4; i++) vocab.observe(i < 3 ? [a, b] : [a]);
  const idf = new KeyIdf(vocab);
  assert.ok(idf.state, 'four documents: the snapshot of point 4');
  const seen3 = idf.idf(vocab, b, 1);
  assert.equal(seen3, Math.log((4 + 1) / (3 + 1)));
  vocab.forget([b]);
  const c = vocab.intern('w:gamma');
  assert.equal(c, b, 'the retired id is reused');
  assert.equal(idf.idf(vocab, c, 1), Math.log((4 + 1) / 1));
  assert.equal(idf.idf(vocab, a, 1), Math.log((4 + 1) / (4 + 1)));
});

test('ingests of different sizes into two stores give byte-identical summary rows; a reader lists what the weaver gives', async (t) => {
  const dir = tempDir(t);
  const rows = buildCorpus(560, 6);
  const whole = join(dir, 'whole.jsonl');
  writeFileSync(whole, corpusJsonl(rows));
  const one = SqliteStore.open(join(dir, 'one.db'));
  const many = SqliteStore.open(join(dir, 'many.db'));
  t.after(() => Promise.all([one.close(), many.close()]));
  await new Engine(one).ingest([whole]);
  const engine = new Engine(many);
  // a flush at the end of each ingest: 7 ingests of 80 articles pass the points 256 and 512 between flushes
  for (let i = 0; i < rows.length; i += 80) {
    const part = join(dir, `part-${i}.jsonl`);
    writeFileSync(part, corpusJsonl(rows.slice(i, i + 80)));
    await engine.ingest([part]);
  }
  const stored = async (s: SqliteStore) => {
    const r = await s.loadSummaries();
    return [...r.events, ...r.storylines].map((x) => `${x.id} ${x.data}`).sort((a, b) => a.localeCompare(b));
  };
  const [a, b] = [await stored(one), await stored(many)];
  assert.ok(a.length > 100);
  assert.deepEqual(b, a);
  const w = weaverOfRecords(await many.loadWeaveRows())!;
  assert.equal(w.keyIdfSnapshot?.point, 512);
  assert.deepEqual(
    a,
    fresh(w).sort((x, y) => x.localeCompare(y)),
  );
  // a reader over the store lists the stored rows: the same events, key terms and names as the weaver's
  const reader = SqliteStore.open(join(dir, 'many.db'));
  t.after(() => reader.close());
  const listed = (await new Engine(reader).events({ limit: 10_000 })).items;
  const byId = new Map(w.events().map((e) => [e.id, e]));
  assert.equal(listed.length, byId.size);
  for (const e of listed) {
    const f = byId.get(e.id)!;
    assert.deepEqual([e.label, e.topTerms, e.headline], [f.label, f.topTerms, f.headline], e.id);
  }
});

test('a snapshot with a block missing or corrupt reads as none, not as an error', () => {
  const s = { point: 65_536, docs: 65_536, df: new Uint32Array(70_000).fill(3), hash: new Int32Array(70_000).fill(7) };
  const rows = keyIdfRows(s);
  assert.equal(rows.length, 2);
  assert.equal(keyIdfOf(rows).state?.df.length, 70_000);
  assert.equal(keyIdfOf([rows[0]!]).state, null, 'a block missing');
  const cut = { ...rows[1]!, data: (rows[1]!.data as Uint8Array).subarray(0, 40) };
  assert.deepEqual(keyIdfOf([rows[0]!, cut]), { state: null, blocks: 2 });
});
