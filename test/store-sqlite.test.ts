// SQLite store behaviour: originals kept exactly, schema checks, rejection bookkeeping, search syntax.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { StoreError } from '../src/errors.js';
import type { RawDoc } from '../src/model.js';
import { ftsQuery } from '../src/store/fts-query.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { SearchPool } from '../src/store/sqlite/search-pool.js';
import { add } from './store-conformance-suite.js';
import { tempDir } from './helpers/tmp.js';

test('an original is kept byte for byte, and its decoded body survives even when it was not UTF-8', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'raw.db'));
  t.after(() => store.close());
  const bytes = Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>', 'latin1'),
    Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]),
    Buffer.from('</p></body></html>'),
  ]);
  const raw: RawDoc = {
    id: 'r1',
    origin: { kind: 'url', url: 'https://example.ru/a' },
    format: 'html',
    bytes,
    body: '<html><head><meta charset="windows-1251"></head><body><p>Привет</p></body></html>',
    fetchedAt: '2026-01-01T00:00:00Z',
    hints: {},
  };
  await store.putRaw(raw);
  await store.putRaw({ ...raw, body: 'ignored: same id' });
  const back = (await store.getRaw('r1'))!;
  assert.deepEqual(Buffer.from(back.bytes), bytes);
  assert.equal(back.body, raw.body);
  assert.deepEqual(back.origin, raw.origin);
});

test('a database written by a newer newsloom, or a foreign SQLite file, is refused with a clear message', async (t) => {
  const dir = tempDir(t);
  const newer = join(dir, 'newer.db');
  await SqliteStore.open(newer).close();
  const db = new Database(newer);
  db.pragma('user_version = 999');
  db.close();
  assert.throws(
    () => SqliteStore.open(newer),
    (e: unknown) => e instanceof StoreError && /newer newsloom \(schema 999/.test((e as Error).message),
  );
  const foreign = join(dir, 'other.db');
  const o = new Database(foreign);
  o.exec('CREATE TABLE accounts (id INTEGER)');
  o.close();
  assert.throws(
    () => SqliteStore.open(foreign),
    (e: unknown) => e instanceof StoreError && /not a newsloom database/.test((e as Error).message),
  );
  const text = join(dir, 'notes.db');
  writeFileSync(text, 'plain text, not SQLite at all');
  assert.throws(() => SqliteStore.open(text), StoreError);
});

test('the same rejection twice is counted, not doubled; clearing by raw id forgets it', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'rej.db'));
  t.after(() => store.close());
  const r = { rawId: 'x1', origin: { kind: 'file' as const, path: 'a.txt' }, stage: 'extract' as const, reason: 'a.txt: no text', at: '2026-01-01T00:00:00Z' };
  await store.putRejection(r);
  await store.putRejection({ ...r, at: '2026-01-02T00:00:00Z' });
  const list = await store.listRejections();
  assert.equal(list.length, 1);
  assert.equal(list[0]!.count, 2);
  assert.equal(list[0]!.lastAt, '2026-01-02T00:00:00Z');
  await store.clearRejectionsFor('x1');
  assert.equal((await store.listRejections()).length, 0);
});

test('search input becomes a safe FTS5 query: words AND-ed, phrases kept, syntax characters neutralised', () => {
  assert.equal(ftsQuery('putin trump'), '"putin" "trump"');
  assert.equal(ftsQuery('"Nippon TV" interview'), '"Nippon TV" "interview"');
  assert.equal(ftsQuery('NEAR(a b) OR -x *'), '"NEAR" "a" "b" "OR" "x"');
  assert.equal(ftsQuery('  "" '), null);
});

