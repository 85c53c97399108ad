// Arabic: after a cue and a title whose domain runs past the words a title's name is looked for in, the two words that end
// the sentence after a definite word are the title holder's name (`قال مدير إدارة الأرصاد الجوية في الكويت ضرار العلي.`),
// unless the statement has started (`إن …`) or a preposition comes before them; a place after a preposition right before a
// person ends the title's complement, so the person is the title's holder.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

const persons = (text: string): string[] =>
  analyze(text, { language: 'ar' })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('the two words ending the sentence after a cued title and its long domain name the speaker', () => {
  const ar = '«سنفتح المعبر أمام الشاحنات صباح الغد»، قال مدير إدارة المعابر الحدودية في الأردن عقاب الجبوري. وأضاف أن العمل مستمر.';
  assert.ok(persons(ar).includes('عقاب الجبوري'), persons(ar).join(', '));
  assert.equal(speakerOf(ar, 'ar', 'سنفتح المعبر'), 'عقاب الجبوري');
});

test('no name where the statement has started or a preposition comes before the last two words', () => {
  const stated = 'وقال الرئيس التنفيذي للشركة في الرياض إن الشركة ستواصل توزيعات الأرباح رغم الضغوط.';
  assert.ok(!persons(stated).includes('رغم الضغوط'), persons(stated).join(', '));
  const prep = '«الأسعار ستبقى مستقرة»، قال وزير المالية الأردني في مؤتمر صحفي.';
  assert.ok(!persons(prep).includes('مؤتمر صحفي'), persons(prep).join(', '));
});
