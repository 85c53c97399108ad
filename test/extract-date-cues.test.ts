// Tests of the date-line labels of every language with rules: "Published" and "Updated" words, whole words in any script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PUB_CUE, UPD_CUE, ORIGINAL_CUE } from '../src/extract/html/date-cues.js';
import { extractHtml } from '../src/extract/html/index.js';

test('date cues: publication and update labels are read in each language, accents and other scripts included', () => {
  for (const line of [
    'Published May 3, 2024',
    'Veröffentlicht am 24.09.2018',
    'Publié le 24 septembre 2018 à 10h00',
    'Publicado el 24 de septiembre de 2018',
    'Publicado em 24/09/2018 19h42',
    'Pubblicato il 24 settembre 2018',
    'Опубликовано: 13 декабря 2018',
    'تاريخ النشر: 24 سبتمبر 2018',
  ])
    assert.ok(PUB_CUE.test(line), line);
  for (const line of [
    'Last updated: August 1, 2025',
    'Zuletzt aktualisiert: 25.09.2018, 14:05 Uhr',
    'Stand: 25.09.2018',
    'Mis à jour le 25 septembre 2018',
    'Actualizado el 25 de septiembre de 2018',
    'Atualizado em 25/09/2018',
    'Ultimo aggiornamento: 25 settembre 2018',
    'Обновлено 14 декабря 2018',
    'آخر تحديث: 25 سبتمبر 2018',
  ])
    assert.ok(UPD_CUE.test(line), line);
  assert.ok(ORIGINAL_CUE.test('Ursprünglich veröffentlicht am 3. Mai 2019'));
});

test('date cues: a label glued into a longer word or a common word is not a label', () => {
  assert.equal(PUB_CUE.test('publishedAt 2024'), false);
  assert.equal(PUB_CUE.test('The unpublished report of May 3, 2024'), false);
  assert.equal(UPD_CUE.test('We stand with the families, May 3, 2024'), false);
  assert.equal(UPD_CUE.test('Nachrichten aktualisierten sich am 3. Mai 2024'), false);
});

test('date cues: a Russian "Обновлено" line under the headline is an update, not the publication date', () => {
  const html = `<html lang="ru"><head><meta property="article:published_time" content="2018-12-13T09:30:00+03:00"></head><body><article>
<h1>Путин провёл пресс-конференцию</h1><p>Обновлено 14 декабря 2018</p>
<p>Президент России Владимир Путин в четверг провёл ежегодную большую пресс-конференцию в Москве, ответив на вопросы журналистов о экономике.</p>
<p>По словам президента, рост реальных доходов населения остаётся главной задачей правительства на ближайшие годы, и об этом он сказал несколько раз.</p>
<p>Пресс-конференция продолжалась почти четыре часа, журналисты задали более шестидесяти вопросов о внутренней и внешней политике страны.</p>
</article></body></html>`;
  assert.equal(extractHtml(html).published.value, '2018-12-13T09:30:00+03:00');
});
