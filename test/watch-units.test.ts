// The pure parts of watch: intervals, poll scheduling, which items a round takes, feed sniffing and the fallback document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatInterval, parseInterval } from '../src/watch/interval.js';
import { dueSources, msUntilNextPoll, nextPollTime } from '../src/watch/schedule.js';
import { fallbackDoc, itemsForRound, looksLikeFeed, pageDoc } from '../src/watch/item-doc.js';
import { normaliseSourceUrl } from '../src/watch/watcher.js';
import type { FeedItem } from '../src/ingest/feed.js';
import type { FetchResult } from '../src/ingest/fetch.js';
import type { WatchSource } from '../src/store/watch-state.js';
import { outcomeCounts } from '../src/watch/outcome-text.js';
import type { SourceOutcome } from '../src/watch/types.js';
import { UsageError } from '../src/errors.js';

function item(id: string, over: Partial<FeedItem> = {}): FeedItem {
  return {
    id,
    url: `https://news.example/${id}`,
    title: `Title ${id}`,
    published: null,
    updated: null,
    authors: [],
    summary: null,
    contentHtml: null,
    categories: [],
    outlet: null,
    language: null,
    ...over,
  };
}

test('intervals read as 30s, 5m, 1h30m, 2d or bare seconds, and print back', () => {
  assert.equal(parseInterval('30s'), 30_000);
  assert.equal(parseInterval('5m'), 300_000);
  assert.equal(parseInterval('1h30m'), 5_400_000);
  assert.equal(parseInterval(' 2D '), 172_800_000);
  assert.equal(parseInterval('90'), 90_000);
  assert.equal(parseInterval('1.5h'), 5_400_000);
  for (const bad of ['', 'soon', '5 minutes', '0m', '-5m', '5m!']) assert.throws(() => parseInterval(bad), UsageError, bad);
  assert.equal(formatInterval(5_400_000), '1h30m');
  assert.equal(formatInterval(900_000), '15m');
  assert.equal(formatInterval(250), '250ms');
});

test('a source is polled again after its interval, backing off exponentially after failures up to the cap', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  const every = 300_000;
  assert.equal(nextPollTime(every, 0, now, 3_600_000) - now, 300_000);
  assert.equal(nextPollTime(every, 1, now, 3_600_000) - now, 300_000);
  assert.equal(nextPollTime(every, 2, now, 3_600_000) - now, 600_000);
  assert.equal(nextPollTime(every, 4, now, 3_600_000) - now, 2_400_000);
  assert.equal(nextPollTime(every, 9, now, 3_600_000) - now, 3_600_000);
  assert.equal(nextPollTime(7_200_000, 5, now, 3_600_000) - now, 7_200_000, 'never sooner than the interval');
  const src = (url: string, next: string | null) => ({ url, nextPollAt: next }) as WatchSource;
  const list = [src('a', null), src('b', '2026-11-22T09:59:00Z'), src('c', '2026-11-22T10:05:00Z')];
  assert.deepEqual(
    dueSources(list, now).map((s) => s.url),
    ['a', 'b'],
  );
  assert.equal(msUntilNextPoll([list[2]!], now), 300_000);
  assert.equal(msUntilNextPoll([], now), null);
});

test('a round takes the newest new items first, up to the cap; undated ones after dated ones, in feed order', () => {
  const items = [
    item('old', { published: '2026-11-01T00:00:00Z' }),
    item('undated-1'),
    item('newest', { published: '2026-11-21T00:00:00Z' }),
    item('undated-2'),
    item('mid', { published: '2026-11-10T00:00:00Z' }),
  ];
  const { now, later } = itemsForRound(items, 3);
  assert.deepEqual(
    now.map((i) => i.id),
    ['newest', 'mid', 'old'],
  );
  assert.deepEqual(
    later.map((i) => i.id),
    ['undated-1', 'undated-2'],
  );
  assert.deepEqual(itemsForRound(items, 10).later, []);
});

test('feeds are told from pages by media type, else by their first element', () => {
  assert.ok(looksLikeFeed({ contentType: 'application/rss+xml', text: '' }));
  assert.ok(looksLikeFeed({ contentType: 'text/xml', text: '<urlset/>' }));
  assert.ok(looksLikeFeed({ contentType: 'text/plain', text: '\uFEFF  <?xml version="1.0"?><feed>' }));
  assert.ok(looksLikeFeed({ contentType: 'application/octet-stream', text: '<rss version="2.0">' }));
  assert.ok(!looksLikeFeed({ contentType: 'text/html', text: '<?xml version="1.0"?><html>' }));
  assert.ok(!looksLikeFeed({ contentType: 'text/plain', text: 'Just words about <rss>' }));
});

