// What SQLite stores per article since schema 15: paragraphs not stored twice when the text splits back into them, no
// index that no query reads, and a new article's first analysis written without deleting rows it cannot have.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Analysis } from '../src/model.js';
import { COPY_FLOWS_SQL } from '../src/store/sqlite/outlet-queries.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { paragraphsColumn, paragraphsFromColumn } from '../src/store/write-rules.js';
import { add, assignment, collect, doc, fp, quote } from './helpers/store-fixtures.js';
import { rowsAsSchema17 } from './helpers/schema-17.js';
import { tempDir } from './helpers/tmp.js';

/** Texts and paragraphs as articles may hold them; only the first splits back into its paragraphs on '\n\n'. */
const CASES: { name: string; text: string; paragraphs: string[]; split: boolean }[] = [
  { name: 'joined paragraphs', text: 'One.\n\nTwo, longer.\n\nThree.', paragraphs: ['One.', 'Two, longer.', 'Three.'], split: true },
  { name: 'a paragraph holding a blank line', text: 'One.\n\nTwo\n\nstill two.', paragraphs: ['One.', 'Two\n\nstill two.'], split: false },
  { name: 'a paragraph ending in a line break', text: 'One.\n\n\nTwo.', paragraphs: ['One.\n', 'Two.'], split: false },
  { name: 'no text, no paragraphs', text: '', paragraphs: [], split: false },
  { name: 'paragraphs the text does not join', text: 'One. Two.', paragraphs: ['One.', 'Two.'], split: false },
  // PostgreSQL keeps U+0000 in text as U+FFFD, in JSON escaped: such paragraphs are kept as they are
  { name: 'a text holding U+0000', text: 'One\u0000.\n\nTwo.', paragraphs: ['One\u0000.', 'Two.'], split: false },
];

test('the paragraphs column holds the separator only when splitting the text gives the paragraphs back', () => {
  for (const c of CASES) {
    const column = paragraphsColumn(c.text, c.paragraphs);
    assert.equal(column === JSON.stringify('\n\n'), c.split, c.name);
    assert.deepEqual(paragraphsFromColumn(column, c.text), c.paragraphs, c.name);
  }
  // a column written before schema 15 (JSON of the paragraphs) reads as it did
  assert.deepEqual(paragraphsFromColumn('["A.","B."]', 'A.\n\nB.'), ['A.', 'B.']);
});

test('articles read back with their paragraphs, whichever way they were stored', async (t) => {
  const store = SqliteStore.open(':memory:');
  t.after(() => store.close());
  for (const [i, c] of CASES.entries()) {
    const id = `7${i}00000000000000`;
    const { raw, article } = doc(id, c.name, c.text, { paragraphs: c.paragraphs });
    await store.putRaw(raw);
    await store.putArticle(article);
    assert.deepEqual(await store.getArticle(id), article, c.name);
    const stored = store.db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(id) as string;
    assert.equal(stored.length < JSON.stringify(c.paragraphs).length || !c.split, true, `${c.name}: the text is not stored twice`);
  }
});

/** The query plans of the readers of quotes by speaker, of copies and of the copy flows between outlets, as SQLite would run them. */
function plans(store: SqliteStore): string {
  const plan = (sql: string, n: number) =>
    (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array(n).fill('x')) as { detail: string }[]).map((r) => r.detail).join('; ');
  return [
    plan('SELECT count(*) AS n FROM quotes WHERE speaker_entity = ? COLLATE NOCASE', 1),
    plan('SELECT a.id FROM articles a LEFT JOIN fingerprints f ON f.article_seq = a.seq WHERE f.copy_of = ?', 1),
    plan(COPY_FLOWS_SQL, 0),
  ].join('\n');
}

