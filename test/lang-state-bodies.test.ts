// German bodies named by one noun, a state's prefix and a body's word (`Bundesgerichtshof`, `Landeskriminalamt`): an
// organisation, in the genitive too; a government's or a title's compound is none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const names = (text: string): string[] => analyze(text, { language: 'de' }).entities.map((e) => `${e.name}|${e.type}`);

test("German: a state's prefix and a body's noun in one word name an organisation (Bundesgerichtshof, Bundesnetzagentur)", () => {
  const got = names(
    'Der Bundesgerichtshof entschied am Dienstag. Die Bundesnetzagentur warnte vor Engpässen. Das Landeskriminalamt ermittelt, die Bundesanwaltschaft klagte an.',
  );
  for (const body of ['Bundesgerichtshof', 'Bundesnetzagentur', 'Landeskriminalamt', 'Bundesanwaltschaft'])
    assert.ok(got.includes(`${body}|org`), got.join(', '));
});

test('German: a state body in the genitive and after an adjective is one organisation (Bundesverfassungsgerichts, Bayerische Landeskriminalamt)', () => {
  const got = names('Nach einem Urteil des Bundesverfassungsgerichts warnte das Bayerische Landeskriminalamt.');
  assert.ok(got.includes('Bundesverfassungsgerichts|org'), got.join(', '));
  assert.ok(got.includes('Bayerische Landeskriminalamt|org'), got.join(', '));
});

test('German: a compound on a state prefix that names no body is no name (Bundesminister, Bundesländer)', () => {
  const got = names('Der Bundesminister kam. Die Bundesländer sind zufrieden.');
  assert.deepEqual(got, []);
});

test("German: a body's head word and its field name one organisation though the field alone is a known name (Bundesamt für Verfassungsschutz)", () => {
  const got = names('Das Bundesamt für Verfassungsschutz beobachtet die Partei. Der Europäische Gerichtshof für Menschenrechte urteilte.');
  assert.ok(got.includes('Bundesamt für Verfassungsschutz|org'), got.join(', '));
  assert.ok(got.includes('Europäische Gerichtshof für Menschenrechte|org'), got.join(', '));
  assert.ok(!got.includes('Verfassungsschutz|org'), got.join(', '));
});

test("German: a known place's genitive is the place, though the noun lexicon lists the word (Bayerns)", () => {
  assert.ok(analyze('Die Hauptstadt Bayerns feiert.', { language: 'de' }).entities.some((e) => e.name === 'Bayern' && e.type === 'place'));
});

test("German: a known place's genitive before a title names the place, and the titled person still speaks (Bochums Kapitän)", () => {
  const a = analyze('Bayerns Ministerpräsident Markus Söder hat gefordert. Bochums Kapitän Anthony Losilla haderte: „Der Elfmeter war falsch.“', {
    language: 'de',
  });
  const got = a.entities.map((e) => `${e.name}|${e.type}`);
  assert.ok(got.includes('Bayern|place') && got.includes('Bochum|place'), got.join(', '));
  assert.ok(got.includes('Markus Söder|person'), got.join(', '));
  assert.equal(a.quotes[0]?.speaker?.name, 'Anthony Losilla');
});

test('a body and its seat make one name: a compound of an institution, an organisation before a place, a number after (German)', () => {
  const orgs = (text: string): string[] =>
    analyze(text, { language: 'de' })
      .entities.filter((e) => e.type === 'org')
      .map((e) => e.name);
  assert.ok(orgs('Die Generalstaatsanwaltschaft Dresden hat Haftbefehl beantragt.').includes('Generalstaatsanwaltschaft Dresden'));
  assert.ok(orgs('Die Verbraucherzentrale Hessen kündigte an, den Fall weiterzuverfolgen.').includes('Verbraucherzentrale Hessen'));
  assert.ok(orgs('Laut Staatsanwaltschaft München I entstand ein Schaden von 3 Milliarden Euro.').includes('Staatsanwaltschaft München I'));
  assert.ok(!orgs('Die Hansestadt Hamburg feiert ihren Hafengeburtstag.').some((n) => n.includes('Hamburg')));
});
