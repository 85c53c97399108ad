// The analyst's desk through the HTTP API on the seeds: filters and sort, forgiving look-up, timeline, entity, export, live.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { Engine } from '../src/engine/index.js';
import { createServer } from '../src/server/index.js';
import { csvCell } from '../src/server/csv.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { DATED } from './helpers/desk-rows.js';
import { SEEDS, cli, tempDir } from './helpers/tmp.js';

const TOKEN = 'desk-token-0123456789abcdef';

interface LiveMessage {
  event: string;
  data: any;
}

/** A /api/live reader: the messages so far, and a wait for the next one that fits (null after `ms`). */
function liveClient(port: number, path: string) {
  const got: LiveMessage[] = [];
  const waiting: { fits: (m: LiveMessage) => boolean; done: (m: LiveMessage | null) => void }[] = [];
  let buf = '';
  const req = request({ host: '127.0.0.1', port, path }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buf += chunk;
      for (let at = buf.indexOf('\n\n'); at >= 0; at = buf.indexOf('\n\n')) {
        const block = buf.slice(0, at);
        buf = buf.slice(at + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!event || !data) continue;
        const m = { event, data: JSON.parse(data) };
        got.push(m);
        for (const w of waiting.splice(0)) w.fits(m) ? w.done(m) : waiting.push(w);
      }
    });
  });
  req.on('error', () => {});
  req.end();
  return {
    got,
    next(fits: (m: LiveMessage) => boolean, ms: number): Promise<LiveMessage | null> {
      const had = got.find(fits);
      if (had) return Promise.resolve(had);
      return new Promise((done) => {
        const timer = setTimeout(() => done(null), ms);
        waiting.push({ fits, done: (m) => (clearTimeout(timer), done(m)) });
      });
    },
    close: () => req.destroy(),
  };
}

