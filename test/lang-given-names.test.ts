// Given names of each language's people (data givenNames, written by a helper): a given name and a surname name a person
// though the surname is a common word elsewhere; a title's unknown domain before a person's name is no holder of its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const names = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => `${e.name}|${e.type}`);

test('German: less common given names open a person (Dörte, Bärbel, Carsten)', () => {
  const got = names('Die Inhaberin Dörte Kampmann ist zufrieden. Auch Bärbel Hoffmann und Carsten Schneider kamen.', 'de');
  for (const p of ['Dörte Kampmann', 'Bärbel Hoffmann', 'Carsten Schneider']) assert.ok(got.includes(`${p}|person`), got.join(', '));
});

test('Italian and Spanish: given names beyond the first hundred open a person (Tiziana, Begoña)', () => {
  assert.ok(names('Ha parlato anche Tiziana Ferrario, ieri a Roma.', 'it').includes('Tiziana Ferrario|person'));
  assert.ok(names('También habló Begoña Villacís en Madrid.', 'es').includes('Begoña Villacís|person'));
});

test("Russian: a title's domain no rule took, before a person's name, leaves the person the speaker (глава Сбербанка Герман Греф)", () => {
  const a = analyze('«Искусственный интеллект приносит банку деньги», — заявил глава Сбербанка Герман Греф на конференции.', { language: 'ru' });
  assert.equal(a.quotes[0]?.speaker?.name, 'Герман Греф');
});
