// Tests of the looks' exact skip (src/weave/look-bound.ts): the cosine, score and logit ceilings are never below the true values over the pairs of a real weave and several pair models, a skipped pair could not have reached pairProbability, and a weave that skips decides exactly as one that weighs every pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Weaver, type WeaveInput } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { centroidVector, similarityTo } from '../src/weave/scoring.js';
import { PAIR_FEATURES, pairEvidence, withMembers } from '../src/weave/pair-model.js';
import { boundOn, cannotReach, cosineCeilings, logitCeiling, scoreCeiling } from '../src/weave/look-bound.js';
import { linearScore } from '../src/util/linear-model.js';
import { rng } from '../lib/random.js';
import { scaleCorpus } from '../bench/lib/scale-corpus.js';
import { early, reports, unrelated } from './helpers/ferry-stream.js';
import { writtenCorpus } from './helpers/written-corpus.js';

const coreOf = (w: Weaver): WeaveCore => (w as unknown as { core: WeaveCore }).core;
// real sentences from ../shared/data when it is there, else a stream of the texts committed here
const fromData: WeaveInput[] = [...scaleCorpus(500, 7)].map((r) => ({ id: r.id, title: r.title, text: r.text, published: r.published }));
const rows = fromData.length > 0 ? fromData : writtenCorpus(500, 7);

/** Every pair a second look of each live event would weigh: its centroid (strongest first) against its lookCandidates. */
function lookPairs(core: WeaveCore): { a: ReturnType<typeof centroidVector>; ev: number; other: number }[] {
  const out: { a: ReturnType<typeof centroidVector>; ev: number; other: number }[] = [];
  core.eventList.forEach((e, ev) => {
    if (e.mergedInto >= 0 || e.members.length === 0) return;
    const a = centroidVector(core, e, core.config.queryTerms);
    for (const c of core.candidates(a, e.firstDay, core.config.lookCandidates)) {
      const other = core.live(c);
      if (other !== ev) out.push({ a, ev, other });
    }
  });
  return out;
}

test('the ceilings are never below the true cosines, score and logit (the shipped model and seven others)', () => {
  const w = new Weaver();
  for (const r of rows) w.add(r);
  const core = coreOf(w);
  const shipped = [...(core.config.pairModel ?? [])];
  assert.equal(shipped.length, PAIR_FEATURES.length + 1);
  const r = rng(3);
  const models = [shipped, ...Array.from({ length: 7 }, () => shipped.map((x) => (r() < 0.3 ? -x : x) * (0.5 + r())))];
  const floor = core.config.memberEvidenceFloor;
  const threshold = Math.log(core.config.pairProbability / (1 - core.config.pairProbability));
  const pairs = lookPairs(core);
  assert.ok(pairs.length > 150, `pairs weighed: ${pairs.length}`);
  let belowFloor = 0;
  let skipped = 0;
  for (const { a, ev, other } of pairs) {
    const e = core.eventList[ev];
    const b = core.eventList[other];
    const ceil = Float64Array.from(cosineCeilings(core, a, b, new Float64Array(core.groupCount)));
    const parts: number[] = [];
    similarityTo(core, a, b.centroidIds, b.centroidWeights, b.centroidGroups, parts);
    for (let g = 0; g < core.groupCount; g++) assert.ok(ceil[g] >= parts[g] - 1e-12, `group ${g}: ceiling ${ceil[g]} < cosine ${parts[g]}`);
    const found = pairEvidence(core, a, e.members.length, [e.firstDay, e.lastDay], b);
    // which groups b holds (the comparison just made noted them)
    const bHas = Uint8Array.from(core.centroidHas);
    const score = scoreCeiling(core, ceil, found.decay ?? 1, a.hasGroup);
    assert.ok(score >= found.score - 1e-12, `score ceiling ${score} < score ${found.score}`);
    if (!(score < floor)) continue;
    belowFloor++;
    // below the floor the pair's member features are 0
    const features = withMembers(core, found, null).features;
    for (const m of models) {
      core.config.pairModel = m;
      const z = linearScore(m, features, true);
      for (const has of [bHas, null]) {
        const top = logitCeiling(core, ceil, found.decay ?? 1, e.members.length, b.members.length, a.hasGroup, has, score);
        assert.ok(top >= z - 1e-9, `logit ceiling ${top} < logit ${z}`);
      }
    }
    core.config.pairModel = shipped;
    if (cannotReach(core, a, e.members.length, [e.firstDay, e.lastDay], b)) {
      skipped++;
      assert.ok(linearScore(shipped, features, true) < threshold, 'a skipped pair could not have merged');
    }
  }
  // not vacuous: many pairs fall below the floor (most of them with real sentences; the written stream repeats its few texts) and most of those are skipped
  assert.ok(fromData.length > 0 ? belowFloor > pairs.length / 2 : belowFloor >= 50, `below the floor: ${belowFloor} of ${pairs.length}`);
  assert.ok(skipped > belowFloor / 2, `skipped: ${skipped} of ${belowFloor}`);
});

test('a weave that skips decides exactly as one that weighs every pair (watching the pairs turns the skip off)', () => {
  const skipping = new Weaver();
  const weighing = new Weaver();
  let watched = 0;
  weighing.observePairs(() => {
    watched++;
  });
  assert.equal(boundOn(coreOf(skipping)), true);
  assert.equal(boundOn(coreOf(weighing)), false);
  for (const r of rows) {
    const x = skipping.add(r);
    const y = weighing.add(r);
    assert.equal(x.event, y.event, `${r.id}: event`);
    assert.deepEqual(
      x.reasons.map((q) => q.detail),
      y.reasons.map((q) => q.detail),
    );
  }
  assert.ok(watched > 200, `pairs weighed: ${watched}`);
  for (const r of rows) assert.equal(skipping.eventOf(r.id), weighing.eventOf(r.id));
});

test('an unrelated event cannot reach the pair threshold; a telling of the same happening is weighed', () => {
  const w = new Weaver({ joinThreshold: 0.7, groupLookSizes: [] });
  for (const a of [early, unrelated, ...reports]) w.add(a);
  const core = coreOf(w);
  const ev = (id: string): number => core.eventIndexById.get(w.eventOf(id) as string) as number;
  const told = core.eventList[ev('report-1')];
  const a = centroidVector(core, told, core.config.queryTerms);
  assert.equal(cannotReach(core, a, told.members.length, [told.firstDay, told.lastDay], core.eventList[ev('unrelated')]), true);
  assert.equal(cannotReach(core, a, told.members.length, [told.firstDay, told.lastDay], core.eventList[ev('early')]), false);
});