describe('the desk API on the seeds', () => {
  let app: FastifyInstance;
  let store: SqliteStore;
  let engine: Engine;
  let dbPath: string;
  const cleanups: (() => void)[] = [];

  before(async () => {
    const dir = tempDir({ after: (fn) => cleanups.push(fn) });
    dbPath = join(dir, 'desk.db');
    store = SqliteStore.open(dbPath);
    engine = new Engine(store);
    assert.equal((await engine.ingest([SEEDS])).added.length, 5);
    const rep = await engine.ingestRows(DATED);
    assert.equal(rep.added.length, DATED.length, JSON.stringify(rep.rejected));
    app = createServer(engine, { token: TOKEN, webDir: false });
  });
  after(async () => {
    await app?.close();
    await store?.close();
    for (const fn of cleanups) fn();
  });

  async function get<T = any>(url: string, status = 200): Promise<T> {
    const res = await app.inject({ url });
    assert.equal(res.statusCode, status, `${url} -> ${res.statusCode}: ${res.body.slice(0, 300)}`);
    return res.json() as T;
  }

  it('articles from..to returns only November 2016 articles, both ends included', async () => {
    const r = await get('/api/articles?from=2016-11-01&to=2016-11-30');
    const dates = r.items.map((a: { published: string }) => a.published);
    assert.ok(dates.length >= 4, `the seed dated 2016-11-09 and three rows: ${dates}`);
    assert.equal(r.total, dates.length);
    for (const d of dates) assert.match(d, /^2016-11/);
    const ids = r.items.map((a: { id: string }) => a.id);
    for (const id of ['oct-31', 'dec-01']) assert.ok(!ids.some((x: string) => x.startsWith(id)), `${id} is outside November`);
    const month = await get('/api/articles?from=2016-11&to=2016-11');
    assert.equal(month.total, r.total, 'a month as from and to covers the same days');
  });

  it('articles filter by outlet (any case), language and words, and sort by date', async () => {
    const byOutlet = await get('/api/articles?outlet=valley%20post');
    assert.deepEqual(
      byOutlet.items.map((a: { outlet: string }) => a.outlet),
      ['Valley Post', 'Valley Post'],
    );
    const german = await get('/api/articles?language=de');
    assert.deepEqual(
      german.items.map((a: { title: string }) => a.title),
      ['Hagel zerstört Weinberge im Tal'],
    );
    const words = await get('/api/articles?q=hail%20council');
    assert.deepEqual(words.items.map((a: { title: string }) => a.title).sort(), ['Council approves hail aid', 'Vineyards count the cost of hail']);
    const newest = await get('/api/articles?sort=newest&limit=3');
    assert.deepEqual(
      newest.items.map((a: { published: string }) => a.published.slice(0, 10)),
      ['2016-12-01', '2016-11-30', '2016-11-15'],
    );
    const oldest = await get('/api/articles?sort=oldest&limit=1');
    assert.equal(oldest.items[0].published.slice(0, 10), '2016-10-31');
    await get('/api/articles?from=Nov%202016', 400);
    await get('/api/articles?sort=random', 400);
  });

  it('events, storylines, ledger and entities take the same filters', async () => {
    const ev = await get('/api/events?outlet=Valley%20Post');
    assert.ok(ev.items.length >= 1);
    for (const e of ev.items) assert.ok(e.outlets.includes('Valley Post'), JSON.stringify(e.outlets));
    const inDec = await get('/api/events?from=2016-12-01');
    for (const e of inDec.items) assert.ok(e.lastDate >= '2016-12-01', e.lastDate);
    const all = await get('/api/storylines?limit=500');
    const narrowed = await get('/api/storylines?q=vineyards');
    assert.ok(narrowed.total >= 1 && narrowed.total < all.total, `${narrowed.total} of ${all.total}`);
    const ledger = await get('/api/ledger?q=relations');
    assert.ok(ledger.items.length >= 1);
    for (const s of ledger.items) assert.match(s.text.toLowerCase(), /relations/);
    const none = await get('/api/ledger?from=2016-12-01&speaker=Vladimir%20Putin');
    assert.equal(none.total, 0, 'no Putin statement after November');
    const ents = await get('/api/entities?q=PUTIN');
    assert.deepEqual(
      ents.items.map((e: { name: string }) => e.name),
      ['Vladimir Putin'],
    );
    const byName = await get('/api/entities?sort=name&limit=3');
    const names = byName.items.map((e: { name: string }) => e.name);
    assert.deepEqual(
      names,
      [...names].sort((a: string, b: string) => a.localeCompare(b)),
    );
  });

  it('ledger?speaker=Putin finds Vladimir Putin (any case, accents), quotes name outlet and date', async () => {
    const exact = await get('/api/ledger?speaker=Vladimir%20Putin&limit=500');
    assert.ok(exact.total > 0);
    for (const asked of ['Putin', 'putin', 'PUTÍN', 'vladimir putin']) {
      const r = await get(`/api/ledger?speaker=${encodeURIComponent(asked)}&limit=500`);
      assert.equal(r.speaker, 'Vladimir Putin', asked);
      assert.equal(r.total, exact.total, asked);
    }
    const detail = await get('/api/entity/Vladimir%20Putin');
    assert.ok(detail.quotes.length > 0);
    for (const q of detail.quotes) assert.ok('outlet' in q && 'published' in q && 'eventId' in q === false);
    assert.ok(
      detail.quotes.some((q: { outlet: string | null }) => q.outlet === 'TASS'),
      'a quote names its outlet',
    );
    assert.ok(
      detail.quotes.some((q: { published: string | null }) => q.published?.startsWith('2016-11-09')),
      'a quote names its date',
    );
  });

  it('an ambiguous name gives a list to choose from', async () => {
    await engine.ingestRows([
      {
        id: 'other-trump',
        outlet: 'Valley Post',
        published: '2016-11-20',
        title: 'Ivana Trump opens a gallery',
        text: 'Ivana Trump opened a small gallery in the valley on Sunday. "Art should be close to the vines," Ivana Trump said at the opening.',
      },
    ]);
    const r = await get('/api/entity/Trump');
    assert.ok(Array.isArray(r.matches) && r.matches.length >= 2, JSON.stringify(r).slice(0, 300));
    assert.ok(r.matches.some((m: { name: string }) => m.name === 'Donald Trump'));
    await get('/api/entity/Nobody%20Known', 404);
  });

  it("timeline counts add up to the storyline's articles", async () => {
    const lines = await get('/api/storylines?limit=500');
    for (const s of lines.items) {
      const t = await get(`/api/timeline?storyline=${s.id}`);
      const sum = t.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0);
      assert.equal(sum + t.undated, s.articles, s.id);
      assert.equal(t.total, s.articles);
      for (const b of t.buckets)
        assert.equal(
          Object.values(b.outlets as Record<string, number>).reduce((n, c) => n + c, 0),
          b.count,
        );
    }
    const weeks = await get('/api/timeline?outlet=Valley%20Post&bucket=week');
    assert.deepEqual(
      weeks.buckets.map((b: { start: string }) => b.start),
      ['2016-11-14', '2016-11-28'],
    );
    const ent = await get('/api/timeline?entity=putin&bucket=month');
    assert.equal(ent.total, (await get('/api/entity/Vladimir%20Putin')).articles);
  });

  it('entity/Vladimir Putin lists his quotes, aliases, co-occurring names and events', async () => {
    const e = await get('/api/entity/Vladimir%20Putin');
    assert.equal(e.name, 'Vladimir Putin');
    assert.equal(e.type, 'person');
    assert.ok(e.quotes.length > 0 && e.quotes.every((q: { speakerEntity: string }) => q.speakerEntity === 'Vladimir Putin'));
    assert.equal(e.quotesTotal, e.quotes.length, 'the seeds hold fewer than 50 of his quotes');
    const dates = e.quotes.map((q: { published: string | null }) => q.published).filter(Boolean);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'latest first');
    assert.ok(
      e.quotes.some((q: { event: string | null }) => q.event?.startsWith('e_')),
      'quotes name their event',
    );
    assert.ok(e.cooccurring.some((c: { name: string }) => c.name === 'Donald Trump'));
    assert.ok(!e.cooccurring.some((c: { name: string }) => c.name === 'Vladimir Putin'));
    assert.ok(e.events.length >= 1);
    assert.equal(e.coverage.total, e.articles);
  });

  it('export csv: text/csv, a header and five rows for the seeds; jsonl one row a line', async () => {
    const res = await app.inject({ url: '/api/export?view=articles&format=csv&q=putin' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    const lines = res.body.trimEnd().split('\r\n');
    assert.equal(lines[0], 'id,title,outlet,published,url,copyOf,similarity');
    assert.equal(lines.length, 6, res.body);
    const jsonl = await app.inject({ url: '/api/export?view=events&format=jsonl' });
    assert.match(String(jsonl.headers['content-type']), /^application\/x-ndjson/);
    const rows = jsonl.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(rows.length, (await get('/api/events?limit=500')).total);
    const ledger = await app.inject({ url: '/api/export?view=ledger&format=csv&speaker=Putin' });
    assert.equal(ledger.body.trimEnd().split('\r\n').length - 1, (await get('/api/ledger?speaker=Putin&limit=500')).total);
  });

  it('csv cells: quoted when needed, formulas made inert', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, "b"'), '"a, ""b"""');
    assert.equal(csvCell('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
    for (const bad of ['+1', '-2+3', '@SUM(A1)']) assert.equal(csvCell(bad)[0], "'");
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(['a', 'b']), 'a; b');
  });

  it('an article POSTed to /api/ingest reaches a /api/live client within a second', async () => {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    assert.ok(addr && typeof addr === 'object');
    const got: { event: string; data: any }[] = [];
    let buf = '';
    let heard: () => void = () => {};
    const arrived = new Promise<void>((res) => (heard = res));
    const req = request({ host: '127.0.0.1', port: addr.port, path: '/api/live' }, (res) => {
      assert.match(String(res.headers['content-type']), /^text\/event-stream/);
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        for (let at = buf.indexOf('\n\n'); at >= 0; at = buf.indexOf('\n\n')) {
          const block = buf.slice(0, at);
          buf = buf.slice(at + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) got.push({ event, data: JSON.parse(data) });
          if (event === 'storyline') heard();
        }
      });
    });
    req.end();
    await new Promise((r) => setTimeout(r, 300)); // connected and past its first look
    const ing = await fetch(`http://127.0.0.1:${addr.port}/api/ingest`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify([
        {
          id: 'live-1',
          outlet: 'Valley Post',
          published: '2016-12-02',
          title: 'Hail aid paid out',
          text: 'The regional council paid the first emergency aid to vineyards on Friday, a week after the hail storm destroyed much of the harvest in the valley.',
        },
      ]),
    });
    assert.equal(ing.status, 200);
    const added = ((await ing.json()) as { added: string[] }).added;
    // The promise: the message arrives within a second of the write being answered.
    await Promise.race([arrived, new Promise((r) => setTimeout(r, 1000))]);
    req.destroy();
    const article = got.find((g) => g.event === 'article');
    assert.ok(article, `an article message within a second (got ${JSON.stringify(got)})`);
    assert.equal(article.data.id, added[0]);
    assert.equal(article.data.title, 'Hail aid paid out');
    assert.ok(got.some((g) => g.event === 'event' && g.data.id === article.data.event));
  });

  it('an article another process ingests (the CLI) reaches a /api/live client within a second; ?since= resumes', async () => {
    const addr = app.server.address();
    assert.ok(addr && typeof addr === 'object', 'the server listens (the previous test started it)');
    const client = liveClient(addr.port, '/api/live');
    await new Promise((r) => setTimeout(r, 300));
    const row = {
      id: 'cli-live-1',
      outlet: 'Harbour Times',
      published: '2016-12-03',
      title: 'Second ferry joins the winter route',
      text: 'A second ferry joined the winter route on Saturday, the ferry company said, after commuters complained about crowded morning crossings.',
    };
    const res = await cli(['ingest', '-', '--db', dbPath], { stdin: JSON.stringify(row) });
    assert.equal(res.code, 0, res.stderr);
    const article = await client.next((m) => m.event === 'article', 1000);
    client.close();
    assert.ok(article, `the CLI's article arrived (got ${JSON.stringify(client.got)})`);
    assert.equal(article.data.title, 'Second ferry joins the winter route');
    // A client that saw up to some article gets what came after it at once.
    const resumed = liveClient(addr.port, `/api/live?since=${article.data.seq - 1}`);
    const again = await resumed.next((m) => m.event === 'article', 1000);
    resumed.close();
    assert.equal(again?.data.id, article.data.id);
  });

  it('the CLI lists take the same filters, and its ledger forgives a surname', async () => {
    const led = await cli(['ledger', '--speaker', 'putin', '--limit', '1', '--db', dbPath]);
    assert.equal(led.code, 0, led.stderr);
    assert.match(led.stdout, /Vladimir Putin: “/);
    const ev = await cli(['events', '--outlet', 'valley post', '--json', '--db', dbPath]);
    const items = (JSON.parse(ev.stdout) as { items: { outlets: string[] }[] }).items;
    assert.ok(items.length >= 1 && items.every((e) => e.outlets.includes('Valley Post')));
    const bad = await cli(['storylines', '--from', 'yesterday', '--db', dbPath]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--from takes a date as YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
