// watch against failing sources on local HTTP servers: every bad server ends with a logged reason, private addresses and bad arguments are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { articlePage, feedRoute, harness, htmlRoute, rss, server, day, testFetcher } from './watch-fixtures.js';

test('every bad server ends with a logged reason while the good sources are still ingested', async (t) => {
  // The timeout is generous: the pages are served by this same process, which may be busy ingesting on a loaded machine.
  const h = harness({ fetcher: () => testFetcher({ timeoutMs: 6000, maxBytes: 4_000_000 }), watchConfig: { maxItemsPerRound: 4 } });
  t.after(() => h.cleanup());
  const s = await server();
  const pages = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${i}`,
      link: `${s.base}/p/${prefix}-${i}.html`,
      title: `${prefix} story ${i}`,
      pubDate: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toUTCString(),
    }));
  s.routes['/good.xml'] = feedRoute(() => rss(pages('good', 3)));
  s.routes['/slow.xml'] = () => undefined; // never answers
  s.routes['/server-error.xml'] = (_q, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('internal error');
  };
  s.routes['/malformed.xml'] = (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed</item></channel></rss>');
  };
  s.routes['/huge.xml'] = (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const push = () => {
      while (sent < 6_000_000) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', push);
      }
      res.end();
    };
    res.on('error', () => undefined);
    push();
  };
  // Declares UTF-8 but is Windows-1252: decoded as such, with a warning; its items still come in.
  const cp1252 = rss([{ id: 'cs-1', link: `${s.base}/p/cs-1.html`, title: 'Café owners protest new terrace fees', pubDate: day(4) }]);
  s.routes['/charset.xml'] = (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(iconv.encode(cp1252, 'windows-1252'));
  };
  s.routes['/loop-a.xml'] = (_q, res) => {
    res.writeHead(302, { location: '/loop-b.xml' });
    res.end();
  };
  s.routes['/loop-b.xml'] = (_q, res) => {
    res.writeHead(301, { location: '/loop-a.xml' });
    res.end();
  };
  s.routes['/big.xml'] = feedRoute(() => rss(pages('big', 1000)));
  let n = 0;
  for (const p of [...pages('good', 3), ...pages('big', 1000), { link: `${s.base}/p/cs-1.html` }])
    s.routes[new URL(p.link).pathname] = htmlRoute(articlePage(n++));

  const bad: Record<string, { code: string; reason: RegExp }> = {
    '/slow.xml': { code: 'timeout', reason: /no complete answer within 6000 ms/ },
    '/missing.xml': { code: 'http-status', reason: /HTTP 404 Not Found \(page not found\)/ },
    '/server-error.xml': { code: 'http-status', reason: /HTTP 500/ },
    '/malformed.xml': { code: 'malformed-xml', reason: /not well-formed XML at line 1/ },
    '/huge.xml': { code: 'too-large', reason: /4000000-byte cap/ },
    '/loop-a.xml': { code: 'redirect-loop', reason: /redirect loop: .*loop-a\.xml -> .*loop-b\.xml -> .*loop-a\.xml/ },
  };
  const urls = ['/good.xml', ...Object.keys(bad), '/charset.xml', '/big.xml'].map((p) => s.base + p);
  const r = await h.run(['watch', ...urls, '--once', '--allow-private']);
  assert.equal(r.code, 2, 'a failed source makes --once exit 2');
  assert.match(
    r.stdout,
    /big\.xml \(feed\): 1000 new: 4 added, 0 unchanged, 0 rejected, 996 not taken yet \(over the cap of 4 items per poll, maxItemsPerRound; the next poll takes the newest 4\)$/m,
  );

  await h.inspect(async ({ store, ws }) => {
    const log = await ws.logEntries({ limit: 1000 });
    for (const [path, want] of Object.entries(bad)) {
      const src = (await ws.source(s.base + path))!;
      assert.equal(src.failures, 1, path);
      assert.match(src.lastError!, want.reason, path);
      const entry = log.find((e) => e.sourceUrl === s.base + path && e.level === 'error');
      assert.ok(entry, `logged: ${path}`);
      assert.equal(entry!.code, want.code, `${path}: ${entry!.message}`);
      assert.match(r.stdout, new RegExp(`FAIL ${(s.base + path).replace(/[.]/g, '\\.')}: .+`));
    }
    assert.equal((await ws.source(`${s.base}/good.xml`))!.items, 3);
    const cs = (await ws.source(`${s.base}/charset.xml`))!;
    assert.equal(cs.failures, 0);
    assert.equal(cs.items, 1);
    assert.ok(
      log.some((e) => e.sourceUrl === `${s.base}/charset.xml` && e.code === 'charset' && /declared utf-8 but the bytes are not valid UTF-8/.test(e.message)),
    );
    const cafe = [] as string[];
    for await (const a of store.allArticles()) if (a.sourceId === 'cs-1') cafe.push(a.title ?? '');
    assert.deepEqual(cafe, ['Café owners protest new terrace fees']);
    const big = (await ws.source(`${s.base}/big.xml`))!;
    assert.equal(big.items, 4, 'capped per round');
    assert.equal(big.etag, null, 'no validator kept while a backlog remains');
    assert.ok(
      log.some(
        (e) =>
          e.code === 'backlog' &&
          /1000 new items; taking the newest 4 in this poll, 996 wait for the next polls \(cap of 4 items per poll, maxItemsPerRound\)/.test(e.message),
      ),
    );
    assert.deepEqual((await ws.seenItems(`${s.base}/big.xml`, 'added')).map((i) => i.itemId).sort(), ['big-996', 'big-997', 'big-998', 'big-999']);
    assert.equal(await store.countArticles(), 3 + 1 + 4);
  });

  // The next round drains the backlog further without repeating anything.
  const r2 = await h.run(['watch', `${s.base}/big.xml`, '--once', '--allow-private']);
  assert.equal(r2.code, 0, r2.stderr);
  assert.match(r2.stdout, /996 new: 4 added, 0 unchanged, 0 rejected, 992 not taken yet/);
  assert.equal(s.hits.get('/p/big-999.html'), 1);
  assert.equal(await h.inspect(({ store }) => store.countArticles()), 12);
});

test('private addresses are refused without --allow-private, naming the flag', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  const s = await server({ '/rss.xml': feedRoute(() => rss([{ id: 'x', link: null, title: 'x' }])) });
  // An IP literal, and a host name that resolves to loopback (the test fetcher maps every name to 127.0.0.1).
  const urls = [`${s.base}/rss.xml`, `http://feeds.courier-news.test:${s.port}/rss.xml`];
  const r = await h.run(['watch', ...urls, '--once']);
  assert.equal(r.code, 2);
  assert.equal(s.hits.size, 0, 'nothing was requested');
  for (const u of urls) assert.match(r.stdout, new RegExp(`FAIL ${u.replace(/[.]/g, '\\.')}: .*loopback address .*--allow-private`));
  await h.inspect(async ({ ws }) => {
    for (const u of urls) {
      const e = (await ws.logEntries({ sourceUrl: u })).find((x) => x.level === 'error')!;
      assert.equal(e.code, 'private-address');
      assert.match(e.message, /--allow-private/);
    }
  });
});

test('watch refuses what is not an http(s) URL and --every values it cannot read', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  const a = await h.run(['watch', 'ftp://example.com/feed.xml', '--once']);
  assert.equal(a.code, 1);
  assert.match(a.stderr, /watch reads only http:\/\/ and https:\/\/ URLs/);
  const b = await h.run(['watch', 'https://example.com/feed.xml', '--every', 'often', '--once']);
  assert.equal(b.code, 1);
  assert.match(b.stderr, /--every takes an interval like 30s, 5m, 1h/);
  const c = await h.run(['watch', '--once']);
  assert.match(c.stderr, /no sources are watched yet/);
  const d = await h.run(['watch', 'remove', 'https://example.com/feed.xml']);
  assert.match(d.stderr, /is not watched/);
});
