// Benchmark: the one writer alone (copies, weave, store in input order), over documents prepared beforehand, with the store's calls timed.
// node --import tsx bench/ingest-writer.ts [N=2000]: the same PolNeAR files as bench/ingest.ts, prepared first (not timed),
// then Engine.applyPrepared in batches of 200; prints the writer's CPU per article, the wall time per store call, and the
// rows and bytes the weave-row flushes write.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { WeaveRowChanges } from '../src/store/store.js';
import { preparedPolnearItems } from './lib/prepared-items.js';
import { WRITER_STORE_CALLS } from './lib/writer-calls.js';
import { threadCpuMs } from './lib/thread-cpu.js';

const N = Number(process.argv[2] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'newsloom-writer-'));
const items = await preparedPolnearItems(dir, N);
if (items === null) process.exit(0);

const store = SqliteStore.open(join(dir, 'bench.db'));
const timed = new Map<string, number>();
for (const k of WRITER_STORE_CALLS) {
  const self = store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const f = self[k]!.bind(store);
  self[k] = async (...a) => {
    const t = performance.now();
    try {
      return await f(...a);
    } finally {
      timed.set(k, (timed.get(k) ?? 0) + performance.now() - t);
    }
  };
}
// what the weave-row flushes write: rows and bytes by kind (measured before the timed call, outside its time)
const flushed = new Map<string, { rows: number; bytes: number }>();
let flushes = 0;
const saveRows = store.saveWeaveRows.bind(store);
store.saveWeaveRows = async (changes: WeaveRowChanges, saved: boolean) => {
  flushes++;
  for (const r of changes.upserts) {
    const k = flushed.get(r.kind) ?? { rows: 0, bytes: 0 };
    k.rows++;
    k.bytes += r.kind.length + r.key.length + (typeof r.data === 'string' ? Buffer.byteLength(r.data) : r.data.byteLength);
    flushed.set(r.kind, k);
  }
  return saveRows(changes, saved);
};
const engine = new Engine(store);
await engine.flush();
const cpu0 = process.cpuUsage();
const main0 = threadCpuMs() ?? 0;
const t0 = performance.now();
let added = 0;
for (let i = 0; i < items.length; i += 200) added += (await engine.applyPrepared(items.slice(i, i + 200))).filter((o) => o.status === 'added').length;
await engine.flush();
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const main = (threadCpuMs() ?? 0) - main0;
await store.close();
rmSync(dir, { recursive: true, force: true });
let inStore = 0;
for (const v of timed.values()) inStore += v;
console.log(`load average ${loadavg()[0]!.toFixed(1)}; ${added} articles written`);
console.log(
  `the writer: ${(wall / added).toFixed(2)} ms wall, ${(main / added).toFixed(2)} ms CPU of its thread, ${((cpu.user + cpu.system) / 1e3 / added).toFixed(2)} ms CPU of the process per article; store calls ${(inStore / added).toFixed(2)} ms wall per article:`,
);
console.log(
  [...timed]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${(v / added).toFixed(2)}`)
    .join(', '),
);
let rowsAll = 0;
let bytesAll = 0;
for (const v of flushed.values()) {
  rowsAll += v.rows;
  bytesAll += v.bytes;
}
console.log(
  `weave-row flushes: ${flushes}, ${(rowsAll / flushes).toFixed(0)} rows and ${(bytesAll / 1e3 / flushes).toFixed(0)} KB per flush, ${(rowsAll / added).toFixed(1)} rows and ${(bytesAll / 1e3 / added).toFixed(1)} KB per article: ${[
    ...flushed,
  ]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([k, v]) => `${k} ${(v.rows / added).toFixed(1)} rows ${(v.bytes / 1e3 / added).toFixed(1)} KB`)
    .join(', ')}`,
);
