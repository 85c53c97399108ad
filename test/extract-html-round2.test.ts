// Tests of the second extraction round: the lean htmlparser2 tree, headline choice, shown dates and main-text rescues/cuts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLean, findDescendant, LeanElement } from '../src/extract/html/parse.js';
import { extractHtml } from '../src/extract/html/index.js';
import { BODY, para } from './helpers/html-fixtures.js';


test('parseLean: implied end tags, entities, lower-cased attributes, raw script text, textContent', () => {
  const root = parseLean('<DIV Class="a" ID=x><p>one &amp; two<p>three</div><script type="application/ld+json">{"a":"<b>"}</script>');
  const div = root.childNodes[0] as LeanElement;
  assert.equal(div.localName, 'div');
  assert.equal(div.nodeName, 'DIV');
  assert.equal(div.getAttribute('class'), 'a');
  assert.equal(div.getAttribute('id'), 'x');
  assert.equal(div.getAttribute('constructor'), null, 'object prototype keys are not attributes');
  assert.equal(div.hasAttribute('hidden'), false);
  // The second <p> closes the first one: two sibling paragraphs.
  const ps = div.childNodes.filter((c) => c.nodeType === 1) as LeanElement[];
  assert.deepEqual(ps.map((p) => p.textContent), ['one & two', 'three']);
  const script = root.childNodes[1] as LeanElement;
  assert.equal(script.textContent, '{"a":"<b>"}');
  const found = findDescendant(root, (e) => e.textContent === 'three');
  assert.ok(found && found.localName === 'p');
  assert.equal(findDescendant(root, (e) => e.localName === 'table'), null);
});

test('headline: an <h1> that differs in wording from og:title is still the headline shown to readers', () => {
  const html = `<html><head><meta property="og:title" content="Ferry terminal to close after council vote | Bay Courier">
<meta property="og:site_name" content="Bay Courier"></head><body><article>
<h1>Council votes to shut the old ferry terminal</h1>${BODY}</article></body></html>`;
  const x = extractHtml(html, { url: 'https://baycourier.example/news/ferry' });
  assert.equal(x.title.value, 'Council votes to shut the old ferry terminal');
  assert.equal(x.title.source, 'h1');
});

test('headline: a logo <h1> linking home is skipped; a pipe tagline in the <h1> is cut; a paragraph set as <h1> is ignored', () => {
  const logo = `<html><head><title>Small adventures with small language models</title></head><body>
<header><h1><a href="/">Engine Room Notes</a></h1></header><article><h2>Small adventures</h2>${BODY}</article></body></html>`;
  assert.equal(extractHtml(logo, { url: 'https://notes.example/2025/12/small.html' }).title.value, 'Small adventures with small language models');

  const tagline = `<html><head><meta property="og:title" content="Best ferry routes in the bay 2025 | Our top 9 picks"></head><body><article>
<h1>Best ferry routes in the bay 2025 | Our top 9 picks</h1>${BODY}</article></body></html>`;
  assert.equal(extractHtml(tagline).title.value, 'Best ferry routes in the bay 2025');

  const blurb = `<html><head><meta property="og:title" content="Ferry terminal closes"></head><body><article>
<h1>Learn everything about the ferry terminal closure and what it means for you, your commute, your family, your business and the future of the waterfront district in the coming years ahead.</h1>${BODY}</article></body></html>`;
  assert.equal(extractHtml(blurb).title.value, 'Ferry terminal closes');
});

test('dates: an explicit "Published" line beats structured data; an "Updated" stamp does not beat a real published date', () => {
  const said = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal to close","datePublished":"2025-08-21","dateModified":"2025-08-20"}</script></head>
<body><article><h1>Ferry terminal to close</h1><p>Published Apr 26, 2023</p><p>Updated Aug 21, 2025</p>${BODY}</article></body></html>`;
  const a = extractHtml(said);
  assert.equal(a.published.value, '2023-04-26');
  assert.equal(a.published.source, 'body');

  const stamp = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal to close","datePublished":"2024-10-15T18:50:03+00:00","dateModified":"2025-06-18T16:35:02+00:00"}</script></head>
<body><article><h1>Ferry terminal to close</h1><p>Updated on June 18, 2025 at 12:35 PM</p>${BODY}</article></body></html>`;
  const b = extractHtml(stamp);
  assert.equal(b.published.value, '2024-10-15T18:50:03+00:00');
  assert.equal(b.published.source, 'json-ld');
});

