// Tests of publication-date picking in HTML extraction: the date line under the headline, agreement between sources, readings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { datesInLine, dateFromUrl, normaliseDate } from '../src/extract/html/dates.js';
import { BODY, LONG_BODY, para, wrapPage } from './helpers/html-fixtures.js';

const ld = (o: Record<string, unknown>): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry terminal to close', ...o })}</script>`;
const page = (head: string, underHeadline: string, url?: string): ReturnType<typeof extractHtml> =>
  extractHtml(`<html><head>${head}</head><body><article><h1>Ferry terminal to close</h1>${underHeadline}${BODY}</article></body></html>`, url ? { url } : {});

test('dates in a line: two glued dates are both read; an ambiguous numeric date keeps its other reading', () => {
  assert.deepEqual(
    datesInLine('May 21, 2025April 24, 2025 by The Ritualist').map((d) => d.iso),
    ['2025-05-21', '2025-04-24'],
  );
  assert.deepEqual(
    datesInLine('Dec 17, 20256 min read').map((d) => d.iso),
    ['2025-12-17'],
  );
  assert.deepEqual(
    datesInLine('2024-05-03T10:00:00Z').map((d) => d.iso),
    ['2024-05-03T10:00:00Z'],
  );
  const d = normaliseDate('03/10/2023');
  assert.equal(d?.iso, '2023-03-10');
  assert.equal(d?.alt, '2023-10-03');
  assert.equal(normaliseDate('13/10/2023')?.alt, undefined, 'a day over 12 is not ambiguous');
  assert.deepEqual(dateFromUrl('https://x.example/blog/2023/october/03/wine-styles/'), { iso: '2023-10-03', partial: null });
});

test('dates: the date line under the headline beats a declared date it does not match', () => {
  const x = page(ld({ datePublished: 'Jun 12, 2025', dateModified: 'Jun 10, 2025' }), '<p>November 2, 2022</p>');
  assert.equal(x.published.value, '2022-11-02');
  assert.equal(x.published.source, 'body');
  const byline = page(ld({ datePublished: '2024-08-07T12:01:51Z' }), '<div>by Jane Doe ● December 23, 2025 ● 6 min read</div>');
  assert.equal(byline.published.value, '2025-12-23');
});

test('dates: a declared publication date shown under the headline gives the exact value; a shown modification day replaces only a JSON-LD-only one', () => {
  const shown = page(
    ld({ datePublished: '2025-04-24T16:12:49+00:00', dateModified: '2025-05-21T14:06:47+00:00' }),
    '<p>May 21, 2025April 24, 2025 by The Ritualist</p>',
  );
  assert.equal(shown.published.value, '2025-04-24T16:12:49+00:00');
  assert.equal(shown.published.source, 'json-ld');
  // The modification day shown alone under the headline: a publication date in the Open Graph tags keeps its place ...
  const og =
    '<meta property="article:published_time" content="2024-12-30T19:34:50+00:00"><meta property="article:modified_time" content="2025-06-02T15:26:59+00:00">';
  assert.equal(page(og, '<p>June 2, 2025</p>').published.value, '2024-12-30T19:34:50+00:00');
  // ... but one declared by JSON-LD alone gives way to the day the page shows (the date model, fitted on WCXB host folds).
  const mod = page(ld({ datePublished: '2024-12-30T19:34:50+00:00', dateModified: '2025-06-02T15:26:59+00:00' }), '<p>June 2, 2025</p>');
  assert.equal(mod.published.value?.slice(0, 10), '2025-06-02');
  assert.match(mod.published.note ?? '', /date model/);
});

test('dates: an ambiguous 03/10/2023 under the headline is read the way the URL dates the page', () => {
  const x = page('', '<div>03/10/2023</div><div>by Bay Courier staff</div>', 'https://baycourier.example/news/2023/october/03/ferry/');
  assert.equal(x.published.value, '2023-10-03');
  assert.equal(x.published.source, 'url');
});

