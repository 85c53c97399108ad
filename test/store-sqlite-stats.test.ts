// SQLite's entity and speaker statistics, added up per batch: after any mix of new, replaced and repeated analyses, in a
// batch or not, they equal the counts of the stored mention and quote rows, and a read inside a batch sees its writes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Entity } from '../src/model.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { add, quote } from './helpers/store-fixtures.js';
import { rowsAsSchema17 } from './helpers/schema-17.js';
import { tempDir } from './helpers/tmp.js';
import { join } from 'node:path';

const NAMES: [string, Entity['type']][] = [
  ['Ursula von der Leyen', 'person'],
  ['Poland', 'place'],
  ['European Commission', 'org'],
  ['Valencia', 'place'],
  ['Zelensky', 'person'],
  ['Зеленский', 'person'],
  ['NATO', 'org'],
  ['Tokyo', 'place'],
];

/** A small deterministic generator (the same analyses every run). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function analysis(rand: () => number): Analysis {
  const pick = () => NAMES[Math.floor(rand() * NAMES.length)]!;
  // a name may come twice: the second row updates the first in place
  const entities = Array.from({ length: Math.floor(rand() * 5) }, () => {
    const [name, type] = pick();
    return { name, type, aliases: [], mentions: 1 + Math.floor(rand() * 4) };
  });
  const quotes = Array.from({ length: Math.floor(rand() * 4) }, (_, i) => {
    const [name] = pick();
    return rand() < 0.3 ? quote(`Said ${i}`, 'an official', null, i * 10) : quote(`Said ${i}`, name, name, i * 10);
  });
  return { entities, mentions: [], quotes };
}

function statsOf(store: SqliteStore) {
  const entities = store.db.prepare('SELECT name, type, articles, mentions FROM entity_stats WHERE articles > 0 ORDER BY name').all();
  const recounted = store.db
    .prepare('SELECT name, max(type) AS type, count(*) AS articles, sum(mentions) AS mentions FROM entity_mentions GROUP BY name ORDER BY name')
    .all();
  const speakers = store.db.prepare('SELECT name, quotes, articles FROM speaker_stats WHERE quotes > 0 ORDER BY name').all();
  const respoken = store.db
    .prepare(
      'SELECT speaker_entity AS name, count(*) AS quotes, count(DISTINCT article_seq) AS articles FROM quotes WHERE speaker_entity IS NOT NULL GROUP BY speaker_entity ORDER BY name',
    )
    .all();
  const emptied = store.db.prepare('SELECT count(*) AS n FROM entity_stats WHERE articles = 0 AND mentions <> 0').get() as { n: number };
  return { entities, recounted, speakers, respoken, emptied: emptied.n };
}

test('entity and speaker statistics equal the stored rows after new, replaced and repeated analyses, in batches and not', async (t) => {
  const store = SqliteStore.open(':memory:');
  t.after(() => store.close());
  const rand = lcg(7);
  const ids = Array.from({ length: 30 }, (_, i) => `${(0x5000000000000000n + BigInt(i)).toString(16)}`);
  for (const id of ids) await add(store, id, `Title ${id}`, `Text of ${id}.`);
  for (const id of ids.slice(0, 10)) await store.putAnalysis(id, analysis(rand));
  let s = statsOf(store);
  assert.deepEqual(s.entities, s.recounted);
  assert.deepEqual(s.speakers, s.respoken);

  await store.beginBatch();
  for (let round = 0; round < 3; round++) for (const id of ids) if (rand() < 0.6) await store.putAnalysis(id, analysis(rand));
  // read inside the batch: the statistics include its writes
  const inside = await store.speakers();
  s = statsOf(store);
  assert.deepEqual(
    inside.map((x) => ({ ...x })),
    [...(s.respoken as { name: string; quotes: number; articles: number }[])].sort((a, b) => b.quotes - a.quotes || (a.name < b.name ? -1 : 1)),
  );
  for (const id of ids.slice(0, 5)) await store.putAnalysis(id, { entities: [], mentions: [], quotes: [] });
  await store.endBatch();

  s = statsOf(store);
  assert.ok((s.entities as unknown[]).length > 3, 'the generated analyses name several entities');
  assert.deepEqual(s.entities, s.recounted);
  assert.deepEqual(s.speakers, s.respoken);
  assert.equal(s.emptied, 0, 'a name no article holds any more has no mentions left');
  assert.equal(await store.countEntities(), (s.recounted as unknown[]).length);
});

test('a store of schema 12 (statistics kept by triggers) is migrated: the triggers go, the counts carry on', async (t) => {
  const path = join(tempDir(t), 'old.db');
  const rand = lcg(11);
  const ids = Array.from({ length: 12 }, (_, i) => `${(0x6000000000000000n + BigInt(i)).toString(16)}`);
  const store = SqliteStore.open(path);
  for (const id of ids) await add(store, id, `Title ${id}`, `Text of ${id}.`);
  for (const id of ids.slice(0, 6)) await store.putAnalysis(id, analysis(rand));
  rowsAsSchema17(store.db);
  // what schema 12 held: the same tables with the row triggers (one stands for all: the migration drops each by name),
  // and not the summary tables of schema 14
  store.db.exec(`CREATE TRIGGER entity_mentions_ai AFTER INSERT ON entity_mentions BEGIN SELECT 1; END;
    CREATE TRIGGER entity_mentions_au AFTER UPDATE ON entity_mentions BEGIN SELECT 1; END;
    CREATE TRIGGER entity_mentions_ad AFTER DELETE ON entity_mentions BEGIN SELECT 1; END;
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN SELECT 1; END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN SELECT 1; END;
    DROP TABLE event_summaries;
    DROP TABLE storyline_summaries;
    PRAGMA user_version = 12;`);
  await store.close();
  const reopened = SqliteStore.open(path);
  t.after(() => reopened.close());
  const triggers = reopened.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (tbl_name = 'quotes' OR tbl_name = 'entity_mentions')").all();
  assert.deepEqual(triggers, []);
  for (const id of ids) await reopened.putAnalysis(id, analysis(rand));
  const s = statsOf(reopened);
  assert.deepEqual(s.entities, s.recounted);
  assert.deepEqual(s.speakers, s.respoken);
});
