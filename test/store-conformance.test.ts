// Runs the Store and the watch and alert state conformance suites on SQLite and PostgreSQL, plus Postgres-only checks (errors, openStore, the seeds end to end).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { Engine } from '../src/engine/index.js';
import { StoreError } from '../src/errors.js';
import { openStore } from '../src/store/open.js';
import { parsePgLocation, redact } from '../src/store/postgres/location.js';
import { searchText, tsQuery } from '../src/store/postgres/query.js';
import { PG_MIGRATIONS } from '../src/store/postgres/migrations.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { Store } from '../src/store/store.js';
import { PG_URL, postgresForTests } from './helpers/postgres.js';
import { SEEDS } from './helpers/tmp.js';
import { runConformance } from './store-conformance-suite.js';
import { runStateConformance } from './store-state-suite.js';

// ------------------------------------------------------------------ SQLite

const sqliteDir = mkdtempSync(join(tmpdir(), 'newsloom-conformance-'));
after(() => rmSync(sqliteDir, { recursive: true, force: true }));
let sqliteN = 0;
runConformance('SQLite', async () => SqliteStore.open(join(sqliteDir, `s${sqliteN++}.db`)));
runConformance('SQLite, searching on two threads', async () => SqliteStore.open(join(sqliteDir, `s${sqliteN++}.db`), { searchThreads: 2 }));
runStateConformance('SQLite', async () => SqliteStore.open(join(sqliteDir, `s${sqliteN++}.db`)));

// ------------------------------------------------------------------ PostgreSQL

const { usable: pgUsable, freshSchemaUrl } = await postgresForTests();

