// German organisations that every rule for names would miss, as each of their words is a noun: a body's head word and
// its field (`Bundesamt für Migration und Flüchtlinge`), and a name hyphenated to a head word (`Robert-Koch-Institut`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const orgs = (text: string): string[] =>
  analyze(text, { language: 'de' })
    .entities.filter((e) => e.type === 'org')
    .map((e) => e.name);

test("a body's head word, `für` and its field name an organisation, the field's words joined by `und` too", () => {
  assert.deepEqual(orgs('Das Bundesamt für Migration und Flüchtlinge prüft den Antrag seit Monaten.'), ['Bundesamt für Migration und Flüchtlinge']);
  assert.deepEqual(orgs('Nach Angaben des Instituts für Weltwirtschaft wächst der Handel kaum.'), ['Instituts für Weltwirtschaft']);
});

test('a word that heads no organisation before `für` names none (`der Preis für Frieden`)', () => {
  assert.deepEqual(orgs('Der Preis für Frieden und Verständigung geht in diesem Jahr an eine Schule.'), []);
});

test('a name hyphenated to an organisation head word is an organisation, in the genitive too; a noun hyphenated to one is not', () => {
  assert.deepEqual(orgs('Das Robert-Koch-Institut meldet neue Fälle.'), ['Robert-Koch-Institut']);
  assert.deepEqual(orgs('Forscher des Max-Planck-Instituts haben die Daten ausgewertet.'), ['Max-Planck-Instituts']);
  assert.ok(!orgs('Mehrere Tierschutz-Organisation haben sich beschwert.').includes('Tierschutz-Organisation'));
});
