// Attack suite, HTTP side: SSRF (API and fetcher, with encodings and redirects), path traversal, FTS syntax, paging extremes and hostile ingest bodies against the real server.
import assert from 'node:assert/strict';
import { createServer as httpServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { lookup } from 'node:dns/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { Engine } from '../src/engine/index.js';
import { Fetcher, FetchError } from '../src/ingest/fetch.js';
import { createServer } from '../src/server/index.js';
import { openStore } from '../src/store/open.js';
import { PG_URL, reachPostgres } from './helpers/postgres.js';
import { SEEDS, tempDir } from './helpers/tmp.js';

const TOKEN = 'attack-token';
const SECRET = 'TOP-SECRET-MARKER-7f3a';
const counts: Record<string, number> = {};
const count = (k: string, n = 1) => {
  counts[k] = (counts[k] ?? 0) + n;
};
after(() => console.log(`# attack-api cases: ${JSON.stringify(counts)} (total ${Object.values(counts).reduce((a, b) => a + b, 0)})`));

/** A loopback server that counts every request it gets (it must get none from an SSRF attempt). */
function canary(): Promise<{ server: Server; port: number; hits: () => number }> {
  let hits = 0;
  const server = httpServer((_req, res) => {
    hits++;
    res.end(SECRET);
  });
  return new Promise((res) => server.listen(0, '127.0.0.1', () => res({ server, port: (server.address() as AddressInfo).port, hits: () => hits })));
}

/** Send a raw request line (no client-side normalisation of the path) and return the whole response text. */
function rawGet(port: number, path: string): Promise<string> {
  return new Promise((res, rej) => {
    const s = connect(port, '127.0.0.1', () => s.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let out = '';
    s.on('data', (d) => (out += d));
    s.on('end', () => res(out));
    s.on('error', rej);
  });
}

const SSRF_HOSTS = (port: number) => [
  `http://127.0.0.1:${port}/`,
  `http://localhost:${port}/`,
  `http://127.1:${port}/`,
  `http://0.0.0.0:${port}/`,
  `http://0:${port}/`,
  `http://2130706433:${port}/`,
  `http://017700000001:${port}/`,
  `http://0177.0.0.1:${port}/`,
  `http://0x7f000001:${port}/`,
  `http://0x7f.0x0.0x0.0x1:${port}/`,
  `http://[::1]:${port}/`,
  `http://[::ffff:127.0.0.1]:${port}/`,
  `http://[::ffff:7f00:1]:${port}/`,
  `http://[0:0:0:0:0:ffff:127.0.0.1]:${port}/`,
  'http://169.254.169.254/latest/meta-data/',
  'http://[fe80::1]/',
  'http://10.0.0.1/',
  'http://172.16.0.1/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://[fc00::1]/',
  `http://rebind.test:${port}/`, // a DNS name that resolves to loopback (through the test resolver)
];

describe('SSRF', () => {
  let c: Awaited<ReturnType<typeof canary>>;
  before(async () => {
    c = await canary();
  });
  after(() => c.server.close());

  it('POST /api/ingest never fetches a URL: URL-only rows are rejected with a reason, the canary gets no request', async () => {
    const store = await openStore(':memory:');
    const app = createServer(new Engine(store), { token: TOKEN, webDir: false });
    const urls = SSRF_HOSTS(c.port);
    const r = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      payload: JSON.stringify(urls.map((url) => ({ url }))),
    });
    assert.equal(r.statusCode, 200, r.body);
    const rep = r.json() as { added: unknown[]; rejected: { reason: string }[] };
    assert.equal(rep.added.length, 0);
    assert.equal(rep.rejected.length, urls.length);
    for (const x of rep.rejected) assert.match(x.reason, /neither a non-empty "text" nor "html"/);
    assert.equal(c.hits(), 0);
    count('ssrf-api', urls.length);
    await app.close();
  });

  it('the fetcher refuses private, loopback, link-local and encoded addresses with a reason', async () => {
    // the real resolver, except that *.test names resolve to loopback (DNS rebinding) without a network
    const f = new Fetcher({
      perHostDelayMs: 0,
      resolve: async (host: string) =>
        host.endsWith('.test')
          ? [{ address: '127.0.0.1', family: 4 }]
          : (await lookup(host, { all: true })).map((a) => ({ address: a.address, family: a.family })),
    });
    for (const url of SSRF_HOSTS(c.port)) {
      await assert.rejects(
        f.fetch(url),
        (e: unknown) => {
          assert.ok(e instanceof FetchError, `${url}: ${String(e)}`);
          assert.equal(e.code, 'private-address', `${url}: ${e.message}`);
          assert.match(e.message, /address/);
          return true;
        },
        url,
      );
      count('ssrf-fetch');
    }
    assert.equal(c.hits(), 0, 'no request reached the loopback canary');
  });

  it('redirects from an allowed test server to private addresses are refused', async () => {
    const targets = [
      `http://127.0.0.1:${c.port}/`,
      `http://2130706433:${c.port}/`,
      `http://[::ffff:127.0.0.1]:${c.port}/`,
      'http://169.254.169.254/',
      `http://0x7f000001:${c.port}/`,
      `http://localhost:${c.port}/`,
    ];
    let n = 0;
    const redirector = httpServer((req, res) => {
      const i = Number((req.url ?? '/0').slice(1));
      res.writeHead(302, { location: targets[i] }).end();
    });
    await new Promise<void>((r) => redirector.listen(0, '127.0.0.1', r));
    const port = (redirector.address() as AddressInfo).port;
    try {
      const f = new Fetcher({
        perHostDelayMs: 0,
        allowPrivateHosts: ['redirector.test'],
        resolve: async (host: string) => (host === 'redirector.test' ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]),
      } as ConstructorParameters<typeof Fetcher>[0]);
      for (let i = 0; i < targets.length; i++) {
        await assert.rejects(
          f.fetch(`http://redirector.test:${port}/${i}`),
          (e: unknown) => e instanceof FetchError && /private|loopback|link-local|not allowed|refus/i.test(e.message),
          targets[i],
        );
        n++;
      }
    } finally {
      redirector.close();
    }
    assert.equal(c.hits(), 0, 'no redirect reached the loopback canary');
    count('ssrf-redirect', n);
  });
});

