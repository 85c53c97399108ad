// Boilerplate of many languages (data/lang/*/boilerplate.json) is cut from plain text and from pages; article text stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPlainText } from '../src/extract/text-clean.js';
import { extractHtml } from '../src/extract/html/index.js';
import { isBoilerplateLead, isBoilerplateLine, isCaptionLine, isTailHeading } from '../src/lang/index.js';
import { DE_POLITICS, FR_POLITICS, PT_ECONOMY, RU_POLITICS } from './lang-articles.js';

test('furniture lines of each language are recognised, article sentences are not', () => {
  for (const l of [
    'Alle Nachrichten',
    'Kommentare',
    'Teilen',
    'Leia mais',
    'Lire aussi',
    'Читайте также',
    'اقرأ أيضا',
    'Leggi anche',
    'Compartir',
    '» Teilen:',
  ])
    assert.ok(isBoilerplateLine(l), l);
  for (const l of [
    'Die Kommentare des Kanzlers waren scharf.',
    'Teilen Sie diese Meinung nicht?',
    'Putin',
    'Leia mais sobre a economia no próximo ano, disse o ministro.',
  ])
    assert.ok(!isBoilerplateLine(l), l);
  assert.ok(isBoilerplateLead('Lire aussi : Emmanuel Macron en visite à Berlin'));
  assert.ok(isBoilerplateLead('Читайте также: Путин провел переговоры с Макроном'));
  assert.ok(!isBoilerplateLead('Macron: « Nous sommes prêts »'));
  assert.ok(isTailHeading('Weitere Themen') && isTailHeading('Sur le même sujet') && !isTailHeading('Nicht bloß mehr Geld im Sinn'));
  assert.ok(isTailHeading('Weitere Videos') && !isTailHeading('Weitere Verhandlungen folgen im Oktober'));
});

test('a short heading that ends with a recommendation phrase opens the tail; a sentence with that ending does not', () => {
  for (const l of [
    'Diese Artikel könnten euch auch interessieren:',
    'Das Thema könnte dich auch interessieren:',
    'Stories you might also like',
    'Ces articles pourraient vous intéresser',
    'Estas noticias te pueden interesar',
  ])
    assert.ok(isTailHeading(l), l);
  for (const l of [
    'Die Ministerin sagte, die neuen Regeln würden viele Familien in den kommenden Jahren auch interessieren',
    'Auch interessieren',
    'Interessieren',
  ])
    assert.equal(isTailHeading(l), l === 'Auch interessieren', l);
});

test('a page whose article ends in "Diese Artikel könnten euch auch interessieren:" loses the teasers after it', () => {
  const para = (s: string): string => `<p>${s} ${'Die Wolle stammt aus Betrieben, die ohne Mulesing arbeiten und ihre Tiere gut halten. '.repeat(3)}</p>`;
  const html = `<html><body><article><h1>Fair Fashion Strick</h1>${para('Strick ist warm.')}${para('Strick ist fair.')}${para('Strick hält lange.')}
    <h3>Diese Artikel könnten euch auch interessieren:</h3><p>Faible and Failure – Fair Fashion Strickmode aus Hamburg</p>
    <p>Fairer Strick ist schick – Kuschelige Pullover</p></article></body></html>`;
  const x = extractHtml(html);
  assert.ok(x.text.includes('Strick hält lange.'));
  assert.ok(!x.text.includes('Faible and Failure'), x.text);
  assert.ok(!x.text.includes('auch interessieren'));
});

test('the text cleaner drops furniture lines in German, French, Portuguese and Russian articles', () => {
  for (const [body, junk] of [
    [`Alle Nachrichten\n\n${DE_POLITICS}\n\nTeilen\n\nKommentare`, ['Alle Nachrichten', 'Teilen', 'Kommentare']],
    [FR_POLITICS, ['Lire aussi']],
    [PT_ECONOMY, ['Leia mais']],
    [RU_POLITICS, ['Читайте также']],
  ] as [string, string[]][]) {
    const c = cleanPlainText(body, { title: null });
    for (const j of junk) assert.ok(!c.paragraphs.includes(j), `${j} kept`);
    assert.ok(
      c.paragraphs.some((p) => p.length > 80),
      'the article text stays',
    );
  }
});

test('a German page: the tail after "Weitere Themen" and share/comment lines are cut, the article stays', () => {
  const para = (s: string): string => `<p>${s}</p>`;
  const body = DE_POLITICS.split('\n').map(para).join('');
  const html = `<html><head><title>Putin lobt Gespräche</title></head><body><article><h1>Putin lobt Gespräche</h1>${body}
    <p>Teilen</p><h3>Weitere Themen</h3><p>Bundesliga: Bayern gewinnt gegen Dortmund mit 3:1 und baut die Tabellenführung weiter aus, berichtet die Redaktion.</p>
    <p>Wetter: Am Wochenende wird es in ganz Deutschland sonnig und warm, sagen die Meteorologen des Deutschen Wetterdienstes voraus.</p></article></body></html>`;
  const x = extractHtml(html, { url: 'https://www.example.de/politik/putin-lobt-gespraeche-100.html' });
  assert.match(x.text, /Wir sind bereit/);
  assert.doesNotMatch(x.text, /Teilen|Weitere Themen|Bundesliga|Wetter/);
});

test('image captions and credits in several languages are recognised; sentences that mention photos are not', () => {
  for (const l of [
    'Foto: dpa',
    'Crédits photos : Bestimage',
    'Фото: ТАСС',
    'Foto © Peter Steiger',
    '© Reuters',
    'Bild: Picture Alliance / dpa',
    'Fotografía: EFE',
    'Roman Prymula, photo: Archives du Gouvernement tchèque',
    'Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)',
    'Angus Barbieri mając 27 lat, ważył 206 kilogramów /domena publiczna',
    'Abbildung: Vergleich auf dem Aletschgletscher. Unsere quantifizierten Variationen der Schneehöhe (links) passen optisch sehr gut mit beobachteten Variationen des Schneeaufkommens (rechts) zusammen.',
  ])
    assert.ok(isCaptionLine(l), l);
  for (const l of [
    'Das Foto zeigt den Kanzler beim Besuch in Kiew, wo er mit Selenskyj sprach.',
    'Photographers gathered outside the court on Monday.',
    'Putin: Wir sind bereit',
    'Berlin, Bild: die Zeitung berichtet über den Streit in der Koalition und über die Folgen für die Wahl im Herbst, die alle betrifft.',
    'Die Strecke ist 120 km/h schnell und führt über die A7 (Hamburg/Hannover).',
  ])
    assert.ok(!isCaptionLine(l), l);
});

test('a counted heading opens the tail like the heading alone: "3 Kommentare", "12 Commentaires"', () => {
  assert.ok(isTailHeading('3 Kommentare'));
  assert.ok(isTailHeading('12 Commentaires'));
  assert.ok(!isTailHeading('3 Kommentare zu dem Gesetz, die der Minister gestern las'));
  assert.ok(!isTailHeading('2021 Bundestagswahl'));
});
