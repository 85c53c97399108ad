// Tests of the third extraction round: page tails (teasers, bios, dated lists), repeats, lead paragraphs, footers, titles, dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { isAuthorBio } from '../src/extract/html/author-bio.js';

const para = (s: string): string => `<p>${s}</p>`;
const SENTENCES = [
  'Council members voted seven to two on Tuesday night to close the old ferry terminal, ending almost a century of service across the bay.',
  'The decision follows a two-year review that found the pier structurally unsound and the cost of repairs, estimated at forty million dollars, too high.',
  'Residents who rely on the morning crossing said they would now face a drive of more than an hour around the water, and asked for a shuttle bus.',
  'The mayor, who voted against the closure, said the city would look for a private operator willing to run a smaller boat from the marina instead.',
  'Ferry staff will be offered jobs elsewhere in the transport department, according to a letter sent to the union on Wednesday morning by the city.',
  'The terminal building itself, a listed structure from the nineteen-twenties, will be kept and may become a museum of the harbour and its boats.',
];
const BODY = SENTENCES.map(para).join('\n');
const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;
const has = (text: string, s: string): boolean => text.includes(s);

test('main text: linked headings after the article are teaser titles; a linked heading inside the article stays', () => {
  const html = page('', `<main><h1>Ferry terminal to close</h1>${para(SENTENCES[0]!)}
<h2><a href="/ferries/history">A century of crossings</a></h2>${SENTENCES.slice(1).map(para).join('')}
<h3><a href="/news/bridge-repairs">Bridge repairs to start in spring</a></h3>
<h3><a href="/news/bus-lanes">New bus lanes open on the harbour road</a></h3></main>`);
  const x = extractHtml(html);
  assert.ok(has(x.text, 'A century of crossings'), 'the linked section heading inside the article is kept');
  assert.ok(!has(x.text, 'Bridge repairs to start'), 'teaser titles after the article are cut');
  assert.ok(!has(x.text, 'New bus lanes open'));
});

test('main text: a <footer> full of disclaimers is dropped when the headline sits outside it; one wrapping the headline is kept', () => {
  const disclaimer = Array.from({ length: 4 }, (_, i) => para(`Disclaimer ${i + 1}: this material is not intended to replace the advice of a qualified advisor, and information has been obtained from sources believed to be reliable at the time of writing.`)).join('');
  const short = page('', `<div><h1>Best practices for vehicle rentals</h1><p>Screening renters at the counter keeps unqualified drivers out of your fleet and protects the vehicles.</p></div>
<footer>${disclaimer}</footer>`);
  const x = extractHtml(short);
  assert.ok(has(x.text, 'Screening renters at the counter'));
  assert.ok(!has(x.text, 'Disclaimer 1'), 'the footer is not the article');

  const broken = page('', `<footer><h1>Ferry terminal to close</h1>${BODY}</footer>`);
  assert.ok(has(extractHtml(broken).text, SENTENCES[2]!), 'a footer that holds the headline and the text is the article (broken markup)');
});

test('main text: a subtree with a "hide"/"hidden" class and little text is dropped', () => {
  const html = page('', `<article><h1>Ferry terminal to close</h1>${BODY}<div class="hidden"><p>Score free shipping on qualifying orders today!</p></div></article>`);
  const x = extractHtml(html);
  assert.ok(!has(x.text, 'free shipping'));
  assert.ok(has(x.text, SENTENCES[5]!));
});

test('main text: a repeated paragraph is kept once; short lines repeated on their own (table cells) are kept each time', () => {
  const row = (day: string, plan: string): string => `<tr><td>${day}</td><td>${plan}</td></tr>`;
  const html = page('', `<article><h1>Ferry terminal to close</h1>${BODY}
<table>${row('Monday', 'Easy run of thirty minutes')}${row('Tuesday', 'Rest day and light stretching')}${row('Wednesday', 'Rest day and light stretching')}</table>
${para(SENTENCES[1]!)}</article>`);
  const x = extractHtml(html);
  assert.equal(x.paragraphs.filter((p) => p === SENTENCES[1]).length, 1, 'the long paragraph shown twice is kept once');
  assert.equal(x.paragraphs.filter((p) => p === 'Rest day and light stretching').length, 2, 'a short cell repeated alone is content');
});

test('main text: a short line that continues a repeated run is cut with it', () => {
  const card = `<div class="card"><p>${SENTENCES[3]}</p><p>Ferry staff and unions react</p></div>`;
  const html = page('', `<article><h1>Ferry terminal to close</h1>${BODY}${card}${card}</article>`);
  const x = extractHtml(html);
  assert.equal(x.paragraphs.filter((p) => p === 'Ferry staff and unions react').length, 1);
});

test('main text: opening paragraphs between the headline and the article container are kept', () => {
  const html = page('', `<header><h1>Ferry terminal to close</h1>
<p>After a century of service across the bay, the old ferry terminal will shut for good at the end of the year, the council decided.</p></header>
<div class="story">${BODY}</div>`);
  const x = extractHtml(html);
  assert.ok(has(x.text, 'After a century of service across the bay'));
  assert.ok(x.paragraphs.indexOf(SENTENCES[0]!) > 0, 'the lead comes first');
});

test('main text: form messages, sign-up consent and affiliate disclosures are boilerplate', () => {
  const html = page('', `<article><h1>Ferry terminal to close</h1>
<p>Disclosure: this post contains affiliate links, and we may earn a small commission.</p>${BODY}
<p>Thank you! Your submission has been received!</p><p>Oops! Something went wrong while submitting the form.</p>
<p>By subscribing to this newsletter, you agree to our terms of service and privacy policy.</p>
<p>Join 80,000+ subscribers to get our weekly notes on the harbour.</p></article>`);
  const x = extractHtml(html);
  for (const s of ['affiliate links', 'submission has been received', 'Something went wrong', 'you agree to our terms', 'subscribers to get']) assert.ok(!has(x.text, s), s);
  assert.ok(has(x.text, SENTENCES[4]!));
});

