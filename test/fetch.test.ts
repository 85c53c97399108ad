// Integration tests for the polite URL fetcher against local HTTP servers on 127.0.0.1: address safety, robots.txt, retries, timeouts, size caps, redirects, conditional GET and politeness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newFetcher, rejectsWith, html, toLoopback } from './helpers/fetch-server.js';
import { Fetcher } from '../src/ingest/fetch.js';

test('fetches an HTML page from loopback when allowPrivate is set', async () => {
  const s = await startServer({
    '/news/story.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"abc"', 'last-modified': 'Tue, 03 Mar 2026 10:00:00 GMT' });
      res.end(html('<p>Parliament voted on Tuesday — 312 to 190 — to extend the budget talks.</p>'));
    },
  });
  const f = newFetcher();
  const r = await f.fetch(`${s.base}/news/story.html`, { allowPrivate: true });
  assert.equal(r.status, 200);
  assert.equal(r.notModified, false);
  assert.equal(r.contentType, 'text/html');
  assert.equal(r.charset, 'utf-8');
  assert.match(r.text, /312 to 190 — to extend/);
  assert.equal(r.etag, '"abc"');
  assert.equal(r.lastModified, 'Tue, 03 Mar 2026 10:00:00 GMT');
  assert.equal(r.finalUrl, `${s.base}/news/story.html`);
  assert.equal(r.bytes.length, Buffer.byteLength(r.text));
  const sent = s.log.find((l) => l.path === '/news/story.html')!;
  assert.match(String(sent.headers['user-agent']), /^newsloom\//);
});

test('refuses loopback and private addresses without allowPrivate, naming --allow-private', async () => {
  const s = await startServer({ '/': (_req, res) => res.end('hi') });
  const f = new Fetcher({ perHostDelayMs: 0 });
  const e1 = await rejectsWith(f.fetch(`${s.base}/`), 'private-address', /--allow-private/);
  assert.match(e1.message, /loopback/);
  assert.match(e1.message, /127\.0\.0\.1/);
  await rejectsWith(f.fetch('http://[::1]:9/'), 'private-address', /loopback/);
  await rejectsWith(f.fetch('http://[::ffff:10.1.2.3]/'), 'private-address', /private/);
  await rejectsWith(f.fetch('http://169.254.169.254/latest/meta-data/'), 'private-address', /link-local/);
  await rejectsWith(f.fetch('http://192.168.1.1/'), 'private-address', /private/);
  // After DNS: a name that resolves to a private address is refused at connect time.
  await rejectsWith(f.fetch(`http://localhost:${s.port}/`), 'private-address', /resolves to/);
  const viaResolver = new Fetcher({ perHostDelayMs: 0, resolve: async () => [{ address: '10.0.0.7', family: 4 }] });
  await rejectsWith(viaResolver.fetch('http://intranet.example/'), 'private-address', /intranet\.example resolves to 10\.0\.0\.7/);
  assert.equal(s.hits.get('/') ?? 0, 0, 'no request may reach the server');
});

test('obeys robots.txt for user agent newsloom and caches it per host', async () => {
  const s = await startServer({
    '/robots.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(
        'User-agent: otherbot\nDisallow: /\n\nUser-agent: newsloom\nDisallow: /private/\nAllow: /private/press-*\nCrawl-delay: 0.05\n\nUser-agent: *\nDisallow: /\n',
      );
    },
    '/public/a': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('public')),
    '/private/b': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('secret')),
    '/private/press-release': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('press')),
  });
  const f = newFetcher();
  const ok = await f.fetch(`${s.base}/public/a`, { allowPrivate: true });
  assert.match(ok.text, /public/);
  await rejectsWith(f.fetch(`${s.base}/private/b`, { allowPrivate: true }), 'robots', /disallows.*newsloom.*\/private\//);
  const press = await f.fetch(`${s.base}/private/press-release`, { allowPrivate: true });
  assert.match(press.text, /press/);
  assert.equal(s.hits.get('/private/b') ?? 0, 0);
  assert.equal(s.hits.get('/robots.txt'), 1, 'robots.txt fetched once per host');
  assert.equal(f.hostDelayMs('127.0.0.1'), 50, 'Crawl-delay raises the per-host gap');
  // A different agent token falls to the "*" group, which disallows everything.
  const other = newFetcher({ userAgent: 'somebot/2.0' });
  await rejectsWith(other.fetch(`${s.base}/public/a`, { allowPrivate: true }), 'robots');
});

