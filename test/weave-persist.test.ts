// The weave's state persisted as rows: a flush writes only what changed, a restart reads the rows back to the same weave, and an older store's one-blob snapshot is read once and replaced by rows.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../src/engine/index.js';
import { weaverOfRecords } from '../src/engine/key-idf-rows.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { WeaveRowChanges } from '../src/store/store.js';
import { buildCorpus, corpusJsonl } from './helpers/crash-corpus.js';
import { engineState } from './helpers/store-state.js';
import { SEEDS, tempDir } from './helpers/tmp.js';

test('one more article flushes a few rows, not the whole weave; a restart gives the same events and storylines', async (t) => {
  const dir = tempDir(t);
  const rows = buildCorpus(301, 7);
  const first = join(dir, 'first.jsonl');
  const last = join(dir, 'last.jsonl');
  writeFileSync(first, corpusJsonl(rows.slice(0, 300)));
  writeFileSync(last, corpusJsonl(rows.slice(300)));
  const path = join(dir, 'rows.db');
  const store = SqliteStore.open(path);
  const flushes: WeaveRowChanges[] = [];
  const save = store.saveWeaveRows.bind(store);
  store.saveWeaveRows = async (changes, saved) => {
    flushes.push(changes);
    await save(changes, saved);
  };
  const engine = new Engine(store);
  await engine.ingest([first]);
  const stored = (await store.loadWeaveRows()).length;
  flushes.length = 0;
  await engine.ingest([last]);
  assert.equal(flushes.length, 1);
  const written = flushes[0]!.upserts.length;
  assert.ok(!flushes[0]!.replace);
  assert.ok(written > 1 && written < stored / 5, `one article wrote ${written} of ${stored} rows`);
  const before = await engineState(engine, store);
  const inMemory = JSON.stringify(weaverOfRecords(await store.loadWeaveRows())!.events());
  await store.close();

  const reopened = SqliteStore.open(path);
  t.after(() => reopened.close());
  const again = new Engine(reopened);
  // the reader lists the stored summaries; an event id it does not know makes it load the weave from its rows, which lists the same
  assert.equal(await again.event('e_000000000000'), null);
  assert.deepEqual(await engineState(again, reopened), before);
  assert.equal(JSON.stringify(weaverOfRecords(await reopened.loadWeaveRows())!.events()), inMemory);
});

test('a store saved by an older version (one snapshot, no rows) is read once, then kept as rows', async (t) => {
  const path = join(tempDir(t), 'old.db');
  const store = SqliteStore.open(path);
  const engine = new Engine(store);
  await engine.ingest([SEEDS]);
  const before = await engineState(engine, store);
  // what an older version left: the whole weave as one JSON snapshot and no rows
  const snapshot = weaverOfRecords(await store.loadWeaveRows())!.snapshot();
  store.db.prepare('UPDATE weave_state SET snapshot = ?').run(JSON.stringify(snapshot));
  store.db.exec("DELETE FROM weave_rows; DELETE FROM meta WHERE key = 'weave.summary_rows'");
  await store.close();

  const reopened = SqliteStore.open(path);
  t.after(() => reopened.close());
  const again = new Engine(reopened);
  assert.deepEqual(await engineState(again, reopened), before);
  assert.ok((await reopened.loadWeaveRows()).length > 10, 'the weave was written as rows');
  assert.equal(await reopened.loadWeaveState(), '', 'the snapshot is emptied');
});
