// SQLite batches: full-text rows written once per batch (searchable inside it, complete at commit, consistent on updates),
// entity keys written once per name, and both forgotten when a batch is rolled back.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { KnownNames } from '../src/store/known-names.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { doc } from './helpers/store-fixtures.js';
import { tempDir } from './helpers/tmp.js';

const entity = (name: string) => ({ name, type: 'person' as const, aliases: [name], mentions: 1 });
const analysis = (names: string[]) => ({ entities: names.map(entity), mentions: [], quotes: [] });

async function put(store: SqliteStore, id: string, title: string, text: string): Promise<void> {
  const { raw, article } = doc(id, title, text);
  await store.putRaw(raw);
  await store.putArticle(article);
}

function ftsIntact(store: SqliteStore): void {
  // FTS5 checks its index against the content table: a row missing, extra or stale fails
  store.db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')");
  store.db.exec("INSERT INTO titles_fts(titles_fts) VALUES ('integrity-check')");
}

test('articles of a batch are searchable inside it, fully indexed at its commit, and an update in the same batch replaces the indexed text', async (t) => {
  const path = join(tempDir(t), 'fts.db');
  const store = SqliteStore.open(path);
  await store.beginBatch();
  await put(store, 'a1'.padEnd(16, '0'), 'Harbour strike', 'Dockers stopped work at the harbour.');
  await put(store, 'a2'.padEnd(16, '0'), 'Budget vote', 'The council voted on the budget.');
  assert.deepEqual(
    (await store.search('harbour')).map((h) => h.id),
    ['a1'.padEnd(16, '0')],
  );
  await put(store, 'a3'.padEnd(16, '0'), 'Lighthouse', 'A keeper of the lighthouse retired.');
  // the same article again with another text (an update): the index must drop the old words
  await put(store, 'a2'.padEnd(16, '0'), 'Budget vote', 'The assembly postponed the vote.');
  await store.endBatch();
  ftsIntact(store);
  await store.close();
  const again = SqliteStore.open(path);
  t.after(() => again.close());
  assert.deepEqual(
    (await again.search('lighthouse')).map((h) => h.id),
    ['a3'.padEnd(16, '0')],
  );
  assert.equal(await again.countSearch('council'), 0);
  assert.equal(await again.countSearch('assembly'), 1);
  assert.equal(await again.countSearch('budget'), 1, 'the title stays indexed');
  ftsIntact(again);
});

test('an article stored outside a batch is indexed at once', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'one.db'));
  t.after(() => store.close());
  await put(store, 'b1'.padEnd(16, '0'), 'Flood warning', 'Rivers rose in the north.');
  const other = SqliteStore.open(store.location);
  t.after(() => other.close());
  assert.equal(await other.countSearch('rivers'), 1, 'committed with its index rows');
  ftsIntact(store);
});

test('entity keys are written once per name; a later article naming it again adds no work and no row', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'keys.db'));
  t.after(() => store.close());
  await store.beginBatch();
  await put(store, 'c1'.padEnd(16, '0'), 'One', 'Text one.');
  await store.putAnalysis('c1'.padEnd(16, '0'), analysis(['Angela Merkel', 'Olaf Scholz']));
  await store.endBatch();
  await put(store, 'c2'.padEnd(16, '0'), 'Two', 'Text two.');
  await store.putAnalysis('c2'.padEnd(16, '0'), analysis(['Angela Merkel', 'Emmanuel Macron']));
  const rows = store.db.prepare('SELECT name FROM entity_keys ORDER BY name').pluck().all();
  assert.deepEqual(rows, ['Angela Merkel', 'Emmanuel Macron', 'Olaf Scholz']);
});

test('known names: pending until the commit, forgotten by a rollback', () => {
  const k = new KnownNames();
  assert.deepEqual(k.fresh(['A', 'B', 'A']), ['A', 'B']);
  assert.deepEqual(k.fresh(['B', 'C']), ['C'], 'pending names are not written twice in one transaction');
  k.rolledBack();
  assert.deepEqual(k.fresh(['A']), ['A'], 'a rolled-back name is written again');
  k.committed();
  assert.equal(k.size, 1);
  assert.deepEqual(k.fresh(['A', 'D']), ['D']);
});

test('weave rows: a large flush is written many rows a statement, a key twice keeps its last data, deletes come after upserts', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'rows.db'));
  t.after(() => store.close());
  const upserts = Array.from({ length: 250 }, (_, i) => ({ kind: 'terms', key: String(i), data: `d${i}` }));
  upserts.push({ kind: 'terms', key: '7', data: 'again' }, { kind: 'meta', key: '0', data: '{}' });
  await store.beginBatch();
  await store.saveWeaveRows({ replace: false, upserts, deletes: [{ kind: 'terms', key: '3' }] }, false);
  await store.endBatch();
  await store.saveWeaveRows({ replace: false, upserts: [{ kind: 'terms', key: '8', data: 'later' }], deletes: [] }, true);
  const rows = new Map((await store.loadWeaveRows()).map((r) => [`${r.kind}/${r.key}`, r.data]));
  assert.equal(rows.size, 250, '250 terms + meta - one deleted');
  assert.equal(rows.get('terms/7'), 'again');
  assert.equal(rows.get('terms/8'), 'later');
  assert.equal(rows.get('terms/249'), 'd249');
  assert.equal(rows.has('terms/3'), false);
  assert.notEqual(await store.weaveVersion(), '');
});
