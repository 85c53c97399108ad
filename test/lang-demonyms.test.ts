// Nationalities written with a capital (French `l'Italien`, `le Britannique`) are no part of a name and no name alone;
// more organisations' head words join a place after a connector (`Procura di Milano`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const entities = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => `${e.name}|${e.type}`);

test("French: a nationality's noun before a name is no part of it, and alone no name (L'Italien Jannik Sinner, le Britannique)", () => {
  const got = entities(
    "L'Italien Jannik Sinner a battu Carlos Alcaraz dimanche à Paris. Le Canadien Félix Auger-Aliassime a perdu. Le Britannique a gagné à Bercy.",
    'fr',
  );
  assert.ok(got.includes('Jannik Sinner|person'), got.join(', '));
  assert.ok(got.includes('Félix Auger-Aliassime|person'), got.join(', '));
  assert.ok(!got.some((e) => /Italien|Canadien|Britannique/.test(e)), got.join(', '));
});

test('German: a nationality before a name is no part of it, and a body named after its people keeps them (Deutsche Bahn)', () => {
  const got = entities('Der Belgier Jérémy Doku traf zum 2:0. Die Deutsche Bahn meldete Verspätungen.', 'de');
  assert.ok(got.includes('Jérémy Doku|person'), got.join(', '));
  assert.ok(
    got.some((e) => e.startsWith('Deutsche Bahn|')),
    got.join(', '),
  );
});

test("Italian: an office's head word, a connector and a known place name one body (Procura di Milano, Comune di Milano)", () => {
  const got = entities('Secondo la Procura di Milano, i fatti risalgono al 2023. Il Comune di Milano ha chiuso il parco.', 'it');
  assert.ok(got.includes('Procura di Milano|org'), got.join(', '));
  assert.ok(got.includes('Comune di Milano|org'), got.join(', '));
});

test('a name in capitals no list knows is a body after a preposition of place, not a place (в ГУ МЧС)', () => {
  const got = entities('«Пострадавших нет», — сообщили в ГУ МЧС по Новосибирской области.', 'ru');
  assert.ok(got.includes('ГУ МЧС|org'), got.join(', '));
});
