// Tests for feed parsing (RSS 2.0, Atom, RDF, news sitemaps, sitemap indexes), feed dates, discovery and polling.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseFeed, FeedError } from '../src/ingest/feed.js';
import { parseFeedDate } from '../src/ingest/feed-dates.js';
import { discoverFeeds } from '../src/ingest/feed-discover.js';
import { feedItemHints, newFeedState, pollFeed, unseenItems } from '../src/ingest/feed-poll.js';
import { Fetcher } from '../src/ingest/fetch.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Daily Courier &amp; Mail — World</title>
    <link>https://courier.example/world/</link>
    <atom:link href="https://courier.example/world/rss.xml" rel="self" type="application/rss+xml"/>
    <language>en-gb</language>
    <description>World news</description>
    <item>
      <title><![CDATA[Ceasefire talks resume in Doha as envoys meet]]></title>
      <link>/world/2026/03/04/ceasefire-talks-resume</link>
      <guid isPermaLink="false">courier-88231</guid>
      <pubDate>Wed, 04 Mar 2026 09:15:00 +0100</pubDate>
      <dc:creator>Amira Haddad</dc:creator>
      <dc:creator>Tom Ellery</dc:creator>
      <category>Middle East</category>
      <category>Diplomacy</category>
      <description>&lt;p&gt;Envoys &lt;b&gt;met&lt;/b&gt; on Wednesday &amp;amp; agreed to continue.&lt;/p&gt;</description>
      <content:encoded><![CDATA[<p>Envoys met on Wednesday.</p><p>"We are close," one said.</p>]]></content:encoded>
      <media:title>Photo: envoys</media:title>
    </item>
    <item>
      <title>Markets slip after rate decision</title>
      <guid>https://courier.example/business/markets-slip</guid>
      <pubDate>Tue, 3 Mar 2026 17:40:00 EST</pubDate>
      <author>markets@courier.example (Li Wei)</author>
    </item>
    <item>
      <title>Storm warning for the north coast</title>
      <link>https://courier.example/uk/storm-warning</link>
      <pubDate>sometime last week</pubDate>
    </item>
  </channel>
