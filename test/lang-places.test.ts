// Places from the cities of a language's countries, given names that are no months, organisations after their common noun.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { placeNames } from '../src/lang/places.js';

const entity = (text: string, language: string, name: string) => analyze(text, { language }).entities.find((e) => e.name === name);

test("a German town no list of ours holds is a place (the cities of the language's countries), a noun of the lexicon is not", () => {
  const de = placeNames('de', ['DE', 'AT', 'CH'], true);
  assert.ok(de.has('Zwickau') && de.has('Stendal'));
  assert.ok(!de.has('Zug'), 'Zug is a German noun as well as a Swiss town');
  const got = entity('Die Polizei in Zwickau ermittelt seit Montag gegen zwei Männer aus Stendal.', 'de', 'Zwickau');
  assert.equal(got?.type, 'place');
});

test('a place that is the surname of a person named in the text is that person (Montero)', () => {
  const a = analyze('La ministra María Jesús Montero defendió el modelo. «Nadie sale perdiendo con este sistema», aseguró Montero.', { language: 'es' });
  assert.equal(a.quotes[0]?.speaker?.entity, 'María Jesús Montero');
  assert.ok(!a.entities.some((e) => e.name === 'Montero' && e.type === 'place'));
});

test('a given name is no month (Marco opening a sentence), and a name after an organisation noun is an organisation', () => {
  assert.equal(entity('Marco Bellini ha attaccato la giunta regionale.', 'it', 'Marco Bellini')?.type, 'person');
  assert.equal(entity('Le groupe Renault a annoncé jeudi un plan de départs.', 'fr', 'Renault')?.type, 'org');
  assert.equal(entity("Lo ha detto il governatore della Banca d'Italia Fabio Panetta a Roma.", 'it', 'Fabio Panetta')?.type, 'person');
});

test('a quote after a colon belongs to the subject an apposition closes; an indefinite noun phrase after a cue names no one', () => {
  const fr = analyze('Le maire, Paul Le Goff, se veut rassurant : « La piscine rouvrira avant la rentrée de septembre. »', { language: 'fr' });
  assert.equal(fr.quotes[0]?.speaker?.entity, 'Paul Le Goff');
  const pt = analyze('"Nunca vi nada parecido em trinta anos morando aqui", relatou um morador do bairro Menino Deus.', { language: 'pt' });
  assert.equal(pt.quotes[0]?.speaker ?? null, null);
});

test('clubs and compounds ending in an organisation word are organisations (FC Bayern, Handelsverband Hessen, Asamblea Legislativa)', () => {
  assert.equal(entity('Am Samstag empfängt der FC Bayern den VfL Wolfsburg.', 'de', 'FC Bayern')?.type, 'org');
  assert.equal(entity('Das kritisierte am Montag auch der Handelsverband Hessen in einer Mitteilung.', 'de', 'Handelsverband Hessen')?.type, 'org');
  assert.equal(entity('La sesión de la Asamblea Legislativa terminó de madrugada.', 'es', 'Asamblea Legislativa')?.type, 'org');
});
