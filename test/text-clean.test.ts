// Unit tests of plain-text cleaning on varied scraped text: furniture, breadcrumbs, serialized junk, titles, paragraphs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDateLine } from '../src/extract/dates.js';
import { cleanPlainText } from '../src/extract/text-clean.js';

const body = (r: ReturnType<typeof cleanPlainText>) => r.paragraphs.join('\n\n');

test('breadcrumbs with various separators are cut and kept in removed', () => {
  const r = cleanPlainText(
    'Home » World » Europe » Floods hit northern Italy\n\nFloods hit northern Italy\n\nHeavy rain flooded towns across the Po valley on Sunday, officials said.\n',
  );
  assert.equal(r.titleLine, 'Floods hit northern Italy');
  assert.ok(!body(r).includes('Home »'));
  assert.ok(r.removed.some((x) => x.reason === 'breadcrumb' && x.text.startsWith('Home »')));
  const r2 = cleanPlainText('Startseite > Politik > Inland\nBundestag beschließt Haushalt\n\nDer Bundestag hat am Freitag den Haushalt für 2024 beschlossen.');
  assert.equal(r2.titleLine, 'Bundestag beschließt Haushalt');
});

test('share, subscribe, cookie and advertising furniture is cut; prose mentioning those words is kept', () => {
  const text = [
    'Central bank raises rates',
    '',
    'Share on Facebook',
    'Tweet',
    'We use cookies to improve your experience. By continuing you accept our cookie policy.',
    'The central bank raised its key rate by half a point on Thursday, citing stubborn inflation.',
    'ADVERTISEMENT',
    'Analysts said the decision to share the burden between savers and borrowers was expected.',
    'Sign up for our daily newsletter',
    'Follow us on Twitter',
  ].join('\n');
  const r = cleanPlainText(text);
  const b = body(r);
  for (const junk of ['Share on Facebook', 'Tweet', 'We use cookies', 'ADVERTISEMENT', 'newsletter', 'Follow us'])
    assert.ok(!b.includes(junk), `still has ${junk}`);
  assert.ok(b.includes('share the burden'));
  assert.equal(r.paragraphs.length, 2);
  assert.ok(r.removed.length >= 6);
});

test('section furniture lines like "All news" and "Comments are closed" are cut', () => {
  const r = cleanPlainText('All news\n\nPort strike ends\n\nDock workers returned to work on Monday after a deal.\n\nComments are closed\n');
  assert.equal(r.titleLine, 'Port strike ends');
  assert.equal(body(r), 'Dock workers returned to work on Monday after a deal.');
});

test('a title repeated as the first body line is cut once', () => {
  const r = cleanPlainText('Markets rally on trade hopes\n\nMarkets rally on trade hopes\n\nStocks rose sharply on Tuesday.\n');
  assert.equal(r.titleLine, 'Markets rally on trade hopes');
  assert.equal(body(r), 'Stocks rose sharply on Tuesday.');
  assert.ok(r.removed.some((x) => x.reason === 'repeated title'));
  // with a title supplied by the input, a body line equal to it is cut too
  const r2 = cleanPlainText('MARKETS RALLY ON TRADE HOPES.\nStocks rose sharply on Tuesday.', { title: 'Markets rally on trade hopes' });
  assert.equal(body(r2), 'Stocks rose sharply on Tuesday.');
});

test('serialized junk from broken scrapers (PHP dumps, JSON blobs, array dumps) is cut', () => {
  const text = [
    'Rescue teams reach village',
    '',
    'Rescue teams reached the remote village late on Friday.',
    'string(214) "[{"id":"77","title":"Other story","pic":"/2020/01/x.jpg"}]"',
    '{"related":[{"id":1,"title":"Another"}],"count":1}',
    'array(2) {',
    '  [0]=>',
    '  string(3) "abc"',
    '}',
    '',
    'The village had been cut off for three days.',
  ].join('\n');
  const r = cleanPlainText(text);
  const b = body(r);
  assert.ok(!b.includes('string(214'));
  assert.ok(!b.includes('"related"'));
  assert.ok(!b.includes('array(2)'));
  assert.ok(!b.includes('=>'));
  assert.ok(b.includes('three days'));
  assert.ok(r.removed.some((x) => x.reason === 'serialized PHP dump'));
  assert.ok(r.removed.some((x) => x.reason === 'JSON blob'));
});