</rss>`;

test('parses RSS 2.0: links resolved, guid as id, dates to ISO, authors, HTML stripped from summaries', () => {
  const feed = parseFeed(RSS, 'https://courier.example/world/rss.xml');
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'Daily Courier & Mail — World');
  assert.equal(feed.link, 'https://courier.example/world/');
  assert.equal(feed.language, 'en-gb');
  assert.equal(feed.items.length, 3);
  const [a, b, c] = feed.items;
  assert.equal(a.id, 'courier-88231');
  assert.equal(a.url, 'https://courier.example/world/2026/03/04/ceasefire-talks-resume');
  assert.equal(a.title, 'Ceasefire talks resume in Doha as envoys meet');
  assert.equal(a.published, '2026-03-04T08:15:00.000Z');
  assert.deepEqual(a.authors, ['Amira Haddad', 'Tom Ellery']);
  assert.deepEqual(a.categories, ['Middle East', 'Diplomacy']);
  assert.equal(a.summary, 'Envoys met on Wednesday & agreed to continue.');
  assert.match(a.contentHtml!, /"We are close," one said/);
  assert.equal(a.language, 'en-gb');
  assert.equal(b.url, 'https://courier.example/business/markets-slip', 'permalink guid used as the URL');
  assert.equal(b.published, '2026-03-03T22:40:00.000Z');
  assert.deepEqual(b.authors, ['Li Wei']);
  assert.equal(c.id, 'https://courier.example/uk/storm-warning');
  assert.equal(c.published, null, 'an unreadable date is null, not a guess');
});

test('parses Atom: xml:base, alternate links, html titles, feed-level authors, updated as fallback date', () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de" xml:base="https://tagblatt.example/">
  <title type="html">Tagblatt &lt;em&gt;Politik&lt;/em&gt;</title>
  <link rel="self" href="https://tagblatt.example/politik.atom"/>
  <link rel="alternate" type="text/html" href="/politik/"/>
  <id>tag:tagblatt.example,2026:politik</id>
  <updated>2026-03-04T12:00:00+01:00</updated>
  <author><name>Redaktion Tagblatt</name></author>
  <entry>
    <title>Bundestag beschließt Haushalt</title>
    <link rel="alternate" type="text/html" href="politik/2026/haushalt-beschlossen"/>
    <link rel="enclosure" type="image/jpeg" href="/img/haushalt.jpg"/>
    <id>tag:tagblatt.example,2026:4711</id>
    <published>2026-03-04T10:30:00+01:00</published>
    <updated>2026-03-04T11:00:00+01:00</updated>
    <author><name>Jana Krüger</name><email>jk@tagblatt.example</email></author>
    <summary type="html">&lt;p&gt;Mit knapper Mehrheit&lt;/p&gt;</summary>
    <content type="html">&lt;p&gt;Mit knapper Mehrheit hat der Bundestag …&lt;/p&gt;</content>
  </entry>
  <entry xml:base="https://tagblatt.example/wirtschaft/">
    <title type="text">Inflation sinkt auf 2,1 Prozent</title>
    <link href="inflation-sinkt"/>
    <id>tag:tagblatt.example,2026:4712</id>
    <updated>2026-03-03T16:00:00Z</updated>
  </entry>
</feed>`;
  const feed = parseFeed(xml, 'https://tagblatt.example/politik.atom');
  assert.equal(feed.kind, 'atom');
  assert.equal(feed.title, 'Tagblatt Politik');
  assert.equal(feed.link, 'https://tagblatt.example/politik/');
  assert.equal(feed.language, 'de');
  const [a, b] = feed.items;
  assert.equal(a.id, 'tag:tagblatt.example,2026:4711');
  assert.equal(a.url, 'https://tagblatt.example/politik/2026/haushalt-beschlossen');
  assert.equal(a.published, '2026-03-04T09:30:00.000Z');
  assert.equal(a.updated, '2026-03-04T10:00:00.000Z');
  assert.deepEqual(a.authors, ['Jana Krüger']);
  assert.equal(a.summary, 'Mit knapper Mehrheit');
  assert.match(a.contentHtml!, /^<p>Mit knapper Mehrheit hat der Bundestag/);
  assert.equal(b.url, 'https://tagblatt.example/wirtschaft/inflation-sinkt');
  assert.equal(b.published, '2026-03-03T16:00:00.000Z');
  assert.deepEqual(b.authors, ['Redaktion Tagblatt'], 'entries inherit the feed author');
});

