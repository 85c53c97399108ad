// Main-text choice in HTML extraction: containers, page tails (teasers, bios, dated lists, footers), repeats, lead paragraphs, hidden blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { isAuthorBio } from '../src/extract/html/author-bio.js';
import { BODY, LONG_BODY, SENTENCES, contains, para, wrapPage } from './helpers/html-fixtures.js';

test('main text: an article split into a few sections whose class looks like navigation is kept', () => {
  const section = (i: number): string =>
    `<div class="content-nav-section"><div class="rtf">${para(`Section ${i}: the council heard from engineers, ferry crews and shop owners along the pier, who described a slow decline in traffic and rising repair bills over the past decade.`)}${para(`Part ${i} continued: most speakers agreed the terminal could not be saved without state money, which the governor has so far refused to commit to the project.`)}</div></div>`;
  const menu = Array.from(
    { length: 6 },
    (_, i) =>
      `<div class="menu-feature">${para(`Explore our guide number ${i} to savings accounts, loans, cards and the many other services we offer to members in the bay area.`)}</div>`,
  ).join('');
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

test('main text: linked headings after the article are teaser titles; a linked heading inside the article stays', () => {
  const html = wrapPage(
    '',
    `<main><h1>Ferry terminal to close</h1>${para(SENTENCES[0]!)}
<h2><a href="/ferries/history">A century of crossings</a></h2>${SENTENCES.slice(1).map(para).join('')}
<h3><a href="/news/bridge-repairs">Bridge repairs to start in spring</a></h3>
<h3><a href="/news/bus-lanes">New bus lanes open on the harbour road</a></h3></main>`,
  );
  const x = extractHtml(html);
  assert.ok(contains(x.text, 'A century of crossings'), 'the linked section heading inside the article is kept');
  assert.ok(!contains(x.text, 'Bridge repairs to start'), 'teaser titles after the article are cut');
  assert.ok(!contains(x.text, 'New bus lanes open'));
});

test('main text: a <footer> full of disclaimers is dropped when the headline sits outside it; one wrapping the headline is kept', () => {
  const disclaimer = Array.from({ length: 4 }, (_, i) =>
    para(
      `Disclaimer ${i + 1}: this material is not intended to replace the advice of a qualified advisor, and information has been obtained from sources believed to be reliable at the time of writing.`,
    ),
  ).join('');
  const short = wrapPage(
    '',
    `<div><h1>Best practices for vehicle rentals</h1><p>Screening renters at the counter keeps unqualified drivers out of your fleet and protects the vehicles.</p></div>
<footer>${disclaimer}</footer>`,
  );
  const x = extractHtml(short);
  assert.ok(contains(x.text, 'Screening renters at the counter'));
  assert.ok(!contains(x.text, 'Disclaimer 1'), 'the footer is not the article');

  const broken = wrapPage('', `<footer><h1>Ferry terminal to close</h1>${LONG_BODY}</footer>`);
  assert.ok(contains(extractHtml(broken).text, SENTENCES[2]!), 'a footer that holds the headline and the text is the article (broken markup)');
});

test('main text: a subtree with a "hide"/"hidden" class and little text is dropped', () => {
  const html = wrapPage(
    '',
    `<article><h1>Ferry terminal to close</h1>${LONG_BODY}<div class="hidden"><p>Score free shipping on qualifying orders today!</p></div></article>`,
  );
  const x = extractHtml(html);
  assert.ok(!contains(x.text, 'free shipping'));
  assert.ok(contains(x.text, SENTENCES[5]!));
});

test('main text: a repeated paragraph is kept once; short lines repeated on their own (table cells) are kept each time', () => {
  const row = (day: string, plan: string): string => `<tr><td>${day}</td><td>${plan}</td></tr>`;
  const html = wrapPage(
    '',
    `<article><h1>Ferry terminal to close</h1>${LONG_BODY}
<table>${row('Monday', 'Easy run of thirty minutes')}${row('Tuesday', 'Rest day and light stretching')}${row('Wednesday', 'Rest day and light stretching')}</table>
${para(SENTENCES[1]!)}</article>`,
  );
  const x = extractHtml(html);
  assert.equal(x.paragraphs.filter((p) => p === SENTENCES[1]).length, 1, 'the long paragraph shown twice is kept once');
  assert.equal(x.paragraphs.filter((p) => p === 'Rest day and light stretching').length, 2, 'a short cell repeated alone is content');
});

test('main text: a short line that continues a repeated run is cut with it', () => {
  const card = `<div class="card"><p>${SENTENCES[3]}</p><p>Ferry staff and unions react</p></div>`;
  const html = wrapPage('', `<article><h1>Ferry terminal to close</h1>${LONG_BODY}${card}${card}</article>`);
  const x = extractHtml(html);
  assert.equal(x.paragraphs.filter((p) => p === 'Ferry staff and unions react').length, 1);
});

test('main text: opening paragraphs between the headline and the article container are kept', () => {
  const html = wrapPage(
    '',
    `<header><h1>Ferry terminal to close</h1>
<p>After a century of service across the bay, the old ferry terminal will shut for good at the end of the year, the council decided.</p></header>
<div class="story">${LONG_BODY}</div>`,
  );
  const x = extractHtml(html);
  assert.ok(contains(x.text, 'After a century of service across the bay'));
  assert.ok(x.paragraphs.indexOf(SENTENCES[0]!) > 0, 'the lead comes first');
});

test('main text: form messages, sign-up consent and affiliate disclosures are boilerplate', () => {
  const html = wrapPage(
    '',
    `<article><h1>Ferry terminal to close</h1>
<p>Disclosure: this post contains affiliate links, and we may earn a small commission.</p>${LONG_BODY}
<p>Thank you! Your submission has been received!</p><p>Oops! Something went wrong while submitting the form.</p>
<p>By subscribing to this newsletter, you agree to our terms of service and privacy policy.</p>
<p>Join 80,000+ subscribers to get our weekly notes on the harbour.</p></article>`,
  );
  const x = extractHtml(html);
  for (const s of ['affiliate links', 'submission has been received', 'Something went wrong', 'you agree to our terms', 'subscribers to get'])
    assert.ok(!contains(x.text, s), s);
  assert.ok(contains(x.text, SENTENCES[4]!));
});

test('main text: an "Acknowledgments" or "Stay connected" line near the end opens the page tail', () => {
  const html = wrapPage(
    '',
    `<article><h1>Ferry terminal to close</h1>${LONG_BODY}<h2>Stay connected</h2><p>New episodes are out every Monday on all major podcast platforms.</p></article>`,
  );
  const x = extractHtml(html);
  assert.ok(!contains(x.text, 'Stay connected'));
  assert.ok(!contains(x.text, 'New episodes are out'));
});

test('main text: a date standing alone near the end opens a list of dated teasers; a dated list that is the body stays', () => {
  const teasers = ['Bridge repairs to start in spring', 'New bus lanes open on the harbour road']
    .map((t, i) => `<div><h3>${t}</h3><p>Dec ${17 - i}, 2025</p></div>`)
    .join('');
  const x = extractHtml(
    wrapPage('', `<article><h1>Ferry terminal to close</h1><p>December 19, 2025</p>${LONG_BODY}</article><div class="more">${teasers}</div>`),
  );
  assert.ok(contains(x.text, SENTENCES[5]!));
  assert.ok(!contains(x.text, 'Bridge repairs'), 'the teaser title above the first date goes too');
  assert.ok(!contains(x.text, 'Dec 16, 2025'));

  const events = SENTENCES.map((s, i) => `<h3>Waterfront event ${i + 1}</h3><p>Jan ${10 + i}, 2026</p><p>${s}</p>`).join('');
  const y = extractHtml(wrapPage('', `<article><h1>Events on the waterfront</h1>${events}</article>`));
  assert.ok(contains(y.text, 'Jan 15, 2026'), 'dates in a dated list are the content');
  assert.ok(contains(y.text, 'Waterfront event 6'));
});

test('main text: the author bio box (and the name line over it) is cut; a paragraph about a product is not a bio', () => {
  const html = wrapPage(
    '<meta name="author" content="Rebecca Norris">',
    `<article><h1>Ferry terminal to close</h1>${LONG_BODY}
<h4>Rebecca Norris</h4><p>Rebecca Norris is a freelance writer living in the bay area. She covers transport and city hall for the Courier.</p></article>`,
  );
  const x = extractHtml(html);
  assert.deepEqual(x.authors.value, ['Rebecca Norris']);
  assert.ok(!contains(x.text, 'freelance writer'));
  assert.ok(!x.paragraphs.includes('Rebecca Norris'), 'the name line over the bio goes with it');
  assert.ok(contains(x.text, SENTENCES[5]!));

  assert.equal(isAuthorBio('Karina holds an MBA from Duke and is the owner of a cleaning company in Denver.', ['Karina Cohen']), true, 'first name alone');
  assert.equal(isAuthorBio('Accruent EMS is a comprehensive event management system built for schools.', ['Accruent EMS']), false, 'no job named: a product');
  assert.equal(isAuthorBio('Rebecca Norris said the ferry had been late all week, a writer told us.', ['Rebecca Norris']), false, 'no bio verb after the name');
});

test('author bio: a name ending in an abbreviation, and a verb that states the job, still make a bio', () => {
  assert.equal(isAuthorBio('Perry Bacon Jr. is a senior writer for FiveThirtyEight. @perrybaconjr', ['Perry Bacon Jr']), true, 'Jr. does not end the sentence');
  assert.equal(isAuthorBio('Evan Halper writes about a broad range of policy issues out of Washington D.C.', ['Evan Halper']), true, 'writes about');
  assert.equal(isAuthorBio('Evan Halper said the bill would fail, and a writer agreed.', ['Evan Halper']), false, 'no bio verb after the name');
});

test("main text: a line that is only the author's name, and the role line under it, are byline furniture", () => {
  const head = '<meta name="author" content="Benjamin Fischer">';
  const html = wrapPage(
    head,
    `<article><h1>Ferry terminal to close</h1>${LONG_BODY}<p>Benjamin Fischer</p><p>Redakteur in der Wirtschaft.</p>${BODY}</article>`,
  );
  const x = extractHtml(html);
  assert.deepEqual(x.authors.value, ['Benjamin Fischer']);
  assert.ok(!x.text.includes('Benjamin Fischer') && !x.text.includes('Redakteur in der Wirtschaft'), x.text.slice(-300));
  assert.ok(x.text.includes('Council members voted seven to two'), 'the story after the box is kept');
});

test("main text: a 'teaser' box right under the headline is the standfirst; one after the story teases another article", () => {
  const lead = 'Die Stadt schließt das alte Fährterminal nach fast hundert Jahren Betrieb, der Rat stimmte mit großer Mehrheit dafür.';
  const other = 'Neue Radwege in der Innenstadt sollen bis zum Herbst fertig werden, sagt die Verwaltung.';
  const html = wrapPage(
    '',
    `<article><h1>Ferry terminal to close</h1><div class="article-teaser"><p>${lead}</p></div>${LONG_BODY}<div class="teaser"><p>${other}</p></div></article>`,
  );
  const x = extractHtml(html);
  assert.ok(x.text.includes(lead), 'standfirst kept');
  assert.ok(!x.text.includes(other), 'teaser after the story cut');
});

test('main text: a post body kept as markup in a script template (Blogger) is read; a template outside the body is not', () => {
  const body = 'Over the past few years we have seen threats on the web becoming increasingly sophisticated, and so has our protection. ';
  const html = `<html><body><h1>Enhanced Safe Browsing</h1>
    <div class="post-body"><div class="post-content" itemprop="articleBody"><script type="text/template">
      <p>${body.repeat(2)}</p><p>This protocol is designed so that Google cannot see what you browse, ${body}</p>
    </script></div></div>
    <div class="popup"><script type="text/template"><p>Subscribe to our newsletter today and never miss a post from the team, ${body}</p></script></div>
    </body></html>`;
  const x = extractHtml(html);
  assert.ok(x.text.includes('This protocol is designed so that Google cannot'), x.text);
  assert.ok(!x.text.includes('Subscribe to our newsletter'), x.text);
});