test('HTML remnants are stripped and entities decoded, tags recorded as removed', () => {
  const r = cleanPlainText(
    'Title here\n\n<div class="article-body"><p>The mayor&#39;s plan &amp; budget passed.</p><br/>Council members voted 7&ndash;2.</div>',
  );
  const b = body(r);
  assert.ok(!/[<>]/.test(b));
  assert.ok(b.includes("The mayor's plan & budget passed."));
  assert.ok(b.includes('voted 7–2'));
  assert.ok(r.removed.some((x) => x.reason === 'html remnant'));
});

test('a trailing related-links block is cut, but a closing prose paragraph after a header word is not', () => {
  const r = cleanPlainText(
    'Election results\n\nThe ruling party won a narrow majority, results showed.\n\nRelated articles\nOpposition cries foul\nTurnout hits record low\nWho is the new PM\n',
  );
  assert.equal(body(r), 'The ruling party won a narrow majority, results showed.');
  assert.ok(r.removed.some((x) => x.reason === 'related links / comments block'));
  const r2 = cleanPlainText('Comments\n\nComments\n\nThe minister said the comments were taken out of context and she would not resign.');
  assert.ok(body(r2).includes('taken out of context'));
});

test('hard-wrapped paragraphs are joined, one-paragraph-per-line text is kept as is', () => {
  const wrapped =
    'Wire story\n\nThe government announced on Monday a plan to cut\nemissions by half before the end of the decade,\na target critics called unrealistic.\n\nSecond paragraph.';
  const r = cleanPlainText(wrapped);
  assert.equal(r.paragraphs.length, 2);
  assert.ok(r.paragraphs[0]!.startsWith('The government announced on Monday a plan to cut emissions'));
  const lines = 'T\n\nFirst sentence is here.\nSecond paragraph sentence.\nThird one.';
  assert.equal(cleanPlainText(lines).paragraphs.length, 3);
});

test('a standalone date line and a byline near the top become metadata, not text', () => {
  const r = cleanPlainText('Quake strikes coast\nWed Nov 9, 2016 16:51:35\nBy Maria Lopez and John Smith\n\nA strong earthquake struck the coast.', {
    isDateLine,
  });
  assert.deepEqual(
    r.headerLines.map((h) => h.kind),
    ['date', 'byline'],
  );
  assert.equal(body(r), 'A strong earthquake struck the coast.');
  assert.ok(!isDateLine('The talks on November 9, 2016 were held in Moscow between the two delegations.'));
});

test('control characters such as NUL never reach an article', async () => {
  const { extract } = await import('../src/extract/index.js');
  const a = extract({
    id: 'x',
    origin: { kind: 'jsonl', path: '-', line: 1 },
    format: 'text',
    bytes: new Uint8Array(),
    body: 'Title\n\nBody with a NUL\u0000 and a bell\u0007 inside.',
    fetchedAt: '',
    hints: {},
  });
  assert.ok('text' in a);
  assert.equal((a as { text: string }).text, 'Body with a NUL and a bell inside.');
});

test('soft hyphens are dropped, so a word broken for line wrapping reads whole (`Afgha\u00adnistan`)', () => {
  const r = cleanPlainText('Hilfe für Afgha\u00adnistan\n\nDas Welternährungs\u00adprogramm warnt vor einer Hungersnot in Afgha\u00adnistan und im Sudan.\n');
  assert.ok(body(r).includes('Welternährungsprogramm warnt vor einer Hungersnot in Afghanistan'), body(r));
  assert.ok(!body(r).includes('\u00ad'));
});
