// An analysis' lists stored as tables (schema 17 on SQLite, 11 on PostgreSQL): the same objects read back, keys in the
// same order, from the new form and from lists stored as they were before; lists of other shapes stored as they are.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../src/analyze/index.js';
import type { Analysis } from '../src/model.js';
import { analysisFromJson, analysisJson, analysisToJson, listFromJson, listJson } from '../src/store/analysis-json.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { doc, quote } from './helpers/store-fixtures.js';

const TEXT =
  'Joe Biden met Emmanuel Macron in Paris on Tuesday. "We agree on Ukraine," Biden said. Macron told reporters that France ' +
  'would send more aid. The White House said the talks went well, and Biden later flew to Berlin to see Olaf Scholz.';

/** Same values and the same keys in the same order, at every depth (what JSON of it shows). */
function same(a: unknown, b: unknown, what: string): void {
  assert.deepStrictEqual(a, b, what);
  assert.equal(JSON.stringify(a), JSON.stringify(b), `${what}: key order`);
}

test('an analyzer analysis: every list as a table, shorter, read back the same', () => {
  const { article } = doc('a100000000000000', 'Biden in Paris', TEXT);
  const a = analyzeArticle(article);
  assert.ok(a.mentions.length > 3 && a.entities.length > 2 && a.quotes.length > 0, 'the fixture has something of each');
  const json = analysisJson(a);
  for (const k of ['entities', 'mentions', 'quotes'] as const) {
    assert.ok(Array.isArray(JSON.parse(json[k])[0]), `${k} stored as a table`);
    assert.ok(json[k].length < JSON.stringify(a[k]).length, `${k} shorter`);
    same(listFromJson(json[k]), a[k], k);
  }
  // across threads: the JSON made there is what the writer stores, and the lists read back the same
  const back = analysisFromJson(structuredClone(analysisToJson(a)));
  same(back, a, 'from the wire');
  assert.equal(analysisJson(back), analysisJson(back), 'the JSON made once is kept');
  assert.deepEqual(analysisJson(back), json);
  // its mentions are read when first asked for, then kept; set, they are what was set
  const late = analysisFromJson(analysisToJson(a));
  assert.equal(late.mentions, late.mentions);
  same(late.mentions, a.mentions, 'mentions read late');
  same({ ...late }, a, 'a copy');
  late.mentions = [];
  assert.deepEqual(late.mentions, []);
});

test('a row one value short: its last value is its first again, only for a string equal to it', () => {
  const xs = [
    { text: 'Biden', start: 0, end: 5, type: 'person', entity: 'Joe Biden' },
    { text: 'Joe Biden', start: 9, end: 18, type: 'person', entity: 'Joe Biden' },
    { text: 'x', start: 1, end: 2, type: 'other', entity: 'x ' },
  ];
  const json = listJson(xs);
  assert.equal(json, JSON.stringify([Object.keys(xs[0]!), ['Biden', 0, 5, 'person', 'Joe Biden'], ['Joe Biden', 9, 18, 'person'], ['x', 1, 2, 'other', 'x ']]));
  same(listFromJson(json), xs, 'mentions');
  // numbers equal as JSON but not as strings are not folded
  same(listFromJson(listJson([{ a: 1, b: '1' }])), [{ a: 1, b: '1' }], 'number and string');
  same(listFromJson(listJson([{ a: null, b: null }])), [{ a: null, b: null }], 'nulls');
});

test('lists a table cannot hold the same are stored as they are', () => {
  const cases: [string, unknown[]][] = [
    ['empty', []],
    [
      'keys in another order',
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
    ],
    [
      'another key',
      [
        { a: 1, b: 2 },
        { a: 1, c: 2 },
      ],
    ],
    ['a key fewer', [{ a: 1, b: 2 }, { a: 1 }]],
    ['one key', [{ a: 1 }, { a: 2 }]],
    ['an undefined value (left out of JSON of an object)', [{ a: 1, b: undefined }]],
    ['a value with toJSON', [{ a: 1, b: new Date(0) }]],
    ['a __proto__ key', [JSON.parse('{"__proto__": 1, "b": 2}')]],
    ['not objects', ['a', 'b']],
  ];
  for (const [what, xs] of cases) {
    const json = listJson(xs as object[]);
    assert.equal(json, JSON.stringify(xs), what);
    assert.deepStrictEqual(listFromJson(json), JSON.parse(JSON.stringify(xs)), what);
  }
  // nested objects and arrays are values as they are (a quote's speaker)
  const nested = [{ t: 'q', speaker: { name: 'Biden', entity: null }, tags: ['a'] }];
  assert.ok(Array.isArray(JSON.parse(listJson(nested))[0]));
  same(listFromJson(listJson(nested)), nested, 'nested');
});

test('SQLite: an analysis reads back the same, stored now as tables or before as lists of objects', async (t) => {
  const store = SqliteStore.open(':memory:');
  t.after(() => store.close());
  const { raw, article } = doc('b100000000000000', 'Biden in Paris', TEXT);
  await store.putRaw(raw);
  await store.putArticle(article);
  const a: Analysis = { ...analyzeArticle(article), language: 'en' };
  a.quotes.push(quote('"Fine," he said.', null, null, 3, 'indirect'));
  await store.putAnalysis(article.id, a);
  same(await store.getAnalysis(article.id), a, 'as tables');
  const stored = store.db
    .prepare('SELECT entities, mentions, quotes FROM analyses WHERE article_seq = (SELECT seq FROM articles WHERE id = ?)')
    .get(article.id) as Record<string, string>;
  for (const k of ['entities', 'mentions', 'quotes']) assert.ok(Array.isArray(JSON.parse(stored[k]!)[0]), `${k} stored as a table`);
  // a row written before schema 17
  store.db
    .prepare('UPDATE analyses SET entities = ?, mentions = ?, quotes = ? WHERE article_seq = (SELECT seq FROM articles WHERE id = ?)')
    .run(JSON.stringify(a.entities), JSON.stringify(a.mentions), JSON.stringify(a.quotes), article.id);
  same(await store.getAnalysis(article.id), a, 'as lists of objects');
  assert.equal(store.db.pragma('user_version', { simple: true }), 21);
});
