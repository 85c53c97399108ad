// The language of a long text is read along it, not from its first lines alone: a notice above the article names no language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../src/extract/language.js';

const NOTICE =
  'This article has been translated automatically. It might contain mistakes or wrong information. If you have any doubts, please read the original version in German. ' +
  'Este artículo es el resultado de una traducción automática. Puede contener errores e informaciones falsas. En caso de dudas, por favor consulte la versión original en alemán.';

const GERMAN = [
  'Der Gemeinderat hat am Dienstagabend mit großer Mehrheit beschlossen, das alte Hallenbad an der Bahnhofstraße bis zum Herbst zu sanieren.',
  'Die Kosten von rund vier Millionen Euro sollen zur Hälfte aus Fördermitteln des Landes getragen werden, den Rest übernimmt die Stadt.',
  'Bürgermeisterin Petra Lang sagte nach der Sitzung, man habe lange über einen Neubau gesprochen, doch die Sanierung sei schneller und günstiger.',
  'Während der Bauarbeiten bleibt das Bad geschlossen; die Schulen weichen für den Schwimmunterricht in die Nachbargemeinde aus.',
  'Der Förderverein des Bades kündigte an, mit einem Sommerfest am Marktplatz weitere Spenden für eine neue Rutsche sammeln zu wollen.',
  'Kritik kam von der Opposition, die vor steigenden Betriebskosten warnte und eine Prüfung durch einen unabhängigen Gutachter verlangt hatte.',
  'Die Verwaltung soll dem Rat bis Ende Mai einen Zeitplan vorlegen, aus dem auch hervorgeht, wann die Ausschreibungen beginnen.',
  'Anwohner hatten in den vergangenen Monaten mehrfach über den Zustand des Gebäudes geklagt, dessen Dach an mehreren Stellen undicht ist.',
  'Nach Angaben der Stadtwerke wurden im vergangenen Jahr trotz der Mängel mehr als achtzigtausend Besucher gezählt, so viele wie nie zuvor.',
  'Die Sanierung umfasst neben dem Dach auch die Lüftung, die Umkleiden und einen barrierefreien Zugang vom Parkplatz aus.',
].join('\n\n');

test('a German article under an English and Spanish notice is German, and the note says the windows disagreed', () => {
  const r = detectLanguage(`${NOTICE}\n\n${GERMAN}`);
  assert.equal(r.value, 'de');
  assert.match(r.note ?? '', /windows read as .*de \d.*its head as '(en|es)'/);
});

test('a German article read along its length is German with no note', () => {
  const r = detectLanguage(GERMAN);
  assert.equal(r.value, 'de');
  assert.equal(r.note, undefined);
});

test('a short text is read from its head alone', () => {
  const r = detectLanguage(`${NOTICE}\n\n${GERMAN.slice(0, 300)}`);
  assert.notEqual(r.value, 'de');
  assert.equal(r.note, undefined);
});

test('an English article with a German quotation at its middle stays English: the windows along it outvote the middle', () => {
  const en =
    'The city council voted on Tuesday evening to renovate the old indoor pool on Station Street by the autumn, after months of debate about a new building. ' +
    'About four million euros will come from the state, and the town will pay the rest, the mayor told reporters after the meeting. ';
  const quoted =
    'Ein Zeitungsbericht zitierte die Bürgermeisterin: „Wir haben lange über einen Neubau gesprochen, doch die Sanierung ist schneller und günstiger.“ ';
  const r = detectLanguage(`${en.repeat(3)}\n${quoted}\n${en.repeat(3)}`);
  assert.equal(r.value, 'en');
  assert.match(r.note ?? '', /en \d, de 1/, 'the quotation opens the middle window, the other windows outvote it');
});