test('the fallback document uses the feed content, else a long enough summary, else nothing', () => {
  const feed = { title: 'Harbour Gazette', language: 'en' };
  const content = '<p>Dockworkers voted on Friday to end the strike after the operators agreed to restore night-shift pay.</p>';
  const a = fallbackDoc(item('x', { contentHtml: content, title: 'Strike ends <at last>' }), feed, 'https://news.example/rss', '2026-11-22T10:00:00Z', 40)!;
  assert.equal(a.format, 'html');
  assert.match(a.body, /<title>Strike ends &lt;at last&gt;<\/title>/);
  assert.match(a.body, /restore night-shift pay/);
  assert.equal(Buffer.from(a.bytes).toString('utf8'), a.body);
  assert.deepEqual(a.origin, { kind: 'feed', url: 'https://news.example/x' });
  assert.equal(a.hints.outlet, 'Harbour Gazette');
  assert.equal(a.hints.sourceId, 'x');
  const b = fallbackDoc(
    item('y', { summary: 'The port reopened on Saturday morning after three weeks of strike action.' }),
    feed,
    'https://news.example/rss',
    't',
    40,
  )!;
  assert.equal(b.format, 'text');
  assert.equal(fallbackDoc(item('z', { summary: 'Short.' }), feed, 'https://news.example/rss', 't', 40), null);
  assert.notEqual(a.id, fallbackDoc(item('x', { contentHtml: `${content} ` }), feed, 'u', 't', 40)!.id, 'ids follow the bytes');
});

test('an item page keeps its original bytes, the decoded text, the final URL and the feed hints', () => {
  const bytes = new Uint8Array(Buffer.from('<html><body><p>Caf\xe9</p></body></html>', 'latin1'));
  const res = {
    url: 'https://t.example/1',
    finalUrl: 'https://news.example/story-1',
    contentType: 'text/html',
    bytes,
    text: '<html><body><p>Café</p></body></html>',
    fetchedAt: '2026-11-22T10:00:00Z',
  } as FetchResult;
  const d = pageDoc(
    item('1', { url: 'https://t.example/1', published: '2026-11-20T08:00:00Z', authors: ['Ana Ruiz'] }),
    { title: 'Gazette', language: null },
    res,
  );
  assert.equal(d.format, 'html');
  assert.equal(d.bytes, bytes);
  assert.equal(d.body, res.text);
  assert.deepEqual(d.origin, { kind: 'feed', url: 'https://news.example/story-1' });
  assert.equal(d.hints.url, 'https://news.example/story-1');
  assert.equal(d.hints.published, '2026-11-20T08:00:00Z');
  assert.deepEqual(d.hints.authors, ['Ana Ruiz']);
});

test('source URLs must be absolute http(s); fragments are dropped', () => {
  assert.equal(normaliseSourceUrl(' https://News.Example/rss#top '), 'https://news.example/rss');
  assert.throws(() => normaliseSourceUrl('news.example/rss'), /is not a URL/);
  assert.throws(() => normaliseSourceUrl('file:///etc/passwd'), /only http:\/\/ and https:\/\//);
});

test('a poll outcome reads as counts that add up to the new items, naming what was left and why', () => {
  const o: SourceOutcome = {
    url: 'https://x.example/rss',
    ok: true,
    kind: 'feed',
    notModified: false,
    fresh: 70,
    added: 50,
    fromFeedText: 50,
    unchanged: 2,
    rejected: 1,
    stubs: 4,
    failedItems: 3,
    deferred: 10,
    error: null,
    errorCode: null,
  };
  const text = outcomeCounts(o, 50);
  assert.equal(
    text,
    '70 new: 50 added (50 from feed text), 2 unchanged, 1 rejected, 4 kept as stubs (title and link only: page unusable and no text in the feed), ' +
      '3 failed (no link and no text in the feed), 10 not taken yet (over the cap of 50 items per poll, maxItemsPerRound; the next poll takes the newest 10)',
  );
  const counts = [...text.matchAll(/(?:^|: |, )(\d+) /g)].map((m) => Number(m[1]));
  assert.equal(
    counts[0],
    counts.slice(1).reduce((a, b) => a + b, 0),
    'the parts sum to the new items',
  );
  assert.equal(
    outcomeCounts({ ...o, fresh: 3, added: 3, fromFeedText: 0, unchanged: 0, rejected: 0, stubs: 0, failedItems: 0, deferred: 0 }, 50),
    '3 new: 3 added, 0 unchanged, 0 rejected',
  );
});
