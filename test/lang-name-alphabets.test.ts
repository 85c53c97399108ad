// Capitalised words side by side in two alphabets belong to two names (`NASA Кристофер Уильямс`, `ЦРУ Reuters`), not one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const names = (text: string, language: string): string[] => analyze(text, { language }).mentions.map((m) => m.text);

test('a Latin acronym before a Cyrillic name is a name of its own, before a run or a known name (ru)', () => {
  for (const text of ['Представитель NASA Кристофер Джонс рассказал о подготовке миссии.', 'Инженер ESA Томас Рейтер рассказал о подготовке миссии.']) {
    const found = names(text, 'ru');
    assert.ok(found.includes(text.split(' ')[1]!), found.join(', '));
    assert.ok(!found.some((n) => /^(?:NASA|ESA) /u.test(n)), found.join(', '));
  }
});

test('a name in one alphabet with a number inside stays whole (it)', () => {
  const found = names('Lo ha riferito Il Sole 24 Ore nella sua edizione di martedì a Milano.', 'it');
  assert.ok(
    found.some((n) => n.includes('Sole 24 Ore')),
    found.join(', '),
  );
});