test('a query matching more than 500 articles shows its newest 500 matches, title matches first, then older ones; counts can stop early', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'common.db'));
  t.after(() => store.close());
  const N = 620;
  const hex = (i: number) => (i + 1).toString(16).padStart(16, '0');
  await store.beginBatch();
  for (let i = 0; i < N; i++) {
    const title = i % 50 === 0 ? `Harbour report ${i}` : `Daily report ${i}`;
    const rare = i === 7 || i === 300 ? ' A lighthouse keeper spoke.' : '';
    await add(store, hex(i), title, `The harbour was busy on day ${i}.${rare}`);
  }
  await store.endBatch();
  const idx = (h: { id: string }) => parseInt(h.id, 16) - 1;
  const first = await store.search('harbour', { limit: 14 });
  // The window is the newest 500 matches (items 120..619): its title matches 600, 550, …, 150 lead, newest first.
  assert.deepEqual(first.map(idx), [600, 550, 500, 450, 400, 350, 300, 250, 200, 150, 619, 618, 617, 616]);
  assert.deepEqual(
    first.map((h) => h.score),
    [...Array(10).fill(1), 0, 0, 0, 0],
  );
  // Paging across the end of the window: its oldest text matches, then older matches newest first (title or not).
  const across = await store.search('harbour', { limit: 8, offset: 496 });
  assert.deepEqual(across.map(idx), [123, 122, 121, 120, 119, 118, 117, 116]);
  const older = await store.search('harbour', { limit: 3, offset: 569 });
  assert.deepEqual(older.map(idx), [50, 49, 48]);
  const all = new Set<number>();
  for (let offset = 0; offset < N; offset += 100) for (const h of await store.search('harbour', { limit: 100, offset })) all.add(idx(h));
  assert.equal(all.size, N, 'every match appears exactly once over the pages');
  // A rare one-word query is still ranked by relevance (bm25); a rare two-word one newest first.
  assert.deepEqual(
    (await store.search('lighthouse keeper')).map(idx).sort((a, b) => a - b),
    [7, 300],
  );
  assert.ok((await store.search('lighthouse')).every((h) => h.score > 0 && h.score < 1e3));
  assert.equal(await store.countSearch('harbour'), N);
  assert.equal(await store.countSearch('harbour', 100), 100);
  assert.equal(await store.countSearch('lighthouse', 100), 2);
});

/** A newsloom database at `path` as an older release left it: schema `version`, nothing in it yet. */
function databaseAtSchema(path: string, version: number): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  for (const m of MIGRATIONS.slice(0, version)) db.exec(m);
  db.pragma(`user_version = ${version}`);
  db.pragma(`application_id = ${0x4e4c4d31}`);
  return db;
}

test('opening a database of schema 5 backfills the entity and speaker counts from what it holds', async (t) => {
  const path = join(tempDir(t), 'old.db');
  const old = databaseAtSchema(path, 5);
  old.exec(`INSERT INTO raw_docs VALUES ('r1', '{}', 'text', x'00', '2026-01-01', '{}', NULL), ('r2', '{}', 'text', x'00', '2026-01-01', '{}', NULL);
    INSERT INTO articles (id, raw_id, authors, text, paragraphs, removed, provenance, words, ingested_at) VALUES
      ('a1', 'r1', '[]', 'x', '[]', '[]', '{}', 1, '2026-01-01'), ('a2', 'r2', '[]', 'y', '[]', '[]', '{}', 1, '2026-01-01');
    INSERT INTO entity_mentions VALUES ('a1', 'Valencia', 'place', 3), ('a2', 'Valencia', 'place', 1), ('a2', 'Ana Pérez', 'person', 2);
    INSERT INTO quotes VALUES ('a1', 0, 'one', 'direct', 'said', 'Pérez', 'Ana Pérez', NULL, 0, 3), ('a1', 1, 'two', 'direct', 'said', 'she', 'Ana Pérez', NULL, 5, 8),
      ('a2', 0, 'three', 'direct', 'said', 'Pérez', 'Ana Pérez', NULL, 0, 5);`);
  old.close();
  const store = SqliteStore.open(path);
  t.after(() => store.close());
  assert.deepEqual(await store.entities({}), [
    { name: 'Valencia', type: 'place', articles: 2 },
    { name: 'Ana Pérez', type: 'person', articles: 1 },
  ]);
  assert.deepEqual(await store.speakers(), [{ name: 'Ana Pérez', quotes: 3, articles: 2 }]);
  assert.equal(await store.countEntities('place'), 1);
});