test('an unreachable robots.txt (HTTP 503) keeps us off the host; a 404 allows all', async () => {
  const down = await startServer({
    '/robots.txt': (_req, res) => res.writeHead(503).end('busy'),
    '/a': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('a')),
  });
  const f = newFetcher();
  await rejectsWith(f.fetch(`${down.base}/a`, { allowPrivate: true, retries: 0 }), 'robots', /HTTP 503/);
  assert.equal(down.hits.get('/a') ?? 0, 0);
  const none = await startServer({ '/a': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('a')) });
  const r = await newFetcher().fetch(`${none.base}/a`, { allowPrivate: true });
  assert.equal(r.status, 200);
});

test('retries 5xx with backoff and counts attempts; 404 is not retried', async () => {
  const s = await startServer({
    '/flaky': (_req, res, n) => {
      if (n < 3) return res.writeHead(500, { 'content-type': 'text/plain' }).end('oops');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('third time lucky');
    },
    '/down': (_req, res) => res.writeHead(502).end('bad gateway'),
    '/busy': (_req, res, n) => {
      if (n === 1) return res.writeHead(429, { 'retry-after': '0' }).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok now');
    },
    '/too-busy': (_req, res) => res.writeHead(503, { 'retry-after': '3600' }).end(),
  });
  const f = newFetcher();
  const r = await f.fetch(`${s.base}/flaky`, { allowPrivate: true, retries: 3 });
  assert.equal(r.text, 'third time lucky');
  assert.equal(r.attempts, 3);
  assert.equal(s.hits.get('/flaky'), 3);

  const e = await rejectsWith(f.fetch(`${s.base}/down`, { allowPrivate: true, retries: 2 }), 'http-status', /HTTP 502.*after 3 attempts/);
  assert.equal(e.status, 502);
  assert.equal(e.attempts, 3);
  assert.equal(s.hits.get('/down'), 3);

  const nf = await rejectsWith(f.fetch(`${s.base}/missing`, { allowPrivate: true, retries: 3 }), 'http-status', /404/);
  assert.equal(nf.status, 404);
  assert.equal(s.hits.get('/missing'), 1, '404 must not be retried');

  const busy = await f.fetch(`${s.base}/busy`, { allowPrivate: true, retries: 1 });
  assert.equal(busy.text, 'ok now');
  await rejectsWith(f.fetch(`${s.base}/too-busy`, { allowPrivate: true, retries: 2 }), 'http-status', /retry after 3600 s/);
  assert.equal(s.hits.get('/too-busy'), 1);
});

test('network errors are retried and reported with code network', async () => {
  const s = await startServer({});
  const port = s.port;
  await s.close();
  const f = newFetcher({ obeyRobots: false });
  const e = await rejectsWith(f.fetch(`http://127.0.0.1:${port}/x`, { allowPrivate: true, retries: 1 }), 'network', /connection refused/);
  assert.equal(e.attempts, 2);
  // With robots on, the robots.txt request is the first to fail, and the error still says the host is unreachable.
  const g = newFetcher();
  await rejectsWith(g.fetch(`http://127.0.0.1:${port}/x`, { allowPrivate: true, retries: 0 }), 'network', /connection refused.*while reading .*robots\.txt/);
});

