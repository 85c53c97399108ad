// A quotation in lower case inside a sentence with no cue of its own is the sentence subject's (`Adif atribuyó la incidencia
// a "un fallo eléctrico puntual"`), unless a naming phrase makes it a name (`conocida como «ley de vivienda»`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerIfAny, speakerOf } from './helpers/lang-speaker.js';

test('a short quotation inside a sentence is its subject’s, whatever the verb (es, de, it, pt, ru, fr)', () => {
  const es = 'Los trenes volvieron a circular a mediodía. Adif atribuyó la incidencia a "un fallo eléctrico puntual" y pidió disculpas.';
  assert.equal(speakerOf(es, 'es', 'un fallo eléctrico'), 'Adif');
  const de = 'Die Sperre dauert bis Freitag. Der ADAC rät Reisenden, die Region »großräumig zu umfahren«.';
  assert.equal(speakerOf(de, 'de', 'großräumig zu umfahren'), 'ADAC');
  const it = 'La riforma del fisco divide le imprese. Confindustria vede nella riforma «un freno alla crescita delle imprese».';
  assert.equal(speakerOf(it, 'it', 'un freno alla crescita'), 'Confindustria');
  const pt =
    'O Sindicato dos Médicos garantiu apoio. A Ordem dos Médicos saudou a decisão, mas lembrou que os centros de saúde estão «no limite da capacidade».';
  assert.equal(speakerOf(pt, 'pt', 'no limite da capacidade'), 'Ordem dos Médicos');
  const ru = 'Совет директоров собрался в пятницу. Министр финансов Антон Силуанов назвал новый бюджет «сбалансированным и ответственным».';
  assert.equal(speakerOf(ru, 'ru', 'сбалансированным и ответственным'), 'Антон Силуанов');
  // a person named after a preposition is no subject: the first one named before it is
  const fr = 'Auteur d’un doublé face à Lens, Ousmane Dembélé a savouré « une soirée magique » devant son public.';
  assert.equal(speakerOf(fr, 'fr', 'une soirée magique'), 'Ousmane Dembélé');
  // in German a noun may open it, after a word of the sentence in lower case
  const noun = 'Das Urteil fiel am Mittwoch. Der Deutsche Mieterbund feierte den „Sieg für alle Mieter“ mit einer Kundgebung.';
  assert.equal(speakerOf(noun, 'de', 'Sieg für alle'), 'Deutsche Mieterbund');
});

test('a naming phrase, a capital, one word or an according phrase keep the quotation from the subject (es, ru, it, fr)', () => {
  const named = 'El Tribunal Constitucional ha avalado la Ley por el Derecho a la Vivienda, conocida como «ley de vivienda», en una sentencia.';
  assert.equal(speakerIfAny(named, 'es', 'ley de vivienda'), null);
  const ru = 'Госдума приняла в первом чтении законопроект о так называемом «цифровом рубле для бюджетников».';
  assert.equal(speakerIfAny(ru, 'ru', 'цифровом рубле'), null);
  const title = 'Il regista Paolo Sorrentino presenterà a Venezia il suo nuovo film «La grazia» in concorso.';
  assert.equal(speakerIfAny(title, 'it', 'La grazia'), null);
  const word = 'La compagnie Air France applique « scrupuleusement » les règles européennes.';
  assert.equal(speakerIfAny(word, 'fr', 'scrupuleusement'), null);
  const unnamed = 'Selon un conseiller de Matignon, le calendrier « pourrait encore glisser de quelques semaines ».';
  assert.notEqual(speakerIfAny(unnamed, 'fr', 'pourrait encore glisser'), 'Matignon');
});

test('a second quotation in lower case joined by `et`, `und` keeps the speaker of the first (fr, de)', () => {
  const fr = "Mathilde Panot a dénoncé « un texte vidé de sa substance » et promis de « continuer le combat » à l'Assemblée.";
  assert.equal(speakerOf(fr, 'fr', 'continuer le combat'), 'Mathilde Panot');
  const de = 'Friedrich Merz nannte den Kompromiss „tragfähig“ und versprach „schnelle Entlastungen für die Betriebe“.';
  assert.equal(speakerOf(de, 'de', 'schnelle Entlastungen'), 'Friedrich Merz');
  // someone else named between: no longer the first speaker's
  const other = 'Mathilde Panot a dénoncé « un texte vidé de sa substance » et Bruno Retailleau a promis « une loi de fermeté ».';
  assert.notEqual(speakerIfAny(other, 'fr', 'une loi de fermeté'), 'Mathilde Panot');
});

test('a partial quotation in a sentence a pronoun opens is said by the person the pronoun stands for (Он посоветовал … «…»)', () => {
  const ru =
    '«Морозы продлятся неделю», — рассказал глава Гидрометцентра Роман Вильфанд. Он посоветовал горожанам «не выходить из дома без необходимости» в выходные.';
  assert.equal(speakerOf(ru, 'ru', 'не выходить'), 'Роман Вильфанд');
});
