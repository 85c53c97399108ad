// German: a compound ending in a body's noun (data bodyCompounds tails: `Innenministerium`, `Landgericht`) with no
// organisation named before it speaks itself, as a listed institution's noun does (`Die Polizei teilte mit`); a place
// after a title's link between a body's noun and its cue is where the body sits (`Le parquet de Lyon a précisé`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerNameOf } from './helpers/lang-speaker.js';

test('a body named by a compound speaks itself (de)', () => {
  const de =
    'Nach dem Hochwasser an der Mosel laufen die Aufräumarbeiten. Das Umweltministerium in Mainz sprach von einem „Schaden in dreistelliger Millionenhöhe“.';
  assert.match(speakerNameOf(de, 'de', 'Schaden in') ?? '', /Umweltministerium/);
  const court = 'Der Angeklagte schwieg zum Prozessauftakt. Das Landgericht sprach von einer „außergewöhnlich brutalen Tat“.';
  assert.match(speakerNameOf(court, 'de', 'außergewöhnlich') ?? '', /Landgericht/);
});

test('a body compound that is a name speaks as that name, not for the organisation named before (de)', () => {
  const de = 'Die Europäische Kommission will Gas als nachhaltig einstufen. Der Entwurf sei „ein Rückschritt für den Klimaschutz“, so das Umweltbundesamt.';
  assert.match(speakerNameOf(de, 'de', 'ein Rückschritt') ?? '', /Umweltbundesamt/);
});

test("a place after a title's link between a body's noun and its cue is where the body sits (fr, es)", () => {
  const fr = 'Une opération a eu lieu à Lyon. Le parquet de Lyon a précisé dans un communiqué : « Douze personnes ont été placées en garde à vue. »';
  assert.match(speakerNameOf(fr, 'fr', 'Douze personnes') ?? '', /parquet/);
  const es = '«Se han desalojado cuarenta viviendas por precaución», ha informado el Ayuntamiento de Paiporta.';
  assert.match(speakerNameOf(es, 'es', 'Se han desalojado') ?? '', /Ayuntamiento/);
});
