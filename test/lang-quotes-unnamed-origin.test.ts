// An indefinite subject names no one, though a place or a person it comes from is named after a preposition in it (`Un
// vecino de Alzira relató`); one who speaks for a body named there still gives the body's words (`Eine Sprecherin der Bahn`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test('a neighbour from a named town is unnamed, not the town', () => {
  const es = 'La DANA dejó graves daños en la Ribera Alta. Un vecino de Alzira relató que el agua «llegó hasta el primer piso en veinte minutos».';
  assert.equal(speakerOf(es, 'es', 'llegó hasta'), null);
});

test('a spokeswoman of a body named after her speaks for it', () => {
  const de = 'Tausende Pendler sind gestrandet. Eine Sprecherin der Deutschen Bahn sagte, man rechne „im Laufe des Nachmittags mit einer Normalisierung“.';
  assert.equal(speakerOf(de, 'de', 'im Laufe'), 'Deutschen Bahn');
});
