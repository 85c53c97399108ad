// A quotation in a German sentence of the reported mood (Konjunktiv I) with no cue goes on with the speaker before, unless
// the sentence names someone else or reads the words from a document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const quoteOf = (text: string, prefix: string) => analyze(text, { language: 'de' }).quotes.find((q) => q.text.startsWith(prefix));

test('a quotation in a sentence of the Konjunktiv continues the speaker of the quotation before', () => {
  const text =
    'Nur 62 Prozent der Fernzüge waren pünktlich. »Wir sind mit diesem Ergebnis nicht zufrieden«, erklärte Bahnchefin Evelyn Palla. Die Sanierung des Netzes werde aber »Jahre und nicht Monate dauern«.';
  assert.equal(quoteOf(text, 'Jahre und nicht')?.speaker?.entity, 'Evelyn Palla');
});

test('not when the sentence names an organisation or reads from a document', () => {
  const named =
    'Verkehrsminister Christian Bernreiter sprach von einer „außergewöhnlichen Lage“. Kritik kam vom ADAC: Die Warnungen seien „viel zu spät bei den Autofahrern angekommen“.';
  assert.notEqual(quoteOf(named, 'viel zu spät')?.speaker?.entity, 'Christian Bernreiter');
  const read =
    '„Das ist ein wichtiger Schritt“, sagte Studienleiterin Carmen Scheibenbogen. Betroffene würden oft als »eingebildete Kranke« abgestempelt, heißt es in der Studie.';
  assert.notEqual(quoteOf(read, 'eingebildete Kranke')?.speaker?.entity, 'Carmen Scheibenbogen');
});
