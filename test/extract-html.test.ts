// Behaviour tests of HTML extraction: main text vs boilerplate, ranked metadata, and junk pages that must not crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml, HtmlExtractError } from '../src/extract/html/index.js';

const para = (s: string): string => `<p>${s}</p>`;

const NEWS_JSONLD = `<!DOCTYPE html><html lang="en"><head>
<title>Port strike halts grain exports for a third day | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="og:title" content="Port strike halts grain exports for a third day">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://harbourtimes.example/#site","name":"Harbour Times"},
 {"@type":"Person","@id":"https://harbourtimes.example/#/person/ana","name":"Ana Kovač"},
 {"@type":"NewsArticle","headline":"Port strike halts grain exports for a third day","datePublished":"2024-05-15T08:30:00+02:00",
  "dateModified":"2024-05-16T10:00:00+02:00","author":[{"@id":"https://harbourtimes.example/#/person/ana"},{"@type":"Organization","name":"Harbour Times"}],
  "publisher":{"@type":"Organization","name":"Harbour Times"}}]}</script>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article class="article">
<h1>Port strike halts grain exports for a third day</h1>
<div class="byline">By <a href="/author/ana">Ana Kovač</a>, Senior Correspondent</div>
<div class="article-body">
${para("Dock workers at the country's largest port extended their strike on Wednesday, leaving more than forty grain ships waiting at anchor and traders scrambling for alternative routes.")}
${para('The union said talks with the port authority had broken down over pay, safety rules and the use of automated cranes, and that no new meeting had been scheduled.')}
<figure><img src="ships.jpg"><figcaption>Grain ships wait outside the harbour. Photo: Reuters</figcaption></figure>
${para('Exporters warned that contracts worth hundreds of millions of euros were at risk if the stoppage lasted into next week, when the harvest season begins in earnest.')}
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
${para('The transport ministry said it was ready to mediate, but gave no date. A spokesman declined to say whether the army could be asked to move cargo.')}
</div>
<aside class="related-articles"><h3>Related</h3><ul><li><a href="/a">Grain prices jump as ships queue</a></li><li><a href="/b">Union leader profile</a></li></ul></aside>
<div class="newsletter-signup"><p>Sign up for our morning newsletter and get the top stories in your inbox.</p></div>
</article>
<section id="comments" class="comments-area"><h3>3 comments</h3>
<div class="comment"><p>This strike is a disgrace and the government should have acted weeks ago, frankly I am tired of it.</p></div>
<div class="comment"><p>Workers deserve fair pay, and the port authority has been stalling on this for years now.</p></div>
</section></main>
<footer class="site-footer"><p>© 2024 Harbour Times. All rights reserved.</p></footer>
</body></html>`;

test('news page with JSON-LD: text keeps the story and cuts cookie banner, captions, share, related, newsletter and comments', () => {
  const x = extractHtml(NEWS_JSONLD, { url: 'https://harbourtimes.example/2024/05/15/port-strike' });
  assert.equal(x.paragraphs.length, 4);
  assert.match(x.text, /^Dock workers/);
  assert.match(x.text, /army could be asked to move cargo\.$/);
  assert.equal(x.text, x.paragraphs.join('\n\n'));
  for (const junk of ['cookies', 'Photo: Reuters', 'Share on', 'Grain prices jump', 'newsletter', 'disgrace', 'All rights reserved', 'Home']) {
    assert.ok(!x.text.includes(junk), `text should not contain "${junk}"`);
  }
  const removedText = x.removed.map((r) => r.text).join('\n');
  assert.ok(removedText.includes('disgrace'), 'comments are kept in removed for audit');
  assert.ok(x.removed.every((r) => r.reason.length > 0));
});

test('news page with JSON-LD: metadata comes from JSON-LD with provenance, person over organisation', () => {
  const x = extractHtml(NEWS_JSONLD, { url: 'https://harbourtimes.example/2024/05/15/port-strike' });
  assert.equal(x.title.value, 'Port strike halts grain exports for a third day');
  assert.deepEqual(x.authors.value, ['Ana Kovač']);
  assert.equal(x.authors.source, 'json-ld');
  assert.equal(x.published.value, '2024-05-15T08:30:00+02:00');
  assert.equal(x.published.source, 'json-ld');
  assert.equal(x.outlet.value, 'Harbour Times');
  assert.equal(x.url.value, 'https://harbourtimes.example/2024/05/15/port-strike');
  assert.equal(x.url.source, 'input');
  assert.equal(x.language.value, 'en');
  assert.ok(x.title.confidence > 0.5 && x.published.confidence > 0.5);
});

