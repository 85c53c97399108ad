// watch end to end on local HTTP servers: new items only, nothing twice, feed discovery, fallbacks, the polling loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { Watcher } from '../src/watch/watcher.js';
import type { RoundReport } from '../src/watch/types.js';
import { articlePage, feedRoute, harness, htmlRoute, rss, server, day, testFetcher, type FeedEntry } from './watch-fixtures.js';

test('watch --once ingests the feed items, then exactly the new ones, never one twice', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  const s = await server();
  const entries: FeedEntry[] = [1, 2, 3].map((n) => ({ id: `tag:courier,2026:${n}`, link: `${s.base}/news/${n}.html`, title: `Story ${n}`, pubDate: day(n) }));
  s.routes['/rss.xml'] = feedRoute(() => rss(entries));
  for (let n = 1; n <= 6; n++) s.routes[`/news/${n}.html`] = htmlRoute(articlePage(n));
  const feed = `${s.base}/rss.xml`;

  const first = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /3 new: 3 added, 0 unchanged, 0 rejected$/m);
  assert.equal(await h.inspect(({ store }) => store.countArticles()), 3);

  entries.unshift(
    { id: 'tag:courier,2026:5', link: `${s.base}/news/5.html`, title: 'Story 5', pubDate: day(5) },
    { id: 'tag:courier,2026:4', link: `${s.base}/news/4.html`, title: 'Story 4', pubDate: day(4) },
  );
  const second = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /2 new: 2 added/);
  assert.equal(await h.inspect(({ store }) => store.countArticles()), 5);
  for (let n = 1; n <= 5; n++) assert.equal(s.hits.get(`/news/${n}.html`), 1, `page ${n} fetched once`);

  // Unchanged feed: the stored ETag gets a 304 and nothing is fetched or added.
  const third = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(third.code, 0);
  assert.match(third.stdout, /not modified/);
  assert.equal(await h.inspect(({ store }) => store.countArticles()), 5);

  await h.inspect(async ({ store, ws }) => {
    const src = (await ws.source(feed))!;
    assert.equal(src.kind, 'feed');
    assert.equal(src.items, 5);
    assert.equal(src.failures, 0);
    assert.ok(src.etag, 'validator kept');
    assert.ok(Date.parse(src.nextPollAt!) > Date.parse(src.lastPolledAt!));
    const seen = await Promise.all([1, 2, 3, 4, 5].map((n) => ws.seenItem(feed, `tag:courier,2026:${n}`)));
    assert.ok(seen.every((i) => i?.status === 'added' && i.articleId && i.attempts === 1));
    assert.equal(seen[3]!.title, 'Story 4');
    const a = await store.getArticle(seen[3]!.articleId!);
    assert.equal(a!.title, 'Story 4', 'feed title is the hint');
    assert.equal(a!.sourceId, 'tag:courier,2026:4');
    assert.equal(a!.url, `${s.base}/news/4.html`);
    assert.match(a!.text, /Report number 4\./);
    const raw = await store.getRaw(a!.rawId);
    assert.equal(raw!.origin.kind, 'feed');
    assert.equal(Buffer.from(raw!.bytes).toString('utf8'), articlePage(4), 'original bytes kept');
  });
  const log = await h.run(['watch', 'log']);
  assert.match(log.stdout, /polled \(feed\): 3 new: 3 added/);
  const list = await h.run(['watch', '--list']);
  assert.match(list.stdout, new RegExp(`${feed}\\n  feed, every 15m, private addresses allowed; 5 item\\(s\\) ingested`));
});

