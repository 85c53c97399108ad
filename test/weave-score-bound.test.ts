// The bound the writer skips candidates by is never below the score it stands for (every article against every event, several configs), and it is low for events that share little.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WeaveConfig } from '../src/weave/types.js';
import type { WeaveCore } from '../src/weave/core.js';
import { Weaver } from '../src/weave/weaver.js';
import { similarity, vectorize } from '../src/weave/scoring.js';
import { scoreBound } from '../src/weave/score-bound.js';
import { FAMOUS_NAME_PAIR, SAME_EVENT_PAIR, boilerplateInputs, unrelatedInputs } from './helpers/weave-fixtures.js';

const inputs = [...unrelatedInputs(), ...boilerplateInputs(), ...FAMOUS_NAME_PAIR, ...SAME_EVENT_PAIR];

const configs: Partial<WeaveConfig>[] = [
  {},
  // an absent group weighs less than a present one, dates count without content, no words floor
  { absentGroupWeights: [0.3, 0.5, 0.2, 0.4, 0.1], dateSupportFloor: 0, wordSupportFloor: 0 },
  // one group for everything, a sparse smoothing and a consensus power
  { featureGroups: { w: 0, e: 0, n: 0, d: 0, q: 0 }, groupWeights: [1], sparseSmoothing: 0.2, consensusPower: 0.5 },
];

for (const [k, config] of configs.entries()) {
  test(`the score bound is at least the score of every article against every event (config ${k})`, () => {
    const w = new Weaver(config);
    // the first half woven, every article (woven or not) then scored against every event
    for (const a of inputs.slice(0, Math.ceil(inputs.length / 2))) w.add(a);
    const core = (w as unknown as { core: WeaveCore }).core;
    let below = 0;
    let pairs = 0;
    for (const a of inputs) {
      const v = vectorize(core, a, false);
      core.load(v);
      for (const e of core.eventList) {
        if (e.mergedInto >= 0 || e.centroidIds.length === 0) continue;
        const bound = scoreBound(core, v, e.centroidIds, e.centroidGroups);
        const score = similarity(core, v, e);
        assert.ok(bound >= score, `${a.id} against ${e.id}: bound ${bound} < score ${score}`);
        pairs++;
        if (bound < 0.15) below++;
      }
      core.unload();
    }
    assert.ok(pairs > 100);
    // not vacuous: with the default config the bound rules out most pairs of these unrelated one-day items
    if (k === 0) assert.ok(below > pairs / 2, `${below} of ${pairs} pairs bounded below 0.15`);
  });
}

test('the bound of a vector that is not the one loaded is the trivial one', () => {
  const w = new Weaver();
  for (const a of SAME_EVENT_PAIR) w.add(a);
  const core = (w as unknown as { core: WeaveCore }).core;
  const v = vectorize(core, FAMOUS_NAME_PAIR[0], false);
  assert.ok(scoreBound(core, v, core.eventList[0].centroidIds, core.eventList[0].centroidGroups) >= 1);
});
