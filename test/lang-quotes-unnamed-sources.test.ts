// A cue whose subject is a noun for someone left unnamed (`источник`, `очевидец`) names no one, where no article marks it:
// the agency told (`рассказал ТАСС`, `«Известиям»`) or whose source it is (`Источник «Коммерсанта»`) is no speaker.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test('an unnamed source before or after the cue names no one, not the agency told (ru)', () => {
  const before = 'Источник в авиационной отрасли рассказал ТАСС, что задержка рейсов связана с «техническими проблемами на стороне перевозчика».';
  assert.equal(speakerOf(before, 'ru', 'техническими проблемами'), null);
  const after = '«Решение о закрытии завода уже принято на уровне совета директоров», — рассказал «Известиям» источник в министерстве.';
  assert.equal(speakerOf(after, 'ru', 'Решение о закрытии'), null);
  const genitive = 'Собеседник «Ведомостей», знакомый с планами компании, утверждает, что «сделка будет закрыта до конца года».';
  assert.equal(speakerOf(genitive, 'ru', 'сделка будет'), null);
});

test('an agency reporting with no unnamed source speaks itself (ru)', () => {
  const ru = '«Запуск ракеты перенесён на сутки из-за погодных условий», — сообщает ТАСС. Источник в отрасли назвал задержку «обычной практикой».';
  assert.equal(speakerOf(ru, 'ru', 'Запуск ракеты'), 'ТАСС');
});
