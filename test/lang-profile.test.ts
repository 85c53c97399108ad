// Language profiles from data/lang, the neutral profile, detection for analysis, and per-language terms for the weave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalAlias, detectTextLanguage, isDayName, monthNumber, neutralProfile, profileFor, SUPPORTED_LANGUAGES, stem, terms } from '../src/lang/index.js';
import { AR_POLITICS, DE_POLITICS, ES_POLITICS, FR_POLITICS, IT_POLITICS, PL_TEXT, PT_ECONOMY, RU_POLITICS } from './lang-articles.js';

test('every language with rules has its quote marks, cues, months and days; an unknown code gets the neutral profile', () => {
  assert.deepEqual([...SUPPORTED_LANGUAGES].sort(), ['ar', 'de', 'en', 'es', 'fr', 'it', 'pt', 'ru']);
  for (const code of SUPPORTED_LANGUAGES) {
    const p = profileFor(code);
    assert.equal(p.rules, true);
    assert.equal(p.months.length, 12);
    assert.equal(p.days.length, 7);
    assert.ok(p.quoteMarks.length > 0);
    if (code !== 'en') assert.ok(p.cues.length > 10, code);
  }
  assert.deepEqual(profileFor('de').quoteMarks.slice(0, 2), [
    ['„', '“'],
    ['‚', '‘'],
  ]);
  assert.equal(profileFor('ru').dashAfterQuote, true);
  assert.equal(profileFor('pt-BR').code, 'pt');
  const n = profileFor('pl');
  assert.equal(n.rules, false);
  assert.equal(n.cues.length, 0);
  assert.deepEqual(neutralProfile('xx').titles, []);
});

test('the language of each test article is detected; Polish is detected as Polish (a language without rules)', () => {
  const cases: [string, string][] = [
    [DE_POLITICS, 'de'],
    [FR_POLITICS, 'fr'],
    [ES_POLITICS, 'es'],
    [PT_ECONOMY, 'pt'],
    [IT_POLITICS, 'it'],
    [RU_POLITICS, 'ru'],
    [AR_POLITICS, 'ar'],
    [PL_TEXT, 'pl'],
  ];
  for (const [t, code] of cases) assert.equal(detectTextLanguage(t).code, code, t.slice(0, 30));
  assert.equal(detectTextLanguage('ok').code, null);
});

test('terms: segmentation, stopwords-iso and Snowball stems per language', () => {
  assert.deepEqual(terms('Die Verhandlungen wurden fortgesetzt', 'de'), ['verhandl', 'fortgesetzt']);
  const ru = terms('Путин провел переговоры с Путиным', 'ru');
  assert.equal(ru[0], ru[ru.length - 1], 'inflected forms share a stem');
  assert.ok(!terms('The talks were held in Moscow', 'en').includes('the'));
  assert.ok(terms('قال الرئيس الروسي إن روسيا مستعدة', 'ar').length >= 3);
  assert.deepEqual(terms('日本の首相が訪問した', 'ja').length > 1, true, 'a script without spaces is segmented');
  assert.equal(stem('Verhandlungen'.toLowerCase(), 'de'), 'verhandl');
  assert.equal(stem('word', 'xx'), 'word');
});

test('month and day names of all languages; aliases across languages', () => {
  assert.equal(monthNumber('Set'), 9);
  assert.equal(monthNumber('setembro'), 9);
  assert.equal(monthNumber('декабря'), 12);
  assert.equal(monthNumber('Jänner'), 1);
  assert.equal(monthNumber('سبتمبر'), 9);
  assert.equal(monthNumber('Putin'), null);
  assert.ok(isDayName('Seg') && isDayName('Montag') && isDayName('lundi.'));
  for (const n of ['US', 'U.S.', 'United States', 'USA', 'États-Unis', 'США']) assert.equal(canonicalAlias(n)?.name, 'United States', n);
  for (const n of ['Путин', 'Poutine', 'بوتين']) assert.equal(canonicalAlias(n)?.name, 'Vladimir Putin', n);
  assert.equal(canonicalAlias('Intel')?.type, 'org');
  assert.equal(canonicalAlias('Berlin'), null);
});
