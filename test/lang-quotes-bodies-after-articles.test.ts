// A body named after its common noun with the article elided onto it (`l'association Anticor`) is an organisation that
// speaks; someone unnamed before a relative clause between commas stays unnamed (`uma moradora de Pomares, que não quis
// ser identificada, contou`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test("French: l'association Anticor is an organisation, and speaks after Selon or Pour", () => {
  const text =
    "Le tribunal a condamné un ancien élu. Selon l'association Anticor, partie civile, l'affaire illustre « un système qui a prospéré pendant vingt ans ».";
  assert.equal(analyze(text, { language: 'fr' }).entities.find((e) => e.name === 'Anticor')?.type, 'org');
  assert.equal(speakerOf(text, 'fr', 'un système'), 'Anticor');
  const pour = "Le tribunal a condamné un ancien élu. Pour l'association Anticor, partie civile, le jugement « envoie un signal clair aux élus ».";
  assert.equal(speakerOf(pour, 'fr', 'envoie'), 'Anticor');
});

test('Portuguese: someone unnamed, then a relative clause between commas, then the cue: no speaker', () => {
  const text =
    'Segundo a Proteção Civil, estão no terreno mais de 600 operacionais, e uma moradora de Pomares, que não quis ser identificada, contou que passou a noite «sem saber se ainda tinha casa».';
  assert.equal(speakerOf(text, 'pt', 'sem saber'), null);
});