test('parses RDF (RSS 1.0) with rdf:about ids and dc:date', () => {
  const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://agency.example/rss">
    <title>Agency Wire</title>
    <link>https://agency.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://agency.example/n/1"/><rdf:li rdf:resource="https://agency.example/n/2"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://agency.example/n/1">
    <title>Minister resigns over procurement report</title>
    <link>https://agency.example/n/1</link>
    <dc:date>2026-02-28T18:05:00Z</dc:date>
    <dc:creator>Staff reporter</dc:creator>
    <description>The minister stepped down on Friday.</description>
  </item>
  <item rdf:about="https://agency.example/n/2">
    <title>Port strike enters third day</title>
    <link>https://agency.example/n/2</link>
    <dc:date>2026-02-28</dc:date>
  </item>
</rdf:RDF>`;
  const feed = parseFeed(xml, 'https://agency.example/rss');
  assert.equal(feed.kind, 'rdf');
  assert.equal(feed.title, 'Agency Wire');
  assert.equal(feed.items.length, 2);
  assert.equal(feed.items[0].id, 'https://agency.example/n/1');
  assert.equal(feed.items[0].published, '2026-02-28T18:05:00.000Z');
  assert.deepEqual(feed.items[0].authors, ['Staff reporter']);
  assert.equal(feed.items[1].published, '2026-02-28', 'a date-only value stays a date');
});

test('parses a Google News sitemap and a sitemap index', () => {
  const urlset = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>https://gazeta.example/polityka/2026/03/04/sejm-glosowanie</loc>
    <news:news>
      <news:publication><news:name>Gazeta Przykładowa</news:name><news:language>pl</news:language></news:publication>
      <news:publication_date>2026-03-04T07:45:00+01:00</news:publication_date>
      <news:title>Sejm głosuje nad ustawą budżetową</news:title>
      <news:keywords>Sejm, budżet, głosowanie</news:keywords>
    </news:news>
    <image:image><image:loc>https://gazeta.example/img/sejm.jpg</image:loc></image:image>
  </url>
  <url>
    <loc>https://gazeta.example/sport/puchar</loc>
    <lastmod>2026-03-03</lastmod>
  </url>
</urlset>`;
  const s = parseFeed(urlset, 'https://gazeta.example/news-sitemap.xml');
  assert.equal(s.kind, 'sitemap');
  assert.equal(s.title, 'Gazeta Przykładowa');
  assert.equal(s.items.length, 2);
  const [a, b] = s.items;
  assert.equal(a.url, 'https://gazeta.example/polityka/2026/03/04/sejm-glosowanie');
  assert.equal(a.title, 'Sejm głosuje nad ustawą budżetową');
  assert.equal(a.published, '2026-03-04T06:45:00.000Z');
  assert.equal(a.outlet, 'Gazeta Przykładowa');
  assert.equal(a.language, 'pl');
  assert.deepEqual(a.categories, ['Sejm', 'budżet', 'głosowanie']);
  assert.equal(b.title, null);
  assert.equal(b.published, '2026-03-03');

  const index = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://gazeta.example/sitemaps/news-1.xml</loc><lastmod>2026-03-04T08:00:00Z</lastmod></sitemap>
  <sitemap><loc>/sitemaps/news-2.xml</loc></sitemap>
</sitemapindex>`;
  const idx = parseFeed(index, 'https://gazeta.example/sitemap.xml');
  assert.equal(idx.kind, 'sitemap-index');
  assert.deepEqual(
    idx.items.map((i) => i.url),
    ['https://gazeta.example/sitemaps/news-1.xml', 'https://gazeta.example/sitemaps/news-2.xml'],
  );
  assert.equal(idx.items[0].updated, '2026-03-04T08:00:00.000Z');
});

test('malformed XML gives FeedError with line and column; bare ampersands are repaired', () => {
  const broken = `<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<title>Broken</title>\n<item><title>Unclosed</item>\n</channel>\n</rss>`;
  assert.throws(
    () => parseFeed(broken, 'https://x.example/rss'),
    (e: unknown) => e instanceof FeedError && e.code === 'malformed-xml' && e.line === 5 && /x\.example\/rss.*line 5/.test(e.message),
  );
  assert.throws(
    () => parseFeed('   ', 'https://x.example/rss'),
    (e: unknown) => e instanceof FeedError && /empty/.test(e.message),
  );
  assert.throws(() => parseFeed('{"items": []}', 'https://x.example/feed.json'), FeedError);
  const ampersand = `<rss version="2.0"><channel><title>Q & A</title><item><title>Law & order</title><link>https://x.example/a?b=1&c=2</link></item></channel></rss>`;
  const feed = parseFeed(ampersand, 'https://x.example/rss');
  assert.equal(feed.title, 'Q & A');
  assert.equal(feed.items[0].url, 'https://x.example/a?b=1&c=2');
});

