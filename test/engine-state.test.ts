// Engine state across restarts: the weave snapshot and the copy index come back from the store, or are rebuilt from it.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../src/engine/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { SEEDS, tempDir } from './helpers/tmp.js';

test('an unreadable weave snapshot is rebuilt from the stored articles, with the same events', async (t) => {
  const path = join(tempDir(t), 'state.db');
  const store = SqliteStore.open(path);
  await new Engine(store).ingest([SEEDS]);
  const before = (await new Engine(store).events({ limit: 10 })).items.map((e) => e.id).sort();
  store.db.prepare('UPDATE weave_state SET snapshot = \'{"version": 99}\'').run();
  store.db.prepare("UPDATE weave_rows SET data = '{\"version\": 99}' WHERE kind = 'meta'").run();
  store.db.prepare("DELETE FROM meta WHERE key = 'weave.summary_rows'").run(); // as an older version left it: no summaries to list from
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
  store.db.exec('CREATE TABLE rows_after_three AS SELECT * FROM weave_rows');
  const summaries = JSON.parse((await store.getMeta('weave.summary_rows'))!) as { writtenAt: number; articles: number };
  assert.equal(summaries.articles, 3);
  await new Engine(store).ingest([SEEDS]);
  // as if the process died after storing the last two articles but before saving the weave state, over two minutes ago
  store.db.exec('DELETE FROM weave_rows; INSERT INTO weave_rows SELECT * FROM rows_after_three');
  await store.setMeta('weave.summary_rows', JSON.stringify({ ...summaries, savedAt: await store.weaveVersion(), writtenAt: Date.now() - 5 * 60_000 }));
  const engine = new Engine(store);
  const events = await engine.events({ limit: 10 });
  assert.equal(events.total, 5);
  assert.equal((await engine.storylines()).total, 1);
  let woven = 0;
  for await (const a of store.allArticles()) if (await store.getAssignment(a.id)) woven++;
  assert.equal(woven, 5, 'every article has its assignment stored');
});

test('a reader lists events and storylines from the summaries saved with the snapshot, without loading the weave', async (t) => {
  const path = join(tempDir(t), 'reader.db');
  const writer = SqliteStore.open(path);
  t.after(() => writer.close());
  const engine = new Engine(writer);
  await engine.ingest([SEEDS]);
  const expected = { events: await engine.events({ limit: 10 }), storylines: await engine.storylines() };
  const readerStore = SqliteStore.open(path);
  t.after(() => readerStore.close());
  let loads = 0;
  const load = readerStore.loadWeaveRows.bind(readerStore);
  readerStore.loadWeaveRows = async () => (loads++, load());
  const reader = new Engine(readerStore);
  assert.deepEqual(await reader.events({ limit: 10 }), expected.events);
  assert.deepEqual(await reader.storylines(), expected.storylines);
  assert.equal(loads, 0, 'the weave rows were not read');
  // A snapshot saved by a writer that kept no summaries (another version) is not matched by the old summaries: the reader loads the weave.
  await writer.saveWeaveRows({ replace: false, upserts: [], deletes: [] }, true);
  const again = new Engine(readerStore);
  assert.deepEqual(
    (await again.events({ limit: 10 })).items.map((e) => e.id),
    expected.events.items.map((e) => e.id),
  );
  assert.equal(loads, 1);
});

test('a copy ingested later is linked to the stored original after a restart', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'copies.db'));
  t.after(() => store.close());
  const text =
    'MOSCOW, Nov 9, 2016 (Reuters) - ' +
    'Russian President Vladimir Putin said on Wednesday that Moscow was ready to restore relations with Washington after the election. '.repeat(6);
  await new Engine(store).ingestRows([{ id: 'orig', title: 'Putin ready to restore ties', text, published: '2016-11-09T10:00:00Z' }]);
  const later = new Engine(store);
  await later.ingestRows([
    {
      id: 'reprint',
      title: 'Putin says Russia ready to restore ties with US',
      text: `${text}\n\nShare this story with your friends.`,
      published: '2016-11-09T15:00:00Z',
    },
  ]);
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
  await engine.ingestRows([{ id: 'b', text: `Reprinted: ${text}`, published: '2020-01-02' }]);
  assert.equal((await engine.articleDetail('b'))!.copyOf?.id, (await engine.article('a'))!.id);
  assert.notEqual(await store.getMeta('fingerprint.version'), 'mh0-old');
});

test('an article the weave moves to another event later has its stored assignment moved too, with the reason', async (t) => {
  // Two ferry disasters of the same kind; a loose join threshold lets the first Egyptian report join the Korean event at first.
  const rows = [
    {
      id: 'kr-1',
      title: 'Ferry Sewol sinks off Jindo with 476 aboard',
      text: 'The ferry Sewol capsized and sank off the island of Jindo on Wednesday with 476 people aboard, most of them students from Danwon High School in Ansan, the coast guard said.\n\nCaptain Lee Joon-seok was among the first to leave the ship. Rescuers pulled 172 people from the water.',
    },
    {
      id: 'eg-1',
      title: 'Ferry al-Salam Boccaccio 98 sinks in the Red Sea with 1,400 aboard',
      text: 'The ferry al-Salam Boccaccio 98 sank in the Red Sea overnight on its way from Duba in Saudi Arabia to Safaga, with about 1,400 people aboard, Egyptian officials said.\n\nThe ship, owned by El Salam Maritime, caught fire before it capsized. Rescuers found 388 survivors.',
    },
    {
      id: 'kr-2',
      title: 'Sewol ferry: divers search for missing Danwon students',
      text: 'Divers searched the sunken ferry Sewol off Jindo for more than 300 missing passengers, many of them students of Danwon High School.\n\nThe coast guard said 172 people were rescued. Prosecutors questioned captain Lee Joon-seok about the evacuation order.',
    },
    {
      id: 'eg-2',
      title: 'Red Sea ferry: 388 survivors found, hundreds missing',
      text: 'Egyptian rescuers found 388 survivors of the al-Salam Boccaccio 98, which sank between Duba and Safaga.\n\nSurvivors said a fire broke out in the car deck hours before the ferry capsized; El Salam Maritime said the captain, Sayed Omar, had not been found.',
    },
  ];
  const store = SqliteStore.open(join(tempDir(t), 'moves.db'));
  t.after(() => store.close());
  const engine = new Engine(store, { weave: { joinThreshold: 0.06, splitThreshold: 0, refineFloor: 0.03 } });
  const added = new Map<string, string>();
  for (const row of rows) {
    const r = await engine.ingestRows([row], 'moves');
    added.set(row.id, r.added[0]!);
  }
  const stored = async (id: string) => (await store.getAssignment(added.get(id)!))!;
  assert.notEqual((await stored('eg-1')).event, (await stored('kr-1')).event, 'the Egyptian report left the Korean event');
  assert.equal((await stored('eg-1')).event, (await stored('eg-2')).event);
  assert.ok(
    (await stored('eg-1')).reasons.some((r) => r.kind === 'moved'),
    'the stored reason says it moved',
  );
  const view = (await engine.events({ limit: 10 })).items;
  assert.equal(view.length, 2);
});
