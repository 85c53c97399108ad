// Engine state across restarts: the weave snapshot and the copy index come back from the store, or are rebuilt from it.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../src/engine.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { SEEDS, tempDir } from './helpers/tmp.js';

test('an unreadable weave snapshot is rebuilt from the stored articles, with the same events', async (t) => {
  const path = join(tempDir(t), 'state.db');
  const store = SqliteStore.open(path);
  await new Engine(store).ingest([SEEDS]);
  const before = (await new Engine(store).events({ limit: 10 })).items.map((e) => e.id).sort();
  store.db.prepare("UPDATE weave_state SET snapshot = '{\"version\": 99}'").run();
  await store.close();
  const reopened = SqliteStore.open(path);
  t.after(() => reopened.close());
  const after = (await new Engine(reopened).events({ limit: 10 })).items.map((e) => e.id).sort();
  assert.deepEqual(after, before);
});

test('articles stored after the last snapshot (a crash mid-ingest) are woven on the next start', async (t) => {
  const dir = tempDir(t);
  const files = readdirSync(SEEDS).sort();
  mkdirSync(join(dir, 'first'));
  for (const f of files.slice(0, 3)) copyFileSync(join(SEEDS, f), join(dir, 'first', f));
  const store = SqliteStore.open(join(dir, 'crash.db'));
  t.after(() => store.close());
  await new Engine(store).ingest([join(dir, 'first')]);
  const afterThree = store.db.prepare('SELECT snapshot FROM weave_state').get() as { snapshot: string };
  await new Engine(store).ingest([SEEDS]);
  // as if the process died after storing the last two articles but before saving the weave state
  store.db.prepare('UPDATE weave_state SET snapshot = ?').run(afterThree.snapshot);
  const engine = new Engine(store);
  const events = await engine.events({ limit: 10 });
  assert.equal(events.total, 5);
  assert.equal((await engine.storylines()).total, 1);
  assert.equal(await store.countAssignments(), 5);
});

test('a copy ingested later is linked to the stored original after a restart', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'copies.db'));
  t.after(() => store.close());
  const text = 'MOSCOW, Nov 9, 2016 (Reuters) - ' + 'Russian President Vladimir Putin said on Wednesday that Moscow was ready to restore relations with Washington after the election. '.repeat(6);
  await new Engine(store).ingestRows([{ id: 'orig', title: 'Putin ready to restore ties', text, published: '2016-11-09T10:00:00Z' }]);
  const later = new Engine(store);
  await later.ingestRows([{ id: 'reprint', title: 'Putin says Russia ready to restore ties with US', text: text + '\n\nShare this story with your friends.', published: '2016-11-09T15:00:00Z' }]);
  const d = await later.articleDetail('reprint');
  assert.equal(d!.copyOf?.id, (await later.article('orig'))!.id);
  assert.equal((await later.articleDetail('orig'))!.copies.length, 1);
});

test('signatures from another fingerprint scheme are recomputed on start, and copies are still found', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'scheme.db'));
  t.after(() => store.close());
  const text = 'Officials said the bridge would reopen next month after repairs to its steel frame were finished ahead of schedule. '.repeat(5);
  await new Engine(store).ingestRows([{ id: 'a', text, published: '2020-01-01' }]);
  store.db.prepare("UPDATE meta SET value = 'mh0-old' WHERE key = 'fingerprint.version'").run();
  store.db.prepare('UPDATE fingerprints SET minhash = zeroblob(length(minhash))').run();
  const engine = new Engine(store);
  await engine.ingestRows([{ id: 'b', text: 'Reprinted: ' + text, published: '2020-01-02' }]);
  assert.equal((await engine.articleDetail('b'))!.copyOf?.id, (await engine.article('a'))!.id);
  assert.notEqual(await store.getMeta('fingerprint.version'), 'mh0-old');
});
