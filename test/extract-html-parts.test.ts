// Unit tests of the HTML extraction helpers: date normalisation, URL dates, author cleaning, title suffixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate, dateFromUrl } from '../src/extract/html/dates.js';
import { cleanAuthors } from '../src/extract/html/authors.js';
import { stripSiteName, cutTagline } from '../src/extract/html/title.js';
import { parseLean, findDescendant, type LeanElement } from '../src/extract/html/parse.js';

test('normaliseDate: ISO, offsets, RFC 2822, month names, numeric, epoch; junk is null', () => {
  assert.equal(normaliseDate('2024-05-15')?.iso, '2024-05-15');
  assert.equal(normaliseDate('2024-05-15T08:30:00.000+0200')?.iso, '2024-05-15T08:30:00+02:00');
  assert.equal(normaliseDate('2024-05-15 08:30:00 UTC')?.iso, '2024-05-15T08:30:00Z');
  assert.equal(normaliseDate('Wed, 15 May 2024 08:30:00 GMT')?.iso, '2024-05-15T08:30:00Z');
  assert.equal(normaliseDate('Wed, 15 May 2024 08:30:00 -0400')?.iso, '2024-05-15T08:30:00-04:00');
  assert.equal(normaliseDate('Updated May 3, 2024 at 4pm')?.iso, '2024-05-03');
  assert.equal(normaliseDate('3rd December 2021')?.iso, '2021-12-03');
  assert.equal(normaliseDate('15.05.2024')?.iso, '2024-05-15');
  assert.equal(normaliseDate('1715761800')?.iso, '2024-05-15T08:30:00Z');
  assert.equal(normaliseDate('12 de marzo de 2023')?.iso, '2023-03-12');
  assert.equal(normaliseDate('Dec 17, 20256 min read')?.iso, '2025-12-17');
  assert.equal(normaliseDate('December 13'), null);
  assert.equal(normaliseDate('2024-02-30'), null);
  assert.equal(normaliseDate('yesterday'), null);
});

test('dateFromUrl: full dates in several shapes, partial year-month, none', () => {
  assert.deepEqual(dateFromUrl('https://x.example/2019/05/15/story/'), { iso: '2019-05-15', partial: null });
  assert.deepEqual(dateFromUrl('https://x.example/news/2021-11-30-budget'), { iso: '2021-11-30', partial: null });
  assert.deepEqual(dateFromUrl('https://x.example/20200102/story'), { iso: '2020-01-02', partial: null });
  assert.deepEqual(dateFromUrl('https://x.example/2019/05/story'), { iso: null, partial: '2019-05' });
  assert.deepEqual(dateFromUrl('https://x.example/products/12345'), { iso: null, partial: null });
});

test('cleanAuthors: prefixes, roles, credentials, several names, glued text, dates after names', () => {
  assert.deepEqual(cleanAuthors('By Jane Doe, Senior Reporter'), ['Jane Doe']);
  assert.deepEqual(cleanAuthors('Written by Maria Lopez and Tom Ng'), ['Maria Lopez', 'Tom Ng']);
  assert.deepEqual(cleanAuthors('Dylan Bailey, MS, RD, FAND'), ['Dylan Bailey']);
  assert.deepEqual(cleanAuthors('ByDaryl Austin'), ['Daryl Austin']);
  assert.deepEqual(cleanAuthors('Byron Smith'), ['Byron Smith']);
  assert.deepEqual(cleanAuthors('Jason Bates June 3, 2024'), ['Jason Bates']);
  assert.deepEqual(cleanAuthors('Meghan Neville Content Marketing Coordinator'), ['Meghan Neville']);
  assert.deepEqual(cleanAuthors('Reviewed by Dr. Ann Lee'), []);
  assert.deepEqual(cleanAuthors('https://example.com/author/jane'), []);
  assert.deepEqual(cleanAuthors('admin'), []);
  assert.deepEqual(cleanAuthors('The Investopedia Team'), ['The Investopedia Team']);
});

test('title: site names stripped at either end, taglines cut', () => {
  assert.equal(stripSiteName('Port strike halts exports | CNN', 'CNN', 'www.cnn.com'), 'Port strike halts exports');
  assert.equal(stripSiteName('Port strike halts exports - BBC News', 'BBC News', 'www.bbc.co.uk'), 'Port strike halts exports');
  assert.equal(stripSiteName('BBC News - Port strike halts exports', 'BBC News', null), 'Port strike halts exports');
  assert.equal(stripSiteName('Vibe coding notes | davidbau', null, 'davidbau.com'), 'Vibe coding notes');
  assert.equal(stripSiteName('Why prices rise: a primer', null, null), 'Why prices rise: a primer');
  assert.equal(cutTagline('Best Movers in NYC 2025 | Top 19 Companies'), 'Best Movers in NYC 2025');
});

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
  assert.deepEqual(
    ps.map((p) => p.textContent),
    ['one & two', 'three'],
  );
  const script = root.childNodes[1] as LeanElement;
  assert.equal(script.textContent, '{"a":"<b>"}');
  const found = findDescendant(root, (e) => e.textContent === 'three');
  assert.ok(found && found.localName === 'p');
  assert.equal(
    findDescendant(root, (e) => e.localName === 'table'),
    null,
  );
});