test('opening a database of schema 6 backfills the outlets of each event and storyline and the titles index', async (t) => {
  const path = join(tempDir(t), 'six.db');
  const old = databaseAtSchema(path, 6);
  old.exec(`INSERT INTO raw_docs VALUES ('r1', '{}', 'text', x'00', '2026-01-01', '{}', NULL), ('r2', '{}', 'text', x'00', '2026-01-01', '{}', NULL), ('r3', '{}', 'text', x'00', '2026-01-01', '{}', NULL);
    INSERT INTO articles (id, raw_id, outlet, title, authors, text, paragraphs, removed, provenance, words, ingested_at) VALUES
      ('a1', 'r1', 'Daily Post', 'Harbour closes', '[]', 'Boats stayed in.', '[]', '[]', '{}', 3, '2026-01-01'),
      ('a2', 'r2', 'Le Matin', 'Storm news', '[]', 'The harbour closed as the storm came.', '[]', '[]', '{}', 7, '2026-01-01'),
      ('a3', 'r3', NULL, 'Other', '[]', 'Nothing here.', '[]', '[]', '{}', 2, '2026-01-01');
    INSERT INTO event_members VALUES ('a1', 'ev-1', 'st-1', 0.5, 1, '{}', '2026-01-01'), ('a2', 'ev-1', 'st-1', 0.5, 0, '{}', '2026-01-01'),
      ('a3', 'ev-2', 'st-1', 0.5, 1, '{}', '2026-01-01');`);
  old.close();
  const store = SqliteStore.open(path);
  t.after(() => store.close());
  const sorted = (xs: (string | null)[]) => [...xs].sort((a, b) => String(a).localeCompare(String(b)));
  assert.deepEqual(sorted(await store.outletsIn({ event: 'ev-1' })), ['Daily Post', 'Le Matin']);
  assert.deepEqual(sorted(await store.outletsIn({ storyline: 'st-1' })), ['Daily Post', 'Le Matin', null]);
  assert.deepEqual(
    (await store.search('harbour storm')).map((h) => h.id),
    ['a2'],
    'both words: the text match',
  );
  assert.deepEqual(
    (await store.search('harbour news')).map((h) => [h.id, h.score]),
    [['a2', 0]],
    'one word in the title, one in the text: not a title match',
  );
  assert.deepEqual(
    (await store.search('closes harbour')).map((h) => h.id),
    ['a1'],
    'a title-only match is found',
  );
  assert.equal((await store.search('closes harbour'))[0]!.score, 1, 'and ranked as a title match');
});

test('opening a database of schema 10 keys the stored entity names across scripts and keeps old analyses without a language', async (t) => {
  const path = join(tempDir(t), 'ten.db');
  const old = databaseAtSchema(path, 10);
  old.exec(`INSERT INTO raw_docs VALUES ('r1', '{}', 'text', x'00', '2026-01-01', '{}', NULL), ('r2', '{}', 'text', x'00', '2026-01-01', '{}', NULL);
    INSERT INTO articles (id, raw_id, language, published, authors, text, paragraphs, removed, provenance, words, ingested_at) VALUES
      ('a1', 'r1', 'en', '2026-03-05', '[]', 'x', '[]', '[]', '{}', 1, '2026-01-01'), ('a2', 'r2', 'ru', '2026-03-05', '[]', 'y', '[]', '[]', '{}', 1, '2026-01-01');
    INSERT INTO analyses VALUES ('a2', '[]', '[]', '[]');
    INSERT INTO entity_mentions VALUES ('a1', 'Sergei Lavrov', 'person', 3), ('a2', 'Сергей Лавров', 'person', 1);
    INSERT INTO event_members VALUES ('a1', 'ev-1', 'st-1', 0.5, 1, '{}', '2026-01-01'), ('a2', 'ev-2', 'st-2', 0.5, 1, '{}', '2026-01-01');`);
  old.close();
  const store = SqliteStore.open(path);
  t.after(() => store.close());
  const found = await store.linkCandidates({ keys: ['lvrv'], from: '2026-03-04', to: '2026-03-06', notLanguage: 'en', limit: 10 });
  assert.deepEqual(
    found.map((c) => [c.articleId, c.event, c.name]),
    [['a2', 'ev-2', 'Сергей Лавров']],
  );
  assert.deepEqual(await store.getAnalysis('a2'), { entities: [], mentions: [], quotes: [] }, 'an analysis stored before says nothing of its language');
});

