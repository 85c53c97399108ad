// Names that are objects, not speakers: a newspaper an interview was given to, a run after an article; and the Russian
// attribution between dashes inside one pair of guillemets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('an attribution between a comma and dashes inside one pair of guillemets gives the quote its speaker (Russian)', () => {
  const ru =
    'Станция вышла на орбиту Луны, сообщил директор института Анатолий Громов. «Аппарат работает в штатном режиме, — рассказал Громов журналистам, — и уже передал первые снимки».';
  assert.equal(speakerOf(ru, 'ru', 'Аппарат работает'), 'Анатолий Громов');
});

test('a newspaper named in a leading phrase is no subject: the dropped subject is the person named before', () => {
  const it =
    "Il regista Marco Bellandi tornerà a girare a Genova in autunno. In un'intervista al Corriere della Sera ha raccontato: «È una città che non smette mai di sorprendermi».";
  assert.equal(speakerOf(it, 'it', 'È una città'), 'Marco Bellandi');
});

test('a run of capitalised words after an article is no person by its shape alone', () => {
  const es = analyze('La denuncia llegó al despacho del Organismo de Investigación Judicial y fue archivada.', { language: 'es' });
  assert.ok(!es.entities.some((e) => e.type === 'person'));
  const fr = analyze('Le concert de la Bourse du Travail a été annulé, mais Claire Morin chantera samedi.', { language: 'fr' });
  assert.deepEqual(
    fr.entities.filter((e) => e.type === 'person').map((e) => e.name),
    ['Claire Morin'],
  );
});
