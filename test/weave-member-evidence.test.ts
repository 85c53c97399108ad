// Tests of the pair's member evidence: the looks weigh how the two groups' recent members match one by one (best pair, cover) and how tight each group is inside (cohesion), and a model that reads them decides on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Weaver } from '../src/weave/index.js';
import { CENTROID_FEATURES, MEMBER_FEATURES, PAIR_FEATURES, shortlist } from '../src/weave/pair-model.js';
import { WeaveCore } from '../src/weave/core.js';
import { early, reports, unrelated } from './helpers/ferry-stream.js';

const at = (name: (typeof PAIR_FEATURES)[number]): number => PAIR_FEATURES.indexOf(name);
/** A model of the member evidence only: probability above 0.5 from a best member pair of 0.15. */
const BY_BEST_MEMBER = [-3, ...new Array(CENTROID_FEATURES).fill(0), 20, 0, 0];
/** The same, but a tight group (cohesion near 1) pulls the probability far down. */
const TIGHT_APART = [-3, ...new Array(CENTROID_FEATURES).fill(0), 20, 0, -40];
// copies join (0.7) but the early article cannot join the reports on arrival; only the late look can move it
const base = { joinThreshold: 0.7, groupLookSizes: [], adoptThreshold: 0.15, adoptDelays: [4] };

test("the late look weighs member evidence: best pair and cover of a lone article against copies, and the copies' cohesion", () => {
  const w = new Weaver(base);
  const seen: { features: number[]; a: readonly string[]; b: readonly string[] }[] = [];
  w.observePairs((features, a, b) => seen.push({ features: [...features], a: [...a], b: [...b] }));
  for (const a of [early, unrelated, ...reports]) w.add(a);
  const pair = seen.find((p) => p.a[0] === 'early' && p.b.length === 3);
  assert.ok(pair, 'the early article was weighed against the three reports');
  const f = pair.features;
  assert.equal(f.length, PAIR_FEATURES.length);
  assert.ok(f[at('best member pair')] > 0.15, `best member pair ${f[at('best member pair')]}`);
  // the reports are copies: each matches the early article as well as the best one does
  assert.ok(Math.abs(f[at('member cover')] - f[at('best member pair')]) < 1e-6);
  assert.ok(f[at('member cohesion')] > 0.7, `copies are one tight group (as a copy scores with itself without dates) (${f[at('member cohesion')]})`);
  assert.ok(f[at('best member pair')] < f[at('member cohesion')]);
});

test('a model that reads the member evidence decides on it; a centroid-only model (fewer weights) does not ask for it', () => {
  const run = (pairModel: number[]): Weaver => {
    const w = new Weaver({ ...base, pairModel });
    for (const a of [early, unrelated, ...reports]) w.add(a);
    return w;
  };
  const best = run(BY_BEST_MEMBER);
  assert.equal(best.eventOf('early'), best.eventOf('report-1'), 'its best member pair moves it');
  assert.notEqual(best.eventOf('unrelated'), best.eventOf('report-1'));
  const tight = run(TIGHT_APART);
  assert.notEqual(tight.eventOf('early'), tight.eventOf('report-1'), 'a group of copies is tighter than its match with the early telling');
  const centroidOnly = run([-3, ...new Array(CENTROID_FEATURES).fill(0)]);
  assert.notEqual(centroidOnly.eventOf('early'), centroidOnly.eventOf('report-1'), 'the bias alone never moves it');
});

test('below memberEvidenceFloor a pair is not weighed member by member: its member features are 0', () => {
  const features = (floor: number): number[] => {
    const w = new Weaver({ ...base, memberEvidenceFloor: floor });
    const seen: { features: number[]; a: readonly string[]; b: readonly string[] }[] = [];
    w.observePairs((f, a, b) => seen.push({ features: [...f], a: [...a], b: [...b] }));
    for (const a of [early, unrelated, ...reports]) w.add(a);
    const pair = seen.find((p) => p.a[0] === 'early' && p.b.length === 3);
    assert.ok(pair);
    return pair.features;
  };
  const open = features(0);
  const closed = features(1);
  assert.ok(open[at('best member pair')] > 0);
  assert.deepEqual(closed.slice(CENTROID_FEATURES, MEMBER_FEATURES), [0, 0, 0]);
  assert.deepEqual(closed.slice(0, CENTROID_FEATURES), open.slice(0, CENTROID_FEATURES), 'the centroid features are the same');
});

test('a look weighs member by member only its lookShortlist pairs of highest centroid score above the floor (0: all of them)', () => {
  const scores = [0.1, 0.5, 0.02, 0.3, 0.3];
  const listed = (lookShortlist: number) => [...shortlist(new WeaveCore({ memberEvidenceFloor: 0.05, lookShortlist }), scores)].sort();
  assert.deepEqual(listed(2), [1, 3], 'the two best; on a tie the earlier candidate');
  assert.deepEqual(listed(0), [0, 1, 3, 4], 'all above the floor');
  assert.deepEqual(listed(9), [0, 1, 3, 4]);
});
