// watch and alert on a postgres:// store, end to end through the CLI: sources, seen items, stubs, alerts and deliveries kept in PostgreSQL.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AlertPayload } from '../src/store/alert-state.js';
import { postgresForTests } from './helpers/postgres.js';
import { articlePage, feedRoute, harness, htmlRoute, rss, startServer, type FeedEntry, type TestServer } from './watch-fixtures.js';

const pg = await postgresForTests();
const servers: TestServer[] = [];
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

test('watch --once and alert add work on a postgres:// store: items once, alerts fired and delivered, state kept between runs', {
  skip: !pg.usable,
}, async (t) => {
  const h = harness({}, { db: pg.freshSchemaUrl() });
  t.after(() => h.cleanup());
  const s = await startServer();
  servers.push(s);
  const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9, 30)).toUTCString();
  const entries: FeedEntry[] = [0, 1, 2].map((n) => ({ id: `urn:courier:${n}`, link: `${s.base}/news/${n}.html`, title: `Story ${n}`, pubDate: day(n + 1) }));
  entries.push({ id: 'urn:courier:walled', link: `${s.base}/news/walled.html`, title: 'Behind the wall', pubDate: day(9) });
  s.routes['/rss.xml'] = feedRoute(() => rss(entries));
  for (let n = 0; n < 6; n++) s.routes[`/news/${n}.html`] = htmlRoute(articlePage(n));
  s.routes['/news/walled.html'] = (_q, res) => {
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('subscribers only');
  };
  const posts: AlertPayload[] = [];
  s.routes['/hook'] = (_q, res, _hit, body) => {
    posts.push(JSON.parse(body));
    res.writeHead(204);
    res.end();
  };
  const feed = `${s.base}/rss.xml`;

  const added = await h.run(['alert', 'add', '--query', 'said', '--webhook', `${s.base}/hook`]);
  assert.equal(added.code, 0, added.stderr);
  const id = /added alert ([0-9a-f]{8})/.exec(added.stdout)![1]!;
  assert.match((await h.run(['alert', 'list'])).stdout, new RegExp(`^${id}\\s+query\\s+"said"`));

  const first = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /4 new: 3 added, 0 unchanged, 0 rejected, 1 kept as stubs/);
  assert.deepEqual(posts.map((p) => p.article.title).sort(), ['Story 0', 'Story 1', 'Story 2']);

  entries.unshift({ id: 'urn:courier:3', link: `${s.base}/news/3.html`, title: 'Story 3', pubDate: day(4) });
  const second = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /2 new: 1 added, 0 unchanged, 0 rejected, 1 kept as stubs/, 'the new item, and the stub fetched again');
  assert.equal(s.hits.get('/news/0.html'), 1, 'nothing fetched twice');
  assert.equal(s.hits.get('/news/walled.html'), 2);
  assert.equal(posts.length, 4);

  await h.inspect(async ({ store, ws, as }) => {
    assert.equal(await store.countArticles(), 4);
    const src = (await ws.source(feed))!;
    assert.deepEqual([src.kind, src.items, src.failures], ['feed', 4, 0]);
    const stub = (await ws.seenItem(feed, 'urn:courier:walled'))!;
    assert.deepEqual([stub.status, stub.title, stub.attempts], ['stub', 'Behind the wall', 2]);
    assert.equal(await as.pendingCount(), 0);
    for (const p of posts) assert.ok((await as.firing(id, p.key))!.deliveredAt);
  });
  assert.match((await h.run(['watch', '--list'])).stdout, /4 item\(s\) ingested[\s\S]*1 stub\(s\)[\s\S]*Behind the wall/);
  assert.match((await h.run(['watch', 'log'])).stdout, /polled \(feed\): 4 new: 3 added/);
  assert.equal((await h.run(['alert', 'log', '--alert', id])).stdout.match(/delivered \(POST .*\/hook\) on attempt 1/g)?.length, 4);
  assert.match((await h.run(['alert', 'remove', id])).stdout, new RegExp(`removed alert ${id}`));
  assert.match((await h.run(['watch', 'remove', feed])).stdout, /stopped watching/);
  assert.match((await h.run(['watch', '--list'])).stdout, /no watched sources/);
});
