// In a language whose surnames decline, a surname first seen in another case names the person alone in the nominative too
// (`с губернатором Александром Бегловым … Беглов, в свою очередь, сообщил`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

test('a Russian surname seen in the instrumental names its person alone at a sentence’s start', () => {
  const text =
    'Президент Белоруссии провел встречу с губернатором Санкт-Петербурга Александром Бегловым. Беглов, в свою очередь, сообщил, что товарооборот между регионами «за год вырос почти на 15 процентов».';
  const a = analyze(text, { language: 'ru' });
  assert.deepEqual(a.entities.find((e) => e.name === 'Александр Беглов')?.aliases.sort(), ['Александром Бегловым', 'Беглов'].sort());
  assert.equal(a.quotes.find((q) => q.text.startsWith('за год'))?.speaker?.entity, 'Александр Беглов');
});

test('a surname seen in the nominative names its person in another case too, not a woman of the same name (По словам Ларионова)', () => {
  const text =
    '«Мы долго ждали этой победы», — сказал главный тренер петербуржцев Игорь Ларионов. По словам Ларионова, команда «наконец-то начала играть в свой хоккей».';
  const a = analyze(text, { language: 'ru' });
  assert.deepEqual(
    a.entities.map((e) => e.name),
    ['Игорь Ларионов'],
  );
  assert.equal(a.quotes.find((q) => q.text.startsWith('наконец-то'))?.speaker?.entity, 'Игорь Ларионов');
  // a woman's surname in another case is hers, not a man's stem (`Анна Белоусова` ... `По словам Белоусовой`)
  const her = 'Конкурсным управляющим назначена Анна Белоусова. По словам Белоусовой, «долги перед дольщиками превышают два миллиарда рублей».';
  assert.equal(analyze(her, { language: 'ru' }).quotes[0]?.speaker?.entity, 'Анна Белоусова');
});
