// Names with an article or preposition elided onto them in lower case (`l'Arpal`, `dall'Istat`): the token is no sighting
// of a common word, and the elision is no part of the name; a noun capitalised by convention (French `État`) is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

const names = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => e.name);

test("Italian and French: a capitalised word after an elided article inside a sentence is a name (l'Arpal, l'Arcom)", () => {
  assert.ok(names("Secondo l'Arpal, in poche ore sono caduti oltre 300 millimetri di pioggia.", 'it').includes('Arpal'));
  assert.ok(names("Le ministre a rencontré l'Arcom à Genève.", 'fr').includes('Arcom'));
});

test("Italian: a preposition elided onto a name is left out of it (dall'Istat -> Istat)", () => {
  const found = names("Secondo i dati diffusi dall'Istat, a ottobre il tasso di disoccupazione è sceso al 6 per cento.", 'it');
  assert.ok(found.includes('Istat'));
  assert.ok(!found.some((n) => n.startsWith("dall'")));
});

test("French: a noun the press capitalises by convention is no name (le chef de l'État, par l'État)", () => {
  assert.ok(!names("Le chef de l'État a plaidé pour un réveil stratégique de l'Europe.", 'fr').includes('État'));
  assert.ok(!names("Les travaux sont financés en partie par l'État et la région.", 'fr').includes('État'));
});

test("Italian: an acronym after an elided preposition is an organisation, and the person after it speaks (dell'INAF Chiara Benvenuti)", () => {
  const text =
    'Un gruppo di ricercatori ha individuato una galassia primordiale. Secondo l\'astrofisica dell\'INAF Chiara Benvenuti, "la scoperta potrebbe cambiare ciò che sappiamo".';
  assert.equal(analyze(text, { language: 'it' }).entities.find((e) => e.name === 'INAF')?.type, 'org');
  assert.equal(speakerOf(text, 'it', 'la scoperta'), 'Chiara Benvenuti');
});

test("French: a name with its elided article before a known place joins it (l'Université Grenoble), and goes no further back", () => {
  const found = names("La sociologue Solène Marchetti, de l'Université Grenoble Alpes, espère un débat.", 'fr');
  assert.ok(found.includes('Université Grenoble'));
  assert.ok(!found.includes('Université'));
});