test('times out a server that never answers, and one that stalls mid-body', async () => {
  const s = await startServer({
    '/hang': () => {
      /* never answers */
    },
    '/stall': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>first part');
    },
  });
  const f = newFetcher();
  await rejectsWith(f.fetch(`${s.base}/hang`, { allowPrivate: true, timeoutMs: 300, retries: 0 }), 'timeout', /300 ms/);
  await rejectsWith(f.fetch(`${s.base}/stall`, { allowPrivate: true, timeoutMs: 300, retries: 1 }), 'timeout');
  assert.equal(s.hits.get('/stall'), 2, 'a timeout counts as retryable');
});

test('cuts a 100 MB streamed body at the size cap without reading it all', async () => {
  let sent = 0;
  let closedEarly = false;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const total = 100 * 1024 * 1024;
  const s = await startServer({
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.on('close', () => {
        if (sent < total) closedEarly = true;
      });
      const pump = () => {
        while (sent < total && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    },
    '/declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(total) });
      res.write('x');
    },
  });
  const f = newFetcher();
  await rejectsWith(f.fetch(`${s.base}/huge`, { allowPrivate: true, maxBytes: 1024 * 1024, retries: 0 }), 'too-large', /1048576-byte cap/);
  await new Promise((r) => setTimeout(r, 50));
  assert.ok(closedEarly, 'the server saw the connection closed before the end');
  assert.ok(sent < 40 * 1024 * 1024, `server only sent ${sent} bytes`);
  await rejectsWith(f.fetch(`${s.base}/declared`, { allowPrivate: true, maxBytes: 1024 * 1024, retries: 0 }), 'too-large', /104857600 bytes/);
});

test('follows redirects, detects loops and enforces the redirect limit', async () => {
  const s = await startServer({
    '/old': (_req, res) => res.writeHead(301, { location: '/newer' }).end(),
    '/newer': (_req, res) => res.writeHead(302, { location: `http://b.test:${s.port}/final?x=1` }).end(),
    '/final': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('arrived')),
    '/loop-a': (_req, res) => res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_req, res) => res.writeHead(307, { location: '/loop-a' }).end(),
    '/chain': (req, res) => {
      const n = Number(new URL(req.url!, 'http://x').searchParams.get('n') ?? 0);
      res.writeHead(302, { location: `/chain?n=${n + 1}` }).end();
    },
  });
  const f = newFetcher();
  const r = await f.fetch(`http://a.test:${s.port}/old`, { allowPrivate: true });
  assert.equal(r.finalUrl, `http://b.test:${s.port}/final?x=1`);
  assert.deepEqual(r.redirects, [`http://a.test:${s.port}/newer`, `http://b.test:${s.port}/final?x=1`]);
  assert.equal(r.attempts, 3);
  assert.match(r.text, /arrived/);
  // robots.txt is checked on each new host of the chain.
  assert.deepEqual(
    s.log.filter((l) => l.path === '/robots.txt').map((l) => l.host.split(':')[0]),
    ['a.test', 'b.test'],
  );

  await rejectsWith(f.fetch(`${s.base}/loop-a`, { allowPrivate: true }), 'redirect-loop', /loop-a -> .*loop-b -> .*loop-a/);
  await rejectsWith(f.fetch(`${s.base}/chain`, { allowPrivate: true, maxRedirects: 3 }), 'redirect-loop', /more than 3 redirects/);
  assert.equal(s.hits.get('/chain?n=3'), 1);
  assert.equal(s.hits.get('/chain?n=4') ?? 0, 0);
});