test('a store of schema 14 is migrated: the indexes no query reads go, the readers keep an index, fingerprints are read by seq', async (t) => {
  const path = join(tempDir(t), 'old.db');
  const store = SqliteStore.open(path);
  const analysed: Analysis = { entities: [], mentions: [], quotes: [quote('We will.', 'Ann Lee', 'Ann Lee', 0)] };
  await add(store, '7a00000000000000', 'Old', 'Old text.');
  await store.putAnalysis('7a00000000000000', analysed);
  // what schema 14 held: these four indexes, and paragraphs as JSON of the paragraphs
  store.db.exec(`CREATE INDEX quotes_speaker ON quotes(speaker_entity);
    CREATE INDEX fingerprints_exact ON fingerprints(exact);
    CREATE INDEX fingerprints_copy_of ON fingerprints(copy_of);
    CREATE INDEX fingerprints_grp ON fingerprints(grp);
    UPDATE articles SET paragraphs = '["Old text."]';
    PRAGMA user_version = 14;`);
  rowsAsSchema17(store.db);
  await store.close();
  const reopened = SqliteStore.open(path);
  t.after(() => reopened.close());
  assert.equal(reopened.db.pragma('user_version', { simple: true }), 21);
  const names = reopened.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('quotes', 'fingerprints') ORDER BY name")
    .pluck()
    .all();
  assert.deepEqual(names, ['fingerprints_copies', 'fingerprints_seq', 'quotes_speaker_entity_nocase', 'quotes_speaker_nocase']);
  assert.match(plans(reopened), /USING COVERING INDEX quotes_speaker_entity_nocase[^\n]*\n.*USING (COVERING )?INDEX fingerprints_copies/);
  // the copy flows read no article row (at a million copies, reading them took a minute)
  assert.match(plans(reopened).split('\n')[2]!, /c USING COVERING INDEX articles_id_outlet.*o USING COVERING INDEX articles_id_outlet/);
  assert.equal(await reopened.countQuotes('ann lee'), 1);
  assert.deepEqual((await reopened.getArticle('7a00000000000000'))?.paragraphs, ['Old text.']);
  // a page of every fingerprint in seq order reads the index, not a scan and sort of the table per page
  const page = reopened.db.prepare('EXPLAIN QUERY PLAN SELECT * FROM fingerprints WHERE seq > ? ORDER BY seq LIMIT 2000').all(0) as { detail: string }[];
  assert.match(page.map((r) => r.detail).join('; '), /USING INDEX fingerprints_seq/);
  assert.doesNotMatch(page.map((r) => r.detail).join('; '), /TEMP B-TREE/);
});

test('every fingerprint is read back once, in seq order, across pages', async (t) => {
  const store = SqliteStore.open(':memory:');
  t.after(() => store.close());
  const n = 4500; // three pages of 2,000
  store.db.pragma('foreign_keys = OFF');
  const put = store.db.prepare('INSERT INTO fingerprints (article_id, seq, exact, minhash, shingles) VALUES (?, ?, ?, ?, 1)');
  // inserted out of seq order, so rowid order is not seq order
  for (let i = 0; i < n; i++) {
    const seq = (i * 7919) % n;
    put.run(`f${seq}`, seq, `e${seq}`, Buffer.alloc(4));
  }
  const seen: number[] = [];
  for await (const f of store.allFingerprints()) seen.push(f.seq);
  assert.deepEqual(
    seen,
    Array.from({ length: n }, (_, i) => i),
  );
});

