// Integration tests of the HTTP API on the seed articles: listings, details, search, speakers, errors, ingest by POST, the OpenAPI document, security headers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Ctx, FRESH_ROWS, TOKEN, assertPaged, json, open } from './helpers/api-server.js';

describe('HTTP API on the seed articles', () => {
  let ctx: Ctx;
  before(async (t) => {
    ctx = await open({ after: (fn) => after(fn) }, { token: TOKEN });
    void t;
  });
  after(async () => {
    await ctx.app.close();
    await ctx.store.close();
  });

  it('health counts the articles', async () => {
    const h = await json(ctx.app, '/api/health');
    assert.equal(h.ok, true);
    assert.equal(h.articles, 5);
  });

  it('storylines, one storyline timeline, events of it, one event', async () => {
    const sl = await json(ctx.app, '/api/storylines');
    assertPaged(sl, 50, 0);
    assert.ok(sl.items.length >= 1);
    const first = sl.items[0];
    assert.equal(typeof first.id, 'string');
    assert.ok(first.articles >= 1 && first.events >= 1);

    const detail = await json(ctx.app, `/api/storyline/${encodeURIComponent(first.id)}`);
    assert.equal(detail.id, first.id);
    assert.equal(detail.timeline.length, first.events);

    const evs = await json(ctx.app, `/api/events?storyline=${encodeURIComponent(first.id)}&limit=500`);
    assertPaged(evs, 500, 0);
    assert.equal(evs.total, first.events);
    assert.ok(evs.items.every((e: any) => e.storyline === first.id));

    const ev = await json(ctx.app, `/api/event/${encodeURIComponent(evs.items[0].id)}`);
    assert.equal(ev.id, evs.items[0].id);
    assert.ok(ev.members.length >= 1);
    assert.equal(
      ev.byOutlet.reduce((n: number, g: any) => n + g.articles.length, 0),
      ev.members.length,
      'every member appears under its outlet',
    );
    assert.ok(Array.isArray(ev.quotes) && Array.isArray(ev.entities));
  });

  it('events and articles page without overlap', async () => {
    const all = await json(ctx.app, '/api/articles?limit=500');
    assert.equal(all.total, 5);
    const a = await json(ctx.app, '/api/articles?limit=2&offset=0');
    const b = await json(ctx.app, '/api/articles?limit=2&offset=2');
    assertPaged(a, 2, 0);
    assertPaged(b, 2, 2);
    const ids = [...a.items, ...b.items].map((x: any) => x.id);
    assert.equal(new Set(ids).size, 4);
    const evs = await json(ctx.app, '/api/events?limit=1&offset=1');
    assertPaged(evs, 1, 1);
  });

  it('articles of one outlet', async () => {
    const outlets = await json<any[]>(ctx.app, '/api/outlets');
    const named = outlets.find((o) => o.outlet === 'TASS');
    assert.ok(named, 'TASS is an outlet of the seeds');
    const list = await json(ctx.app, '/api/articles?outlet=TASS');
    assert.ok(list.items.length >= 1);
    assert.ok(list.items.every((x: any) => x.outlet === 'TASS'));
  });

  it('article detail has the clean text, provenance and the copy lists', async () => {
    const list = await json(ctx.app, '/api/articles?limit=1');
    const id = list.items[0].id;
    const d = await json(ctx.app, `/api/article/${id}`);
    assert.equal(d.article.id, id);
    assert.ok(d.article.text.length > 200);
    assert.ok(d.article.provenance.title, 'title provenance is shown');
    assert.ok(Array.isArray(d.copies));
    assert.ok('copyOf' in d);
    const byPrefix = await json(ctx.app, `/api/article/${id.slice(0, 10)}`);
    assert.equal(byPrefix.article.id, id, 'a unique prefix resolves');
  });

  it('search finds Putin and pages', async () => {
    const r = await json(ctx.app, '/api/search?q=putin&limit=2');
    assertPaged(r, 2, 0);
    assert.ok(r.total >= 2);
    assert.equal(r.items.length, 2);
    assert.match(r.items[0].snippet, /putin/i);
    const none = await json(ctx.app, '/api/search?q=zzyzxquokka');
    assert.equal(none.total, 0);
    assert.deepEqual(none.items, []);
  });

  it('speakers, their ledger, entities', async () => {
    const speakers = await json<any[]>(ctx.app, '/api/speakers');
    const putin = speakers.find((s) => /Putin/.test(s.name));
    assert.ok(putin && putin.quotes > 0, 'Putin is quoted in the seeds');
    const ledger = await json(ctx.app, `/api/ledger?speaker=${encodeURIComponent(putin.name)}&limit=5`);
    assertPaged(ledger, 5, 0);
    assert.ok(ledger.items.length >= 1);
    assert.ok(ledger.items.every((s: any) => s.speaker === putin.name));
    const all = await json(ctx.app, '/api/ledger');
    assert.ok(all.total >= ledger.total);
    const people = await json(ctx.app, '/api/entities?type=person&limit=10');
    assert.ok(people.items.length >= 1);
    assert.ok(people.items.every((e: any) => e.type === 'person'));
  });

  it('one outlet, case-insensitively', async () => {
    const o = await json(ctx.app, '/api/outlet/tass');
    assert.equal(o.outlet, 'TASS');
    assert.ok(o.articles >= 1);
    assert.ok(Array.isArray(o.copiesFrom) && Array.isArray(o.copiedBy));
  });

  it('404s name what was not found', async () => {
    for (const [url, id] of [
      ['/api/storyline/s_doesnotexist', 's_doesnotexist'],
      ['/api/event/e_missing42', 'e_missing42'],
      ['/api/article/nosucharticle', 'nosucharticle'],
      ['/api/outlet/Planet%20Daily', 'Planet Daily'],
    ] as const) {
      const body = await json(ctx.app, url, 404);
      assert.equal(body.statusCode, 404);
      assert.equal(body.error, 'Not Found');
      assert.ok(body.message.includes(id), `${body.message} names ${id}`);
    }
    const route = await json(ctx.app, '/api/bogus', 404);
    assert.match(route.message, /\/api\/bogus/);
  });

  it('400 on bad query parameters, naming the parameter', async () => {
    const cases: [string, RegExp][] = [
      ['/api/storylines?limit=0', /'limit' must be >= 1/],
      ['/api/articles?limit=501', /'limit' must be <= 500.*501/],
      ['/api/events?offset=-1', /'offset' must be >= 0/],
      ['/api/articles?limit=ten', /'limit' must be integer.*ten/],
      ['/api/search', /'q' is required/],
      ['/api/search?q=', /'q'/],
      ['/api/entities?type=planet', /'type' must be one of person, org, place, other/],
      [`/api/search?q=${'x'.repeat(600)}`, /'q' must NOT have more than 500 characters/],
    ];
    for (const [url, re] of cases) {
      const body = await json(ctx.app, url, 400);
      assert.equal(body.error, 'Bad Request');
      assert.equal(body.statusCode, 400);
      assert.match(body.message, re, url);
    }
  });

  it('POST /api/ingest needs the bearer token', async () => {
    const none = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: FRESH_ROWS });
    assert.equal(none.statusCode, 401);
    assert.match(none.json().message, /Authorization: Bearer/);
    assert.match(String(none.headers['www-authenticate']), /^Bearer/);
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: FRESH_ROWS, headers: { authorization: 'Bearer nope' } });
    assert.equal(wrong.statusCode, 403);
    assert.match(wrong.json().message, /does not match/);
    const basic = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: FRESH_ROWS, headers: { authorization: `Basic ${TOKEN}` } });
    assert.equal(basic.statusCode, 401);
    const h = await json(ctx.app, '/api/health');
    assert.equal(h.articles, 5, 'nothing was written by refused requests');
  });

  it('POST /api/ingest with the token adds a JSON array, then JSONL; the articles are readable and searchable', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const res = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: FRESH_ROWS, headers: auth });
    assert.equal(res.statusCode, 200, res.body);
    const rep = res.json();
    assert.equal(rep.read, 2);
    assert.equal(rep.added.length, 2);
    assert.deepEqual(rep.rejected, []);

    const again = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: FRESH_ROWS, headers: auth });
    assert.equal(again.json().unchanged, 2, 'the same rows twice are not duplicated');

    const jsonl =
      JSON.stringify({
        id: 'rail-3',
        outlet: 'Metro Wire',
        title: 'Night trains return to the northern line',
        text: 'Night trains will run again on the northern line from May, the operator said on Tuesday, after a three-year pause blamed on staff shortages.',
      }) +
      '\n\n' +
      JSON.stringify({ id: 'empty-4', title: 'nothing here' }) +
      '\n';
    const res2 = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: jsonl, headers: { ...auth, 'content-type': 'application/x-ndjson' } });
    assert.equal(res2.statusCode, 200, res2.body);
    const rep2 = res2.json();
    assert.equal(rep2.read, 2);
    assert.equal(rep2.added.length, 1);
    assert.equal(rep2.rejected.length, 1, 'a row without text is rejected, not fatal');
    assert.match(rep2.rejected[0].reason, /text/);

    const h = await json(ctx.app, '/api/health');
    assert.equal(h.articles, 8);
    const d = await json(ctx.app, '/api/article/harbour-1');
    assert.equal(d.article.title, FRESH_ROWS[0]!.title);
    assert.equal(d.article.outlet, 'Coastal Courier');
    const s = await json(ctx.app, '/api/search?q=dredging');
    assert.equal(s.items[0].id, d.article.id);
  });

  it('concurrent ingest requests all land, one after the other', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const before = (await json(ctx.app, '/api/health')).articles;
    const rows = (n: number) =>
      Array.from({ length: 3 }, (_, i) => ({
        id: `council-${n}-${i}`,
        outlet: `Borough Bulletin ${n}`,
        title: `Council vote ${n}.${i} on the new library`,
        text: `The borough council voted ${10 + i} to ${n + 2} on Thursday to fund a new library in the district of Eastfield ${n}-${i}, after months of debate about the cost.`,
      }));
    const results = await Promise.all([1, 2, 3].map((n) => ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: rows(n), headers: auth })));
    for (const r of results) {
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.json().added.length, 3);
    }
    assert.equal((await json(ctx.app, '/api/health')).articles, before + 9);
  });

  it('POST /api/ingest refuses too many rows at once, naming the limit', async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => ({ id: `r${i}`, text: `row ${i}` }));
    const res = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: rows, headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.statusCode, 413);
    assert.match(res.json().message, /2001 rows.*at most 2000/);
  });

  it('POST /api/ingest explains bad bodies', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const badLine = await ctx.app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: '{"id":"a","text":"ok text"}\n{not json}\n',
      headers: { ...auth, 'content-type': 'application/x-ndjson' },
    });
    assert.equal(badLine.statusCode, 400);
    assert.match(badLine.json().message, /line 2/);
    const badItem = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: [{ text: 'fine text here' }, 'a string'], headers: auth });
    assert.equal(badItem.statusCode, 400);
    assert.match(badItem.json().message, /item 1/);
    const badJson = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: '[{"id": ', headers: { ...auth, 'content-type': 'application/json' } });
    assert.equal(badJson.statusCode, 400);
    assert.match(badJson.json().message, /not valid JSON/);
    const xml = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: '<rows/>', headers: { ...auth, 'content-type': 'application/xml' } });
    assert.equal(xml.statusCode, 415);
    assert.match(xml.json().message, /application\/json/);
    const empty = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: [], headers: auth });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.json().message, /no rows/);
  });

  it('the OpenAPI document lists every route with its parameters', async () => {
    const doc = await json(ctx.app, '/api/openapi.json');
    assert.match(doc.openapi, /^3\./);
    const expected: [string, string][] = [
      ['get', '/api/health'],
      ['get', '/api/storylines'],
      ['get', '/api/storyline/{id}'],
      ['get', '/api/events'],
      ['get', '/api/event/{id}'],
      ['get', '/api/articles'],
      ['get', '/api/article/{id}'],
      ['get', '/api/search'],
      ['get', '/api/ledger'],
      ['get', '/api/speakers'],
      ['get', '/api/entities'],
      ['get', '/api/outlets'],
      ['get', '/api/outlet/{name}'],
      ['get', '/api/timeline'],
      ['get', '/api/entity/{name}'],
      ['get', '/api/export'],
      ['get', '/api/live'],
      ['post', '/api/ingest'],
      ['get', '/api/openapi.json'],
    ];
    for (const [method, path] of expected) assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} is documented`);
    const documented = Object.values(doc.paths).reduce((n: number, ops: any) => n + Object.keys(ops).length, 0);
    assert.equal(documented, expected.length, 'no undocumented extra or missing operations');
    const search = doc.paths['/api/search'].get;
    const q = search.parameters.find((p: any) => p.name === 'q');
    assert.equal(q.in, 'query');
    assert.equal(q.required, true);
    const limit = search.parameters.find((p: any) => p.name === 'limit');
    assert.equal(limit.schema.maximum, 500);
    assert.deepEqual(doc.paths['/api/ingest'].post.security, [{ bearer: [] }]);
    for (const p of Object.values(doc.paths) as any[]) {
      for (const op of Object.values(p) as any[]) {
        const s = (Object.values(op.responses['200'].content)[0] as { schema: unknown }).schema;
        const refs = JSON.stringify(s).match(/#\/components\/schemas\/(\w+)/g) ?? [];
        for (const r of refs) assert.ok(doc.components.schemas[r.split('/').pop()!], `${r} is defined`);
      }
    }
    // Every route the server answers is in the document: probe each documented path's method.
    for (const [method, path] of expected) {
      if (path === '/api/live') continue; // an event stream never ends: test/desk-api.test.ts reads it over a socket
      const url = path.replace('{id}', 'x').replace('{name}', 'x');
      const res = await ctx.app.inject({ method: method.toUpperCase() as 'GET' | 'POST', url });
      assert.notEqual(res.json().message?.startsWith('no route'), true, `${url} is routed`);
    }
  });

  it('security headers on every response, including errors', async () => {
    for (const [method, url] of [
      ['GET', '/api/health'],
      ['GET', '/api/event/none'],
      ['GET', '/api/articles?limit=0'],
      ['POST', '/api/ingest'],
      ['GET', '/nowhere.png'],
    ] as const) {
      const res = await ctx.app.inject({ method, url });
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/, url);
      assert.match(csp, /frame-ancestors 'none'/, url);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.ok(res.headers['referrer-policy'], url);
    }
  });
});
