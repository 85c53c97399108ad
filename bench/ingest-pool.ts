// Benchmark: the prepare pool alone (no store, no weave), two trees' pools alternated in one process: the prepare threads'
// CPU per document and what taking the documents out and back costs the writer's thread.
// node --import tsx bench/ingest-pool.ts OTHER [N=1500] [ROUNDS=3] [threads=2]: N scale-corpus documents (bench/lib/scale-files.ts)
// read once, then run through this tree's and OTHER's (a src folder) prepare pools in turn, the same window as ingest
// (16 documents per thread); CPU from /proc (schedstat), the pool's threads told apart as the threads it started.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSources } from '../src/ingest/sources.js';
import type { RawDoc } from '../src/model.js';
import { writeScaleFiles } from './lib/scale-files.js';
import { allThreadsCpuNs, threadCpuNs } from './lib/thread-cpu.js';

if (!process.argv[2]) {
  console.error(
    'usage: node --import tsx bench/ingest-pool.ts OTHER [N=1500] [ROUNDS=3] [threads=2]\n  OTHER: the src folder of the tree to compare with (e.g. /work/main/src)',
  );
  process.exit(2);
}
const other = resolve(process.argv[2]);
const N = Number(process.argv[3] ?? 1500);
const ROUNDS = Number(process.argv[4] ?? 3);
const THREADS = Number(process.argv[5] ?? 2);
const dir = mkdtempSync(join(tmpdir(), 'newsloom-pool-'));
if (writeScaleFiles(dir, N) === null) process.exit(0);
const raws: RawDoc[] = [];
for await (const it of readSources([dir], {})) if (it.raw) raws.push(it.raw);

type Pool = { prepare(raw: RawDoc): Promise<unknown>; close(): Promise<void> };
type PoolModule = {
  preparer(n: number): Pool;
  orderedWindow<T, R>(items: AsyncIterable<T>, work: (t: T) => Promise<R>, window: number): AsyncIterable<unknown>;
};
const trees: { name: string; mod: PoolModule; pool?: Pool; tids: Set<number> }[] = [];
for (const [name, root] of [
  ['this tree', join(import.meta.dirname, '..', 'src')],
  [other, other],
] as const)
  trees.push({ name, mod: (await import(pathToFileURL(join(root, 'parallel/prepare-pool.ts')).href)) as PoolModule, tids: new Set() });

async function* each(xs: RawDoc[]): AsyncGenerator<RawDoc> {
  for (const x of xs) yield x;
}
for (let r = 0; r <= ROUNDS; r++) {
  for (const t of r % 2 ? [...trees].reverse() : trees) {
    const before = new Set(allThreadsCpuNs().keys());
    if (!t.pool) {
      t.pool = t.mod.preparer(THREADS);
      await t.pool.prepare(raws[0]!); // start its threads (round 0 warms both up and is not counted)
      for (const tid of allThreadsCpuNs().keys()) if (!before.has(tid)) t.tids.add(tid);
    }
    const a0 = allThreadsCpuNs();
    const m0 = threadCpuNs()!;
    for await (const _ of t.mod.orderedWindow(each(raws), (raw) => t.pool!.prepare(raw), THREADS * 16));
    const main = threadCpuNs()! - m0;
    let prep = 0;
    for (const [tid, ns] of allThreadsCpuNs()) if (t.tids.has(tid)) prep += ns - (a0.get(tid) ?? 0);
    if (r > 0)
      console.log(
        `round ${r}, ${t.name}: writer's thread ${(main / 1e6 / raws.length).toFixed(3)} ms CPU per document, prepare threads ${(prep / 1e6 / raws.length).toFixed(3)} (load ${loadavg()[0]!.toFixed(1)})`,
      );
  }
}
for (const t of trees) await t.pool?.close();
rmSync(dir, { recursive: true, force: true });
