// German surnames with particles (`Ursula von der Leyen`, `Karl-Theodor zu Guttenberg`): the particles belong to the
// name, the surname keeps them where it stands alone, and one entity takes every form; a body after them is no surname.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const de = (text: string) => analyze(text, { language: 'de' });
const names = (text: string): string[] => de(text).entities.map((e) => `${e.name}|${e.type}`);

test('German: a given name, the particles and the surname name one person (von der Leyen, zu Guttenberg, Van der Bellen)', () => {
  const got = names(
    'EU-Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew. Karl-Theodor zu Guttenberg und Bundespräsident Alexander Van der Bellen kamen auch.',
  );
  assert.ok(got.includes('Ursula von der Leyen|person'), got.join(', '));
  assert.ok(got.includes('Karl-Theodor zu Guttenberg|person'), got.join(', '));
  assert.ok(got.includes('Alexander Van der Bellen|person'), got.join(', '));
});

test('German: the surname alone keeps its particles, at a sentence start or inside one, and is the same person', () => {
  const a = de('Ursula von der Leyen reiste nach Kiew. Von der Leyen kündigte Hilfen an. Später sagte von der Leyen: „Es geht voran.“');
  const person = a.entities.find((e) => e.name === 'Ursula von der Leyen');
  assert.ok(person, a.entities.map((e) => e.name).join(', '));
  assert.deepEqual([...person.aliases].sort(), ['Ursula von der Leyen', 'Von der Leyen', 'von der Leyen'].sort());
  assert.equal(a.quotes[0]?.speaker?.name, 'von der Leyen');
});

test('German: a title before the given name stays out of a particled name (Reeder Klaus-Peter von der Heydt)', () => {
  assert.ok(names('Der Hamburger Reeder Klaus-Peter von der Heydt ist tot.').includes('Klaus-Peter von der Heydt|person'));
});

test('German: after particles with an article a body or a common noun is no surname (Anna von der Caritas, von der Polizei)', () => {
  const got = names('Anna von der Caritas half. Olaf Scholz sprach mit Michael von der Polizei.');
  assert.ok(!got.some((e) => /Caritas\|person|Polizei\|person/.test(e)), got.join(', '));
  assert.ok(got.includes('Olaf Scholz|person'), got.join(', '));
});

test('after a given name and its surname a noun the lexicon knows is no part of the name; an organisation’s head word is', () => {
  const names = (text: string): string[] => analyze(text, { language: 'de' }).entities.map((e) => e.name);
  const de = 'Der frühere Manager Jan Marsalek soll gemeinsam mit anderen Jan Marsalek Bilanzen gefälscht haben.';
  assert.ok(names(de).includes('Jan Marsalek') && !names(de).some((n) => n.includes('Bilanzen')));
  assert.ok(names('Der Roman ist im Carl Hanser Verlag erschienen.').includes('Carl Hanser Verlag'));
});

test('a closed compound whose last part is a noun is a common noun, not part of the name after it (Stadtteile Wilhelmsburg)', () => {
  const names = (text: string): string[] => analyze(text, { language: 'de' }).entities.map((e) => e.name);
  const de = 'Eine Rauchwolke zog über die Stadtteile Wilhelmsburg und Veddel. Sachsens Landesverband der Partei widersprach.';
  assert.ok(names(de).includes('Wilhelmsburg') && !names(de).some((n) => n.includes('Stadtteile') || n.includes('Landesverband')));
  assert.ok(names('Das Urteil des Landgerichts Frankfurt ist rechtskräftig.').includes('Landgerichts Frankfurt'));
});
