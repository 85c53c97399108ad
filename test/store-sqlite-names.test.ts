// SQLite finds the articles naming an entity through a full-text index of each article's names (mention_names): exact
// names only, what a batch wrote visible to a read inside it, and a new analysis replacing the names an article had.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Entity } from '../src/model.js';
import { nameToken, nameTokenQuery } from '../src/store/name-token.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { add } from './helpers/store-fixtures.js';

const named = (...names: string[]): Analysis => ({
  entities: names.map((name): Entity => ({ name, type: 'person', aliases: [], mentions: 1 })),
  mentions: [],
  quotes: [],
});

async function naming(store: SqliteStore, name: string): Promise<string[]> {
  return (await store.filterArticles({ entity: name }, { sort: 'oldest' })).items.map((a) => a.id);
}

test('an entity name is one token, told apart by case and accents, and a query asks for any of some names', () => {
  assert.match(nameToken('Vladimir Putin'), /^n[0-9a-f]{16}$/);
  assert.notEqual(nameToken('José Álvarez'), nameToken('Jose Alvarez'));
  assert.notEqual(nameToken('US'), nameToken('us'));
  assert.equal(nameTokenQuery(['A', 'B', 'A']).split(' OR ').length, 2);
});

test('the articles naming an entity: exact names, seen inside the batch that wrote them, gone when a new analysis drops them', async (t) => {
  const store = SqliteStore.open(':memory:');
  t.after(() => store.close());
  const ids = ['7d00000000000000', '7d00000000000001', '7d00000000000002', '7d00000000000003'];
  await store.beginBatch();
  for (const id of ids) await add(store, id, `Title ${id}`, 'Text.');
  await store.putAnalysis(ids[0]!, named('José Álvarez', 'Vladimir Putin'));
  await store.putAnalysis(ids[1]!, named('Jose Alvarez'));
  await store.putAnalysis(ids[2]!, named('Vladimir Putin', 'Putin'));
  await store.putAnalysis(ids[3]!, named());
  assert.deepEqual(await naming(store, 'Vladimir Putin'), [ids[0], ids[2]], 'a read inside the batch sees its writes');
  // replaced in the same batch, after the read above indexed it
  await store.putAnalysis(ids[2]!, named('Putin'));
  await store.endBatch();
  assert.deepEqual(await naming(store, 'Vladimir Putin'), [ids[0]]);
  assert.deepEqual(await naming(store, 'José Álvarez'), [ids[0]]);
  assert.deepEqual(await naming(store, 'Jose Alvarez'), [ids[1]]);
  assert.deepEqual(await naming(store, 'Putin'), [ids[2]]);
  assert.deepEqual(await naming(store, 'Vladimir'), [], 'a word of a name is not the name');
  // outside a batch: an analysis replacing another, and a new name
  await store.putAnalysis(ids[0]!, named('Putin', 'Dmitry Peskov'));
  assert.deepEqual(await naming(store, 'Vladimir Putin'), []);
  assert.deepEqual(await naming(store, 'Putin'), [ids[0], ids[2]]);
  assert.deepEqual(await naming(store, 'Dmitry Peskov'), [ids[0]]);
  // a batch rolled back leaves the names as they were
  await store.beginBatch();
  await store.putAnalysis(ids[3]!, named('Dmitry Peskov'));
  store.db.exec('ROLLBACK');
  await store.endBatch();
  assert.deepEqual(await naming(store, 'Dmitry Peskov'), [ids[0]]);
});

test('an analysis of an article that is not stored is refused, naming it, and writes nothing', async (t) => {
  const store = SqliteStore.open(':memory:');
  t.after(() => store.close());
  await add(store, '7e00000000000000', 'Stored', 'Text.');
  await assert.rejects(store.putAnalysis('7effffffffffffff', named('Ann Lee')), { name: 'StoreError', message: /7effffffffffffff: no such article/ });
  assert.deepEqual(await store.entities({}), []);
  assert.equal(store.db.prepare('SELECT count(*) FROM analyses').pluck().get(), 0);
});
