// Tests of the weave stage's text features: cheap entity guesses, numbers, dates and headline splitting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures, guessEntities, splitHeadline, stem } from '../src/weave/text-features.js';
import { dayGap, dayNumber, decay, leadDate } from '../src/weave/dates.js';

const OPT = { titleWeight: 3, leadWords: 60, leadWeight: 2, quoteShingle: 4, headlineMaxWords: 20, publishedDateWeight: 0, bigramWeight: 0 };

test('capitalised runs become entities; lists, sentence starts and weekdays do not glue into names', () => {
  const names = guessEntities(
    'Officials in Egypt, Italy and Saudi Arabia said on Monday that the Central Weather Administration had warned. The cable broke near Alexandria.',
  );
  assert.ok(names.includes('Egypt'));
  assert.ok(names.includes('Italy'));
  assert.ok(names.includes('Saudi Arabia'));
  assert.ok(names.includes('Central Weather Administration'));
  assert.ok(names.includes('Alexandria'));
  assert.ok(!names.some((n) => /Egypt.*Italy/.test(n)), 'a comma list is not one name');
  assert.ok(!names.includes('Officials') && !names.includes('The') && !names.includes('Monday'));
});

test('decimals, counts and dates become number and date features; times of day do not', () => {
  const f = extractFeatures(
    { id: 'x', title: 'Magnitude 7.4 quake hits Hualien', text: 'At 07:58 on April 3, 2024 the quake killed 13 people (posted 04/03/2024).', published: null },
    OPT,
  );
  assert.ok(f.has('n:7.4'));
  assert.ok(f.has('n:13'));
  assert.ok(f.has('d:4-3'));
  assert.ok(f.has('d:2024'));
  assert.ok(!f.has('n:58') && !f.has('n:07'));
  assert.ok(f.has('e:hualien'));
  assert.ok((f.get('w:hualien') ?? 0) > (f.get('w:people') ?? 0), 'title words weigh more than body words');
});

test('a short first line without closing punctuation is taken as the headline when no title is given', () => {
  assert.deepEqual(splitHeadline('Lindsay Lohan checks into Betty Ford Center\nMay 03, 2013\nBody.', 20).title, 'Lindsay Lohan checks into Betty Ford Center');
  assert.equal(splitHeadline('Perennial party girl Tara Reid checked herself into Promises Treatment Center, her rep told People.\nMore.', 20).title, '');
});

test('stemming folds plurals and possessives only', () => {
  assert.equal(stem('relations'), 'relation');
  assert.equal(stem('countries'), 'country');
  assert.equal(stem("putin's"), 'putin');
  assert.equal(stem('crisis'), 'crisis');
  assert.equal(stem('churches'), 'church');
});

test('dates: day numbers, gaps and decay', () => {
  assert.equal(dayNumber('2016-11-09T16:51:35Z'), dayNumber('2016-11-09'));
  assert.equal(dayNumber('Nov 9'), null);
  const d = dayNumber('2016-11-09') as number;
  assert.equal(dayGap(d + 3, d, d + 1), 2);
  assert.equal(dayGap(d, d - 1, d + 1), 0);
  assert.equal(dayGap(null, d, d), null);
  assert.equal(decay(3, 7, 14), 1);
  assert.equal(decay(21, 7, 14), 0.5);
  assert.equal(leadDate('Wed Nov 9, 2016 16:51:35\nCommenting on the news', 200)?.day, d);
  assert.equal(leadDate('TOKYO, December 13. /TASS/.', 200), null, 'no year, no date');
});

test('years well before the latest one an article names are background and weigh less', () => {
  const a = {
    id: 'x',
    title: null,
    published: null,
    text: 'Fred LaRue, who delivered hush money after the 1972 Watergate break-in, died in Biloxi on July 27, 2004.',
  };
  const even = extractFeatures(a, { ...OPT, headlineMaxWords: 0 });
  const past = extractFeatures(a, { ...OPT, headlineMaxWords: 0, pastYearWeight: 0.2 });
  assert.equal(past.get('d:2004'), even.get('d:2004'), 'the latest year keeps its weight');
  assert.ok(Math.abs((past.get('d:1972') ?? 0) - 0.2 * (even.get('d:1972') ?? 0)) < 1e-12);
});