if (pgUsable) {
  runConformance('PostgreSQL', () => PostgresStore.open(freshSchemaUrl()));
  runStateConformance('PostgreSQL', () => PostgresStore.open(freshSchemaUrl()));

  describe('PostgreSQL store specifics', () => {
    test('openStore picks PostgreSQL for postgres:// and postgresql:// URLs and SQLite for paths', async (t) => {
      const url = freshSchemaUrl();
      const pgStore = await openStore(url);
      t.after(() => pgStore.close());
      assert.ok(pgStore instanceof PostgresStore);
      const alt = await openStore(url.replace(/^postgres:/, 'postgresql:'));
      await alt.close();
      assert.ok(alt instanceof PostgresStore);
      const dir = mkdtempSync(join(tmpdir(), 'newsloom-open-'));
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      const lite = await openStore(join(dir, 'x.db'));
      await lite.close();
      assert.ok(lite instanceof SqliteStore);
    });

    test('reopening a schema keeps the data; a second process opening it at the same time does not break migrations', async (t) => {
      const url = freshSchemaUrl();
      const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
      t.after(() => Promise.all([a.close(), b.close()]).then(() => {}));
      await a.setMeta('k', 'from a');
      assert.equal(await b.getMeta('k'), 'from a');
      await a.close();
      const c = await PostgresStore.open(url);
      t.after(() => c.close());
      assert.equal(await c.getMeta('k'), 'from a');
    });

    test('an unreachable server is reported with its URL but never its password', async () => {
      await assert.rejects(PostgresStore.open('postgres://newsloom:s3cret@127.0.0.1:1/news'), (e: unknown) => {
        assert.ok(e instanceof StoreError);
        assert.match(e.message, /^cannot connect to postgres:\/\/newsloom:\*\*\*@127\.0\.0\.1:1\/news: .*ECONNREFUSED/);
        assert.doesNotMatch(e.message, /s3cret/);
        return true;
      });
    });

    test('a missing database, a bad schema name, a foreign schema and a newer schema are refused with clear messages', async () => {
      const missing = new URL(PG_URL);
      missing.pathname = '/no_such_db_for_newsloom';
      await assert.rejects(
        PostgresStore.open(missing.toString()),
        (e: unknown) => e instanceof StoreError && /cannot connect to .*no_such_db_for_newsloom.*does not exist/.test((e as Error).message),
      );
      await assert.rejects(
        PostgresStore.open(`${PG_URL}?schema=bad-name;drop`),
        (e: unknown) => e instanceof StoreError && /not a plain identifier/.test((e as Error).message),
      );
      const foreign = freshSchemaUrl();
      const schema = new URL(foreign).searchParams.get('schema')!;
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".accounts (id int)`);
        await assert.rejects(
          PostgresStore.open(foreign),
          (e: unknown) => e instanceof StoreError && /already holds other tables and is not a newsloom schema/.test((e as Error).message),
        );
        const newer = freshSchemaUrl();
        await (await PostgresStore.open(newer)).close();
        await c.query(`UPDATE "${new URL(newer).searchParams.get('schema')}".schema_version SET version = 999`);
        await assert.rejects(
          PostgresStore.open(newer),
          (e: unknown) => e instanceof StoreError && /written by a newer newsloom \(schema 999/.test((e as Error).message),
        );
      } finally {
        await c.end();
      }
    });

    test('opening a schema of version 6 keys the stored entity names across scripts (migration 7 and its backfill)', async (t) => {
      const url = freshSchemaUrl();
      const schema = new URL(url).searchParams.get('schema')!;
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
        await c.query(`CREATE TABLE schema_version (app TEXT NOT NULL, version INTEGER NOT NULL); INSERT INTO schema_version VALUES ('newsloom', 6)`);
        for (const m of PG_MIGRATIONS.slice(0, 6)) await c.query(m);
        await c.query(`INSERT INTO raw_docs (id, origin, format, bytes, fetched_at, hints) VALUES ('r1', '{}', 'text', '\\x00', '2026-01-01', '{}');
          INSERT INTO articles (id, raw_id, language, published, authors, text, paragraphs, removed, provenance, words, ingested_at, fts)
            VALUES ('a1', 'r1', 'ru', '2026-03-05', '[]', 'y', '[]', '[]', '{}', 1, '2026-01-01', '');
          INSERT INTO entity_mentions VALUES ('a1', 'Сергей Лавров', 'person', 1);
          INSERT INTO event_members VALUES ('a1', 'ev-ru', 'st-ru', 0.5, true, '{}', '2026-01-01')`);
      } finally {
        await c.end();
      }
      const store = await PostgresStore.open(url);
      t.after(() => store.close());
      const found = await store.linkCandidates({ keys: ['lvrv'], from: '2026-03-04', to: '2026-03-06', notLanguage: 'en', limit: 10 });
      assert.deepEqual(
        found.map((x) => [x.articleId, x.event, x.name]),
        [['a1', 'ev-ru', 'Сергей Лавров']],
      );
    });

    test('a failed statement inside a batch rolls the whole batch back and says so', async (t) => {
      const store = await PostgresStore.open(freshSchemaUrl());
      t.after(() => store.close());
      await store.setMeta('before', '1');
      await store.beginBatch();
      await store.setMeta('inside', '1');
      // an analysis for an article that does not exist breaks the foreign key
      await assert.rejects(store.putAnalysis('no-such-article', { entities: [], mentions: [], quotes: [] }), StoreError);
      await assert.rejects(
        store.setMeta('later', '1'),
        (e: unknown) => e instanceof StoreError && /earlier statement in this batch failed/.test((e as Error).message),
      );
      await store.endBatch();
      assert.equal(await store.getMeta('before'), '1');
      assert.equal(await store.getMeta('inside'), null, 'the batch was rolled back');
      await store.setMeta('after', '1');
      assert.equal(await store.getMeta('after'), '1', 'the store works again after the failed batch');
    });

    test('after a bulk batch the planner statistics are refreshed (so rare search words can use the GIN index at once)', async (t) => {
      const url = freshSchemaUrl();
      const store = await PostgresStore.open(url);
      t.after(() => store.close());
      const schema = new URL(url).searchParams.get('schema')!;
      const NF = { value: null, source: 'none', confidence: 0 };
      const prov = { title: NF, authors: NF, published: NF, outlet: NF, dateline: NF, language: NF, url: NF };
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      t.after(() => c.end());
      const analysed = async () =>
        Number((await c.query("SELECT count(*) AS n FROM pg_stats WHERE schemaname = $1 AND tablename = 'articles'", [schema])).rows[0].n);
      await store.beginBatch();
      for (let i = 0; i < 250; i++) {
        const text = `Council meeting number ${i} discussed the harbour budget${i === 7 ? ' and the lighthouse' : ''}.`;
        await store.putRaw({
          id: `r${i}`,
          origin: { kind: 'file', path: `${i}.txt` },
          format: 'text',
          bytes: Buffer.from(text),
          body: text,
          fetchedAt: '2026-01-01T00:00:00Z',
          hints: {},
        });
        await store.putArticle({
          id: `a${i}`,
          rawId: `r${i}`,
          sourceId: null,
          url: null,
          outlet: null,
          title: null,
          authors: [],
          published: null,
          dateline: null,
          language: 'en',
          text,
          paragraphs: [text],
          removed: [],
          provenance: prov,
        });
      }
      assert.equal(await analysed(), 0);
      await store.endBatch();
      assert.ok((await analysed()) > 0, 'ANALYZE ran after the batch');
      assert.deepEqual(
        (await store.search('lighthouse')).map((h) => h.id),
        ['a7'],
      );
    });

    test('text with NUL characters is stored (as U+FFFD, keeping offsets), originals keep every byte', async (t) => {
      const store = await PostgresStore.open(freshSchemaUrl());
      t.after(() => store.close());
      const body = 'Ministers met\u0000 in Brussels on Monday to discuss the budget.';
      await store.putRaw({
        id: 'r0',
        origin: { kind: 'file', path: 'n.txt' },
        format: 'text',
        bytes: Buffer.from(body),
        body,
        fetchedAt: '2026-01-01T00:00:00Z',
        hints: {},
      });
      assert.deepEqual(Buffer.from((await store.getRaw('r0'))!.bytes), Buffer.from(body));
      const NF = { value: null, source: 'none', confidence: 0 };
      await store.putArticle({
        id: 'n1',
        rawId: 'r0',
        sourceId: null,
        url: null,
        outlet: null,
        title: 'Budget\u0000 talks',
        authors: [],
        published: null,
        dateline: null,
        language: 'en',
        text: body,
        paragraphs: [body],
        removed: [],
        provenance: { title: NF, authors: NF, published: NF, outlet: NF, dateline: NF, language: NF, url: NF },
      });
      const back = (await store.getArticle('n1'))!;
      assert.equal(back.text, body.replace('\u0000', '\uFFFD'));
      assert.equal(back.text.length, body.length);
      assert.deepEqual(back.paragraphs, [body], 'JSON columns keep the character escaped');
      assert.equal((await store.search('Brussels')).length, 1);
    });

    test('the seeds ingest end to end on PostgreSQL exactly as on SQLite: 5 articles, 1 storyline, 5 events', async (t) => {
      const results: Record<string, unknown>[] = [];
      const dir = mkdtempSync(join(tmpdir(), 'newsloom-e2e-'));
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      for (const store of [await PostgresStore.open(freshSchemaUrl()), SqliteStore.open(join(dir, 'e2e.db'))] as Store[]) {
        try {
          const engine = new Engine(store);
          const report = await engine.ingest([SEEDS]);
          const again = await engine.ingest([SEEDS]);
          const storylines = await engine.storylines();
          const events = await engine.events({ limit: 50 });
          const restarted = new Engine(store); // state survives: a fresh engine sees the same events
          results.push({
            added: report.added.length,
            unchanged: again.unchanged,
            articles: await store.countArticles(),
            storylines: storylines.total,
            events: events.total,
            eventIds: events.items.map((e) => e.id).sort(),
            restartedEvents: (await restarted.events({ limit: 50 })).items.map((e) => e.id).sort(),
            ids: (await store.listArticleLinks({ limit: 100 })).map((a) => a.id),
            nippon: (await store.search('Nippon TV')).map((h) => h.id),
            putin: await store.countSearch('putin'),
            speakers: (await store.speakers()).slice(0, 3),
            entities: await store.countEntities(),
            quotes: (await store.quotes({})).length,
            copies: (await collectLinks(store)).filter((l) => l.copyOf).length,
          });
        } finally {
          await store.close();
        }
      }
      const [onPg, onSqlite] = results;
      assert.equal(onPg!.added, 5);
      assert.equal(onPg!.unchanged, 5);
      assert.equal(onPg!.articles, 5);
      assert.equal(onPg!.storylines, 1);
      assert.equal(onPg!.events, 5);
      assert.deepEqual(onPg!.restartedEvents, onPg!.eventIds);
      assert.equal(onPg!.putin, 5);
      assert.equal((onPg!.nippon as string[]).length, 1);
      assert.deepEqual(onPg, onSqlite, 'both stores give the same results for the same input');
    });
  });
}

