// Benchmark: where the ingest writer's thread spends its CPU, call by call, over a plain-text ingest with prepare threads.
// node --import tsx bench/ingest-split.ts [N=10000] [threads=2] [--polnear] [--from F] [--prepared] [--profile FILE]: the scale corpus (or PolNeAR's
// texts repeated) ingested as bench/ingest.ts does; the synchronous part of each store call, the weaver's add, the copy
// index, the weave-row encoding and the summaries are timed on the writer's thread (CPU ns from /proc/thread-self/schedstat)
// from document F on (default N/2: a warm window); the rest of the thread's CPU (reading the files, taking the prepared
// documents in, promises, GC) is what is left. The clock's own reads are counted and reported. --prepared: the writer alone
// (Engine.applyPrepared in batches of 200 over documents prepared first, as bench/ingest-writer.ts; F a multiple of 200);
// --profile FILE: a CPU profile of the thread over the same window. The clock (schedstat) moves at the scheduler's ticks
// and switches: a thread that sleeps often (waiting for prepared documents) has its short runs charged to where it
// sleeps, i.e. to the rest; with --prepared it never waits and the split is fair.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Engine, type Prepared, prepareDoc } from '../src/engine/index.js';
import { readSources } from '../src/ingest/sources.js';
import type { RawDoc } from '../src/model.js';
import { CopyIndex } from '../src/fingerprint/copy-index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { Weaver } from '../src/weave/weaver.js';
import { writePolnearFiles } from './lib/polnear-files.js';
import { writeScaleFiles } from './lib/scale-files.js';
import { threadCpuNs } from './lib/thread-cpu.js';
import { WRITER_STORE_CALLS } from './lib/writer-calls.js';

const args = process.argv.slice(2);
const polnear = args.includes('--polnear');
const prepared = args.includes('--prepared');
const profAt = args.indexOf('--profile');
const profileOut = profAt >= 0 ? args[profAt + 1] : undefined;
const session = profileOut ? new Session() : null;
session?.connect();
const fromAt = args.indexOf('--from');
const pos = args.filter((a, i) => !a.startsWith('--') && (fromAt < 0 || i !== fromAt + 1) && (profAt < 0 || i !== profAt + 1));
const N = Number(pos[0] ?? 10000);
const threads = Number(pos[1] ?? 2);
const FROM = fromAt >= 0 ? Number(args[fromAt + 1]) : Math.floor(N / 2);
const dir = mkdtempSync(join(tmpdir(), 'newsloom-split-'));
const src = join(dir, 'articles');
if ((polnear ? writePolnearFiles(src, N) : writeScaleFiles(src, N)) === null) process.exit(0);
const store = SqliteStore.open(join(dir, 'bench.db'));
const engine = new Engine(store);

let on = false;
let reads = 0;
const spent = new Map<string, number>();
/** Time the synchronous part of `obj[key]` (an async store call does all its work before it returns its promise). */
function timeCalls(obj: object, keys: string[], prefix: string): void {
  const self = obj as Record<string, (...a: unknown[]) => unknown>;
  for (const k of keys) {
    const f = self[k]!;
    self[k] = function (this: unknown, ...a: unknown[]) {
      if (!on) return f.apply(this, a);
      const t = threadCpuNs()!;
      try {
        return f.apply(this, a);
      } finally {
        reads += 2;
        const name = `${prefix}${k}`;
        spent.set(name, (spent.get(name) ?? 0) + threadCpuNs()! - t);
      }
    };
  }
}
timeCalls(store, [...WRITER_STORE_CALLS, 'clearRejectionsFor', 'setMeta', 'beginBatch', 'countArticles', 'weaveVersion', 'dataVersion'], 'store.');
timeCalls(Weaver.prototype, ['add', 'flushRows', 'events', 'storylines', 'movedByLastAdd', 'placeOf'], 'weaver.');
timeCalls(CopyIndex.prototype, ['addDetailed'], 'copies.');
timeCalls(Worker.prototype, ['postMessage'], 'pool.');
// the pool's handler of a prepared document (rebuilding it from the wire, resolving its promise); V8 deserialises it before
type On = (this: Worker, event: string | symbol, fn: (...a: unknown[]) => void) => Worker;
const on0 = Worker.prototype.on as On;
(Worker.prototype as { on: On }).on = function (event, fn) {
  if (event !== 'message') return on0.call(this, event, fn);
  const o = { handle: fn };
  timeCalls(o, ['handle'], 'pool.message ');
  return on0.call(this, event, (...a: unknown[]) => o.handle(...a));
};
// the main thread's GC pauses (wall ms: a pause is the thread's own time)
let gcMs = 0;
new PerformanceObserver((list) => {
  if (on) for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

let added0 = 0;
let main0 = 0;
const onProgress = (r: { read: number; added: string[] }) => {
  if (r.read === FROM) {
    on = true;
    added0 = r.added.length;
    main0 = threadCpuNs()!;
    session?.post('Profiler.enable');
    session?.post('Profiler.start');
  }
};
let report: { read: number; added: string[] };
if (prepared) {
  // the writer alone: every document prepared first on this thread (not timed), then stored in batches of 200
  const items: { raw: RawDoc; prepared: Prepared }[] = [];
  for await (const it of readSources([src], {})) if (it.raw) items.push({ raw: it.raw, prepared: prepareDoc(it.raw) });
  report = { read: 0, added: [] };
  for (let i = 0; i < items.length; i += 200) {
    for (const o of await engine.applyPrepared(items.slice(i, i + 200))) {
      report.read++;
      if (o.status === 'added') report.added.push(o.article.id);
    }
    if (report.read === FROM) onProgress(report);
  }
  await engine.flush();
} else report = await engine.ingest([src], { threads, onProgress });
const main = threadCpuNs()! - main0;
if (session) session.post('Profiler.stop', (err, res) => !err && writeFileSync(profileOut!, JSON.stringify(res.profile)));
on = false;
await store.close();
rmSync(dir, { recursive: true, force: true });
const n = report.added.length - added0;
// the clock's cost: one read, measured here
const c0 = threadCpuNs()!;
for (let i = 0; i < 2000; i++) threadCpuNs();
const perRead = (threadCpuNs()! - c0) / 2001;
let timed = 0;
for (const v of spent.values()) timed += v;
const ms = (ns: number) => (ns / 1e6 / n).toFixed(3);
console.log(
  `load average ${loadavg()[0]!.toFixed(1)}; documents ${FROM}-${report.read}, ${n} articles added; the writer's thread ${ms(main)} ms CPU per article:`,
);
for (const [k, v] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`  ${ms(v).padStart(7)}  ${k}`);
console.log(`  (of the rest: GC pauses of the thread ${(gcMs / n).toFixed(3)} ms wall per article)`);
console.log(`  ${ms(main - timed - reads * perRead).padStart(7)}  the rest (reading files, taking prepared documents in, promises, GC...)`);
console.log(`  ${ms(reads * perRead).padStart(7)}  the clock's reads (${(perRead / 1e3).toFixed(1)} µs each, ${(reads / n).toFixed(0)} per article)`);
