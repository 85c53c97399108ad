// Tests that an article the pair model's late look moves takes its kept headline along: the event it joins can be named by it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Weaver } from '../src/weave/index.js';
import { early, reports, unrelated } from './helpers/ferry-stream.js';

/** A model that reads the group-weighted score: probability above 0.5 from a score of 0.15. */
const BY_SCORE = [-3, 0, 0, 0, 0, 0, 20, 0, 0, 0];
// joins need near copies (0.9), so the early article cannot join the reports on arrival; only the late look can move it
const base = { joinThreshold: 0.9, groupLookSizes: [], adoptThreshold: 0.15, adoptDelays: [4], pairModel: BY_SCORE };

test('a moved article takes its headline to the event it joins', () => {
  const w = new Weaver(base);
  for (const a of [early, unrelated, ...reports]) w.add(a);
  assert.equal(w.eventOf('early'), w.eventOf('report-1'), 'the late look moved the early article to the reports');
  const snap = w.snapshot();
  const joined = snap.events.find((e) => e.members.includes('early'));
  assert.ok(joined);
  assert.ok(
    (joined.headlines ?? []).some(([id]) => id === 'early'),
    `the reports' event holds the early article's headline: ${JSON.stringify(joined.headlines)}`,
  );
  for (const e of w.events()) assert.ok(e.headline, `${e.id} has a name`);
});
