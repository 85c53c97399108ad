// Tests of the weave's late look: an article still alone some adds after it arrived moves into the event that gathered since, and only then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Weaver } from '../src/weave/index.js';

import { early, reports, unrelated } from './helpers/ferry-stream.js';

// joins need near copies (0.9), so the early article cannot join on arrival; the look-size check is off so only the late look can move it
const config = { joinThreshold: 0.9, groupMergeThreshold: 0, adoptThreshold: 0.15, adoptDelays: [4] };

test('an article alone in its event moves into the event that gathered after it, at the delay and with a reason', () => {
  const w = new Weaver(config);
  w.add(early);
  w.add(unrelated);
  w.add(reports[0]);
  const third = w.add(reports[1]);
  assert.notEqual(w.eventOf('early'), w.eventOf('report-1'), 'before the delay it stays alone');
  assert.deepEqual(w.movedByLastAdd(), []);
  assert.ok(!third.reasons.some((r) => r.detail.startsWith('late look')));
  const fourth = w.add(reports[2]);
  assert.equal(w.eventOf('early'), w.eventOf('report-1'), '4 adds later it joins the reports');
  assert.deepEqual(w.movedByLastAdd(), ['early']);
  assert.ok(fourth.reasons.some((r) => r.kind === 'articles-moved' && r.detail.includes('early')));
  assert.notEqual(w.eventOf('unrelated'), w.eventOf('report-1'), 'an unrelated article is not pulled in');
});

test('with the late look off the early article stays alone', () => {
  const w = new Weaver({ ...config, adoptThreshold: 0 });
  for (const a of [early, unrelated, ...reports]) w.add(a);
  assert.notEqual(w.eventOf('early'), w.eventOf('report-1'));
});