const PAGING: [string, string][] = [
  ['offset=1e20', 'exponent'],
  ['offset=99999999999999999999999', 'beyond safe integers'],
  ['offset=Infinity', 'Infinity'],
  ['limit=Infinity', 'Infinity'],
  ['offset=-1', 'negative'],
  ['limit=-1', 'negative'],
  ['limit=0x10', 'hex'],
  ['offset=NaN', 'NaN'],
  ['limit=5&limit=6', 'given twice'],
  ['offset=1.5', 'fraction'],
];

const FTS = [
  '"unbalanced',
  'a"b"c"',
  '""',
  '"',
  'AND',
  'OR OR OR',
  'NOT',
  'putin AND',
  'AND putin',
  'putin NOT',
  '(putin',
  'putin)',
  '((((((((((putin',
  'NEAR(putin trump)',
  'NEAR(putin trump, 5)',
  'NEAR(',
  'putin NEAR/3 trump',
  'title:putin',
  'text:trump',
  '{title text}:putin',
  '-title:putin',
  'putin*',
  '*',
  '^putin',
  'pu+tin',
  'a:b:c',
  "'; DROP TABLE articles; --",
  '\\',
  '%',
  '_',
  '\u0000',
  'putin & trump | !x',
  'putin <-> trump',
  '!!!',
  ':*',
  'x'.repeat(5000),
  'putin '.repeat(2000),
  '"'.repeat(999),
  '('.repeat(500),
  'NEAR('.repeat(300),
  '😀 putin',
];