test('dates: a shown day and a declared instant one zone away are one moment; the declared value is kept', () => {
  const x = page('<meta property="article:published_time" content="2025-12-02T23:00:55+00:00">', '<p>Published: 03 Dec 2025</p>');
  assert.equal(x.published.value, '2025-12-02T23:00:55+00:00');
  assert.equal(x.published.source, 'meta');
});

test('dates: "originally published" anywhere beats the stamp under the headline', () => {
  const x = page(
    '',
    `<p>30 Sep 2022, 11:07am</p>${para('This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated to keep it current.')}`,
  );
  assert.equal(x.published.value, '2019-09-26');
});

test('dates: published == modified is trusted when a second source agrees; a teaser date does not win', () => {
  const FILLER = Array.from({ length: 30 }, (_, i) => para(`Point ${i + 1}: the ferry board listed another cost that the city would have to carry.`)).join('');
  const html = `<html><head>${ld({ datePublished: '2025-11-07T15:50:56.000Z', dateModified: '2025-11-07T15:50:56.000Z' })}</head>
<body><article><h1>Ferry terminal to close</h1>${BODY}<p>Dec 12, 2025 Read More</p>${FILLER}
<footer><time class="published" datetime="2025-11-07">November 7, 2025</time></footer></article></body></html>`;
  assert.equal(extractHtml(html).published.value, '2025-11-07T15:50:56Z');
});

test('dates: meta names that say "published", and JSON-LD carried in <meta name="script:ld+json">', () => {
  const named = page('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">', '');
  assert.equal(named.published.value, '2025-05-27T06:03:43Z');
  assert.equal(named.published.note, 'w-published-date');
  const remix = page(
    `<meta name="script:ld+json" content="${JSON.stringify({ '@type': 'Article', datePublished: '2025-11-17T09:00:00-05:00' }).replace(/"/g, '&quot;')}">`,
    '',
  );
  assert.equal(remix.published.value, '2025-11-17T09:00:00-05:00');
  assert.equal(remix.published.source, 'json-ld');
});

test('dates: explainDates lists every candidate with its source', () => {
  const x = extractHtml(
    `<html><head>${ld({ datePublished: '2025-08-21', dateModified: '2025-09-01' })}</head><body><article><h1>Ferry terminal to close</h1><p>Aug 21, 2025</p>${BODY}</article></body></html>`,
    { explainDates: true, url: 'https://baycourier.example/2025/08/21/ferry' },
  );
  const sources = (x.dateCandidates ?? []).map((c) => c.source);
  for (const s of ['json-ld', 'url', 'head-line', 'top-line']) assert.ok(sources.includes(s), `${s} listed`);
  assert.ok(x.dateCandidates!.some((c) => c.modified && c.iso === '2025-09-01'));
  assert.equal(extractHtml('<html><body><p>x</p></body></html>').dateCandidates, undefined);
});

test('headline: a section label before a colon and a mis-encoded <h1> give the declared title, and leave the text', () => {
  const label =
    extractHtml(`<html><head><meta property="og:title" content="Best ferry routes in the bay for 2025 | Bay Courier"><meta property="og:site_name" content="Bay Courier"></head>
<body><article><h1>Blog: Best ferry routes in the bay for 2025</h1>${BODY}</article></body></html>`);
  assert.equal(label.title.value, 'Best ferry routes in the bay for 2025');
  assert.ok(!label.text.includes('Blog:'));
  const mojibake = extractHtml(`<html><head><meta property="og:title" content="Ferry basics: a beginner's guide"></head>
<body><article><h1>Ferry basics? a beginner? guide</h1>${BODY}</article></body></html>`);
  assert.equal(mojibake.title.value, "Ferry basics: a beginner's guide");
  assert.ok(!mojibake.text.includes('beginner?'));
});

