// The reads of a frequent name (SQLite: sqlite/name-walks.ts, date-ordered walks and the index of names alone; PostgreSQL: dated first) return exactly what the
// general queries return, and what the order rules say, for a frequent and a rare name: same rows, order, ties and totals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../src/model.js';
import type { Prepare } from '../src/store/sqlite/connection.js';
import { exactNameToken, keptArticles, keptQuotes, walkPays } from '../src/store/sqlite/name-walks.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { Store, StoredQuote } from '../src/store/store.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { postgresForTests } from './helpers/postgres.js';
import { add, assignment, quote } from './helpers/store-fixtures.js';

const FREQUENT = 'Alma Frequent';
const RARE = 'Rhea Rare';
const N = 240;

/** Article i's date: many share a day (ties broken by seq), some are partial, year-only or missing. */
function published(i: number): string | null {
  if (i % 17 === 0) return null;
  if (i % 23 === 0) return `--12-${String(10 + (i % 9)).padStart(2, '0')}`;
  if (i % 29 === 0) return '2016';
  return `2016-0${1 + (i % 7)}-${String(1 + ((i * 7) % 5)).padStart(2, '0')}T0${i % 3}:00:00Z`;
}

/** Article i's analysis: the frequent name in most articles (quoted 0-3 times, sometimes only by a differently cased name), the rare one in a few. */
function analysis(i: number): Analysis {
  const names = i % 5 === 4 ? [] : [FREQUENT];
  if (i % 97 === 7) names.push(RARE);
  const quotes = [quote(`Opening words ${i}`, 'an official', null, 0)];
  if (names.includes(FREQUENT))
    for (let k = 0; k < i % 4; k++) quotes.push(quote(`Said ${i}.${k}`, 'Frequent', k === 1 && i % 3 === 0 ? 'alma FREQUENT' : FREQUENT, 20 + k * 20));
  if (i % 13 === 5) quotes.push(quote(`Unresolved ${i}`, 'ALMA frequent', null, 200));
  if (names.includes(RARE)) quotes.push(quote(`Rare ${i}`, RARE, RARE, 300));
  return { entities: names.map((name) => ({ name, type: 'person' as const, aliases: [], mentions: 1 + (i % 3) })), mentions: [], quotes };
}

/** Write the articles, analyses and events; each article's seq by its id. */
async function fill(store: Store): Promise<Map<string, number>> {
  const seqOf = new Map<string, number>();
  await store.beginBatch();
  for (let i = 0; i < N; i++) {
    const id = (0x7000000000000000n + BigInt(i)).toString(16);
    const seq = await add(store, id, `Title ${i}`, `Text ${i}.`, { published: published(i), outlet: i % 11 === 0 ? null : `outlet-${i % 4}` });
    seqOf.set(id, seq);
    await store.putAnalysis(id, analysis(i));
    await store.putAssignment(id, assignment(`event-${i % 5 === 4 ? 'x' : ''}${i % 37}`, `story-${i % 5 === 4 ? 'x' : ''}${i % 9}`));
  }
  await store.endBatch();
  return seqOf;
}

async function fixture(): Promise<{ store: SqliteStore; stmt: Prepare; seqOf: Map<string, number> }> {
  const store = SqliteStore.open(':memory:');
  return { store, stmt: (sql) => store.db.prepare(sql), seqOf: await fill(store) };
}

/** quoteOrder's rules in JS: by date (undated last), then seq and place; newest: undated or partial last, date and seq descending, place ascending. */
function quoteRank(seqOf: Map<string, number>, newest: boolean) {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return (x: StoredQuote, y: StoredQuote): number => {
    const [sx, sy] = [seqOf.get(x.articleId)!, seqOf.get(y.articleId)!];
    if (!newest) {
      if ((x.published === null) !== (y.published === null)) return x.published === null ? 1 : -1;
      return cmp(x.published ?? '', y.published ?? '') || sx - sy || x.start - y.start;
    }
    const late = (p: string | null) => p === null || p < '0';
    if (late(x.published) !== late(y.published)) return late(x.published) ? 1 : -1;
    if ((x.published === null) !== (y.published === null)) return x.published === null ? 1 : -1;
    return cmp(y.published ?? '', x.published ?? '') || sy - sx || x.start - y.start;
  };
}

test('a frequent speaker quotes walked by date: the same quotes, order and cut as the general query and the order rules', async (t) => {
  const { store, stmt, seqOf } = await fixture();
  t.after(() => store.close());
  const all = keptQuotes(stmt, FREQUENT);
  assert.ok(all > 100);
  for (const newest of [false, true]) {
    // every quote of the name (the general query: a text filter every one of them passes), in the order rules' order
    const general = await store.quotes({ speaker: FREQUENT, newest, text: ' ', limit: 100000 });
    assert.ok(general.length > all, 'the unresolved, differently cased quotes count too');
    assert.deepEqual(
      general.map((q) => `${q.articleId}/${q.start}`),
      [...general].sort(quoteRank(seqOf, newest)).map((q) => `${q.articleId}/${q.start}`),
    );
    // limits cutting inside an article's quotes, at the end of the dated ones, among the undated, past the end
    for (const limit of [1, 2, 3, 50, general.length - 9, general.length, general.length + 5]) {
      assert.ok(walkPays(stmt, limit, all) || limit > 3, 'the walk answers the small pages');
      const walked = await store.quotes({ speaker: FREQUENT, newest, limit });
      assert.deepEqual(walked, general.slice(0, limit), `newest ${newest}, limit ${limit}`);
    }
  }
  // the quote count (kept counts, names equal in any case) is the rows' count
  for (const name of [FREQUENT, 'ALMA FREQUENT', RARE, 'Nobody At All'])
    assert.equal(
      await store.countQuotes(name),
      (store.db.prepare('SELECT count(*) AS n FROM quotes WHERE speaker_entity = ? COLLATE NOCASE').get(name) as { n: number }).n,
      name,
    );
  // the rare speaker: no walk, the same answer
  assert.equal(walkPays(stmt, 50, keptQuotes(stmt, RARE)), false);
  assert.deepEqual(await store.quotes({ speaker: RARE, newest: true, limit: 50 }), await store.quotes({ speaker: RARE, newest: true, text: ' ', limit: 50 }));
});

