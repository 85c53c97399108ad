// "The same" before a title is a qualifier of it, as "new" or "former" are (`Segundo a mesma investigadora`, `según el
// mismo portavoz`): the title stands for the one who held it before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers/lang-speaker.js';

test('Portuguese: "a mesma investigadora" is the researcher named before', () => {
  const text =
    '«Confirma a riqueza da região», explicou a investigadora responsável, Ana Ferreira, à agência Lusa. Os cartazes vão ser afixados em junho. Segundo a mesma investigadora, a espécie «pode estar ameaçada pelas alterações climáticas».';
  assert.equal(speakerOf(text, 'pt', 'pode estar'), 'Ana Ferreira');
});

test('Spanish: "el mismo portavoz" is the spokesman named before', () => {
  const text =
    '«No habrá cortes de agua este verano», aseguró el portavoz municipal, Andrés Molina. Los embalses están al 60 %. Según el mismo portavoz, las obras «terminarán antes de septiembre».';
  assert.equal(speakerOf(text, 'es', 'terminarán'), 'Andrés Molina');
});