async function collectLinks(store: Store) {
  return store.listArticleLinks({ limit: 100 });
}

test('tsQuery: the same reading of user input as ftsQuery, written for to_tsquery', () => {
  assert.equal(tsQuery('putin trump'), "'putin' & 'trump'");
  assert.equal(tsQuery('"Nippon TV" interview'), "('nippon' <-> 'tv') & 'interview'");
  assert.equal(tsQuery('Polit*'), "'polit':*");
  assert.equal(tsQuery("O'Brien's well-known"), "('o' <-> 'brien' <-> 's') & ('well' <-> 'known')");
  assert.equal(tsQuery('a & b | !c <-> (d)'), "'a' & 'b' & 'c' & 'd'");
  assert.equal(tsQuery('Путин заявил'), "'путин' & 'заявил'");
  assert.equal(tsQuery('Calderón U.S.'), "'calderon' & 'u' & 's'", 'Latin accents folded; a dotted abbreviation is its letters, as in ftsQuery');
  assert.equal(tsQuery('  "" ** '), null);
});

test('searchText breaks words where SQLite does and folds case and Latin accents only', () => {
  assert.equal(
    searchText('The U.S. sent $3,000 to Calderón’s e-mail (info@gov.mx) — https://x.example/a_b'),
    'the u s sent 3 000 to calderon s e mail info gov mx https x example a b',
  );
  assert.equal(searchText('Йошкар-Ола, ЁЖИК'), 'йошкар ола ёжик', 'Cyrillic letters keep their marks');
  assert.equal(searchText(null), '');
});

test('postgres URLs: schema from ?schema= (default newsloom), search_path set, password never shown', () => {
  const loc = parsePgLocation('postgres://u:pw@db.example:5433/news?schema=team_a&sslmode=require');
  assert.equal(loc.schema, 'team_a');
  assert.equal(loc.display, 'postgres://u:***@db.example:5433/news?schema=team_a&sslmode=require');
  const cs = new URL(loc.connectionString);
  assert.equal(cs.searchParams.get('schema'), null);
  assert.equal(cs.searchParams.get('options'), '-c search_path=team_a');
  assert.equal(cs.searchParams.get('sslmode'), 'require');
  assert.equal(parsePgLocation('postgresql://localhost/news').schema, 'newsloom');
  assert.throws(() => parsePgLocation('postgres://localhost/news?schema=1bad'), StoreError);
  assert.equal(redact('postgres://u:pw@h/d'), 'postgres://u:***@h/d');
});
