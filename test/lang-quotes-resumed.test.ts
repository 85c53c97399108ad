// A quotation the words after it give to its speaker: an object pronoun (`«…». Lo ha detto la presidente del Consiglio
// Giorgia Meloni`) or a phrase pointing back to it (`بهذه الكلمات لخص …`); and a title at a sentence's start that is no
// body's short name (`Министр`, not a `Мин` body).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('a sentence opening with an object pronoun and a cue after a quotation names its speaker (it, es)', () => {
  const it = '«Il governo andrà avanti fino alla fine della legislatura». Lo ha detto la presidente del Consiglio Giorgia Meloni a Bruxelles.';
  assert.equal(speakerOf(it, 'it', 'Il governo andrà'), 'Giorgia Meloni');
  const es = '«Vamos a agotar todas las vías hasta el final». Lo dijo el presidente del Gobierno, Pedro Sánchez, en Sevilla.';
  assert.equal(speakerOf(es, 'es', 'Vamos a agotar'), 'Pedro Sánchez');
});

test('no object pronoun, or a sentence between, gives the quotation no speaker from a later sentence (it)', () => {
  const it = '«Il governo andrà avanti fino alla fine della legislatura». La presidente del Consiglio Giorgia Meloni è arrivata a Bruxelles.';
  assert.equal(speakerOf(it, 'it', 'Il governo andrà'), null);
});

test('a title opening a sentence is no body named by its prefix, and the person after it speaks (ru)', () => {
  const text = 'Министр просвещения Сергей Кравцов поддержал инициативу, однако предупредил: «Важно не перегнуть палку в этом вопросе».';
  const a = analyze(text, { language: 'ru' });
  assert.ok(!a.entities.some((e) => e.name === 'Министр'), a.entities.map((e) => e.name).join(', '));
  assert.equal(speakerOf(text, 'ru', 'Важно не'), 'Сергей Кравцов');
});

test('a phrase pointing back to the quotation hands it to the subject of the verb after it, whatever the verb (ar, es)', () => {
  const ar = '«سنلعب من أجل الفوز ولا شيء غيره»، بهذه الكلمات لخص مدرب المنتخب المغربي وليد الركراكي طموحات فريقه قبل المباراة.';
  assert.equal(speakerOf(ar, 'ar', 'سنلعب من أجل'), 'وليد الركراكي');
  const es = '«Vamos a pelear por el título hasta el último partido». Con estas palabras resumió el entrenador Carlo Ancelotti la temporada.';
  assert.equal(speakerOf(es, 'es', 'Vamos a pelear'), 'Carlo Ancelotti');
});

test('a Russian or French sentence opening with words pointing back gives the quotation before to its subject (Так … объяснил, En ces termes)', () => {
  const ru = 'Власти закрыли мост на ремонт. «Откладывать дальше было нельзя». Так решение объяснил министр транспорта региона Игорь Малахов.';
  assert.equal(speakerOf(ru, 'ru', 'Откладывать'), 'Игорь Малахов');
  const fr = 'Le tribunal a rendu son jugement. « Il a trahi la confiance de ses électeurs. » En ces termes le procureur Jean Fournel a requis la peine.';
  assert.equal(speakerOf(fr, 'fr', 'Il a trahi'), 'Jean Fournel');
});

test('one word that can point back does not after a comma: it opens a new thought (Так, в Москве …)', () => {
  const ru = 'Синоптики предупредили о жаре. «Жара продержится как минимум до конца этой недели». Так, в Москве Сергей Собянин ввёл особый режим.';
  assert.equal(speakerOf(ru, 'ru', 'Жара продержится'), null);
});

test('an Arabic quotation handed on after its comma (هكذا علّق, هذا ما أكده) is said by the subject after the verb', () => {
  const ar = '«لم نكن في يومنا على الإطلاق»، هكذا علّق عماد الشاذلي، المدير الفني للإسماعيلي، على الخسارة.';
  assert.equal(speakerOf(ar, 'ar', 'لم نكن'), 'عماد الشاذلي');
  const ar2 = '"نتوقع أن يتجاوز نمو الاقتصاد غير النفطي 4 بالمئة هذا العام"، هذا ما أكده وزير المالية السعودي محمد الجدعان في الرياض.';
  assert.equal(speakerOf(ar2, 'ar', 'نتوقع أن'), 'محمد الجدعان');
});

test('a word that can point back, inside the sentence before a small word, is a conjunction (», так как Сергей Собянин …)', () => {
  const ru = 'Власти закрыли мост. «Ремонт затянется как минимум до конца этого года», так как Сергей Собянин не подписал смету.';
  assert.equal(speakerOf(ru, 'ru', 'Ремонт затянется'), null);
});
