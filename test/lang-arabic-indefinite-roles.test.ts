// Arabic: a title with no article, nor a definite noun it is construed with, is someone the text does not name (`وقال
// طبيب`, a doctor said), not the person named last; with the article, or construed with a definite noun, it refers back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

const named = 'قال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إن الوضع في غزة "كارثي بكل المقاييس". ';

test('an indefinite title after a cue gives the quotation no speaker', () => {
  const ar = `${named}وقال طبيب في أحد مستشفيات خان يونس: "نعمل في ظروف مستحيلة منذ أسابيع طويلة".`;
  assert.equal(speakerOf(ar, 'ar', 'نعمل في ظروف'), null);
  const analyst = `${named}وقال محلل اقتصادي لوكالة فرانس برس: "السوق كانت تنتظر هذه الأرقام منذ أشهر طويلة".`;
  assert.equal(speakerOf(analyst, 'ar', 'السوق كانت'), null);
});

test('a definite title still refers to the person named before it', () => {
  const ar = `${named}وأضاف المدير العام: "نحتاج إلى ممرات آمنة لإيصال المساعدات فورا".`;
  assert.equal(speakerOf(ar, 'ar', 'نحتاج إلى'), 'تيدروس أدهانوم غيبريسوس');
});
