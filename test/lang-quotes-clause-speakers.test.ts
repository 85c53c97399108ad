// Speakers outside English given by the clause around a short quotation: verbs that characterise with it, a second verb
// joined by "and", an object pronoun before the verb, a cue after the statement that holds it, a spokesperson's compound.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('a verb that characterises with the quoted words gives them to its subject (nannte, sprach von, назвав)', () => {
  const de = 'Die Opposition reagierte skeptisch: Der Budgetsprecher der Grünen, Martin Hofer, nannte die Zahlen „geschönt“.';
  assert.equal(speakerOf(de, 'de', 'geschönt'), 'Martin Hofer');
  const de2 = 'Die Gewerkschaft Verdi sprach von einem „Armutszeugnis für die Planung“ und forderte Entschädigungen.';
  assert.equal(speakerOf(de2, 'de', 'Armutszeugnis'), 'Verdi');
  const ru = 'Бизнесмен Олег Корнеев вину не признал, назвав дело «местью бывших партнеров».';
  assert.equal(speakerOf(ru, 'ru', 'местью'), 'Олег Корнеев');
});

test('an object pronoun between the subject and its verb leaves the subject (El PP la calificó de «…»)', () => {
  const es = 'El Gobierno aprobó la ampliación de los permisos. El PP la calificó de "parche electoralista sin financiación".';
  assert.equal(speakerOf(es, 'es', 'parche electoralista'), 'PP');
  const es2 = 'El portavoz del PP en la Comisión de Exteriores, Pablo Hispán, le reprochó «improvisación».';
  assert.equal(speakerOf(es2, 'es', 'improvisación'), 'Pablo Hispán');
});

test('a cue joined by "and" to the clause before takes that clause’s subject (… y aseguró que …)', () => {
  const es =
    'El entrenador del FC Barcelona, Hansi Flick, restó importancia a la derrota en el clásico y aseguró que su equipo “sigue vivo” en la lucha por la Liga.';
  assert.equal(speakerOf(es, 'es', 'sigue vivo'), 'Hansi Flick');
});

test('a quotation inside a statement whose cue follows after a comma is the cue subject’s; a film title is no one’s', () => {
  const de = 'Die Tat sei „von erheblicher Brutalität geprägt“ gewesen, sagte die Vorsitzende Richterin Sabine Hollmann in der Urteilsbegründung.';
  assert.equal(speakerOf(de, 'de', 'von erheblicher'), 'Sabine Hollmann');
  const pt = 'O filme “Onde o Rio Acaba”, do realizador português Tiago Mendonça, foi selecionado para o Festival de Berlim, anunciou hoje a organização.';
  assert.ok(!analyze(pt, { language: 'pt' }).quotes.some((q) => q.text.startsWith('Onde o Rio') && q.speaker));
});

test('a spokesperson compound with no organisation after it speaks for the one its first part names (ein Polizeisprecher)', () => {
  const de = 'Die Lufthansa streicht 2000 Verbindungen. „Die Nachfrage hat sich nie erholt“, sagte ein Konzernsprecher am Montag.';
  assert.equal(speakerOf(de, 'de', 'Die Nachfrage'), 'Lufthansa');
});

test('a short form in parentheses after an organisation’s name is that organisation (Servicio Meteorológico Nacional (SMN))', () => {
  const es = 'El Servicio Meteorológico Nacional (SMN) emitió una alerta amarilla. Según el SMN, las lluvias serán intensas.';
  const e = analyze(es, { language: 'es' }).entities.find((x) => x.name === 'Servicio Meteorológico Nacional');
  assert.ok(e?.aliases.includes('SMN'));
  const de = 'Der Zug aus Moskau (Russland) kam verspätet an.';
  assert.ok(analyze(de, { language: 'de' }).entities.some((x) => x.name === 'Russland' || x.aliases.includes('Russland')));
});