test("a new article's first analysis in a batch, and the ones replacing it, leave exactly the last analysis's rows", async (t) => {
  const store = SqliteStore.open(':memory:');
  t.after(() => store.close());
  const analysis = (n: number, who: string): Analysis => ({
    entities: [{ name: who, type: 'person', aliases: [], mentions: n }],
    mentions: [],
    quotes: Array.from({ length: n }, (_, i) => quote(`Said ${i}.`, who, who, i * 10)),
  });
  const ids = ['7b00000000000000', '7b00000000000001', '7b00000000000002'];
  await store.beginBatch();
  for (const id of ids) {
    await add(store, id, 'New', 'New text.');
    await store.putAnalysis(id, analysis(3, 'Ann Lee'));
  }
  // replaced in the same batch: its first analysis's rows must go
  await store.putAnalysis(ids[0]!, analysis(2, 'Bo Chen'));
  await store.endBatch();
  await store.beginBatch();
  await store.putAnalysis(ids[1]!, analysis(1, 'Bo Chen'));
  await store.endBatch();
  const rows = store.db
    .prepare(
      'SELECT a.id AS article_id, count(*) AS n, max(speaker_entity) AS who FROM quotes q JOIN articles a ON a.seq = q.article_seq GROUP BY a.id ORDER BY a.id',
    )
    .all();
  assert.deepEqual(rows, [
    { article_id: ids[0], n: 2, who: 'Bo Chen' },
    { article_id: ids[1], n: 1, who: 'Bo Chen' },
    { article_id: ids[2], n: 3, who: 'Ann Lee' },
  ]);
  assert.deepEqual(await store.speakers(), [
    { name: 'Ann Lee', quotes: 3, articles: 1 },
    { name: 'Bo Chen', quotes: 3, articles: 2 },
  ]);
  assert.deepEqual(await store.entities({}), [
    { name: 'Bo Chen', type: 'person', articles: 2 },
    { name: 'Ann Lee', type: 'person', articles: 1 },
  ]);
});

