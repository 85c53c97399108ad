// Dates in many languages: text and datelines, feed pubDates with local day and month names, URLs, with their provenance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDateLine, parseDate } from '../src/extract/dates.js';
import { normaliseDate, dateFromUrl } from '../src/extract/html/dates.js';
import { extract, isRejection } from '../src/extract/index.js';
import { parseFeedDate } from '../src/ingest/feed-dates.js';
import type { RawDoc } from '../src/model.js';
import { DE_POLITICS, ES_POLITICS, FR_POLITICS, IT_POLITICS, PT_ECONOMY, RU_POLITICS } from './lang-articles.js';

test('dates in text with month names of each language', () => {
  const cases: [string, string][] = [
    ['Berlin, 24. September 2018 – Der Präsident', '2018-09-24'],
    ['Brasília, 24 de setembro de 2018 – O presidente', '2018-09-24'],
    ['Madrid, 24 de septiembre de 2018', '2018-09-24'],
    ['Paris, le 13 décembre 2018', '2018-12-13'],
    ['Roma, 24 settembre 2018', '2018-09-24'],
    ['Москва, 13 декабря 2018 года', '2018-12-13'],
    ['موسكو، 24 سبتمبر 2018', '2018-09-24'],
    ['Wien, 3. Jänner 2019', '2019-01-03'],
  ];
  for (const [t, iso] of cases) assert.equal(parseDate(t)?.iso, iso, t);
  assert.equal(parseDate('Москва, 13 декабря.')?.partial, '--12-13', 'no year: a partial date, never a guessed year');
  assert.equal(parseDate('Москва, 13 декабря.')?.iso, null);
  assert.equal(parseDate('Er kam am 31. Februar 2018'), null, 'an impossible day is no date');
  assert.equal(normaliseDate('Veröffentlicht am 24. September 2018, 19:42 Uhr')?.iso, '2018-09-24');
  assert.equal(normaliseDate('Publicado em 24 de setembro de 2018')?.iso, '2018-09-24');
});

test('feed pubDates with Portuguese, German, French and Spanish day and month names', () => {
  assert.equal(parseFeedDate('Seg, 24 Set 2018 19:42:40 -0300'), '2018-09-24T22:42:40.000Z');
  assert.equal(parseFeedDate('Mo, 24 Sep 2018 19:42:40 +0200'), '2018-09-24T17:42:40.000Z');
  assert.equal(parseFeedDate('Di, 11 Dez 2018 08:00:00 +0100'), '2018-12-11T07:00:00.000Z');
  assert.equal(parseFeedDate('lun., 24 sept. 2018 19:42:40 +0200'), '2018-09-24T17:42:40.000Z');
  assert.equal(parseFeedDate('Lun, 24 Sep 2018 19:42:40 GMT'), '2018-09-24T19:42:40.000Z');
  assert.equal(parseFeedDate('Qua, 26 Set 2018'), '2018-09-26');
  assert.equal(parseFeedDate('Seg, 24 Xyz 2018 19:42:40 -0300'), null, 'an unknown month is no date');
  assert.equal(parseFeedDate('Mon, 24 Sep 2018 19:42:40 GMT'), '2018-09-24T19:42:40.000Z', 'English as before');
});

test('URL dates, numeric and with month names in other languages', () => {
  assert.equal(dateFromUrl('https://noticias.uol.com.br/internacional/ultimas-noticias/2018/09/24/temer-onu.htm').iso, '2018-09-24');
  assert.equal(dateFromUrl('https://example.org/2018/septembre/24/article').iso, '2018-09-24');
  assert.equal(dateFromUrl('https://example.org/2018/09/').partial, '2018-09');
});

function rawText(body: string, hints: RawDoc['hints'] = {}): RawDoc {
  return {
    id: 'x',
    origin: { kind: 'stdin' },
    format: 'text',
    bytes: new TextEncoder().encode(body),
    body,
    hints,
    fetchedAt: '2026-01-01T00:00:00Z',
  } as RawDoc;
}

test('an article dated by its dateline in each language, else by its URL, saying where the date came from', () => {
  const cases: [string, string][] = [
    [DE_POLITICS, '2018-09-24'],
    [FR_POLITICS, '2018-12-13'],
    [ES_POLITICS, '2018-09-24'],
    [PT_ECONOMY, '2018-09-24'],
    [IT_POLITICS, '2018-09-24'],
  ];
  for (const [body, iso] of cases) {
    const a = extract(rawText(body));
    assert.ok(!isRejection(a));
    if (isRejection(a)) continue;
    assert.equal(a.provenance.published.value?.slice(0, 10), iso, body.slice(0, 40));
  }
  const ru = extract(rawText(RU_POLITICS));
  assert.ok(!isRejection(ru) && ru.provenance.published.value === null, 'no year in the Russian dateline: no date is made up');
  const uol = extract(
    rawText('Temer discursa na ONU e defende o multilateralismo diante de líderes mundiais em Nova York.', {
      url: 'https://noticias.uol.com.br/ultimas-noticias/2018/09/24/temer-onu.htm',
    }),
  );
  assert.ok(!isRejection(uol));
  if (!isRejection(uol)) {
    assert.equal(uol.provenance.published.value, '2018-09-24');
    assert.equal(uol.provenance.published.source, 'url');
  }
});

test('a relative date line ("Two days ago") dates nothing: without a reference day it states no date', () => {
  for (const t of ['Two days ago', 'in three days', 'ten minutes ago', '3 weeks ago']) {
    assert.equal(parseDate(t), null, t);
    assert.ok(!isDateLine(t), t);
  }
  assert.equal(parseDate('Posted 3 weeks ago, on Nov 9, 2016')?.iso, '2016-11-09', 'an absolute date beside it is still read');
  const a = extract(
    rawText(
      'Council approves new bus routes\nTwo days ago\nThe city council approved three new bus routes on the east side after a year of consultation with residents and operators.',
    ),
  );
  assert.ok(!isRejection(a));
  if (!isRejection(a)) assert.equal(a.provenance.published.value, null, 'no date is invented from a relative phrase');
});
