// Tests of the publication-day scorer: days grouped with their features, the fitted weights' choice, the fit itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_DAY_FEATURES, dateDays } from '../src/extract/html/date-features.js';
import { bestDay } from '../src/extract/html/date-ranker.js';
import { ModelMismatchError } from '../src/util/linear-model.js';
import type { DateCandidate } from '../src/extract/html/published.js';
import { fitDateModel, type DatePageSample } from '../eval/lib/date-fit.js';
import { extractHtml } from '../src/extract/html/index.js';
import { BODY } from './helpers/html-fixtures.js';

const feature = (name: (typeof DATE_DAY_FEATURES)[number]): number => DATE_DAY_FEATURES.indexOf(name);

const blogPage: DateCandidate[] = [
  { iso: '2024-09-06T13:12:36+00:00', source: 'json-ld', confidence: 0.92, note: 'datePublished' },
  { iso: '2025-11-14T06:49:57+00:00', source: 'json-ld', confidence: 0.4, note: 'dateModified', modified: true },
  { iso: '2025-11-14', source: 'head-line', confidence: 0.7, note: '"November 14, 2025"' },
];

test('date days: candidates are grouped by calendar day, a declared instant stands for its day, the rules mark theirs', () => {
  const days = dateDays(blogPage, '2024-09-06T13:12:36+00:00');
  assert.deepEqual(
    days.map((d) => d.day),
    ['2024-09-06', '2025-11-14'],
  );
  const [pub, mod] = days as [(typeof days)[0], (typeof days)[0]];
  assert.equal(pub.features[feature('picked by the rules')], 1);
  assert.equal(pub.features[feature('publication declared by JSON-LD alone')], 1);
  assert.equal(pub.features[feature('earliest declared day')], 1);
  assert.equal(mod.features[feature('declared modified and shown')], 1);
  assert.equal(mod.features[feature('line under the headline')], 1);
  assert.equal(mod.value.iso, '2025-11-14T06:49:57+00:00', 'the declared instant, not the shown day');
  // A day the rules found elsewhere (a bare date far down the page) is a day on offer too.
  assert.ok(dateDays(blogPage, '2023-01-05').some((d) => d.day === '2023-01-05' && d.features[0] === 1));
});

test('date days: an ambiguous shown date is read the way the declared date has it', () => {
  const days = dateDays(
    [
      { iso: '2024-09-10T16:07:00Z', source: 'json-ld', confidence: 0.92, note: 'datePublished' },
      { iso: '2024-10-09', source: 'head-line', confidence: 0.7, alt: '2024-09-10' },
    ],
    '2024-09-10T16:07:00Z',
  );
  assert.deepEqual(
    days.map((d) => d.day),
    ['2024-09-10'],
  );
  const x = extractHtml(
    `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Ferry terminal to close","datePublished":"2024-09-10T16:07:00Z","dateModified":"2025-11-25T17:47:39Z"}</script></head><body><article><h1>Ferry terminal to close</h1><p>09.10.2024</p>${BODY}</article></body></html>`,
  );
  assert.equal(x.published.value, '2024-09-10T16:07:00Z');
});

test('date model: the best-scoring day wins, ties go to the rules; a model naming other features is refused', () => {
  const days = dateDays(blogPage, '2024-09-06T13:12:36+00:00');
  const weights = DATE_DAY_FEATURES.map(() => 0);
  assert.equal(bestDay(days, { features: DATE_DAY_FEATURES, weights })?.day, '2024-09-06');
  weights[feature('declared modified and shown')] = 1;
  assert.equal(bestDay(days, { features: DATE_DAY_FEATURES, weights })?.day, '2025-11-14');
  assert.equal(bestDay([], { features: DATE_DAY_FEATURES, weights }), null);
  assert.throws(() => bestDay(days, { features: ['rules'], weights: [1] }), ModelMismatchError);
});

test('date fit: a feature that marks the gold day on every page gets the weight that makes it win', () => {
  // Pages where the rules pick the declared publication day but the gold is the shown modification day.
  const samples: DatePageSample[] = Array.from({ length: 20 }, () => ({ days: dateDays(blogPage, '2024-09-06T13:12:36+00:00'), gold: 1 }));
  const w = fitDateModel(samples, DATE_DAY_FEATURES.length, { l2: 0.01, iterations: 300, step: 0.5 });
  assert.equal(bestDay(samples[0]!.days, { features: DATE_DAY_FEATURES, weights: w })?.day, '2025-11-14');
  // Where the rules are always right, the fit keeps them.
  const right = samples.map((s) => ({ ...s, gold: 0 }));
  const keep = fitDateModel(right, DATE_DAY_FEATURES.length, { l2: 0.01, iterations: 300, step: 0.5 });
  assert.equal(bestDay(right[0]!.days, { features: DATE_DAY_FEATURES, weights: keep })?.day, '2024-09-06');
});
