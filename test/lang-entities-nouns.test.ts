// German entities with the noun lexicon: common nouns the text gives no sign of are no names; names holding a noun stay whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { commonNouns, pluralNouns } from '../src/lang/noun-lexicon.js';

const names = (text: string): string[] => analyze(text, { language: 'de' }).entities.map((e) => e.name);

test('the German noun lexicon holds common nouns in their forms and no proper names', () => {
  const nouns = commonNouns('de');
  for (const w of ['Milliarden', 'Kabel', 'Plattformen', 'Konzerns', 'Wälder']) assert.ok(nouns.has(w), w);
  for (const w of ['Berlin', 'Merkel', 'Google', 'Deutschland']) assert.ok(!nouns.has(w), w);
  assert.equal(commonNouns('fr').size, 0);
});

test('German: runs of common nouns the text never writes after an article are no entities (Milliarden Euro, USB-Kabel, Mensch-Hund-Team)', () => {
  const got = names(
    'Der Konzern hat im Jahr 2023 Milliarden Euro investiert. Erlaubte Mengen wurden überschritten. Über Social-Media-Plattformen, ' +
      'USB-Kabel und das Mensch-Hund-Team wurde am Montag in Hamburg lange gestritten.',
  );
  for (const junk of ['Milliarden Euro', 'Erlaubte Mengen', 'Social-Media-Plattformen', 'USB-Kabel', 'Mensch-Hund-Team'])
    assert.ok(!got.includes(junk), `${junk} in ${got.join(', ')}`);
  assert.ok(got.includes('Hamburg'));
});

test('German: a name whose last word is also a noun stays whole (ChocolArt Festival, Schloss Elmau, Justina Schreiber)', () => {
  const got = names(
    'Das ChocolArt Festival in Tübingen beginnt am Freitag. Der Gipfel findet auf Schloss Elmau statt. ' +
      'Die Ausstellung eröffnete gestern Justina Schreiber in der Stadthalle.',
  );
  for (const name of ['ChocolArt Festival', 'Schloss Elmau', 'Justina Schreiber']) assert.ok(got.includes(name), `${name} not in ${got.join(', ')}`);
});

test('German: a surname that is also a noun speaks alone once the full name was given (Thomas Koch ... so Koch)', () => {
  const a = analyze('Der Trainer Thomas Koch lobte die Mannschaft. „Es war ein gutes Spiel“, so Koch. „Wir sind zufrieden“, sagte Koch am Abend.', {
    language: 'de',
  });
  const speakers = a.quotes.map((q) => q.speaker?.entity);
  assert.deepEqual(speakers, ['Thomas Koch', 'Thomas Koch']);
});

test('German: a compound descriptor before a name is not part of it; a known name in the genitive does not take the noun after it', () => {
  const got = names('Das Kommandozeilenprogramm TShark-X2 liest Pakete. Putins Wunsch ist seit Jahren klar.');
  assert.ok(!got.some((n) => n.startsWith('Kommandozeilenprogramm')), got.join(', '));
  assert.ok(!got.includes('Putins Wunsch'), got.join(', '));
});

test('a noun next to a cue is no surname when it is an object: after a preposition, or after a cue whose subject is named', () => {
  assert.deepEqual(names('Ein Gericht in Leipzig hat die Verurteilung eines Unternehmers wegen Subventionsbetrugs bestätigt.'), ['Leipzig']);
  assert.deepEqual(names('Die Gewerkschaft Verdi kündigte Widerstand an.'), ['Verdi']);
  // a sentence opening with an article and its subject before the verb, whatever the subject's last word (`Metall`)
  assert.deepEqual(names('Die IG Metall kündigte Widerstand an, der Betriebsrat ebenso.'), ['IG Metall']);
  assert.deepEqual(names('Der Betriebsrat kündigte Widerstand gegen die Pläne an.'), []);
  // a surname the lexicon knows as a noun still speaks (`gab Pfeifer zu`)
  assert.deepEqual(names('„Wir sind bereit“, sagte Pfeifer am Montag. Später gab Pfeifer zu, dass es schwer wird.'), ['Pfeifer']);
});

test('a noun in the plural only is no surname next to a cue (verlangte Neuwahlen), though the lexicon lists it (Fischer is both)', () => {
  assert.deepEqual(names('Der Oppositionsführer sprach von einer Krise und verlangte Neuwahlen.'), []);
  assert.ok(pluralNouns('de').has('Neuwahlen') && !pluralNouns('de').has('Fischer'));
});

test('German: at a sentence start the article of a party is no part of its name, and "Die Partei" is the party as a common noun', () => {
  const names = (text: string): string[] => analyze(text, { language: 'de' }).entities.map((e) => e.name);
  assert.deepEqual(names('Die Grünen fordern einen schnelleren Ausstieg aus der Kohle.'), ['Grünen']);
  assert.deepEqual(names('Die Partei teilte am Montag mit, dass sie den Antrag ablehnt.'), []);
});

test('German: a town the noun lexicon holds too is a place after a bare place preposition only (in Siegen, nach Essen; not beim Essen)', () => {
  const found = analyze('Die Firma zog 2006 von Düsseldorf nach Essen. Die Gründerin sprach beim Essen über ihre Kindheit in Siegen.', { language: 'de' });
  const places = found.entities.filter((e) => e.type === 'place').map((e) => e.name);
  for (const town of ['Essen', 'Siegen', 'Düsseldorf']) assert.ok(places.includes(town), town);
  assert.equal(found.mentions.filter((m) => m.entity === 'Essen').length, 1, 'one mention of Essen: the town, not the meal');
});

test('German: an academy, a college or a chamber heads a body with its field (Deutsche Akademie für Sprache und Dichtung, Handelskammer Hamburg)', () => {
  const found = analyze(
    'Die Deutsche Akademie für Sprache und Dichtung vergibt den Preis. Die Handelskammer Hamburg warnt vor Staus. Die Hochschule Niederrhein forscht.',
    {
      language: 'de',
    },
  ).entities.map((e) => e.name);
  for (const body of ['Deutsche Akademie für Sprache und Dichtung', 'Handelskammer Hamburg', 'Hochschule Niederrhein']) assert.ok(found.includes(body), body);
});
