// German names that every rule for names would miss, as each of their words is a noun: a body's head word and
// its field (`Bundesamt für Migration und Flüchtlinge`), a name hyphenated to a head word (`Robert-Koch-Institut`), a
// town's adjective before a head word (`Potsdamer Platz`) and a body's head noun before its seat (`Landgericht Bochum`);
// and a compound noun before a person's name, which is no part of it.
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

test("a town's adjective before a word that heads names is a name (`Potsdamer Platz`), before any other noun it is not", () => {
  const a = analyze(
    'Die Gala fand am Potsdamer Platz statt, die Züge am Kölner Hauptbahnhof fielen aus, die Frankfurter Messe öffnet, und viele Schweizer Städte jubelten.',
    { language: 'de' },
  );
  const found = a.entities.map((e) => `${e.name}/${e.type}`);
  assert.ok(found.includes('Potsdamer Platz/place'));
  assert.ok(found.includes('Kölner Hauptbahnhof/place'));
  assert.ok(found.includes('Frankfurter Messe/other'));
  assert.ok(!found.some((x) => x.startsWith('Schweizer')));
});

test("a body's name takes the adjective before its head word and a field of several words, split or listed", () => {
  assert.deepEqual(orgs('Das steht im Bericht der Internationalen Organisation für Erneuerbare Energien.'), [
    'Internationalen Organisation für Erneuerbare Energien',
  ]);
  assert.deepEqual(orgs('Die Datenbank des Instituts für Medien- und Kommunikationspolitik wächst.'), ['Instituts für Medien- und Kommunikationspolitik']);
  assert.deepEqual(orgs('Sie bekam den Preis der Stiftung für Technologie, Innovation und Forschung im Mai.'), [
    'Stiftung für Technologie, Innovation und Forschung',
  ]);
});

test("a compound noun before a given name and surname is the person's descriptor, not part of the name", () => {
  const de =
    'Der Hamburger Datenschutzbeauftragte Johannes Caspar warnt vor der Frist. Die Münchner Interiordesignerin Stephanie Thatenhorst hat das Hotel gestaltet.';
  const persons = analyze(de, { language: 'de' })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
  assert.deepEqual(persons, ['Johannes Caspar', 'Stephanie Thatenhorst']);
});

test("a body's head noun before the place it sits in names the body (court, police, university, club)", () => {
  assert.deepEqual(orgs('Das Landgericht Bochum hat entschieden. Die Polizei Duisburg ermittelt noch.'), ['Landgericht Bochum', 'Polizei Duisburg']);
  assert.deepEqual(orgs('Die Universität Hamburg forscht dazu. Er fuhr danach weiter nach Hamburg.'), ['Universität Hamburg']);
});

test('a hyphenated compound ending in a compound noun is a common noun; one ending in a body or a law stays a name', () => {
  const names = analyze('Wenn die Adresse im Cache liegt, entfällt die DNS-Nachfrage. Die UN-Generalversammlung tagt, das US-Energieministerium schweigt.', {
    language: 'de',
  }).entities.map((e) => e.name);
  assert.ok(!names.includes('DNS-Nachfrage'));
  assert.ok(names.includes('UN-Generalversammlung') && names.includes('US-Energieministerium'));
});

test('a capitalised adjective inside a sentence before a noun or a compound noun names a body, after the common words that open the run too', () => {
  assert.deepEqual(orgs('Für Sonntag warnt der Deutsche Wetterdienst vor schweren Gewittern.'), ['Deutsche Wetterdienst']);
  assert.deepEqual(orgs('Der Deutsche Wetterdienst warnt für Sonntag vor schweren Gewittern.'), ['Deutsche Wetterdienst']);
  const de = 'Eine Sprecherin der Deutschen Bahn sagte, man rechne mit Verspätungen bis zum Abend.';
  assert.ok(
    analyze(de, { language: 'de' }).entities.some((e) => e.name === 'Deutschen Bahn'),
    'Deutschen Bahn',
  );
});

test('a known organisation of the shared list is named at a sentence start too, and a compound noun before it describes it (`Der Rüstungskonzern Rheinmetall`)', () => {
  assert.deepEqual(orgs('Der Rüstungskonzern Rheinmetall meldet für das Quartal Rekordumsätze.'), ['Rheinmetall']);
  const it = analyze('Stellantis ha confermato lo stop alla produzione nello stabilimento di Melfi per due settimane.', { language: 'it' });
  assert.deepEqual(
    it.entities.filter((e) => e.type === 'org').map((e) => e.name),
    ['Stellantis'],
  );
});
