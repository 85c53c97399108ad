// A title's domain opened by a preposition and written in capitals comes before the name of its holder (`l'assessora alla
// Mobilità Valentina Orioli`); a person right after the preposition is whom the cue addresses, not the title's holder.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test("the holder's name after a title's domain in capitals speaks", () => {
  const it = '"È una scelta che salva vite, i dati parlano chiaro", ha commentato l\'assessora alla Mobilità Valentina Orioli.';
  assert.equal(speakerOf(it, 'it', 'È una scelta'), 'Valentina Orioli');
  const it2 = '"La sentenza conferma che la riforma è solida", ha commentato il ministro per gli Affari regionali Roberto Calderoli.';
  assert.equal(speakerOf(it2, 'it', 'La sentenza'), 'Roberto Calderoli');
});

test('a person right after the preposition is not the holder', () => {
  const it = 'Il ministro Guido Crosetto era a Roma. "Siamo pronti a collaborare con tutti", ha detto il ministro a Giorgia Meloni.';
  assert.equal(speakerOf(it, 'it', 'Siamo pronti'), 'Guido Crosetto');
});
