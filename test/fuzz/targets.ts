// Fuzz targets: one per reader or parser, each with valid samples to mutate, the typed errors it may throw, and the output checks.
import Database from 'better-sqlite3';
import { Readable } from 'node:stream';
import { analyze, AnalyzeInputError } from '../../src/analyze/index.js';
import { InputError } from '../../src/errors.js';
import { dateFromInput, parseDate } from '../../src/extract/dates.js';
import { extractHtml } from '../../src/extract/html/index.js';
import { extract, isRejection } from '../../src/extract/index.js';
import { outletFromUrl } from '../../src/extract/text-meta.js';
import { decodeText, looksBinary } from '../../src/ingest/decode.js';
import { FeedError, parseFeed } from '../../src/ingest/feed.js';
import { parseFeedDate } from '../../src/ingest/feed-dates.js';
import { decodeBody } from '../../src/ingest/fetch-charset.js';
import { FetchError } from '../../src/ingest/fetch-error.js';
import { parseHttpUrl } from '../../src/ingest/fetch-guards.js';
import { settleMediaType, sniffBody } from '../../src/ingest/fetch-sniff.js';
import { parseRow } from '../../src/ingest/jsonl.js';
import { bareHostname, blockedRangeOf } from '../../src/ingest/net-address.js';
import { readSources } from '../../src/ingest/sources.js';
import { ftsQuery } from '../../src/store/fts-query.js';

/** A property the output broke: the fuzz run counts it as a failure, like an untyped throw. */
export class PropertyError extends Error {
  override name = 'PropertyError';
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new PropertyError(what);
}

const isIso = (s: string | null | undefined): boolean => s == null || !Number.isNaN(Date.parse(s));
const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');

export interface Target {
  name: string;
  /** valid inputs the generator mutates */
  samples: string[];
  /** errors that are a proper refusal (typed, with a reason) rather than a crash */
  typed: (abstract new (
    ...args: never[]
  ) => Error)[];
  /** 'refused' when the input was turned down with a reason (a rejection) rather than thrown at */
  run(bytes: Uint8Array): void | 'refused' | Promise<void | 'refused'>;
}

const ARTICLE = `Budget vote splits the council

MOSCOW, March 3 (TASS) - The council approved the new budget on Tuesday after a long debate.

"We will not raise taxes this year," Mayor Anna Petrova said, adding that the harbour would be rebuilt.

According to TASS, the vote was 12 to 9. “It is a good day,” said the Russian president. He said: “We go on.”`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Budget vote</title>
<meta property="og:title" content="Budget vote splits the council"><meta name="author" content="Ann Lee">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget vote","datePublished":"2026-03-03T10:00:00Z","author":{"name":"Ann Lee"}}</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>Budget vote</h1><p class="byline">By Ann Lee</p>
<p>The council approved the new budget on Tuesday after a long debate about schools &amp; roads.</p>
<p>“We will not raise taxes,” the mayor said. <a href="javascript:alert(1)">x</a></p></article><footer>© 2026</footer></body></html>`;
const RSS = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title><link>https://example.com/</link>
<item><title>Budget vote</title><link>https://example.com/a?x=1&amp;y=2</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate><description><![CDATA[<p>The council <b>approved</b>.</p>]]></description><guid>a1</guid></item>
<item><title>Second</title><link>/b</link><dc:creator>Ann Lee</dc:creator></item></channel></rss>`;
const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><entry><title type="html">Budget &lt;b&gt;vote&lt;/b&gt;</title>
<link rel="alternate" href="https://example.com/a"/><updated>2026-03-03T10:00:00Z</updated><author><name>Ann Lee</name></author><content type="html">&lt;p&gt;Text&lt;/p&gt;</content></entry></feed>`;
const SITEMAP = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.com/a</loc><lastmod>2026-03-03</lastmod></url></urlset>`;

/** SQLite FTS5 table the search target runs every built query against: the query must always be valid syntax. */
let fts: Database.Database | null = null;
function ftsDb(): Database.Database {
  if (!fts) {
    fts = new Database(':memory:');
    fts.exec("CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t(body) VALUES ('the council approved the budget'), ('Путин сказал');");
  }
  return fts;
}

