// Tests of the pair's conflict features: a low group cosine where both sides carry names, numbers or dates ("apart") is told from one where a side carries none, and a model that reads them keeps a sister telling apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Weaver, type WeaveInput } from '../src/weave/index.js';
import { CENTROID_FEATURES, MEMBER_FEATURES, PAIR_FEATURES } from '../src/weave/pair-model.js';
import { early, reports, unrelated } from './helpers/ferry-stream.js';

const at = (name: (typeof PAIR_FEATURES)[number]): number => PAIR_FEATURES.indexOf(name);
// copies join (0.7) but the early article cannot join the reports on arrival; only the late look can move it
const base = { joinThreshold: 0.7, groupLookSizes: [], adoptThreshold: 0.15, adoptDelays: [4] };
/** The early telling without any number. */
const noNumbers: WeaveInput = {
  ...early,
  id: 'early',
  text: 'A passenger ship carrying hundreds of people, among them pupils of Danwon High School, went down near Jindo. Coast guard boats rescued many. The Sewol had left Incheon for Jeju the night before.',
};
/** The early telling with other numbers (as a sister event would have). */
const otherNumbers: WeaveInput = {
  ...early,
  id: 'early',
  text: 'A passenger ship carrying 311 people, among them pupils of Danwon High School, went down near Jindo. Coast guard boats rescued 58. The Sewol had left Incheon for Jeju the night before.',
};

function pairFeatures(first: WeaveInput): number[] {
  const w = new Weaver(base);
  const seen: { features: number[]; a: readonly string[]; b: readonly string[] }[] = [];
  w.observePairs((features, a, b) => seen.push({ features: [...features], a: [...a], b: [...b] }));
  for (const a of [first, unrelated, ...reports]) w.add(a);
  const pair = seen.find((p) => p.a[0] === 'early' && p.b.length === 3);
  assert.ok(pair, 'the early article was weighed against the three reports');
  return pair.features;
}

test('numbers apart: 0 when a side carries no number, near 1 when both carry other numbers, low when they share them', () => {
  const none = pairFeatures(noNumbers);
  const other = pairFeatures(otherNumbers);
  const same = pairFeatures(early);
  assert.equal(none.length, PAIR_FEATURES.length);
  assert.equal(none[at('numbers')], 0);
  assert.equal(other[at('numbers')], 0, 'the cosine alone reads the same for both');
  assert.equal(none[at('numbers apart')], 0);
  assert.ok(other[at('numbers apart')] > 0.99, `other numbers: ${other[at('numbers apart')]}`);
  assert.ok(same[at('numbers apart')] < 0.5, `shared numbers: ${same[at('numbers apart')]}`);
  assert.ok(Math.abs(same[at('numbers apart')] - (1 - same[at('numbers')])) < 1e-9, 'apart is 1 - the cosine when both carry the group');
  // no date in these texts: nothing to conflict on
  assert.equal(other[at('dates apart')], 0);
});

test('a model that reads the conflict keeps a telling with other numbers apart, and one without numbers still moves', () => {
  // probability above 0.5 from a group-weighted score of 0.15; other numbers pull it far down
  const model = [-3, 0, 0, 0, 0, 0, 20, ...new Array(MEMBER_FEATURES - 6).fill(0), 0, -40, 0];
  assert.equal(model.length, PAIR_FEATURES.length + 1);
  assert.equal(model[1 + at('numbers apart')], -40);
  const run = (first: WeaveInput, pairModel: number[]): boolean => {
    const w = new Weaver({ ...base, pairModel });
    for (const a of [first, unrelated, ...reports]) w.add(a);
    return w.eventOf('early') === w.eventOf('report-1');
  };
  assert.equal(run(noNumbers, model), true, 'no numbers: no conflict, the score moves it');
  assert.equal(run(otherNumbers, model), false, 'other numbers: kept apart');
  // the same model without its conflict weights (the member-evidence model's length) reads no conflict and moves both
  const plain = model.slice(0, MEMBER_FEATURES + 1);
  assert.equal(run(otherNumbers, plain), true);
  assert.equal(plain.slice(1 + CENTROID_FEATURES).length, 3);
});