test('a page source is followed to the feed it announces; a page without one is ingested itself, once', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  const s = await server();
  s.routes['/world/'] = htmlRoute(`<!doctype html><html><head><title>World news</title>
    <link rel="alternate" type="application/atom+xml" title="World" href="/world/atom.xml"></head><body><h1>World</h1></body></html>`);
  s.routes['/world/atom.xml'] = feedRoute(
    () => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World desk</title><id>urn:w</id><updated>2026-11-20T10:00:00Z</updated>
      <entry><id>urn:w:1</id><title>Fire near villages</title><link href="/news/a.html"/><updated>2026-11-20T10:00:00Z</updated></entry>
      <entry><id>urn:w:2</id><title>Tram line approved</title><link rel="alternate" type="text/html" href="/news/b.html"/><updated>2026-11-19T08:00:00Z</updated></entry></feed>`,
    'application/atom+xml',
  );
  s.routes['/news/a.html'] = htmlRoute(articlePage(2));
  s.routes['/news/b.html'] = htmlRoute(articlePage(5));
  s.routes['/opinion/column.html'] = htmlRoute(articlePage(3, { title: 'Why the chip plant matters' }));

  const r = await h.run(['watch', `${s.base}/world/`, `${s.base}/opinion/column.html`, '--once', '--allow-private']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /page announces 1 feed\(s\); watching http:\/\/127\.0\.0\.1:\d+\/world\/atom\.xml/);
  assert.match(r.stderr, /page announces no feed; watching the page itself/);
  await h.inspect(async ({ store, ws }) => {
    assert.equal(await store.countArticles(), 3);
    const world = (await ws.source(`${s.base}/world/`))!;
    assert.equal(world.kind, 'page-feed');
    assert.equal(world.feedUrl, `${s.base}/world/atom.xml`);
    assert.equal((await ws.source(`${s.base}/opinion/column.html`))!.kind, 'page');
  });
  const again = await h.run(['watch', `${s.base}/world/`, `${s.base}/opinion/column.html`, '--once', '--allow-private']);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(await h.inspect(({ store }) => store.countArticles()), 3, 'nothing twice');
  assert.equal(s.hits.get('/world/'), 1, 'the page is not re-read once its feed is known');
});

test('an item whose page fails falls back to the feed text; one with no text is kept as a stub and fetched again; counts add up', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  const s = await server();
  const content = `<p>Firefighters contained most of the wildfire north of the capital overnight, the fire service said on Monday, and residents of two evacuated villages were allowed to return home.</p>
    <p>Investigators are examining whether a power line sparked the blaze, which burned through pine forest and olive groves over two days.</p>`;
  s.routes['/rss.xml'] = feedRoute(() =>
    rss([
      { id: 'g1', link: `${s.base}/gone.html`, title: 'Villagers return as wildfire is contained', pubDate: day(4), content },
      { id: 'g2', link: `${s.base}/broken.html`, title: 'No text here', pubDate: day(3) },
      { id: 'g3', link: `${s.base}/ok.html`, title: 'Tram line approved', pubDate: day(2) },
      { id: 'g4', link: null, title: 'Neither link nor text', pubDate: day(1) },
    ]),
  );
  s.routes['/broken.html'] = (_q, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('oops');
  };
  s.routes['/ok.html'] = htmlRoute(articlePage(5));
  const feed = `${s.base}/rss.xml`;

  const r = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(r.code, 0, 'the source itself is fine');
  assert.match(
    r.stdout,
    /4 new: 2 added \(1 from feed text\), 0 unchanged, 0 rejected, 1 kept as stubs \(title and link only: page unusable and no text in the feed\), 1 failed \(no link and no text in the feed\)$/m,
  );
  await h.inspect(async ({ store, ws }) => {
    assert.equal(await store.countArticles(), 2);
    assert.equal((await ws.source(feed))!.items, 2, 'articles from feed text count as ingested items');
    const g1 = (await ws.seenItem(feed, 'g1'))!;
    assert.equal(g1.status, 'fallback');
    assert.match(g1.lastError!, /HTTP 404/);
    const a = await store.getArticle(g1.articleId!);
    assert.equal(a!.title, 'Villagers return as wildfire is contained');
    assert.match(a!.text, /power line sparked the blaze/);
    const stub = (await ws.seenItem(feed, 'g2'))!;
    assert.deepEqual([stub.status, stub.title, stub.itemUrl, stub.articleId], ['stub', 'No text here', `${s.base}/broken.html`, null]);
    assert.match(stub.lastError!, /HTTP 500/);
    assert.equal((await ws.seenItem(feed, 'g4'))!.status, 'failed');
    const log = await ws.logEntries();
    assert.ok(log.some((e) => e.code === 'fallback' && e.level === 'warn' && /HTTP 404/.test(e.message) && e.itemUrl === `${s.base}/gone.html`));
    assert.ok(
      log.some(
        (e) => e.code === 'stub' && e.level === 'warn' && /HTTP 500.*kept as a stub \(title and link\); its page is fetched again next round/.test(e.message),
      ),
    );
    assert.ok(log.some((e) => e.code === 'no-link' && e.level === 'error' && /retried next round/.test(e.message)));
  });
  const list = await h.run(['watch', '--list']);
  assert.match(
    list.stdout,
    new RegExp(
      `1 stub\\(s\\), kept with title and link only.*\\n    No text here <${s.base.replace(/[.]/g, '\\.')}/broken\\.html> \\(1 attempt\\(s\\): .*HTTP 500`,
    ),
  );

  // Next round: the stub's page is fetched again (and now works), the failed item tried again; the others are not fetched again.
  s.routes['/broken.html'] = htmlRoute(articlePage(9));
  const r2 = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(r2.code, 0);
  assert.match(r2.stdout, /2 new: 1 added, 0 unchanged, 0 rejected, 1 failed/);
  assert.equal(s.hits.get('/gone.html'), 1);
  assert.equal(s.hits.get('/ok.html'), 1);
  assert.equal(await h.inspect(async ({ ws }) => (await ws.seenItem(feed, 'g2'))!.status), 'added');
  assert.doesNotMatch((await h.run(['watch', '--list'])).stdout, /stub/);
});

test("items whose feed has no text and whose pages cannot be read are kept as stubs, not failed (a feed like UOL's)", async (t) => {
  const h = harness({ watchConfig: { maxItemAttempts: 2 } });
  t.after(() => h.cleanup());
  const s = await server();
  // Items with titles and links and an empty description; their pages answer 403.
  s.routes['/uol.xml'] = feedRoute(() =>
    rss(
      Array.from({ length: 3 }, (_, i) => ({ id: `uol-${i}`, link: `${s.base}/noticias/${i}.htm`, title: `Manchete ${i}`, pubDate: day(i + 1), content: '' })),
    ),
  );
  for (let i = 0; i < 3; i++) {
    s.routes[`/noticias/${i}.htm`] = (_q, res) => {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('forbidden');
    };
  }
  const feed = `${s.base}/uol.xml`;
  const r = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /3 new: 0 added, 0 unchanged, 0 rejected, 3 kept as stubs/);
  assert.doesNotMatch(r.stderr, /the feed has no text to use instead/);
  await h.inspect(async ({ ws }) => {
    const stubs = await ws.seenItems(feed, 'stub');
    assert.deepEqual(
      stubs.map((i) => [i.title, i.itemUrl]).sort(),
      [0, 1, 2].map((i) => [`Manchete ${i}`, `${s.base}/noticias/${i}.htm`]),
    );
    assert.equal((await ws.source(feed))!.etag, null, 'no validator kept while stubs wait, so the next poll sees them');
  });
  // Fetched again next round; after maxItemAttempts (2) they stay stubs and are not fetched again.
  const r2 = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.match(r2.stdout, /3 new: 0 added, 0 unchanged, 0 rejected, 3 kept as stubs/);
  assert.match(r2.stderr, /its page is not fetched again \(2 attempts, maxItemAttempts\)/);
  const r3 = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.match(r3.stdout, /not modified/, 'given up: the feed validator is kept again');
  assert.equal(s.hits.get('/noticias/0.htm'), 2);
  assert.equal((await h.inspect(({ ws }) => ws.seenItems(feed, 'stub'))).length, 3, 'still kept');
});

test('items stored from the feed text count as added, and --once names what it leaves and why: the counts add up', async (t) => {
  const h = harness({ watchConfig: { maxItemsPerRound: 50 } });
  t.after(() => h.cleanup());
  const s = await server();
  const text = (i: number) =>
    `<p>Report ${i}: the regional council met on Tuesday and voted to extend the night bus service for another year after complaints from shift workers.</p>`;
  s.routes['/feed.xml'] = feedRoute(() =>
    rss(
      Array.from({ length: 60 }, (_, i) => ({
        id: `n-${i}`,
        link: `${s.base}/gone/${i}.html`,
        title: `Night buses ${i}`,
        pubDate: new Date(Date.UTC(2026, 0, 1, 0, i)).toUTCString(),
        content: text(i),
      })),
    ),
  );
  const feed = `${s.base}/feed.xml`;
  const r = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(r.code, 0, r.stderr);
  const line = r.stdout.trim();
  assert.match(
    line,
    /60 new: 50 added \(50 from feed text\), 0 unchanged, 0 rejected, 10 not taken yet \(over the cap of 50 items per poll, maxItemsPerRound; the next poll takes the newest 10\)$/,
  );
  const json = await h.run(['watch', feed, '--once', '--allow-private', '--json']);
  const o = (JSON.parse(json.stdout) as RoundReport).sources[0]!;
  assert.deepEqual([o.fresh, o.added, o.fromFeedText, o.deferred], [10, 10, 10, 0]);
  assert.equal(o.fresh, o.added + o.unchanged + o.rejected + o.stubs + o.failedItems + o.deferred);
  assert.equal(await h.inspect(({ store }) => store.countArticles()), 60);
});

test('the watch loop polls each source when due and picks up items as they appear, until stopped', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  const s = await server();
  const entries: FeedEntry[] = [{ id: 'l1', link: `${s.base}/n/1.html`, title: 'First', pubDate: day(1) }];
  s.routes['/rss.xml'] = feedRoute(() => rss(entries));
  for (let n = 1; n <= 3; n++) s.routes[`/n/${n}.html`] = htmlRoute(articlePage(n + 1));
  const store = SqliteStore.open(h.db);
  t.after(() => store.close());
  const watcher = new Watcher({ engine: new Engine(store), store: store.watchState(), fetcher: testFetcher(), config: { minEveryMs: 50 } });
  await watcher.add([`${s.base}/rss.xml`], 150, true);
  const stop = new AbortController();
  const rounds: RoundReport[] = [];
  const done = watcher.loop(stop.signal, (r) => {
    rounds.push(r);
    if (rounds.length === 2) entries.unshift({ id: 'l2', link: `${s.base}/n/2.html`, title: 'Second', pubDate: day(2) });
    if (rounds.length === 4) stop.abort();
  });
  await done;
  assert.equal(rounds.length, 4);
  assert.deepEqual(
    rounds.map((r) => r.sources[0]!.added),
    [1, 0, 1, 0],
  );
  assert.ok(rounds[1]!.sources[0]!.notModified && rounds[3]!.sources[0]!.notModified);
  assert.equal(await store.countArticles(), 2);
  await assert.rejects(watcher.add([`${s.base}/other.xml`], 10, true), /--every must be at least/);
});
