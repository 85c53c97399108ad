// Tests of the late look's schedule: a look at a later delay weighs only the events that changed since the look before it, and a small event looks again only on its newest member's delays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Weaver, type WeaveInput } from '../src/weave/index.js';
import { CENTROID_FEATURES } from '../src/weave/pair-model.js';
import { previousLook } from '../src/weave/late-look.js';
import { early, reports, unrelated } from './helpers/ferry-stream.js';

/** A model that never moves anything, so the early article stays alone and looks at every delay. */
const NEVER = [-30, ...new Array(CENTROID_FEATURES + 3).fill(0)];
const config = { joinThreshold: 0.9, groupLookSizes: [], adoptThreshold: 0.15, adoptDelays: [2, 4], pairModel: NEVER };
const other: WeaveInput = {
  ...unrelated,
  id: 'unrelated-2',
  title: 'Port strike ends',
  text: 'Dock workers ended a two-week strike after the port authority agreed to a new wage deal.',
};

/** The events the early article was weighed against, per add. */
function lateLooks(stream: WeaveInput[]): Map<number, string[][]> {
  const w = new Weaver(config);
  const out = new Map<number, string[][]>();
  let seq = 0;
  w.observePairs((_f, a, b, kind) => {
    if (kind === 'late' && a[0] === 'early') out.set(seq, [...(out.get(seq) ?? []), [...b]]);
  });
  for (const x of stream) {
    seq++;
    w.add(x);
  }
  return out;
}

test('the previous look of a delay is the next shorter delay after the article arrived, none for the first', () => {
  assert.equal(previousLook([10, 30, 100], 10, 50), -1);
  assert.equal(previousLook([10, 30, 100], 100, 50), 80);
  assert.equal(previousLook([100, 10, 30], 30, 0), 10);
});

test('a later late look weighs an event again only when it changed since the look before', () => {
  const quiet = lateLooks([early, reports[0], reports[1], unrelated, other]);
  assert.ok(
    quiet.get(3)?.some((b) => b.includes('report-1')),
    'the first look weighs the reports',
  );
  assert.ok(!quiet.get(5)?.some((b) => b.includes('report-1')), 'unchanged since the first look: not weighed again');
  const grown = lateLooks([early, reports[0], reports[1], reports[2], unrelated]);
  assert.ok(
    grown.get(5)?.some((b) => b.includes('report-3')),
    'a report joined since: weighed again',
  );
});
