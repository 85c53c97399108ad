// Types of names outside English that no list holds: a person's full-name shape, the head words of places and events, German streets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

const typeOf = (text: string, language: string, name: string) => analyze(text, { language }).entities.find((e) => e.name === name)?.type;

test('a full name whose first name no list holds is a person (Kylian Mbappé, Vangelis Pavlidis)', () => {
  assert.equal(typeOf('El delantero Kylian Mbappé volvió a marcar en el Bernabéu el domingo.', 'es', 'Kylian Mbappé'), 'person');
  assert.equal(typeOf('O avançado Vangelis Pavlidis marcou dois golos na vitória do Benfica.', 'pt', 'Vangelis Pavlidis'), 'person');
});

test('a run holding a word the text also writes in lower case, or an organisation word, is no person by its shape', () => {
  // `Nacional` is also written small in the text; `Banco` heads an organisation
  const pt = 'A Força Nacional chegou ao estado na segunda-feira. A força nacional ficará por 90 dias.';
  assert.notEqual(typeOf(pt, 'pt', 'Força Nacional'), 'person');
  assert.equal(typeOf('O Banco Santander anunciou lucros recordes no trimestre.', 'pt', 'Banco Santander'), 'org');
});

test("a run opening with a place's head word is a place, with an event's or a law's head word something else", () => {
  assert.equal(typeOf('O jogo decisivo será disputado no Estádio da Luz, em Lisboa.', 'pt', 'Estádio da Luz'), 'place');
  assert.equal(typeOf('Os manifestantes seguiram pela Rua Augusta até ao Terreiro.', 'pt', 'Rua Augusta'), 'place');
  assert.equal(typeOf('Les supporters se sont rassemblés Place Bellecour dès midi.', 'fr', 'Place Bellecour'), 'place');
  assert.equal(typeOf('A Polícia Federal deflagrou nesta terça a Operação Lava Jato em três estados.', 'pt', 'Operação Lava Jato'), 'other');
  assert.equal(typeOf('La finale de la Coupe Gambardella aura lieu au printemps.', 'fr', 'Coupe Gambardella'), 'other');
});

test('a German word ending as streets and squares do is a place unless the noun lexicon knows it and its first part is no noun (Alexanderplatz; not Marktplatz)', () => {
  assert.equal(typeOf('Nach einer Messerattacke am Alexanderplatz ermittelt die Polizei.', 'de', 'Alexanderplatz'), 'place');
  assert.equal(typeOf('In Bad Homburg soll die Louisenstraße zur Fußgängerzone werden.', 'de', 'Louisenstraße'), 'place');
  assert.equal(typeOf('Der Wochenmarkt auf dem Marktplatz fällt am Samstag aus.', 'de', 'Marktplatz'), undefined);
  assert.equal(typeOf('Wer einen Arbeitsplatz in der Stadt sucht, hat es leichter.', 'de', 'Arbeitsplatz'), undefined);
});

test('in Russian the shape of a run says no person (its case may not be the subject): the speaker stays the one named before', () => {
  const ru =
    'Министр иностранных дел России Сергей Лавров провел переговоры со своим коллегой Хаканом Фиданом. «Мы договорились продолжить консультации», — заявил глава российского МИД.';
  assert.equal(speakerOf(ru, 'ru', 'Мы договорились'), 'Sergey Lavrov');
});

test('a name completing the noun of a phrase after the cue is not its speaker (`ante los micrófonos de Movistar Plus`)', () => {
  const es = 'Diego Simeone evitó buscar excusas tras el partido. «El equipo no compitió como debía», reconoció ante los micrófonos de Movistar Plus.';
  assert.equal(speakerOf(es, 'es', 'El equipo'), 'Diego Simeone');
});

test("a country named in the language and a region of the language's countries are places (Südafrika, Nordrhein-Westfalen, Espanha)", () => {
  assert.equal(typeOf('Die Baumwolle stammt zum Beispiel aus Südafrika und Patagonien.', 'de', 'Südafrika'), 'place');
  assert.equal(typeOf('Die Landesregierung in Nordrhein-Westfalen will den Plan prüfen.', 'de', 'Nordrhein-Westfalen'), 'place');
  assert.equal(typeOf('O acordo com a Espanha foi assinado em Lisboa.', 'pt', 'Espanha'), 'place');
  assert.equal(typeOf("Les élus d'Île-de-France ont voté le budget des transports.", 'fr', 'Île-de-France'), 'place');
});

test('German: a capitalised adjective inside a sentence opens a name with the noun after it; a noun that ends as adjectives do does not', () => {
  assert.equal(typeOf('Am Donnerstag hat die Europäische Zentralbank die Zinsen erneut gesenkt.', 'de', 'Europäische Zentralbank'), 'org');
  assert.equal(typeOf('Die Mannschaft will bei den Olympischen Spielen eine Medaille holen.', 'de', 'Olympischen Spielen'), 'other');
  const de = 'Die Abmahnungen fügen vielen Menschen Schaden zu, sagte der Anwalt.';
  assert.deepEqual(
    analyze(de, { language: 'de' }).entities.map((e) => e.name),
    [],
  );
});
