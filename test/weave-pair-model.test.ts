// Tests of the calibrated pair decision: the pair model decides the late and second looks (stray articles and small events), says why, reports the pairs it weighs, and its fit separates what its labels separate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Weaver, type WeaveInput } from '../src/weave/index.js';
import { PAIR_FEATURES } from '../src/weave/pair-model.js';
import { fitLogistic } from '../eval/lib/pair-fit.js';

import { early, reports, unrelated } from './helpers/ferry-stream.js';
const early2: WeaveInput = { ...early, id: 'early-2' };

/** A model that reads the group-weighted score: probability 0.05 at score 0, above 0.5 from a score of 0.15. */
const BY_SCORE = [-3, 0, 0, 0, 0, 0, 20, 0, 0, 0];
/** A model that never finds two groups one happening. */
const NEVER = [-30, 0, 0, 0, 0, 0, 0, 0, 0, 0];
// joins need near copies (0.9), so the early article cannot join the reports on arrival; the look-size check is off so only the late look can move it
const base = { joinThreshold: 0.9, groupLookSizes: [], adoptThreshold: 0.15, adoptDelays: [4] };

test('with a pair model the late look moves a stray article by its probability, and says so', () => {
  const w = new Weaver({ ...base, pairModel: BY_SCORE });
  w.add(early);
  w.add(unrelated);
  w.add(reports[0]);
  w.add(reports[1]);
  assert.notEqual(w.eventOf('early'), w.eventOf('report-1'), 'before the delay it stays alone');
  const fourth = w.add(reports[2]);
  assert.equal(w.eventOf('early'), w.eventOf('report-1'), '4 adds later the model puts it with the reports');
  const moved = fourth.reasons.find((r) => r.kind === 'articles-moved');
  assert.ok(moved?.detail.includes('pair model'), moved?.detail);
  assert.notEqual(w.eventOf('unrelated'), w.eventOf('report-1'), 'an unrelated article is not pulled in');
});

test('the pair model, not the adopt threshold, decides: a model that never merges keeps the stray article alone', () => {
  const w = new Weaver({ ...base, pairModel: NEVER });
  for (const a of [early, unrelated, ...reports]) w.add(a);
  assert.notEqual(w.eventOf('early'), w.eventOf('report-1'));
  const without = new Weaver(base);
  for (const a of [early, unrelated, ...reports]) without.add(a);
  assert.equal(without.eventOf('early'), without.eventOf('report-1'), 'the threshold alone would have moved it');
});

test('a small event looks again from its group at the late look (lateGroupMembers), and only when enabled', () => {
  const order = [early, early2, unrelated, reports[0], reports[1], reports[2]];
  // copies join (0.7) but the early telling and the reports do not
  const copies = { ...base, joinThreshold: 0.7, adoptDelays: [4] };
  const on = new Weaver({ ...copies, pairModel: BY_SCORE, lateGroupMembers: 3 });
  for (const a of order) on.add(a);
  assert.equal(on.eventOf('early'), on.eventOf('early-2'), 'the two copies are one event');
  assert.equal(on.eventOf('early'), on.eventOf('report-1'), 'the small event merged into the reports');
  assert.notEqual(on.eventOf('unrelated'), on.eventOf('report-1'));
  const off = new Weaver({ ...copies, pairModel: BY_SCORE, lateGroupMembers: 0 });
  for (const a of order) off.add(a);
  assert.notEqual(off.eventOf('early'), off.eventOf('report-1'), 'without the small-event look the two events stay apart');
});

test('observePairs reports every pair the looks weigh, with one value per pair feature and its kind', () => {
  const w = new Weaver({ ...base, joinThreshold: 0.7, groupLookSizes: [2, 3, 4], groupMergeThreshold: 0.45 });
  const seen: { features: number[]; a: readonly string[]; b: readonly string[]; kind: string }[] = [];
  w.observePairs((features, a, b, kind) => seen.push({ features, a, b, kind }));
  for (const a of [early, unrelated, ...reports]) w.add(a);
  assert.ok(seen.length > 0);
  assert.ok(seen.every((p) => p.features.length === PAIR_FEATURES.length && p.features.every(Number.isFinite)));
  assert.ok(seen.some((p) => p.kind === 'late' && p.a[0] === 'early'));
  assert.ok(seen.every((p) => p.kind === 'group' || p.kind === 'late'));
});

test('the fitted pair model separates what its labels separate, and weighs pairs by the articles they join', () => {
  const examples = [];
  for (let i = 0; i < 200; i++) {
    const score = (i % 20) / 20;
    examples.push({ features: [score, (i * 7) % 3], label: score > 0.5 ? 1 : 0, weight: 1 });
  }
  const w = fitLogistic(examples, 1, 25, 1);
  const p = (x: number[]) => 1 / (1 + Math.exp(-(w[0] + w[1] * x[0] + w[2] * x[1])));
  assert.ok(w[1] > 0, 'the score counts for the merge');
  assert.ok(p([0.9, 1]) > 0.9 && p([0.1, 1]) < 0.1);
  // a heavy same-happening pair at a low score pulls the decision boundary down
  const heavy = [...examples, { features: [0.3, 1], label: 1, weight: 400 }];
  const wh = fitLogistic(heavy, 1, 25, 1);
  const ph = (x: number[]) => 1 / (1 + Math.exp(-(wh[0] + wh[1] * x[0] + wh[2] * x[1])));
  assert.ok(ph([0.3, 1]) > p([0.3, 1]));
});
