// Event and storyline summaries kept as rows: a flush writes only the summaries that changed, a reader lists what the
// writer lists, and an older store's one-value summaries become rows once.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../src/engine/index.js';
import { weaverOfRecords } from '../src/engine/key-idf-rows.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { SummaryRowChanges } from '../src/store/store.js';
import { type EventSummary, type StorylineSummary, Weaver } from '../src/weave/index.js';
import { buildCorpus, corpusJsonl } from './helpers/crash-corpus.js';
import { engineState } from './helpers/store-state.js';
import { tempDir } from './helpers/tmp.js';

/** A summary as compared: whole, key terms and names included (ranked by the IDF snapshot in force, whenever written). */
const settled = (x: EventSummary | StorylineSummary) => JSON.stringify(x);

/** Counts the store's reads of the weave rows (a reader listing summaries from rows reads none). */
function countLoads(store: SqliteStore): { n: number } {
  const loads = { n: 0 };
  const load = store.loadWeaveRows.bind(store);
  store.loadWeaveRows = async () => {
    loads.n++;
    return load();
  };
  return loads;
}

/** A store whose summary writes are recorded, with a corpus of `n` articles split at `at` into two JSONL files. */
function setup(t: Parameters<typeof tempDir>[0], n: number, at: number) {
  const dir = tempDir(t);
  const rows = buildCorpus(n, 11);
  const first = join(dir, 'first.jsonl');
  const second = join(dir, 'second.jsonl');
  writeFileSync(first, corpusJsonl(rows.slice(0, at)));
  writeFileSync(second, corpusJsonl(rows.slice(at)));
  const path = join(dir, 'sum.db');
  const store = SqliteStore.open(path);
  t.after(() => store.close());
  const writes: SummaryRowChanges[] = [];
  const save = store.saveSummaries.bind(store);
  store.saveSummaries = async (changes) => {
    writes.push(changes);
    await save(changes);
  };
  return { path, store, first, second, writes };
}

test('a second ingest rewrites only the summaries of the events and storylines it changed; the rows hold the weave', async (t) => {
  const { store, first, second, writes } = setup(t, 320, 300);
  const engine = new Engine(store);
  await engine.ingest([first]);
  assert.equal(writes.length, 1);
  assert.ok(writes[0]!.replace, 'the first flush of a new store writes every summary');
  const before = await store.loadSummaries();
  const beforeWeaver = weaverOfRecords(await store.loadWeaveRows())!;
  const oldEvents = new Map(beforeWeaver.events().map((e) => [e.id, e]));
  writes.length = 0;

  await engine.ingest([second]);
  assert.equal(writes.length, 1);
  const w = writes[0]!;
  assert.ok(!w.replace);
  const after = await store.loadSummaries();
  const version = await store.weaveVersion();
  const rewritten = after.events.filter((r) => r.savedAt === version).map((r) => r.id);
  assert.deepEqual(rewritten.sort(), w.events.map((r) => r.id).sort(), 'the rows carrying the new version are those written');
  assert.ok(w.events.length > 0 && w.events.length < before.events.length / 5, `${w.events.length} of ${before.events.length} event rows rewritten`);
  assert.ok(w.storylines.length < before.storylines.length / 5, `${w.storylines.length} of ${before.storylines.length} storyline rows rewritten`);

  // every event whose members, dates or storyline moved was rewritten; the rows hold what the weave holds now
  const weaver = weaverOfRecords(await store.loadWeaveRows())!;
  const fresh = weaver.events();
  for (const e of fresh) {
    const old = oldEvents.get(e.id);
    if (!old || settled(old) !== settled(e)) assert.ok(rewritten.includes(e.id), `${e.id} changed and was rewritten`);
  }
  const stored = (rows: { data: string }[]) => rows.map((r) => settled(JSON.parse(r.data))).sort();
  assert.deepEqual(stored(after.events), fresh.map(settled).sort());
  assert.deepEqual(stored(after.storylines), weaver.storylines().map(settled).sort());
  for (const id of w.eventsRemoved) assert.ok(!fresh.some((e) => e.id === id), `${id} is gone from the weave`);
  // what changed was written as the weave gives it now
  const freshById = new Map(fresh.map((e) => [e.id, e]));
  for (const r of w.events) assert.equal(r.data, JSON.stringify(freshById.get(r.id)));
});

