// Headline and site-name choice in HTML extraction: logo <h1>s, taglines, capitals, host names, aggregator suffixes, declared titles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { BODY, LONG_BODY, wrapPage } from './helpers/html-fixtures.js';

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

test('headline: an <h1> inside a link to the home page is the logo; a capitals <h1> gives way to the declared title', () => {
  const logo = wrapPage('<title>rustc_codegen_gcc: Progress Report #39</title>', `<a href="/"><h1>Antoyo's Blog</h1></a><article>${LONG_BODY}</article>`);
  assert.equal(extractHtml(logo, { url: 'https://blog.antoyo.example/report-39' }).title.value, 'rustc_codegen_gcc: Progress Report #39');

  const caps = wrapPage(
    '<meta property="og:title" content="GAAP Compliance: Applying Accounting Best Practices To Your Business">',
    `<article><h1>SUPPORTING GAAP COMPLIANCE</h1>${LONG_BODY}</article>`,
  );
  assert.equal(extractHtml(caps).title.value, 'GAAP Compliance: Applying Accounting Best Practices To Your Business');
});

test('headline: a bare host name before the title is cut; an aggregator suffix "(source.com) 87" is not part of the headline', () => {
  const host = wrapPage('<title>bayblog.example Vibe Coding</title>', `<h1>bayblog.example</h1><article>${LONG_BODY}</article>`);
  assert.equal(extractHtml(host, { url: 'https://bayblog.example/2025/12/vibe.html' }).title.value, 'Vibe Coding');

  const agg = wrapPage(
    '<meta property="og:title" content="Stanford Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot">',
    `<article><h1>Stanford Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87</h1>${LONG_BODY}</article>`,
  );
  assert.equal(
    extractHtml(agg, { url: 'https://developers.slashdot.example/story/1' }).title.value,
    'Stanford Grads Find Their Degrees No Longer Guarantee Jobs',
  );
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