test('main text: an "Acknowledgments" or "Stay connected" line near the end opens the page tail', () => {
  const html = page('', `<article><h1>Ferry terminal to close</h1>${BODY}<h2>Stay connected</h2><p>New episodes are out every Monday on all major podcast platforms.</p></article>`);
  const x = extractHtml(html);
  assert.ok(!has(x.text, 'Stay connected'));
  assert.ok(!has(x.text, 'New episodes are out'));
});

test('main text: a date standing alone near the end opens a list of dated teasers; a dated list that is the body stays', () => {
  const teasers = ['Bridge repairs to start in spring', 'New bus lanes open on the harbour road'].map((t, i) => `<div><h3>${t}</h3><p>Dec ${17 - i}, 2025</p></div>`).join('');
  const x = extractHtml(page('', `<article><h1>Ferry terminal to close</h1><p>December 19, 2025</p>${BODY}</article><div class="more">${teasers}</div>`));
  assert.ok(has(x.text, SENTENCES[5]!));
  assert.ok(!has(x.text, 'Bridge repairs'), 'the teaser title above the first date goes too');
  assert.ok(!has(x.text, 'Dec 16, 2025'));

  const events = SENTENCES.map((s, i) => `<h3>Waterfront event ${i + 1}</h3><p>Jan ${10 + i}, 2026</p><p>${s}</p>`).join('');
  const y = extractHtml(page('', `<article><h1>Events on the waterfront</h1>${events}</article>`));
  assert.ok(has(y.text, 'Jan 15, 2026'), 'dates in a dated list are the content');
  assert.ok(has(y.text, 'Waterfront event 6'));
});

test('main text: the author bio box (and the name line over it) is cut; a paragraph about a product is not a bio', () => {
  const html = page('<meta name="author" content="Rebecca Norris">', `<article><h1>Ferry terminal to close</h1>${BODY}
<h4>Rebecca Norris</h4><p>Rebecca Norris is a freelance writer living in the bay area. She covers transport and city hall for the Courier.</p></article>`);
  const x = extractHtml(html);
  assert.deepEqual(x.authors.value, ['Rebecca Norris']);
  assert.ok(!has(x.text, 'freelance writer'));
  assert.ok(!x.paragraphs.includes('Rebecca Norris'), 'the name line over the bio goes with it');
  assert.ok(has(x.text, SENTENCES[5]!));

  assert.equal(isAuthorBio('Karina holds an MBA from Duke and is the owner of a cleaning company in Denver.', ['Karina Cohen']), true, 'first name alone');
  assert.equal(isAuthorBio('Accruent EMS is a comprehensive event management system built for schools.', ['Accruent EMS']), false, 'no job named: a product');
  assert.equal(isAuthorBio('Rebecca Norris said the ferry had been late all week, a writer told us.', ['Rebecca Norris']), false, 'no bio verb after the name');
});

test('headline: an <h1> inside a link to the home page is the logo; a capitals <h1> gives way to the declared title', () => {
  const logo = page('<title>rustc_codegen_gcc: Progress Report #39</title>', `<a href="/"><h1>Antoyo's Blog</h1></a><article>${BODY}</article>`);
  assert.equal(extractHtml(logo, { url: 'https://blog.antoyo.example/report-39' }).title.value, 'rustc_codegen_gcc: Progress Report #39');

  const caps = page('<meta property="og:title" content="GAAP Compliance: Applying Accounting Best Practices To Your Business">',
    `<article><h1>SUPPORTING GAAP COMPLIANCE</h1>${BODY}</article>`);
  assert.equal(extractHtml(caps).title.value, 'GAAP Compliance: Applying Accounting Best Practices To Your Business');
});

test('headline: a bare host name before the title is cut; an aggregator suffix "(source.com) 87" is not part of the headline', () => {
  const host = page('<title>bayblog.example Vibe Coding</title>', `<h1>bayblog.example</h1><article>${BODY}</article>`);
  assert.equal(extractHtml(host, { url: 'https://bayblog.example/2025/12/vibe.html' }).title.value, 'Vibe Coding');

  const agg = page('<meta property="og:title" content="Stanford Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot">',
    `<article><h1>Stanford Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87</h1>${BODY}</article>`);
  assert.equal(extractHtml(agg, { url: 'https://developers.slashdot.example/story/1' }).title.value, 'Stanford Grads Find Their Degrees No Longer Guarantee Jobs');
});

test('dates: a <time> shown in local time stands for the published meta tag declared in UTC; a second same-day source keeps the local day', () => {
  const head = '<meta property="article:published_time" content="2026-02-23T00:57:30+00:00">';
  const local = page(head, `<article><h1>Ferry terminal to close</h1><p><time datetime="2026-02-22T19:57:30-05:00">February 22, 2026</time></p>${BODY}</article>`);
  assert.equal(extractHtml(local).published.value, '2026-02-23T00:57:30+00:00');

  const withUrl = page(head, `<article><h1>Ferry terminal to close</h1><p>Posted on <time datetime="2026-02-22T19:57:30-05:00">February 22, 2026</time></p>${BODY}</article>`);
  assert.equal(extractHtml(withUrl, { url: 'https://bay.example/2026/02/22/ferry/' }).published.value?.slice(0, 10), '2026-02-22');
});
