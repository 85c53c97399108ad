// The archive clock's typed queue answers as the array of pairs it replaces, across its moves to the front and its growth.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TouchLog } from '../src/weave/touch-log.js';
import { rng } from '../lib/random.js';

test('the touch log gives the pairs an array queue gives under random pushes and shifts', () => {
  const r = rng(5);
  const log = new TouchLog();
  const ref: [number, number][] = [];
  let seq = 0;
  for (let step = 0; step < 40_000; step++) {
    // phases that grow the queue and phases that drain it (so the front is reused and the arrays grow)
    const grow = Math.floor(step / 5000) % 2 === 0;
    if (r() < (grow ? 0.7 : 0.3) || ref.length === 0) {
      const ev = Math.floor(r() * 900);
      seq += 1 + Math.floor(r() * 3);
      log.push(ev, seq);
      ref.push([ev, seq]);
    } else {
      assert.deepEqual([log.firstEvent(), log.firstSeq()], ref[0], `step ${step}`);
      log.shift();
      ref.shift();
    }
    assert.equal(log.length, ref.length);
  }
  assert.deepEqual(log.entries(), ref);
  assert.deepEqual(TouchLog.from(ref).entries(), ref);
});
