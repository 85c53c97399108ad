// A quotation after a participle cue (`، مضيفاً أن «…»`, `, добавив: «…»`, `, asegurando: «…»`) is said by the subject of
// the clause the participle hangs on: the speaker of a quotation before it in the sentence, or the subject of its cue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const quoteOf = (text: string, language: string, prefix: string) => analyze(text, { language }).quotes.find((q) => q.text.startsWith(prefix));

test('an Arabic participle after a quotation keeps the quotation’s speaker', () => {
  const text =
    'بدوره، قال وزير المالية ياسين جابر إن «الخزينة لا تستطيع وحدها تحمل هذا العبء الكبير»، مضيفاً أن المساعدات الدولية «ستكون حاسمة في المرحلة المقبلة» وأن مؤتمراً للمانحين قد يعقد قبل نهاية العام.';
  const q = quoteOf(text, 'ar', 'ستكون حاسمة');
  assert.equal(q?.speaker?.entity, 'ياسين جابر');
  assert.equal(q?.cue, 'مضيفاً');
  // the quotation before keeps its own cue: a participle after a quotation introduces what follows it
  assert.equal(quoteOf(text, 'ar', 'الخزينة')?.cue, 'قال');
});

test('a participle cue of Russian, French and Spanish is the cue of the quotation after it, with the clause’s subject', () => {
  const ru = '«Бюджет сбалансирован», — заявил министр финансов Антон Силуанов, добавив: «Мы не будем повышать налоги в следующем году».';
  const r = quoteOf(ru, 'ru', 'Мы не будем');
  assert.deepEqual([r?.speaker?.entity, r?.cue], ['Антон Силуанов', 'добавив']);
  const fr = "« Nous tiendrons nos engagements », a déclaré le ministre de l'Économie Bruno Le Maire, ajoutant : « Il n'y aura pas de hausse d'impôts ».";
  const f = quoteOf(fr, 'fr', "Il n'y aura");
  assert.deepEqual([f?.speaker?.entity, f?.cue], ['Bruno Le Maire', 'ajoutant']);
  const es = '«No habrá más retrasos», dijo la vicepresidenta Teresa Ribera, asegurando: «Las obras terminarán antes del verano».';
  const e = quoteOf(es, 'es', 'Las obras');
  assert.deepEqual([e?.speaker?.entity, e?.cue], ['Teresa Ribera', 'asegurando']);
});
