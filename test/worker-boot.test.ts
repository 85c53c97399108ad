// A prepare thread started from source runs one bundle of its module (not tsx per thread) and prepares exactly what the writer's thread does.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { type Prepared, prepareDoc } from '../src/engine/prepare.js';
import { readSources } from '../src/ingest/sources.js';
import type { RawDoc } from '../src/model.js';
import type { PrepareReply } from '../src/parallel/prepare-worker.js';
import { fromWire } from '../src/parallel/prepared-wire.js';
import { PREPARE_YOUNG_MB, startPrepareThread } from '../src/parallel/prepare-pool.js';
import { BUNDLE_DIR, sourceBundle, workerStarter } from '../src/parallel/worker-boot.js';
import { SEEDS } from './helpers/tmp.js';

const WORKER = new URL('../src/parallel/prepare-worker.ts', import.meta.url);

test('a prepare thread started from source prepares the seeds exactly as the calling thread does', async () => {
  const raws: RawDoc[] = [];
  for await (const item of readSources([SEEDS], {})) if (item.raw) raws.push(item.raw);
  assert.ok(raws.length >= 5);
  const worker = workerStarter(WORKER)();
  try {
    const replies = new Map<number, Prepared>();
    await new Promise<void>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (m: PrepareReply) => {
        if ('error' in m) return reject(new Error(m.error));
        replies.set(m.id, fromWire(m.prepared));
        if (replies.size === raws.length) resolve();
      });
      for (const [id, raw] of raws.entries()) worker.postMessage({ id, raw });
    });
    for (const [id, raw] of raws.entries()) assert.deepEqual(replies.get(id), prepareDoc(raw), `${raw.origin.path} differs`);
  } finally {
    await worker.terminate();
  }
});

test('run from source, the threads start on one bundle file of the module, the same while its sources are unchanged', () => {
  const path = sourceBundle(WORKER);
  assert.ok(path, 'the worker module could not be bundled (the threads would register tsx each)');
  assert.ok(path.startsWith(BUNDLE_DIR) && path.endsWith('.mjs'), `${path} is not in the project's own cache folder`);
  assert.ok(statSync(path).size > 100_000);
  assert.equal(sourceBundle(WORKER), path);
});

test('a prepare thread starts with the small young generation the pool asks for, and prepares under it', async () => {
  const worker = startPrepareThread();
  try {
    assert.equal(worker.resourceLimits?.maxYoungGenerationSizeMb, PREPARE_YOUNG_MB);
    let raw: RawDoc | undefined;
    for await (const item of readSources([SEEDS], {})) raw ??= item.raw;
    assert.ok(raw);
    const reply = await new Promise<PrepareReply>((resolve, reject) => {
      worker.on('error', reject);
      worker.once('message', resolve);
      worker.postMessage([{ id: 1, raw }]);
    });
    assert.ok(!('error' in reply), 'the thread failed');
    assert.deepEqual(fromWire(reply.prepared), prepareDoc(raw));
  } finally {
    await worker.terminate();
  }
});
