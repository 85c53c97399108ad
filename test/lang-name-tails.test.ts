// A body's, event's or place's name written small after its capitalised head (`Ligue des champions`, `Camera dei
// deputati`): adjectives known by their endings and one complement join it; a verb, an infinitive or words no ending
// explains do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const names = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => e.name);

test('adjectives and one complement written small after a head word are the name’s (fr, it)', () => {
  const fr = names('Le PSG affrontera le Bayern en Ligue des champions, a confirmé le Conseil constitutionnel.', 'fr');
  assert.ok(fr.includes('Ligue des champions'), fr.join(', '));
  assert.ok(fr.includes('Conseil constitutionnel'), fr.join(', '));
  const it = names('Il decreto è stato approvato ieri dalla Camera dei deputati con 190 voti favorevoli.', 'it');
  assert.ok(it.includes('Camera dei deputati'), it.join(', '));
  assert.ok(names('Le député a quitté le Parti communiste en 2019.', 'fr').includes('Parti communiste'));
  // after the adjectives a run already holds (`Organisation mondiale` in the gazetteer's reach) the complement still joins
  assert.ok(names('Selon l’Organisation mondiale de la santé, la situation reste grave.', 'fr').includes('Organisation mondiale de la santé'));
});

test('a verb, an infinitive or more words written small after the complement stay out of the name (fr)', () => {
  const verb = names('Dans un communiqué, la Ligue annonce des sanctions contre le club.', 'fr');
  assert.ok(!verb.some((n) => n.startsWith('Ligue ')), verb.join(', '));
  const infinitive = names('Les ONG demandent à la Confédération d’interdire ces pesticides.', 'fr');
  assert.ok(!infinitive.some((n) => n.includes('interdire')), infinitive.join(', '));
  const more = names('Le contrat revient à la Société des grands projets, qui pilote le chantier.', 'fr');
  assert.ok(!more.includes('Société des grands'), more.join(', '));
  // nor a person's elided complement, nor a word of time
  const person = names('Les discussions avec le Parti socialiste d’Olivier Faure reprennent.', 'fr');
  assert.ok(!person.some((n) => n.includes('socialiste d')), person.join(', '));
  const time = names('Leclerc partirà in pole nel Premio di domani a Monza.', 'it');
  assert.ok(!time.some((n) => n.endsWith('domani')), time.join(', '));
});