export const TARGETS: Target[] = [
  {
    name: 'text',
    samples: [
      ARTICLE,
      PAGE,
      `${JSON.stringify({ id: 1, text: ARTICLE })}\n${JSON.stringify({ id: 'b', html: PAGE })}\n`,
      `[${JSON.stringify({ id: 'j', text: ARTICLE })}]`,
    ],
    typed: [],
    async run(bytes) {
      // the stdin reader (kind sniffed from the bytes) and then the extract stage, as `newsloom ingest -` does
      let articles = 0;
      for await (const item of readSources(['-'], { stdin: Readable.from([Buffer.from(bytes)]), maxBytes: 1 << 20 })) {
        if (item.rejection) {
          check(typeof item.rejection.reason === 'string' && item.rejection.reason.length > 0, 'a rejection without a reason');
          continue;
        }
        const out = extract(item.raw);
        if (isRejection(out)) check(!/^extraction failed/.test(out.reason), `extract crashed inside: ${out.reason}`);
        else {
          check(typeof out.text === 'string' && out.text.trim().length > 0, 'an article without text');
          articles++;
        }
      }
      return articles === 0 ? 'refused' : undefined;
    },
  },
  {
    name: 'html',
    samples: [PAGE, '<p>one</p>', '<html><body><div><div><p>deep</p></div></div></body></html>'],
    typed: [],
    run(bytes) {
      const out = extractHtml(text(bytes), { url: 'https://example.com/a' });
      check(typeof out.text === 'string' && Array.isArray(out.notes), 'extractHtml returned a malformed result');
      check(out.paragraphs.join('\n\n') === out.text, 'text is not its paragraphs');
      check(isIso(out.published.value), `published is not a date: ${out.published.value}`);
    },
  },
  {
    name: 'jsonl',
    samples: [
      JSON.stringify({ id: 'a', text: ARTICLE, authors: ['Ann Lee'] }),
      '{"id": 12345678901234567890, "html": "<p>x</p>"}',
      JSON.stringify({ url: 'https://example.com/a', title: 'T', text: 'body', published: '2026-03-03' }),
    ],
    typed: [InputError],
    run(bytes) {
      const row = parseRow(text(bytes), 'fuzz:1');
      check(row.body.trim().length > 0, 'a row accepted without a body');
      check(row.hints.sourceId === undefined || typeof row.hints.sourceId === 'string', 'a non-string id');
      check(row.hints.authors === undefined || row.hints.authors.every((a) => typeof a === 'string'), 'non-string authors kept');
    },
  },
  {
    name: 'feed',
    samples: [RSS, ATOM, SITEMAP],
    typed: [FeedError],
    run(bytes) {
      const feed = parseFeed(text(bytes), 'https://example.com/feed.xml');
      for (const item of feed.items) {
        check(typeof item.url === 'string' || item.url === null, 'an item url that is not a string');
        check(isIso(item.published), `item date is not a date: ${item.published}`);
      }
    },
  },
  {
    name: 'url',
    samples: [
      'https://www.tass.com/politics/1',
      'http://[::ffff:127.0.0.1]:80/x',
      'http://2130706433/',
      'https://example.com/a?b#c',
      'javascript:alert(1)',
      'http://user:pw@host.test/%2e%2e/',
    ],
    typed: [FetchError],
    run(bytes) {
      const s = text(bytes);
      const outlet = outletFromUrl(s);
      check(outlet === null || typeof outlet.value === 'string', 'outletFromUrl gave a non-string outlet');
      blockedRangeOf(bareHostname(s));
      const u = parseHttpUrl(s);
      check(u.protocol === 'http:' || u.protocol === 'https:', `parseHttpUrl let ${u.protocol} through`);
    },
  },
  {
    name: 'search',
    samples: ['budget council', '"the council" approv*', 'NEAR(a b) OR x AND -y', 'Путин "сказал"', '"unbalanced', '* ^ : ( ) {col}: "'],
    typed: [],
    run(bytes) {
      const q = ftsQuery(text(bytes));
      if (q === null) return;
      check(typeof q === 'string' && q.length > 0, 'an empty query string');
      // the query must be valid FTS5 syntax whatever was typed
      ftsDb().prepare('SELECT rowid FROM t WHERE t MATCH ? LIMIT 1').all(q);
    },
  },
  {
    name: 'dates',
    samples: [
      'Tue, 03 Mar 2026 10:00:00 GMT',
      '2026-03-03T10:00:00+03:00',
      'March 3, 2026',
      '3 марта 2026',
      '2026-02-30',
      '1e9',
      'Published: yesterday at 25:61',
    ],
    typed: [],
    run(bytes) {
      const s = text(bytes);
      const a = parseDate(s);
      check(a === null || isIso(a.iso), `parseDate gave ${a?.iso}`);
      const b = dateFromInput(s);
      check(isIso(b.value), `dateFromInput gave ${b.value}`);
      check(isIso(parseFeedDate(s)), 'parseFeedDate gave a non-date');
    },
  },
  {
    name: 'quotes',
    samples: [ARTICLE, '"x", said Putin, "y", said Putin.', '“A,” he said. “B.”\n\n“C', '«Да», — сказал он.'],
    typed: [AnalyzeInputError],
    run(bytes) {
      const s = text(bytes);
      const a = analyze(s);
      for (const q of a.quotes) {
        check(q.start >= 0 && q.end <= s.length && q.start < q.end, `quote offsets ${q.start}-${q.end} outside the text`);
        check(s.slice(q.start, q.end) === q.text, 'quote text is not the text at its offsets');
        if (q.speaker) check(s.slice(q.speaker.start, q.speaker.end) === q.speaker.name, 'speaker name is not the text at its offsets');
      }
      for (const m of a.mentions) check(s.slice(m.start, m.end) === m.text, 'mention text is not the text at its offsets');
    },
  },
  {
    name: 'charset',
    samples: [PAGE, RSS, 'plain ascii', 'caf\u00e9 na\u00efve — “quotes”', '<meta charset="koi8-r">Привет'],
    typed: [InputError],
    run(bytes) {
      for (const label of [null, 'utf-8', 'windows-1251', 'utf-16', 'x-no-such', 'iso-8859-1;q=1']) {
        const d = decodeBody(bytes, label);
        check(typeof d.text === 'string' && typeof d.charset === 'string', 'decodeBody gave no text or charset');
      }
      const media = sniffBody(bytes);
      check(/^[a-z]+\/[a-z0-9.+-]+$/.test(media), `sniffed an odd media type ${media}`);
      settleMediaType('text/html', bytes, ['text/html', 'application/rss+xml'], new Set(['']));
      looksBinary(bytes);
      decodeText(bytes, 'fuzz');
    },
  },
];
