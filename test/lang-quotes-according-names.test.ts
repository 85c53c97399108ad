// An 'according to' phrase gives the name of no known type right after it (`По словам Фидана`), and possessive phrases
// are the person named last as pronouns are (`según sus palabras`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers/lang-speaker.js';

test('Russian: a name of no known type right after "По словам" speaks (По словам Фидана)', () => {
  const text =
    'Сергей Лавров провёл переговоры с Хаканом Фиданом. «Мы обсудили весь спектр отношений», — сказал Лавров журналистам. По словам Фидана, Анкара «готова и дальше выступать посредником».';
  assert.equal(speakerOf(text, 'ru', 'готова'), 'Фидана');
});

test('Spanish: "según sus palabras" is the person named last', () => {
  const text = 'El secretario de Economía, Marcelo Ebrard, viajará el jueves a Washington para, según sus palabras, "defender cada empleo".';
  assert.equal(speakerOf(text, 'es', 'defender'), 'Marcelo Ebrard');
});
