// A cue whose subject was dropped may follow a short opening phrase and its comma (`No obstante, advirtió de que`,
// `El test, añadió,`): its speaker is the one who spoke before; not a noun and its relative clause (`Un delegado, que pidió`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers/lang-speaker.js';

test('Spanish: a connective and its comma before a cue with its subject dropped (No obstante, advirtió de que …)', () => {
  const text =
    'El Banco de España elevó su previsión. «La economía mantiene un dinamismo notable», dijo el gobernador José Luis Escrivá. No obstante, advirtió de que la productividad «sigue siendo la gran asignatura pendiente».';
  assert.equal(speakerOf(text, 'es', 'sigue siendo'), 'José Luis Escrivá');
});

test('Spanish: a noun and a comma before an inserted cue (El test, añadió, «…»)', () => {
  const text = '«Es un resultado muy prometedor», advirtió la investigadora principal, Elena Márquez. El test, añadió, «no sustituye a las pruebas de imagen».';
  assert.equal(speakerOf(text, 'es', 'no sustituye'), 'Elena Márquez');
});

test('Spanish: a noun and its relative clause are no opening phrase (Un delegado gremial, que pidió …, dijo)', () => {
  const text =
    'El Teatro Colón suspendió la función. "Lamentamos los inconvenientes", informó el teatro en un comunicado. Un delegado gremial, que pidió no ser identificado, dijo a este diario que "sin una recomposición salarial, no habrá más funciones".';
  assert.equal(speakerOf(text, 'es', 'sin una'), null);
});