test('entities: HTML named entities in text are decoded, CDATA is taken literally, Atom xhtml content is read', () => {
  const rss = `<rss version="2.0"><channel><title>Caf&eacute; Soci&eacute;t&eacute; &#8212; &#x201C;News&#x201D;</title>
    <item><title><![CDATA[Fish &amp; chips: a <i>British</i> tale]]></title><link>https://y.example/fish</link>
    <description><![CDATA[<p>Price &pound;5 &mdash; cheap</p>]]></description></item></channel></rss>`;
  const feed = parseFeed(rss, 'https://y.example/rss');
  assert.equal(feed.title, 'Café Société — “News”');
  assert.equal(feed.items[0].title, 'Fish & chips: a British tale');
  assert.equal(feed.items[0].summary, 'Price £5 — cheap');
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><entry><id>urn:x:1</id><title>Vote</title>
    <link href="https://y.example/vote"/><updated>2026-01-05T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The vote passed 54 to 46.</p></div></content></entry></feed>`;
  const a = parseFeed(atom, 'https://y.example/atom').items[0];
  assert.match(a.contentHtml!, /The vote passed 54 to 46\./);
  assert.equal(a.published, '2026-01-05T10:00:00.000Z');
});

test('HTML pages and other XML are rejected as not-a-feed with a hint', () => {
  assert.throws(
    () => parseFeed('<!DOCTYPE html><html><head><title>Home</title></head><body></body></html>', 'https://x.example/'),
    (e: unknown) => e instanceof FeedError && e.code === 'not-a-feed' && /discoverFeeds/.test(e.message),
  );
  assert.throws(
    () => parseFeed('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', 'https://x.example/a.svg'),
    (e: unknown) => e instanceof FeedError && e.code === 'not-a-feed' && /<svg>/.test(e.message),
  );
});

test('a feed with 10,000 items parses completely', () => {
  const items: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    items.push(
      `<item><title>Report ${i}: council meets over budget</title><link>https://big.example/n/${i}</link><guid>big-${i}</guid>` +
        `<pubDate>Mon, 02 Mar 2026 ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate>` +
        `<description>Item number ${i} &amp; more.</description></item>`,
    );
  }
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join('\n')}</channel></rss>`;
  const feed = parseFeed(xml, 'https://big.example/rss');
  assert.equal(feed.items.length, 10_000);
  assert.equal(new Set(feed.items.map((i) => i.id)).size, 10_000);
  assert.equal(feed.items[9_999].url, 'https://big.example/n/9999');
  assert.equal(feed.items[9_999].summary, 'Item number 9999 & more.');
  assert.equal(feed.items[25].published, '2026-03-02T01:25:00.000Z');
});

test('feed dates: RFC 822 with named and numeric zones, ISO 8601, date-only, and nulls for the unreadable', () => {
  assert.equal(parseFeedDate('Wed, 04 Mar 2026 09:15:00 GMT'), '2026-03-04T09:15:00.000Z');
  assert.equal(parseFeedDate('4 Mar 2026 09:15 +0530'), '2026-03-04T03:45:00.000Z');
  assert.equal(parseFeedDate('Wed, 04 Mar 26 09:15:00 PDT'), '2026-03-04T16:15:00.000Z');
  // issue 15: month and day names of the languages with rules (data/lang/*/dates.json) are read, not guessed
  assert.equal(parseFeedDate('Mi, 04 März 2026 09:15:00 +0100'), '2026-03-04T08:15:00.000Z', 'German month names are read');
  assert.equal(parseFeedDate('Mi, 04 Xyz 2026 09:15:00 +0100'), null, 'an unknown month name is not guessed');
  assert.equal(parseFeedDate('Wed, 04 Mar 2026 09:15:00 MSK'), '2026-03-04T06:15:00.000Z');
  assert.equal(parseFeedDate('Wed, 04 Mar 2026 09:15:00 XYZ'), null, 'an unknown zone is not assumed to be UTC');
  assert.equal(parseFeedDate('Wed, 04 Mar 2026 09:15:00'), '2026-03-04T09:15:00', 'no zone: local time, no Z invented');
  assert.equal(parseFeedDate('2026-03-04T09:15:00.250+02:00'), '2026-03-04T07:15:00.250Z');
  assert.equal(parseFeedDate('2026-03-04 09:15:00Z'), '2026-03-04T09:15:00.000Z');
  assert.equal(parseFeedDate('2026-03-04'), '2026-03-04');
  assert.equal(parseFeedDate('2026-02-30'), null);
  assert.equal(parseFeedDate('31 Apr 2026 10:00 GMT'), null);
  assert.equal(parseFeedDate('2026-03'), null, 'a month is not a full date');
  assert.equal(parseFeedDate(''), null);
  assert.equal(parseFeedDate('yesterday'), null);
});

test('discoverFeeds finds RSS/Atom alternates, resolves against <base>, ignores comments and other links', () => {
  const page = `<!doctype html><html><head>
    <base href="https://www.daily.example/section/">
    <link rel="stylesheet" href="/s.css">
    <link rel="alternate" type="application/rss+xml" title="World" href="world/rss.xml">
    <LINK REL="Alternate" TYPE="application/atom+xml" HREF='https://feeds.daily.example/all.atom'>
    <link rel="alternate" hreflang="fr" href="https://www.daily.example/fr/">
    <link rel="alternate" type="application/rss+xml" href="world/rss.xml">
    <link rel="alternate feed" type="application/rss+xml; charset=utf-8" href="/opinion/feed?format=rss&amp;v=2">
    <!-- <link rel="alternate" type="application/rss+xml" href="/old.rss"> -->
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
  </head><body><a href="/rss">RSS</a></body></html>`;
  assert.deepEqual(discoverFeeds(page, 'https://www.daily.example/section/index.html'), [
    'https://www.daily.example/section/world/rss.xml',
    'https://feeds.daily.example/all.atom',
    'https://www.daily.example/opinion/feed?format=rss&v=2',
  ]);
  assert.deepEqual(discoverFeeds('<html><head><title>none</title></head></html>', 'https://x.example/'), []);
  assert.deepEqual(discoverFeeds('<link rel=alternate type=application/atom+xml href=/a.atom>', 'https://x.example/p/q'), ['https://x.example/a.atom']);
});

test('unseenItems and feedItemHints', () => {
  const feed = parseFeed(RSS, 'https://courier.example/world/rss.xml');
  const fresh = unseenItems(feed.items, ['courier-88231']);
  assert.deepEqual(
    fresh.map((i) => i.title),
    ['Markets slip after rate decision', 'Storm warning for the north coast'],
  );
  const hints = feedItemHints(feed.items[0], feed);
  assert.deepEqual(hints, {
    sourceId: 'courier-88231',
    url: 'https://courier.example/world/2026/03/04/ceasefire-talks-resume',
    title: 'Ceasefire talks resume in Doha as envoys meet',
    published: '2026-03-04T08:15:00.000Z',
    outlet: 'Daily Courier & Mail — World',
    authors: ['Amira Haddad', 'Tom Ellery'],
    language: 'en-gb',
  });
});

let server: http.Server | null = null;
after(() => {
  server?.closeAllConnections();
  server?.close();
});

test('pollFeed: new items on first poll, 304 with validators next, only fresh items after an update', async () => {
  let version = 1;
  const rss = () =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Live</title>` +
    Array.from({ length: version + 1 }, (_, i) => `<item><title>Update ${i}</title><link>https://live.example/u/${i}</link></item>`).join('') +
    `</channel></rss>`;
  server = http.createServer((req, res) => {
    if (req.url === '/feed') {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(rss());
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
  const fetcher = new Fetcher({ perHostDelayMs: 0 });
  const opts = { allowPrivate: true };
  const first = await pollFeed(fetcher, newFeedState(url), opts);
  assert.equal(first.notModified, false);
  assert.equal(first.fresh.length, 2);
  assert.equal(first.state.etag, '"v1"');
  const second = await pollFeed(fetcher, first.state, opts);
  assert.equal(second.notModified, true);
  assert.equal(second.fresh.length, 0);
  version = 2;
  const third = await pollFeed(fetcher, second.state, opts);
  assert.deepEqual(
    third.fresh.map((i) => i.title),
    ['Update 2'],
  );
  assert.equal(third.state.seen.length, 3);
  await assert.rejects(pollFeed(fetcher, newFeedState(url)), /allow-private/);
});
