// German: one capitalised word no lexicon knows right after a common noun is the name that noun describes (`der
// Fachzeitschrift Nature`); not after a sentence's first word, a stopword or an adjective (`Deines Hundes`, `Roten Rathaus`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const names = (text: string) => analyze(text, { language: 'de' }).entities.map((e) => e.name);

test('a word no lexicon knows after a common noun is a name: a journal, a unit, a spaceport', () => {
  assert.ok(names('Die Studie erschien in der Fachzeitschrift Nature.').includes('Nature'));
  assert.ok(names('Die Rakete startete vom Weltraumbahnhof Kourou in Französisch-Guayana.').includes('Kourou'));
});

test('after a stopword, an adjective or the first word of a sentence a lone capital stays no name', () => {
  assert.deepEqual(names('Daher solltest Du die Pfotenballen Deines Hundes im Winter gut pflegen.'), []);
  assert.deepEqual(names('Wollen Sanierer eine Wärmepumpe nachrüsten, sollten sie rechnen.'), []);
  assert.ok(!names('Der Bürgermeister sprach im Roten Rathaus von einem Erfolg.').includes('Rathaus'));
});