test('the newest articles naming a frequent entity walked by date: the same pages and total as the general query, undated pages included', async (t) => {
  const { store, stmt } = await fixture();
  t.after(() => store.close());
  const kept = keptArticles(stmt, FREQUENT);
  // the general query: the same articles (every one is in English), read without the walk
  const general = await store.filterArticles({ entity: FREQUENT, language: 'en' }, { limit: 1000, sort: 'newest' });
  assert.equal(general.total, kept);
  assert.equal(general.items.length, kept);
  for (const [limit, offset] of [
    [1, 0],
    [20, 0],
    [20, 40],
    [30, kept - 40],
    [30, kept - 10],
    [1000, 0],
  ] as const) {
    assert.ok(walkPays(stmt, limit + offset, kept) || limit + offset > 60);
    const page = await store.filterArticles({ entity: FREQUENT }, { limit, offset, sort: 'newest' });
    assert.deepEqual(page, { items: general.items.slice(offset, offset + limit), total: kept }, `limit ${limit}, offset ${offset}`);
  }
  // dates descending, ties by seq descending, partial and undated last
  const dates = general.items.map((a) => a.published);
  const firstLate = dates.findIndex((p) => p === null || p < '0');
  assert.ok(firstLate > 0 && dates.slice(firstLate).every((p) => p === null || p < '0'));
  for (let i = 1; i < firstLate; i++) assert.ok(dates[i - 1]! >= dates[i]!);
  for (const entity of [RARE, 'Nobody At All']) {
    const rare = await store.filterArticles({ entity }, { limit: 20, sort: 'newest' });
    assert.deepEqual(rare, await store.filterArticles({ entity, language: 'en' }, { limit: 20, sort: 'newest' }));
  }
});

test('coverage and events of an entity read from the index of names alone equal the general queries', async (t) => {
  const { store, stmt } = await fixture();
  t.after(() => store.close());
  // (the frequent name's events read from the index of members whole, the rare one's from its members' rows)
  assert.ok(keptArticles(stmt, FREQUENT) * 64 > N && keptArticles(stmt, RARE) * 64 < N);
  for (const entity of [FREQUENT, RARE, 'Nobody At All']) {
    assert.ok(exactNameToken(stmt, entity) !== null, 'the token holds exactly the name');
    const cov = await store.coverage({ entity });
    assert.deepEqual(cov, await store.coverage({ entity, language: 'en' }));
    assert.equal(
      cov.reduce((n, r) => n + r.articles, 0),
      keptArticles(stmt, entity),
    );
    for (const kind of ['event', 'storyline'] as const) {
      const fast = await store.groupsWith(kind, { entity });
      assert.deepEqual([...fast].sort(), [...(await store.groupsWith(kind, { entity, language: 'en' }))].sort());
    }
  }
  assert.ok((await store.coverage({ entity: FREQUENT })).some((r) => r.day === null && r.outlet === null));
  // a replaced analysis moves the article out of the name's reads
  const id = (0x7000000000000000n + 1n).toString(16);
  await store.putAnalysis(id, { entities: [], mentions: [], quotes: [] });
  assert.deepEqual(await store.coverage({ entity: FREQUENT }), await store.coverage({ entity: FREQUENT, language: 'en' }));
  assert.equal((await store.filterArticles({ entity: FREQUENT }, { limit: 5, sort: 'newest' })).total, keptArticles(stmt, FREQUENT));
});

const { usable: pgUsable, freshSchemaUrl } = await postgresForTests();

test('PostgreSQL: a speaker alone and the newest articles naming an entity, read dated first, equal the general queries', { skip: !pgUsable }, async (t) => {
  const store = await PostgresStore.open(freshSchemaUrl());
  t.after(() => store.close());
  await fill(store);
  for (const newest of [false, true]) {
    const general = await store.quotes({ speaker: FREQUENT, newest, text: ' ', limit: 100000 });
    for (const limit of [1, 2, 3, 50, general.length - 9, general.length + 5])
      assert.deepEqual(await store.quotes({ speaker: FREQUENT, newest, limit }), general.slice(0, limit), `newest ${newest}, limit ${limit}`);
  }
  const general = await store.filterArticles({ entity: FREQUENT, language: 'en' }, { limit: 1000, sort: 'newest' });
  for (const [limit, offset] of [
    [1, 0],
    [20, 40],
    [30, general.total - 10],
  ] as const)
    assert.deepEqual(await store.filterArticles({ entity: FREQUENT }, { limit, offset, sort: 'newest' }), {
      items: general.items.slice(offset, offset + limit),
      total: general.total,
    });
  for (const entity of [FREQUENT, RARE])
    for (const kind of ['event', 'storyline'] as const)
      assert.deepEqual([...(await store.groupsWith(kind, { entity }))].sort(), [...(await store.groupsWith(kind, { entity, language: 'en' }))].sort());
});