test('search threads: a thread that cannot open the database fails the search with the path named, and the next search starts afresh', async (t) => {
  const path = join(tempDir(t), 'later.db');
  const pool = new SearchPool(path, 1, []);
  t.after(() => pool.close());
  await assert.rejects(pool.search('harbour', {}), (e: unknown) => e instanceof StoreError && e.message.includes(path));
  const store = SqliteStore.open(path);
  t.after(() => store.close());
  await add(store, '9000000000000001', 'Harbour reopens', 'The harbour reopened on Tuesday after the storm.');
  const hits = await pool.search('harbour', {});
  assert.deepEqual(
    hits.map((h) => h.id),
    ['9000000000000001'],
  );
  assert.match(hits[0]!.snippet, /\[harbour\]/);
  assert.equal(await pool.count('harbour'), 1);
});

test('opening a database of schema 8 keeps its watched sources and seen items; the items gain an empty title and new ones keep theirs', async (t) => {
  const path = join(tempDir(t), 'eight.db');
  const old = databaseAtSchema(path, 8);
  old.exec(`INSERT INTO watch_sources (url, every_ms, added_at, items) VALUES ('https://courier.example/rss.xml', 900000, '2026-01-01T00:00:00.000Z', 1);
    INSERT INTO watch_seen (source_url, item_id, item_url, status, article_id, attempts, last_error, seen_at)
      VALUES ('https://courier.example/rss.xml', 'g1', 'https://courier.example/1.html', 'failed', NULL, 1, 'HTTP 500', '2026-01-01T00:00:00.000Z');`);
  old.close();
  const store = SqliteStore.open(path);
  t.after(() => store.close());
  const ws = store.watchState();
  assert.equal((await ws.source('https://courier.example/rss.xml'))!.items, 1);
  const before = (await ws.seenItem('https://courier.example/rss.xml', 'g1'))!;
  assert.deepEqual([before.status, before.title, before.attempts], ['failed', null, 1]);
  await ws.markSeen({ ...before, title: 'Storm cuts power', status: 'stub', seenAt: '2026-01-02T00:00:00.000Z' });
  const after = (await ws.seenItem('https://courier.example/rss.xml', 'g1'))!;
  assert.deepEqual([after.status, after.title, after.attempts], ['stub', 'Storm cuts power', 2]);
});

test('a store opened for bulk writing maps none of its file, a reader maps up to 1 GB, and both read the same rows', async (t) => {
  const path = join(tempDir(t), 'mapped.db');
  const writer = SqliteStore.open(path, { mmap: false });
  t.after(() => writer.close());
  assert.equal(writer.db.pragma('mmap_size', { simple: true }), 0);
  writer.db.exec("INSERT INTO meta (key, value) VALUES ('probe', 'x')");
  const reader = SqliteStore.open(path);
  t.after(() => reader.close());
  assert.equal(reader.db.pragma('mmap_size', { simple: true }), 1 << 30);
  assert.equal(reader.db.prepare("SELECT value FROM meta WHERE key = 'probe'").pluck().get(), 'x');
});
