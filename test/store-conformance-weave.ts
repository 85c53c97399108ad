// Store conformance: the weave's state as stored (the one-blob state and meta, weave rows by kind and key, packed bytes beside JSON), run against each implementation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FreshStore } from './store-conformance-derived.js';

export function weaveStateConformance(fresh: FreshStore): void {
  test('weave state and meta: absent, set, overwritten', async (t) => {
    const store = await fresh(t);
    assert.equal(await store.loadWeaveState(), null);
    const big = JSON.stringify({ events: Array.from({ length: 2000 }, (_, i) => ({ id: `ev-${i}`, terms: ['flood', 'Valencia', 'évacuation', '避難'] })) });
    await store.saveWeaveState(big);
    assert.equal(await store.loadWeaveState(), big);
    await store.saveWeaveState('{"v":2}');
    assert.equal(await store.loadWeaveState(), '{"v":2}');
    assert.equal(await store.getMeta('fingerprint.version'), null);
    await store.setMeta('fingerprint.version', 'minhash-128-k5');
    await store.setMeta('other', 'x');
    await store.setMeta('fingerprint.version', 'minhash-128-k7');
    assert.equal(await store.getMeta('fingerprint.version'), 'minhash-128-k7');
    assert.equal(await store.getMeta('other'), 'x');
  });

  test('weave rows: upserts by kind and key, deletes, replace, the weave version moves only when saved', async (t) => {
    const store = await fresh(t);
    assert.deepEqual(await store.loadWeaveRows(), []);
    const v0 = await store.weaveVersion();
    const row = (kind: string, key: string, data: string) => ({ kind, key, data });
    const upserts = Array.from({ length: 6001 }, (_, i) => row('terms', String(i), JSON.stringify({ id: i, key: `t${i}`, df: 1 })));
    await store.saveWeaveRows({ replace: false, upserts: [row('meta', '0', '{"v":2}'), ...upserts, row('recent', 'a1', '{"id":"a1"}')], deletes: [] }, false);
    assert.equal(await store.weaveVersion(), v0, 'rows written between saves do not move the version');
    assert.equal((await store.loadWeaveRows()).length, 6003);
    await store.saveWeaveRows(
      {
        replace: false,
        upserts: [row('terms', '7', '{"id":7,"key":"t7","df":5}'), row('recent', '避難', '{"id":"避難"}')],
        deletes: [{ kind: 'recent', key: 'a1' }],
      },
      true,
    );
    const v1 = await store.weaveVersion();
    assert.notEqual(v1, v0);
    const rows = await store.loadWeaveRows();
    assert.equal(rows.length, 6003);
    assert.equal(rows.find((r) => r.kind === 'terms' && r.key === '7')?.data, '{"id":7,"key":"t7","df":5}');
    assert.deepEqual(
      rows.filter((r) => r.kind === 'recent').map((r) => r.key),
      ['避難'],
    );
    await store.saveWeaveRows({ replace: true, upserts: [row('meta', '0', '{"v":3}')], deletes: [] }, true);
    assert.deepEqual(await store.loadWeaveRows(), [row('meta', '0', '{"v":3}')]);
    assert.ok(!(await store.loadWeaveState()), 'the one-blob snapshot is emptied once rows hold the state');
  });

  test('weave rows: packed bytes are kept byte for byte beside JSON text, and a key may change from one form to the other', async (t) => {
    const store = await fresh(t);
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256);
    await store.saveWeaveRows(
      {
        replace: false,
        upserts: [
          { kind: 'meta', key: '0', data: '{"v":3}' },
          { kind: 'events', key: '0', data: bytes },
          { kind: 'events', key: '1', data: '{"id":"e1"}' },
        ],
        deletes: [],
      },
      false,
    );
    await store.saveWeaveRows({ replace: false, upserts: [{ kind: 'events', key: '1', data: bytes.subarray(1, 9) }], deletes: [] }, true);
    const rows = new Map((await store.loadWeaveRows()).map((r) => [`${r.kind}/${r.key}`, r.data]));
    assert.equal(rows.get('meta/0'), '{"v":3}');
    assert.deepEqual(new Uint8Array(rows.get('events/0') as Uint8Array), bytes);
    assert.deepEqual(new Uint8Array(rows.get('events/1') as Uint8Array), bytes.subarray(1, 9));
    await store.saveWeaveRows({ replace: false, upserts: [{ kind: 'events', key: '0', data: '{"id":"e0"}' }], deletes: [] }, true);
    assert.equal((await store.loadWeaveRows()).find((r) => r.key === '0' && r.kind === 'events')?.data, '{"id":"e0"}');
  });
}
