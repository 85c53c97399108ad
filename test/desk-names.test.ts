// The analyst's desk beyond the seeded API: the export on the seeds alone, readable names in the CLI report, and the desk on PostgreSQL.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Engine } from '../src/engine/index.js';
import { createServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { DATED } from './helpers/desk-rows.js';
import { SEEDS, tempDir } from './helpers/tmp.js';

describe("the issue's export on the seeds alone", () => {
  it('/api/export?view=articles&format=csv: text/csv, a header and five rows', async (t) => {
    const store = SqliteStore.open(join(tempDir(t), 'seeds.db'));
    t.after(() => store.close());
    const engine = new Engine(store);
    assert.equal((await engine.ingest([SEEDS])).added.length, 5);
    const app = createServer(engine, { webDir: false });
    const res = await app.inject({ url: '/api/export?view=articles&format=csv' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="newsloom-articles.csv"/);
    const lines = res.body.trimEnd().split('\r\n');
    assert.equal(lines[0], 'id,title,outlet,published,url,copyOf,similarity');
    assert.equal(lines.length, 6);
    const missing = await app.inject({ url: '/api/export?format=csv' });
    assert.equal(missing.statusCode, 400, 'the view is required');
    await app.close();
  });
});

describe('readable names', () => {
  it('untitled articles and date "titles" are named by their first sentence, past a dateline', async () => {
    const { readableTitle, isDateLike } = await import('../src/engine/display-name.js');
    assert.equal(isDateLike('NOVEMBER 12, 2007'), true);
    assert.equal(isDateLike('Putin backs Trump'), false);
    assert.equal(isDateLike('2007'), true);
    assert.equal(readableTitle('NOVEMBER 12, 2007', 'MOSCOW, November 9 (TASS). The storm hit the coast. Then more.'), 'The storm hit the coast.');
    assert.equal(readableTitle(null, 'PORTSMOUTH, March 2 - The harbour reopened. Boats left.'), 'The harbour reopened.');
    const long = readableTitle(null, `${'word '.repeat(60)}end.`)!;
    assert.ok(long.length <= 111 && long.endsWith('…'), long);
    assert.equal(readableTitle('A real title', 'Text.'), 'A real title');
  });

  it('the CLI report names estimated dates with their reason and prints outlet names in full', async (t) => {
    const { whenOf } = await import('../src/cli/format.js');
    assert.equal(whenOf({ firstDate: '2016-11-09T10:00:00', estimated: null }), '2016-11-09');
    assert.equal(whenOf({ firstDate: null, estimated: null }), 'undated');
    assert.equal(
      whenOf({ firstDate: null, estimated: { from: '2016-12-13', to: '2016-12-13', reason: 'estimated: "Dec 13" from its text' } }),
      'estimated: 2016-12-13 ("Dec 13" from its text)',
    );
    const dir = tempDir(t);
    const db = join(dir, 'r.db');
    const { cli } = await import('./helpers/tmp.js');
    const rows = JSON.stringify({
      id: 'cr-1',
      outlet: 'Consumer Reports Magazine',
      published: '2020-01-02',
      text: 'NEW YORK, Jan 2 - Regulators recalled a heater model on Thursday after reports of fires in three states.',
    });
    assert.equal((await cli(['ingest', '-', '--db', db], { stdin: rows })).code, 0);
    assert.equal((await cli(['ingest', SEEDS, '--db', db])).code, 0);
    const out = (await cli(['report', '--db', db])).stdout;
    assert.match(out, /Consumer Reports Magazine {2}/);
    assert.doesNotMatch(out, /\(untitled\)/);
    assert.match(out, /Regulators recalled a heater model on Thursday/);
    assert.match(out, /estimated: 2016-12-13 \(/);
  });
});

describe('the desk API on PostgreSQL', async () => {
  const { postgresForTests } = await import('./helpers/postgres.js');
  const { PostgresStore } = await import('../src/store/postgres/store.js');
  const { usable, freshSchemaUrl } = await postgresForTests();
  it('filters, look-up, timeline, entity and export answer as on SQLite', { skip: usable ? false : 'PostgreSQL is not reachable' }, async () => {
    const store = await PostgresStore.open(freshSchemaUrl());
    try {
      const engine = new Engine(store);
      assert.equal((await engine.ingest([SEEDS])).added.length, 5);
      assert.equal((await engine.ingestRows(DATED)).added.length, DATED.length);
      const app = createServer(engine, { webDir: false });
      const get = async (url: string) => {
        const r = await app.inject({ url });
        assert.equal(r.statusCode, 200, `${url}: ${r.body.slice(0, 200)}`);
        return r;
      };
      const nov = (await get('/api/articles?from=2016-11-01&to=2016-11-30&sort=newest')).json();
      assert.deepEqual(
        nov.items.map((a: { published: string }) => a.published.slice(0, 10)),
        ['2016-11-30', '2016-11-15', '2016-11-09', '2016-11-01'],
      );
      assert.equal((await get('/api/ledger?speaker=putin&limit=1')).json().speaker, 'Vladimir Putin');
      const lines = (await get('/api/storylines?limit=500')).json();
      for (const s of lines.items) {
        const t = (await get(`/api/timeline?storyline=${s.id}`)).json();
        assert.equal(t.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0) + t.undated, s.articles);
      }
      const e = (await get('/api/entity/Vladimir%20Putin')).json();
      assert.ok(e.quotes.length > 0 && e.cooccurring.length > 0);
      const csv = await get('/api/export?view=articles&format=csv&q=putin');
      assert.equal(csv.body.trimEnd().split('\r\n').length, 6);
      assert.deepEqual(
        (await get('/api/entities?q=putin')).json().items.map((x: { name: string }) => x.name),
        ['Vladimir Putin'],
      );
      await app.close();
    } finally {
      await store.close();
    }
  });
});