test('dates: a date standing alone on a line far from the top is used when nothing structured exists', () => {
  const filler = Array.from({ length: 40 }, (_, i) => `<li><a href="/topic/${i}">Topic number ${i}</a></li>`).join('');
  const html = `<html><body><nav><ul>${filler}</ul></nav><article><h1>Ferry terminal to close</h1>${BODY}</article>
<aside><ul>${filler}</ul></aside><div class="post-footer-info"><span>May 31, 2024</span></div></body></html>`;
  const x = extractHtml(html, { url: 'https://baycourier.example/news/ferry' });
  assert.equal(x.published.value, '2024-05-31');
  assert.equal(x.published.source, 'body');
});

test('main text: an article split into a few sections whose class looks like navigation is kept', () => {
  const section = (i: number): string => `<div class="content-nav-section"><div class="rtf">${para(`Section ${i}: the council heard from engineers, ferry crews and shop owners along the pier, who described a slow decline in traffic and rising repair bills over the past decade.`)}${para(`Part ${i} continued: most speakers agreed the terminal could not be saved without state money, which the governor has so far refused to commit to the project.`)}</div></div>`;
  const menu = Array.from({ length: 6 }, (_, i) => `<div class="menu-feature">${para(`Explore our guide number ${i} to savings accounts, loans, cards and the many other services we offer to members in the bay area.`)}</div>`).join('');
  const html = `<html><body><header><div class="site-nav">${menu}</div></header><main>${section(1)}<div class="wrap">${section(2)}</div>${section(3)}</main></body></html>`;
  const x = extractHtml(html);
  for (const i of [1, 2, 3]) assert.ok(x.text.includes(`Section ${i}:`), `section ${i} kept`);
  assert.ok(!x.text.includes('Explore our guide'));
});

test('main text: in-page table of contents and text above the headline are cut, with reasons', () => {
  const html = `<html><body><div class="top"><p>Free shipping on all orders this week</p></div><article>
<h1>Ferry terminal to close</h1>${para('Council members voted on Tuesday night to close the old ferry terminal, which has carried commuters across the bay since 1931.')}
<ul><li><a href="#vote">How the vote went</a></li><li><a href="#next">What happens next</a></li></ul>
<h2 id="vote">How the vote went</h2>${BODY}</article></body></html>`;
  const x = extractHtml(html);
  assert.match(x.text, /^Council members voted on Tuesday/);
  assert.ok(!x.text.includes('Free shipping'));
  assert.ok(!x.text.includes('What happens next'));
  assert.ok(x.text.includes('How the vote went'), 'the real section heading stays');
  assert.ok(x.removed.some((r) => r.reason === 'above the headline' && r.text.includes('Free shipping')));
  assert.ok(x.removed.some((r) => r.reason.startsWith('table of contents') && r.text.includes('What happens next')));
});

test('site names: a fragment of a long site name is not the site; a misfilled og:site_name is ignored', async () => {
  const { namesSite, stripSiteName } = await import('../src/extract/html/title.js');
  const site = 'National Cyber Security Centre - NCSC.GOV.UK';
  assert.equal(namesSite('Cyber Security', site, 'www.ncsc.gov.uk'), false);
  assert.equal(namesSite('National Cyber Security Centre', site, 'www.ncsc.gov.uk'), true);
  assert.equal(namesSite('Bay Courier', 'Bay Courier', null), true);
  assert.equal(stripSiteName('Small Business Guide: Cyber Security', site, 'www.ncsc.gov.uk'), 'Small Business Guide: Cyber Security');
  assert.equal(stripSiteName('Ferry terminal to close | Bay Courier', 'Bay Courier', null), 'Ferry terminal to close');

  const misfilled = `<html><head><meta property="og:title" content="How to plan a ferry trip: a complete guide for 2026">
<meta property="og:site_name" content="How to plan a ferry trip: a complete guide for 2026"></head><body><article>
<h1>How to plan a ferry trip: a complete guide for 2026</h1>${BODY}</article></body></html>`;
  const x = extractHtml(misfilled, { url: 'https://ferryguide.example/plan' });
  assert.equal(x.title.value, 'How to plan a ferry trip: a complete guide for 2026');
  assert.notEqual(x.outlet.value, 'How to plan a ferry trip: a complete guide for 2026');
});