test('a redirect to a private address is refused on that hop', async () => {
  const s = await startServer({
    '/go': (_req, res) => res.writeHead(302, { location: 'http://meta.test/latest/meta-data/' }).end(),
    '/go-literal': (_req, res) => res.writeHead(302, { location: 'http://[fe80::1]/admin' }).end(),
  });
  // start.test is exempted by name (allowPrivateHosts), so the first hop reaches the loopback server; the second hop's
  // name resolves to the link-local metadata address and must be refused at connect time.
  const resolve = async (host: string) => [{ address: host === 'meta.test' ? '169.254.169.254' : '127.0.0.1', family: 4 }];
  const f = new Fetcher({ perHostDelayMs: 0, resolve, obeyRobots: false });
  const opts = { allowPrivateHosts: ['start.test'], retries: 0, timeoutMs: 2000 };
  await rejectsWith(f.fetch(`http://start.test:${s.port}/go`, opts), 'private-address', /meta\.test resolves to 169\.254\.169\.254.*link-local/);
  await rejectsWith(f.fetch(`http://start.test:${s.port}/go-literal`, opts), 'private-address', /fe80::1 is a link-local/);
  assert.equal(s.hits.get('/go'), 1);
  // Without the exemption the first hop is refused too.
  await rejectsWith(f.fetch(`http://start.test:${s.port}/go`, { retries: 0 }), 'private-address', /start\.test resolves to 127\.0\.0\.1/);
  assert.equal(s.hits.get('/go'), 1);
});

test('conditional GET: a matching ETag or Last-Modified gives notModified', async () => {
  const s = await startServer({
    '/feed.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"v7"' || req.headers['if-modified-since'] === 'Wed, 04 Mar 2026 08:00:00 GMT') {
        return res.writeHead(304, { etag: '"v7"' }).end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v7"', 'last-modified': 'Wed, 04 Mar 2026 08:00:00 GMT' });
      res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>');
    },
  });
  const f = newFetcher();
  const first = await f.fetch(`${s.base}/feed.xml`, { allowPrivate: true });
  assert.equal(first.status, 200);
  assert.equal(first.etag, '"v7"');
  const again = await f.fetch(`${s.base}/feed.xml`, { allowPrivate: true, etag: first.etag! });
  assert.equal(again.status, 304);
  assert.equal(again.notModified, true);
  assert.equal(again.bytes.length, 0);
  assert.equal(again.etag, '"v7"');
  const byDate = await f.fetch(`${s.base}/feed.xml`, { allowPrivate: true, lastModified: first.lastModified! });
  assert.equal(byDate.notModified, true);
  assert.equal(byDate.lastModified, 'Wed, 04 Mar 2026 08:00:00 GMT');
  const feedHits = s.log.filter((l) => l.path === '/feed.xml');
  assert.equal(feedHits[1].headers['if-none-match'], '"v7"');
  assert.equal(feedHits[2].headers['if-modified-since'], 'Wed, 04 Mar 2026 08:00:00 GMT');
});

test('invalid and non-http URLs are refused with code invalid-url', async () => {
  const f = newFetcher();
  await rejectsWith(f.fetch('ftp://example.com/file'), 'invalid-url', /only http and https/);
  await rejectsWith(f.fetch('not a url'), 'invalid-url');
});

test('per-host politeness: requests to one host are spaced and kept in call order; other hosts do not wait', async () => {
  const s = await startServer({
    '/p': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'),
  });
  const gap = 200;
  const f = new Fetcher({ perHostDelayMs: gap, resolve: toLoopback, obeyRobots: false });
  const slow = [0, 1, 2, 3].map((i) => f.fetch(`http://same.test:${s.port}/p?i=${i}`, { allowPrivate: true }));
  const other = f.fetch(`http://other.test:${s.port}/p?other=1`, { allowPrivate: true });
  await Promise.all([...slow, other]);
  const same = s.log.filter((l) => l.host.startsWith('same.test'));
  assert.deepEqual(
    same.map((l) => l.path),
    ['/p?i=0', '/p?i=1', '/p?i=2', '/p?i=3'],
  );
  for (let i = 1; i < same.length; i++) {
    assert.ok(same[i].at - same[i - 1].at >= gap - 80, `gap ${i}: ${(same[i].at - same[i - 1].at).toFixed(1)} ms`);
  }
  const o = s.log.find((l) => l.host.startsWith('other.test'))!;
  assert.ok(o.at < same[1].at, 'a different host is not queued behind same.test');
});