const META_ONLY = `<html><head>
<title>Council approves new cycle lanes - Riverside Gazette</title>
<meta property="og:title" content="Council approves new cycle lanes - Riverside Gazette">
<meta property="og:site_name" content="Riverside Gazette">
<meta name="author" content="By Jane Doe, Senior Reporter">
<meta property="article:published_time" content="2023-11-02T18:05:00Z">
<link rel="canonical" href="https://riverside.example/news/cycle-lanes">
</head><body>
<div class="wrapper"><div class="content">
<h2 class="headline">Council approves new cycle lanes</h2>
<p>The city council voted eleven to four on Thursday night to build protected cycle lanes on three of the busiest roads in the centre, after a debate that lasted almost five hours.</p>
<p>Supporters said the lanes would cut accidents and traffic, while shop owners on Mill Street argued that losing parking spaces would drive customers to out-of-town retail parks.</p>
<p>Construction is due to start in the spring and should take about eighteen months, the council's transport committee said in a statement released after the vote.</p>
</div>
<div class="sidebar"><h4>Most read</h4><ul><li><a href="/1">Bridge closure extended</a></li><li><a href="/2">New bakery opens</a></li></ul></div>
</div></body></html>`;

test('page with only meta tags: site suffix stripped, "By" and job title removed, canonical URL used', () => {
  const x = extractHtml(META_ONLY);
  assert.equal(x.title.value, 'Council approves new cycle lanes');
  assert.deepEqual(x.authors.value, ['Jane Doe']);
  assert.equal(x.authors.source, 'meta');
  assert.equal(x.published.value, '2023-11-02T18:05:00Z');
  assert.equal(x.outlet.value, 'Riverside Gazette');
  assert.equal(x.url.value, 'https://riverside.example/news/cycle-lanes');
  assert.equal(x.paragraphs.length, 3);
  assert.ok(!x.text.includes('Bridge closure'));
});

const BYLINE_BODY = `<html><head><title>Notes from the harvest</title></head><body>
<div id="page"><div id="main">
<h1>A late harvest in the hill vineyards</h1>
<p>By Maria Lopez and Tom Ng</p>
<p>Published March 3, 2024</p>
<p>The grapes came in almost three weeks late this year, after a cold spring and a wet summer that kept growers in the hills guessing until the last moment.</p>
<p>Most of the small estates picked by hand, and several said the yield was down by a third, although the quality of the fruit surprised even the most pessimistic of them.</p>
</div></div></body></html>`;

test('byline and date written in the body become metadata and leave the text', () => {
  const x = extractHtml(BYLINE_BODY, { url: 'https://wine.example/stories/late-harvest' });
  assert.deepEqual(x.authors.value, ['Maria Lopez', 'Tom Ng']);
  assert.equal(x.authors.source, 'byline');
  assert.equal(x.published.value, '2024-03-03');
  assert.equal(x.published.source, 'body');
  assert.equal(x.title.value, 'A late harvest in the hill vineyards');
  assert.equal(x.title.source, 'h1');
  assert.match(x.text, /^The grapes came in/);
  assert.ok(!x.text.includes('By Maria'));
  assert.ok(x.removed.some((r) => r.text.includes('By Maria Lopez')));
});

test('date from the URL path when the page gives none, partial when only year/month', () => {
  const body =
    "<html><body><article><p>The library reopened on Monday after a two-year renovation that added a children's wing, a café and a rooftop reading garden for the whole town.</p></article></body></html>";
  assert.equal(extractHtml(body, { url: 'https://town.example/2019/05/15/library-reopens/' }).published.value, '2019-05-15');
  const p = extractHtml(body, { url: 'https://town.example/2019/05/library-reopens/' }).published;
  assert.equal(p.value, null);
  assert.equal(p.partial, '2019-05');
});