test('main text: a "Recent posts" / "About the author" line near the end opens the page tail, which is cut', () => {
  const tail = `<h3>Recent posts</h3><p>How the harbour got its name, and other stories from the bay</p><p>Dec 19, 2025 ⋅ 7 min read</p>`;
  const x = extractHtml(`<html><body><article><h1>Ferry terminal to close</h1>${BODY}${tail}</article></body></html>`);
  assert.ok(x.text.endsWith('fund a shuttle bus.'));
  assert.ok(x.removed.some((r) => r.reason.startsWith('page tail') && r.text.startsWith('Recent posts')));
  // Early in the text the same words are a section of the article, not its tail.
  const early = extractHtml(
    `<html><body><article><h1>Ferry terminal to close</h1>${para('The council met on Tuesday.')}<h2>Keep reading</h2>${BODY}</article></body></html>`,
  );
  assert.ok(early.text.includes('Keep reading'));
  assert.ok(early.text.endsWith('fund a shuttle bus.'));
});

test('dates: an explicit "Published" line beats structured data; an "Updated" stamp beats a publication date only JSON-LD declares', () => {
  const said = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal to close","datePublished":"2025-08-21","dateModified":"2025-08-20"}</script></head>
<body><article><h1>Ferry terminal to close</h1><p>Published Apr 26, 2023</p><p>Updated Aug 21, 2025</p>${BODY}</article></body></html>`;
  const a = extractHtml(said);
  assert.equal(a.published.value, '2023-04-26');
  assert.equal(a.published.source, 'body');

  const stamp = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal to close","datePublished":"2024-10-15T18:50:03+00:00","dateModified":"2025-06-18T16:35:02+00:00"}</script></head>
<body><article><h1>Ferry terminal to close</h1><p>Updated on June 18, 2025 at 12:35 PM</p>${BODY}</article></body></html>`;
  const b = extractHtml(stamp.replace('</head>', '<meta property="article:published_time" content="2024-10-15T18:50:03Z"></head>'));
  assert.equal(b.published.value, '2024-10-15T18:50:03+00:00');
  assert.equal(b.published.source, 'json-ld');
  // Declared by JSON-LD alone, the publication date gives way to the "Updated" day shown (the date model's reading of WCXB).
  assert.equal(extractHtml(stamp).published.value?.slice(0, 10), '2025-06-18');
});

test('dates: a date standing alone on a line far from the top is used when nothing structured exists', () => {
  const filler = Array.from({ length: 40 }, (_, i) => `<li><a href="/topic/${i}">Topic number ${i}</a></li>`).join('');
  const html = `<html><body><nav><ul>${filler}</ul></nav><article><h1>Ferry terminal to close</h1>${BODY}</article>
<aside><ul>${filler}</ul></aside><div class="post-footer-info"><span>May 31, 2024</span></div></body></html>`;
  const x = extractHtml(html, { url: 'https://baycourier.example/news/ferry' });
  assert.equal(x.published.value, '2024-05-31');
  assert.equal(x.published.source, 'body');
});

test('dates: a <time> shown in local time stands for the published meta tag declared in UTC; a second same-day source keeps the local day', () => {
  const head = '<meta property="article:published_time" content="2026-02-23T00:57:30+00:00">';
  const local = wrapPage(
    head,
    `<article><h1>Ferry terminal to close</h1><p><time datetime="2026-02-22T19:57:30-05:00">February 22, 2026</time></p>${LONG_BODY}</article>`,
  );
  assert.equal(extractHtml(local).published.value, '2026-02-23T00:57:30+00:00');

  const withUrl = wrapPage(
    head,
    `<article><h1>Ferry terminal to close</h1><p>Posted on <time datetime="2026-02-22T19:57:30-05:00">February 22, 2026</time></p>${LONG_BODY}</article>`,
  );
  assert.equal(extractHtml(withUrl, { url: 'https://bay.example/2026/02/22/ferry/' }).published.value?.slice(0, 10), '2026-02-22');
});
