// Quotes read in an organisation's document (`говорится в сообщении ведомства`, `si legge in una nota`), and subjects that a preposition or a title's domain is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test("a quote read in a document is the document's organisation's: named after the phrase, or the one named before", () => {
  const it =
    'La Fiorentina ha deciso di non cambiare allenatore dopo la quarta sconfitta. «La società esprime piena fiducia nello staff», si legge in una nota diffusa dal club.';
  assert.equal(speakerOf(it, 'it', 'La società'), 'Fiorentina');
  const de =
    'Die Deutsche Bahn hat den Fernverkehr im Norden eingestellt. „Wir bitten alle Reisenden um Verständnis“, hieß es in einer Mitteilung des Konzerns.';
  assert.equal(speakerOf(de, 'de', 'Wir bitten'), 'Deutsche Bahn');
  const es = '«El jugador ya ha comenzado la recuperación», se lee en el comunicado de la Real Federación Española de Fútbol.';
  assert.equal(speakerOf(es, 'es', 'El jugador'), 'Real Federación Española de Fútbol');
});

test('a document with no organisation named before or in it gives the quote no speaker', () => {
  const it = 'Caldo record nel fine settimana. "Si raccomanda di evitare il sole nelle ore centrali", si legge nel documento.';
  assert.equal(speakerOf(it, 'it', 'Si raccomanda'), null);
});

test("a name after a preposition is no subject of the cue after it, and an organisation before a person's name is the title's domain", () => {
  const ru1 = 'Главный тренер СКА Олег Самойлов после поражения от ЦСКА признал: «Во втором периоде мы просто перестали играть».';
  assert.equal(speakerOf(ru1, 'ru', 'Во втором'), 'Олег Самойлов');
  const ru2 = 'Депутат Госдумы Сергей Мальцев, впрочем, сомневается: «Через полгода мы вернёмся к этому разговору».';
  assert.equal(speakerOf(ru2, 'ru', 'Через полгода'), 'Сергей Мальцев');
  // an article is no preposition, though Portuguese writes both `a`
  const pt = 'A Petrobras informou, em nota divulgada no domingo, que "não há risco de desabastecimento de combustíveis no país".';
  assert.equal(speakerOf(pt, 'pt', 'não há risco'), 'Petrobras');
});
