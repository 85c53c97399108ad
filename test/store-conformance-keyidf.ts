// Store conformance: the key-term IDF snapshot as weave rows (blocks of 64k ids, ~512 KB of packed bytes each) written,
// read back whole, and a smaller later snapshot's stale block deleted, run against each implementation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyIdfOf, keyIdfRows, staleKeyIdfBlocks } from '../src/engine/key-idf-rows.js';
import type { KeyIdfState } from '../src/weave/index.js';
import type { FreshStore } from './store-conformance-derived.js';

function snapshot(n: number, point: number): KeyIdfState {
  const df = Uint32Array.from({ length: n }, (_, i) => (i * 31) % 977);
  const hash = Int32Array.from({ length: n }, (_, i) => (i * 2654435761) | 0);
  return { point, docs: point, df, hash };
}

export function keyIdfConformance(fresh: FreshStore): void {
  test('weave rows: a key-term IDF snapshot of 100k ids reads back whole; a smaller one replaces it, its stale block deleted', async (t) => {
    const store = await fresh(t);
    const big = snapshot(100_000, 65_536);
    const rows = keyIdfRows(big);
    assert.equal(rows.length, 2);
    await store.saveWeaveRows({ replace: false, upserts: [{ kind: 'meta', key: '0', data: '{"v":2}' }, ...rows], deletes: [] }, true);
    const back = keyIdfOf(await store.loadWeaveRows());
    assert.equal(back.blocks, 2);
    assert.deepEqual([back.state?.point, back.state?.docs], [65_536, 65_536]);
    assert.ok(Buffer.from(back.state!.df.buffer, back.state!.df.byteOffset, back.state!.df.byteLength).equals(Buffer.from(big.df.buffer)));
    assert.ok(Buffer.from(back.state!.hash.buffer, back.state!.hash.byteOffset, back.state!.hash.byteLength).equals(Buffer.from(big.hash.buffer)));
    // a later snapshot of fewer ids (a weave rebuilt from rows ends at its last live id): one block, the second deleted
    const small = snapshot(1_000, 131_072);
    const again = keyIdfRows(small);
    await store.saveWeaveRows({ replace: false, upserts: again, deletes: staleKeyIdfBlocks(again.length, back.blocks) }, true);
    const now = keyIdfOf(await store.loadWeaveRows());
    assert.equal(now.blocks, 1);
    assert.deepEqual([now.state?.point, [...now.state!.df]], [131_072, [...small.df]]);
  });
}