describe('path traversal, search syntax, paging and bodies on SQLite', () => {
  let app: FastifyInstance;
  let port: number;
  before(async () => {
    const dir = tempDir({ after: (fn) => after(fn) });
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>newsloom</title>');
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    const store = await openStore(join(dir, 'a.db'));
    const engine = new Engine(store);
    await engine.ingest([SEEDS]);
    app = createServer(engine, { token: TOKEN, webDir: web });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });
  after(() => app.close());

  const TRAVERSALS = [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%5c..%5csecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/....//secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/..%00/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/api/../../secret.txt',
    '/../../../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%252f..%252f..%252fetc%252fpasswd',
    '//etc/passwd',
    '/.%2e/.%2e/etc/passwd',
  ];
  for (const path of TRAVERSALS) {
    it(`path traversal ${path} leaks nothing`, async () => {
      const res = await rawGet(port, path);
      assert.ok(!res.includes(SECRET), 'the secret file was served');
      assert.ok(!/root:.*:0:0:/.test(res), '/etc/passwd was served');
      assert.doesNotMatch(res.split('\r\n')[0] ?? '', / 5\d\d /, `no 5xx: ${res.split('\r\n')[0]}`);
      count('traversal');
    });
  }

  for (const [q, why] of PAGING) {
    it(`paging ${q} gets a 400 (${why})`, async () => {
      for (const route of ['/api/articles', '/api/events', '/api/storylines', '/api/entities', '/api/search?q=putin&']) {
        const url = route.includes('?') ? `${route}${q}` : `${route}?${q}`;
        const r = await app.inject({ url });
        assert.equal(r.statusCode, 400, `${url}: ${r.body}`);
        assert.match((r.json() as { message: string }).message, /offset|limit/);
        count('paging');
      }
    });
  }

  it('FTS syntax gives results or a 400, never a 500 (SQLite)', async () => {
    await searchAttacks((url) => app.inject({ url }).then((r) => ({ status: r.statusCode, body: r.body })), 'fts-sqlite');
  });

  it('an unauthenticated 70 MB ingest body gets 401/403; an authenticated oversized body gets 413', async () => {
    const body = Buffer.alloc(70 * 1024 * 1024, 'a'); // over the 64 MB ingestBodyBytes cap (data/server-config.json)
    const variants: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: 'Basic eDp5' }, { authorization: `Bearer ${TOKEN}x` }];
    for (const headers of variants) {
      const status = await postStatus(port, body, headers);
      // no token: 401; a wrong token: 401 or 403 - both answered before the body is read
      if (Object.keys(headers).length === 0) assert.equal(status, 401);
      else assert.ok(status === 401 || status === 403, `${JSON.stringify(headers)}: ${status}`);
      count('body-401');
    }
    const status = await postStatus(port, Buffer.concat([Buffer.from('['), body, Buffer.from(']')]), { authorization: `Bearer ${TOKEN}` });
    assert.equal(status, 413);
    count('body-413');
  });
});

/** Already percent-encoded: a lone surrogate, invalid UTF-8, a bare percent sign. */
const FTS_RAW = ['%ED%A0%80', '%FF%FE', '%', '%zz'];

async function searchAttacks(get: (url: string) => Promise<{ status: number; body: string }>, label: string): Promise<void> {
  for (const q of [...FTS.map(encodeURIComponent), ...FTS_RAW]) {
    const r = await get(`/api/search?q=${q}`);
    assert.ok(r.status === 200 || r.status === 400, `q=${JSON.stringify(q.slice(0, 60))}: ${r.status} ${r.body.slice(0, 300)}`);
    if (r.status === 400) assert.ok((JSON.parse(r.body) as { message: string }).message.length > 5);
    count(label);
  }
}

function postStatus(port: number, body: Buffer, headers: Record<string, string>): Promise<number> {
  return new Promise((res, rej) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/ingest',
        headers: { 'content-type': 'application/json', 'content-length': body.length, ...headers },
      },
      (r) => {
        r.resume();
        res(r.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : rej(e)));
    req.end(body);
  });
}

describe('search syntax on PostgreSQL', () => {
  it('FTS syntax gives results or a 400, never a 500 (PostgreSQL)', async (t) => {
    const why = await reachPostgres();
    if (why) {
      t.skip(`PostgreSQL not reachable: ${why}`);
      return;
    }
    const schema = `attack_${process.pid}_${Date.now()}`;
    const store = await openStore(`${PG_URL}?schema=${schema}`);
    t.after(async () => {
      await (store as unknown as { close(): Promise<void> }).close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    });
    const engine = new Engine(store);
    await engine.ingest([SEEDS]);
    const app = createServer(engine, { webDir: false });
    await searchAttacks((url) => app.inject({ url }).then((r) => ({ status: r.statusCode, body: r.body })), 'fts-postgres');
    await app.close();
  });
});