test('a store of schema 17 is migrated: analyses, quotes, mentions, fingerprints and event members keyed by their article id come back keyed by its seq, and read the same', async (t) => {
  const path = join(tempDir(t), 'seventeen.db');
  const store = SqliteStore.open(path);
  const ids = ['7c00000000000002', '7c00000000000000', '7c00000000000001']; // ids not in seq order
  const who = ['Ann Lee', 'Bo Chen', 'Ann Lee'];
  for (const [i, id] of ids.entries()) {
    await add(store, id, `Title ${i}`, `Text ${i}.`, { published: `2026-03-0${i + 1}`, outlet: i ? 'Daily' : 'Wire' });
    await store.putAnalysis(id, {
      entities: [
        { name: who[i]!, type: 'person', aliases: [], mentions: i + 1 },
        { name: 'Valencia', type: 'place', aliases: [], mentions: 1 },
      ],
      mentions: [],
      quotes: Array.from({ length: i + 1 }, (_, k) => quote(`Said ${i}.${k}`, who[i]!, who[i]!, k * 10)),
    });
    // the copy index's order numbered apart from the articles' (as a re-fingerprint does); the last two copy the first
    await store.putFingerprint(fp(id, 10 - i, i ? { copyOf: ids[0]!, similarity: 0.9, group: ids[0]! } : {}));
    await store.putAssignment(id, assignment(i === 1 ? 'ev-2' : 'ev-1', 'st-1'));
  }
  const read = async (s: SqliteStore) => ({
    quotes: await s.quotes({}),
    ofOne: await s.quotes({ articleIds: [ids[2]!] }),
    bySpeaker: await s.quotes({ speaker: 'ann lee' }),
    within: await s.quotes({ within: { from: '2026-03-02' } }),
    entities: await s.entities({ articleIds: ids.slice(0, 2) }),
    entitiesWithin: await s.entities({ within: { to: '2026-03-02' } }),
    mentioning: (await s.filterArticles({ entity: 'Bo Chen' })).items.map((a) => a.id),
    analysis: await s.getAnalysis(ids[1]!),
    fingerprints: await collect(s.allFingerprints()),
    copies: await s.copiesOf(ids[0]!),
    links: await s.articleLinks(ids),
    flows: await s.copyFlows(),
    assignments: await Promise.all(ids.map((id) => s.getAssignment(id))),
    ofEvent: await s.assignmentsOf('ev-1'),
    outlets: await s.outletsIn({ storyline: 'st-1' }),
    inEvent: (await s.filterArticles({ event: 'ev-2' })).items.map((a) => a.id),
    firstTitle: await s.firstTitleIn('ev-1'),
    after: await s.articlesAfter(0, 10),
  });
  const before = await read(store);
  assert.equal(before.quotes.length, 6);
  assert.deepEqual(before.mentioning, [ids[1]]);
  assert.equal(before.analysis?.quotes.length, 2);
  assert.deepEqual(
    before.fingerprints.map((f) => f.seq),
    [8, 9, 10],
    'in the copy index order',
  );
  assert.deepEqual(
    before.copies.map((c) => c.id),
    [ids[1], ids[2]],
  );
  assert.deepEqual(
    before.ofEvent.map((a) => a.articleId),
    [ids[0], ids[2]],
  );
  assert.deepEqual(before.inEvent, [ids[1]]);
  assert.deepEqual(before.flows, [{ copier: 'Daily', origin: 'Wire', articles: 2 }]);
  assert.deepEqual([before.ofOne.length, before.bySpeaker.length, before.within.length, before.entities.length, before.entitiesWithin.length], [3, 4, 5, 3, 3]);
  rowsAsSchema17(store.db);
  store.db.pragma('user_version = 17');
  await store.close();
  const upgrades: unknown[] = [];
  const reopened = SqliteStore.open(path, { onMigrate: (...args) => upgrades.push(args) });
  t.after(() => reopened.close());
  assert.deepEqual(upgrades, [[path, 17, 21]], 'the caller is told before the upgrade');
  assert.deepEqual(await read(reopened), before);
  const articleSeqs = reopened.db.prepare('SELECT seq FROM articles ORDER BY seq').pluck().all();
  for (const table of ['quotes', 'fingerprints', 'event_members'])
    assert.deepEqual(reopened.db.prepare(`SELECT DISTINCT article_seq FROM ${table} ORDER BY article_seq`).pluck().all(), articleSeqs, table);
  // a member's outlet moving is counted by the triggers of the migrated members
  reopened.db.prepare("UPDATE articles SET outlet = 'Moved Daily' WHERE id = ?").run(ids[1]!);
  assert.ok((await reopened.outletsIn({ event: 'ev-2' })).includes('Moved Daily'));
  // a new assignment and fingerprint of a migrated article replace its rows
  await reopened.putAssignment(ids[1]!, assignment('ev-1', 'st-1'));
  assert.deepEqual(
    (await reopened.assignmentsOf('ev-1')).map((a) => a.articleId),
    ids,
  );
  await reopened.putFingerprint(fp(ids[1]!, 9));
  assert.deepEqual(
    (await reopened.copiesOf(ids[0]!)).map((c) => c.id),
    [ids[2]],
  );
  // a new analysis of a migrated article replaces its rows
  await reopened.putAnalysis(ids[0]!, { entities: [], mentions: [], quotes: [] });
  assert.equal((await reopened.quotes({ articleIds: [ids[0]!] })).length, 0);
  assert.deepEqual(await reopened.entities({ articleIds: [ids[0]!] }), []);
  assert.deepEqual(
    (await reopened.filterArticles({ entity: 'Ann Lee' })).items.map((a) => a.id),
    [ids[2]],
  );
});

test('a fingerprint or an event membership of an article that is not stored is refused with the article named', async (t) => {
  const store = SqliteStore.open(':memory:');
  t.after(() => store.close());
  await assert.rejects(store.putFingerprint(fp('7d00000000000000', 1)), { name: 'StoreError', message: /article 7d00000000000000: no such article/ });
  await assert.rejects(store.putAssignment('7d00000000000000', assignment('ev-1', 'st-1')), {
    name: 'StoreError',
    message: /article 7d00000000000000: no such article/,
  });
  assert.equal(store.db.prepare('SELECT count(*) FROM fingerprints').pluck().get(), 0);
  assert.equal(store.db.prepare('SELECT count(*) FROM event_members').pluck().get(), 0);
  // once the article is stored, both are kept under it
  await add(store, '7d00000000000000', 'Now', 'Now stored.');
  await store.putFingerprint(fp('7d00000000000000', 1));
  await store.putAssignment('7d00000000000000', assignment('ev-1', 'st-1'));
  assert.equal((await store.getAssignment('7d00000000000000'))?.event, 'ev-1');
  assert.deepEqual(
    (await collect(store.allFingerprints())).map((f) => f.articleId),
    ['7d00000000000000'],
  );
});
