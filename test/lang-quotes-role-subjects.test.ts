// A description after a cue stands for the subject of the sentence before it, and a sentence opening with a role phrase
// has the name in that phrase for its subject (`Il commissario per la ricostruzione, Francesco Figliuolo, ha spiegato`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test('a description refers to the name in apposition to the role phrase opening the sentence before, not to an earlier speaker', () => {
  const it =
    'Il presidente della Repubblica Sergio Mattarella ha ricevuto i sindaci. «Le istituzioni devono essere vicine a chi ha perso tutto», ha detto il capo dello Stato. ' +
    'Il commissario per la ricostruzione, Francesco Paolo Figliuolo, ha spiegato che sono già stati erogati 1,2 miliardi. «Ma i tempi della burocrazia restano troppo lunghi», ha ammesso il generale.';
  assert.equal(speakerOf(it, 'it', 'Ma i tempi'), 'Francesco Paolo Figliuolo');
});

test('the same in Spanish: the coach named in apposition after the role opening the sentence', () => {
  const es =
    'La capitana Lorena Ibarra marcó dos goles. «Estamos muy felices», dijo Ibarra. ' +
    'El entrenador del equipo visitante, Joan Sardà, reconoció la superioridad local. «Ha sido un gran partido, no hay excusas», añadió el técnico.';
  assert.equal(speakerOf(es, 'es', 'Ha sido un gran'), 'Joan Sardà');
});