test('German article: language detected from the text', () => {
  const html = `<html lang="de"><body><article>
<p>Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, das den Ausbau von Wind- und Solaranlagen deutlich beschleunigen soll.</p>
<p>Kritiker aus der Opposition bemängelten, dass die Finanzierung der Netze weiterhin ungeklärt sei und die Strompreise für private Haushalte steigen könnten.</p>
</article></body></html>`;
  const x = extractHtml(html);
  assert.equal(x.language.value, 'de');
  assert.equal(x.authors.value, null);
  assert.ok(x.authors.note && x.authors.note.length > 0, 'a null field says why');
});

test('junk inputs never throw: empty, whitespace, binary, broken markup, no <html>', () => {
  const empty = extractHtml('');
  assert.equal(empty.text, '');
  assert.match(empty.notes.join(' '), /empty/);
  assert.equal(extractHtml('   \n\t ').text, '');
  const binary = extractHtml(`${String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7) % 9))}\u0000PNG`);
  assert.equal(binary.text, '');
  assert.match(binary.notes.join(' '), /binary/);
  const broken = extractHtml(
    '<div><p>Unclosed <b>bold <i>italic <table><tr><td>cell</div></p><<<>>> </html></body><p>Half a story about a river that floods every spring and the town that learned to live with it for three centuries.',
  );
  assert.equal(typeof broken.text, 'string');
  assert.match(broken.text, /river that floods/);
  const noHtml = extractHtml(
    '<head><title>x</title></head><body><p>A page without an html element still has its text read properly by the extractor, which walks from the document.</p></body>',
  );
  assert.match(noHtml.text, /without an html element/);
});

test('a non-article page gives an honest empty extraction with a note', () => {
  const x = extractHtml(
    '<html><head><title>Login</title></head><body><form><input name="u"><input type="password"><button>Sign in</button></form></body></html>',
  );
  assert.equal(x.text, '');
  assert.ok(x.notes.some((n) => /no main text/.test(n)));
  assert.equal(x.title.value, 'Login');
});

test('huge pages are truncated with a note instead of exhausting memory', () => {
  const body = Array.from(
    { length: 70000 },
    (_, i) => `<p>Filler paragraph number ${i} about nothing in particular, written to make the page very large indeed.</p>`,
  ).join('');
  const big = `<html><body><article>${body}</article></body></html>`;
  assert.ok(big.length > 5_000_000);
  const x = extractHtml(big);
  assert.ok(x.notes.some((n) => /truncated/.test(n)));
  assert.ok(x.paragraphs.length > 1000);
});

test('a non-string input is a caller error: typed HtmlExtractError naming the problem', () => {
  assert.throws(
    () => extractHtml(Buffer.from('<p>x</p>') as unknown as string),
    (e: unknown) => e instanceof HtmlExtractError && /expects the page as a string/.test((e as Error).message),
  );
});

test('mojibake (UTF-8 read as Latin-1) is repaired before extraction', () => {
  const html =
    '<html><body><article><p>The company\u00e2\u0080\u0099s chief executive said the caf\u00c3\u00a9 chain would open twelve new branches next year across the north of the country.</p></article></body></html>';
  const x = extractHtml(html);
  assert.match(x.text, /company’s chief executive/);
  assert.match(x.text, /café chain/);
});

test('soft hyphens (`&shy;`) are dropped from the text and the title, so broken words read whole', () => {
  const p = 'Das Welternährungs&shy;programm warnt vor einer Hungersnot in Afgha&shy;nistan, im Sudan und im Jemen, wo Millionen Menschen hungern.';
  const html = `<html lang="de"><head><title>Hunger in Afgha&shy;nistan</title></head><body><article><h1>Hunger in Afgha&shy;nistan</h1>${[p, p.replace('Jemen', 'Tschad'), p.replace('Sudan', 'Niger')].map(para).join('')}</article></body></html>`;
  const x = extractHtml(html);
  assert.equal(x.title.value, 'Hunger in Afghanistan');
  assert.match(x.text, /Welternährungsprogramm warnt vor einer Hungersnot in Afghanistan/);
  assert.ok(!x.text.includes('\u00ad'));
});