test('a reader lists the events and storylines the writer lists, from the rows, without loading the weave', async (t) => {
  // 260 + 20 + 20 articles: no snapshot point of the key-term IDF (256, 512) falls in the later ingests
  const { path, store, first, second } = setup(t, 280, 260);
  const writer = new Engine(store);
  await writer.ingest([first]);
  await writer.ingest([second]);
  const expected = await engineState(writer, store);
  const readerStore = SqliteStore.open(path);
  t.after(() => readerStore.close());
  const loads = countLoads(readerStore);
  const reader = new Engine(readerStore);
  assert.deepEqual(await engineState(reader, readerStore), expected);
  assert.equal(loads.n, 0, 'the weave rows were not read');
  const one = expected.events.map((e) => JSON.parse(e) as { id: string })[3]!;
  assert.equal((await reader.event(one.id))?.id, one.id);
  assert.equal(loads.n, 0);

  // the writer adds more: the reader sees them once it asks again (the data moved), reading only the rows written since
  const whole = { n: 0 };
  const byIds: string[] = [];
  const loadAll = readerStore.loadSummaries.bind(readerStore);
  readerStore.loadSummaries = async () => {
    whole.n++;
    return loadAll();
  };
  const some = readerStore.summariesOf.bind(readerStore);
  readerStore.summariesOf = async (kind, ids) => {
    byIds.push(...ids);
    return some(kind, ids);
  };
  const more = buildCorpus(300, 11).slice(280);
  writeFileSync(first, corpusJsonl(more));
  await writer.ingest([first]);
  const stored = await store.loadSummaries();
  const version = await store.weaveVersion();
  const rewritten = [...stored.events, ...stored.storylines].filter((r) => r.savedAt === version).map((r) => r.id);
  assert.deepEqual(await engineState(reader, readerStore), await engineState(writer, store));
  assert.equal(loads.n, 0);
  assert.equal(whole.n, 0, 'the reader did not read every summary again');
  assert.ok(rewritten.length > 0);
  assert.deepEqual(byIds.sort(), rewritten.sort(), 'it read again the rows the writer rewrote');
  assert.ok(byIds.length < (stored.events.length + stored.storylines.length) / 4, `read again ${byIds.length} rows`);
});

test('an older store (summaries as one meta value, no rows) has its rows written once from the weave and the value deleted', async (t) => {
  const { path, store, first } = setup(t, 120, 120);
  await new Engine(store).ingest([first]);
  const weaver = weaverOfRecords(await store.loadWeaveRows())!;
  // what an older version left: every summary in one meta value, no summary rows, no stamp
  store.db.exec("DELETE FROM event_summaries; DELETE FROM storyline_summaries; DELETE FROM meta WHERE key = 'weave.summary_rows'");
  await store.setMeta(
    'weave.summaries',
    JSON.stringify({ savedAt: await store.weaveVersion(), writtenAt: Date.now(), articles: 120, events: weaver.events(), storylines: weaver.storylines() }),
  );
  await store.close();

  const reopened = SqliteStore.open(path);
  t.after(() => reopened.close());
  const engine = new Engine(reopened);
  const listed = (await engine.events({ limit: 1000 })).items.map((e) => e.id).sort();
  assert.deepEqual(
    listed,
    weaver
      .events()
      .map((e) => e.id)
      .sort(),
  );
  assert.equal(await reopened.getMeta('weave.summaries'), null, 'the one value is deleted');
  const rows = await reopened.loadSummaries();
  assert.deepEqual(
    rows.events.map((r) => r.data).sort(),
    weaver
      .events()
      .map((e) => JSON.stringify(e))
      .sort(),
  );
  assert.equal(rows.storylines.length, weaver.storylineCount);

  // a later reader lists the rows, without loading the weave
  const readerStore = SqliteStore.open(path);
  t.after(() => readerStore.close());
  const loads = countLoads(readerStore);
  assert.deepEqual((await new Engine(readerStore).events({ limit: 1000 })).items.map((e) => e.id).sort(), listed);
  assert.equal(loads.n, 0);
});

test('Weaver.flushSummaries hands out what changed since its last call, whatever flushRows did meanwhile, as events() and storylines() give it', () => {
  const rows = buildCorpus(200, 5);
  const w = new Weaver();
  const input = (r: (typeof rows)[number]) => ({ id: r.id, title: r.title, text: r.text, published: r.published });
  for (const r of rows.slice(0, 190)) w.add(input(r));
  const all = w.flushSummaries({ all: true });
  assert.ok(all.all);
  assert.deepEqual(all.events, w.events());
  assert.deepEqual(all.storylines, w.storylines());
  const none = w.flushSummaries();
  assert.deepEqual([none.events, none.storylines, none.eventsRemoved, none.storylinesRemoved], [[], [], [], []]);
  w.add(input(rows[190]!));
  w.flushRows();
  const one = w.flushSummaries();
  assert.ok(one.events.length >= 1 && one.events.length < all.events.length / 4, `${one.events.length} events handed out`);
  const events = new Map(w.events().map((e) => [e.id, e]));
  for (const e of one.events) assert.deepEqual(e, events.get(e.id));
  const lines = new Map(w.storylines().map((s) => [s.id, s]));
  for (const s of one.storylines) assert.deepEqual(s, lines.get(s.id));
  assert.equal(w.flushSummaries().events.length, 0, 'handed out once');
  for (const r of rows.slice(191)) w.add(input(r));
  const rest = w.flushSummaries();
  const now = new Map(w.events().map((e) => [e.id, e]));
  for (const e of rest.events) assert.deepEqual(e, now.get(e.id));
  for (const id of rest.eventsRemoved) assert.ok(!now.has(id), `${id} was merged away`);
});
