// A statement's phrase ending in a locative may name its addressee before the locative (`сообщили ТАСС в ЦОДД`): the
// body after the locative still speaks; where no body follows the locative, the words are the verb's subject, no addressee.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers/lang-speaker.js';

test('Russian: a news agency as addressee before "в" leaves the body after it the speaker (сообщили ТАСС в ЦОДД)', () => {
  const text = 'В Москве ожидается сильный снегопад. «Пробки будут, к этому нужно быть готовыми», — сообщили ТАСС в ЦОДД.';
  assert.equal(speakerOf(text, 'ru', 'Пробки будут'), 'ЦОДД');
});

test('Russian: a quoted newspaper or a common noun as addressee (рассказали «Известиям» в …, предупредили водителей в …)', () => {
  const press = '«Очереди в поликлиниках сократились вдвое», — рассказали «Известиям» в пресс-службе Минздрава.';
  assert.equal(speakerOf(press, 'ru', 'Очереди'), 'Минздрав');
  const drivers = '«Пробки будут, к этому нужно быть готовыми», — предупредили водителей в ЦОДД.';
  assert.equal(speakerOf(drivers, 'ru', 'Пробки будут'), 'ЦОДД');
});

test('Russian: words after the verb and "в" with no body after it are no addressee (рассказали жители в соцсетях)', () => {
  const text = 'Мэрия Самары объявила о ремонте моста. «Дозвониться до диспетчерской невозможно», — рассказали жители в соцсетях.';
  assert.notEqual(speakerOf(text, 'ru', 'Дозвониться'), 'Мэрия Самары');
});
