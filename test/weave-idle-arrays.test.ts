// Idle events' feature arrays moved onto shared chunks: the weave decides, summarises and snapshots exactly as when each keeps its own arrays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { overlapStream } from './helpers/weave-overlap.js';

const coreOf = (w: Weaver): WeaveCore => (w as unknown as { core: WeaveCore }).core;

test('a weave whose idle events move their arrays onto shared chunks adds, summarises and snapshots as one whose events keep their own', () => {
  const config = { archiveAfterArticles: 40, archivedTerms: 10, founderGate: 0.05, forgetEvery: 50, forgetAfterArticles: 60 };
  const settled = new Weaver(config);
  const own = new Weaver(config);
  coreOf(own).idleArrays.settle = () => {};
  overlapStream(7, 800).forEach((x, i) => {
    assert.deepEqual(settled.add(x), own.add(x), x.id);
    if (i % 100 === 99) {
      assert.deepEqual(settled.events(), own.events(), `after ${x.id}`);
      assert.deepEqual(settled.snapshot(), own.snapshot(), `after ${x.id}`);
    }
  });
  assert.deepEqual(settled.storylines(), own.storylines());
  const events = coreOf(settled).eventList.filter((e) => e.centroidIds.length > 0 && e.centroidIds.byteLength < e.centroidIds.buffer.byteLength);
  assert.ok(events.length > 10, `idle events' arrays are views on chunks (${events.length})`);
  const buffers = new Set(events.map((e) => e.centroidIds.buffer));
  assert.ok(buffers.size < events.length / 5, `${events.length} events' centroids share ${buffers.size} buffers`);
  for (const e of events) {
    assert.equal(e.centroidWeights.length, e.centroidIds.length);
    assert.equal(e.centroidCounts.length, e.centroidIds.length);
  }
});
