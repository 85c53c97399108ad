// German one-word names after a preposition that takes a place bare (`nach Warschau`), and the first part of an
// elliptic compound (`Dusch- und Baderäumen`), which is never a name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const entities = (text: string): string[] => analyze(text, { language: 'de' }).entities.map((e) => `${e.name}:${e.type}`);

test('one word the noun lexicon does not know, after `nach` or `in`, is a place', () => {
  assert.deepEqual(entities('Der Kanzler reiste am Montag nach Warschau.'), ['Warschau:place']);
  assert.deepEqual(entities('Die Spieler flogen gestern nach Herning.'), ['Herning:place']);
  assert.deepEqual(entities('Beim Festival in Cannes lief der Film außer Konkurrenz.'), ['Cannes:place']);
});

test('a noun after the same prepositions stays a noun (`nach Angaben`, `in Kraft`, `aus Sicht`)', () => {
  assert.deepEqual(entities('Das Gesetz tritt nach Angaben der Regierung in Kraft, aus Sicht der Kritiker zu spät.'), []);
});

test('a word with a hyphen and a space after it opens a compound: no name (`Dusch- und Baderäumen`, `Twitter- und Facebook-Profilen`)', () => {
  const found = entities('In Dusch- und Baderäumen entsteht viel Feuchtigkeit, schreibt er in Twitter- und Facebook-Profilen.');
  assert.ok(!found.some((e) => e.startsWith('Dusch') || e.startsWith('Twitter')), found.join(', '));
});

test('one unknown word after `aus` is no place: materials come from there as often as people (`aus Polyester`)', () => {
  assert.deepEqual(entities('Die Jacke besteht vollständig aus Polyester.'), []);
});

test("a known place's genitive is that place, named as the place (`Deutschlands` -> Deutschland)", () => {
  const a = analyze('Die Wirtschaft Deutschlands wächst kaum. In Deutschland sinkt die Nachfrage.', { language: 'de' });
  assert.deepEqual(
    a.entities.map((e) => `${e.name}:${e.type}`),
    ['Deutschland:place'],
  );
});

test('after a bare place preposition a word with a place name’s ending is a place, a compound though it reads (in Oberpfaffenhofen); a noun is not (in Ordnung)', () => {
  const a = analyze(
    'Das Raumfahrtzentrum in Oberpfaffenhofen testet neue Satelliten. Die Ingenieure finden alles in Ordnung und reisen nach Eggenfelden weiter.',
    {
      language: 'de',
    },
  );
  const places = a.entities.filter((e) => e.type === 'place').map((e) => e.name);
  assert.ok(places.includes('Oberpfaffenhofen') && places.includes('Eggenfelden'), places.join(', '));
  assert.ok(!a.entities.some((e) => e.name === 'Ordnung'));
});
