// Arabic speakers the clause gives without naming them at the cue: the statement a quotation is read in (`وجاء في بيان
// للبنك أن «…»`), a subject dropped before `أنه` (`وأضاف أنه «…»`), a name after its title's complement (`الباحثة في الوكالة نهى عادل`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerIfAny } from './helpers/lang-speaker.js';

const speakerOf = (text: string, prefix: string): string | null => speakerIfAny(text, 'ar', prefix);

test('a statement phrase before an Arabic quotation gives the organisation the statement is of', () => {
  const text =
    'خفّض البنك المركزي الأردني أسعار الفائدة الرئيسية بمقدار ربع نقطة مئوية. وجاء في بيان للبنك أن القرار يهدف إلى "الحفاظ على الاستقرار النقدي ودعم النمو الاقتصادي".';
  assert.equal(speakerOf(text, 'الحفاظ على الاستقرار'), 'البنك المركزي الأردني');
});

test('an Arabic cue followed by أنه has the speaker before as its dropped subject', () => {
  const text =
    'سجل النجم المصري محمد صلاح هدفين وقاد ليفربول إلى فوز كبير. وقال صلاح عقب اللقاء: "نحن نمر بفترة صعبة، لكن هذا الفريق لا يستسلم". وأضاف أنه "سعيد بالعودة إلى التسجيل أمام جماهير أنفيلد".';
  assert.equal(speakerOf(text, 'سعيد بالعودة'), 'محمد صلاح');
});

test('a name after a title and its complement speaks, its first name a common word too (نهى)', () => {
  const text = 'وقالت الباحثة في الوكالة نهى عادل إن «الفريق عمل ليلاً ونهاراً طوال ثلاث سنوات».';
  assert.equal(speakerOf(text, 'الفريق عمل'), 'نهى عادل');
});
