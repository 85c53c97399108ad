// Records that hold no ids (founders under founderGate 0, events merged away) share one empty array each, not one per event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { NO_COUNTS, NO_IDS, NO_WEIGHTS } from '../src/weave/records.js';
import { overlapStream as stream } from './helpers/weave-overlap.js';

test('empty founders and the arrays of events merged away are the shared empties', () => {
  const w = new Weaver({ founderGate: 0 });
  for (const x of stream(21, 500)) w.add(x);
  const core = (w as unknown as { core: WeaveCore }).core;
  const merged = core.eventList.filter((e) => e.mergedInto >= 0 && e.members.length > 0);
  assert.ok(merged.length > 0, 'some events were merged away');
  for (const e of core.eventList) {
    assert.equal(e.founderIds, NO_IDS, e.id);
    assert.equal(e.founderWeights, NO_WEIGHTS, e.id);
  }
  for (const e of merged) {
    assert.equal(e.centroidIds, NO_IDS, e.id);
    assert.equal(e.centroidWeights, NO_WEIGHTS, e.id);
    assert.equal(e.centroidCounts, NO_COUNTS, e.id);
  }
  const back = Weaver.restore(w.snapshot());
  for (const e of (back as unknown as { core: WeaveCore }).core.eventList) assert.equal(e.founderIds, NO_IDS, `restored ${e.id}`);
});
