// Benchmark: plain-text ingest throughput (the whole pipeline into SQLite) in articles/s and CPU ms per article.
// node [--expose-gc] --import tsx bench/ingest.ts [N=2000] [threads=1] [--scale] [--every K] [--profile FROM:TO:FILE] [--keep]
//   threads > 1 prepares on that many worker threads (ingest --threads); --scale reads N distinct PolNeAR-sized articles
//   of the scale corpus (bench/lib/scale-files.ts) instead of PolNeAR's ~900 texts repeated as marked copies; --every K
//   prints the CPU per article of the writer's thread, the prepare threads and the rest over each window of K documents;
//   --profile FROM:TO:FILE writes a CPU profile of the writer's thread from document FROM to TO (a warm window); --keep
//   keeps the database (and the files) and prints its path; --loose-heaps leaves V8's heap growth as V8 sets it (the CLI,
//   and so this bench by default, keeps heaps tight: src/util/heap-growth.ts).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Session } from 'node:inspector';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { keepHeapsTight } from '../src/util/heap-growth.js';
import { writeFilesApart } from './lib/files-apart.js';
import { allThreadsCpuNs, threadCpuMs } from './lib/thread-cpu.js';

const { values, positionals } = parseArgs({
  options: {
    scale: { type: 'boolean' },
    keep: { type: 'boolean' },
    'loose-heaps': { type: 'boolean' },
    every: { type: 'string' },
    profile: { type: 'string' },
  },
  allowPositionals: true,
});
const scale = values.scale === true;
const keep = values.keep === true;
if (!values['loose-heaps']) keepHeapsTight();
const every = Number(values.every ?? 0);
const profile = values.profile?.split(':');
const N = Number(positionals[0] ?? 2000);
const threads = Number(positionals[1] ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'newsloom-bench-'));
const src = join(dir, 'articles');
const bytes = writeFilesApart(scale ? 'scale' : 'polnear', src, N); // apart: none of the generator's memory is in the figures below
if (bytes === null) process.exit(0);
const dbPath = join(dir, 'bench.db');
const store = SqliteStore.open(dbPath, { mmap: false }); // as `newsloom ingest` opens it
const engine = new Engine(store);

// The threads alive now (V8's and libuv's helpers: the file reads below start libuv's pool) are "the rest"; threads
// started during the ingest are the prepare threads.
await readFile(join(src, readdirSync(src)[0]!));
const before = new Set(allThreadsCpuNs().keys());
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, node ${process.version}; ${N} documents, ${threads} thread(s)`);
/** CPU ns so far of the writer's thread, the prepare threads (started after `before`) and the rest. */
function cpuSplit(): { main: number; prep: number; rest: number } {
  const split = { main: 0, prep: 0, rest: 0 };
  for (const [tid, ns] of allThreadsCpuNs()) {
    if (tid === process.pid) split.main += ns;
    else if (before.has(tid)) split.rest += ns;
    else split.prep += ns;
  }
  return split;
}
let last = { read: 0, added: 0, at: process.hrtime.bigint(), ...cpuSplit() };
function sample(read: number, added: number): void {
  const { main, prep, rest } = cpuSplit();
  const at = process.hrtime.bigint();
  const n = added - last.added;
  if (n > 0) {
    const ms = (x: number) => (x / 1e6 / n).toFixed(2);
    // printed as it is measured: a long run (1M articles) shows its progress, and what it reached if stopped
    console.log(
      `docs ${last.read}-${read}: ${(n / (Number(at - last.at) / 1e9)).toFixed(0)} articles/s; CPU ms/article: writer ${ms(main - last.main)}, prepare threads ${ms(prep - last.prep)}, other threads ${ms(rest - last.rest)}; ${memory()}; load ${loadavg()[0]!.toFixed(1)}`,
    );
  }
  // read again after memory()'s collection, so that its time and CPU count in no window
  last = { read, added, at: process.hrtime.bigint(), ...cpuSplit() };
}
/** RSS split into the process' own memory (heaps, SQLite's page cache) and the file pages it maps (the database), the writer's heap and array buffers (typed arrays: the copy index), the database's size. */
function memory(): string {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  const db = [dbPath, `${dbPath}-wal`].reduce((sum, p) => sum + (existsSync(p) ? statSync(p).size : 0), 0);
  const mb = (x: number) => (x / 1e6).toFixed(0);
  (globalThis as { gc?: () => void }).gc?.(); // with --expose-gc the heap figure is what is live, not garbage yet to collect
  const m = process.memoryUsage();
  return `RSS ${mb(kb('VmRSS') * 1e3)} MB (anon ${mb(kb('RssAnon') * 1e3)}, file ${mb(kb('RssFile') * 1e3)}), writer heap ${mb(m.heapUsed)} MB + array buffers ${mb(m.arrayBuffers)} MB, db ${mb(db)} MB`;
}

// prepare threads that ended keep no /proc entry: the windows are taken while the pool is up
sample(0, 0);
const session = profile ? new Session() : null;
session?.connect();
const onProgress = (r: { read: number; added: string[] }) => {
  if (every > 0 && r.read % every === 0) sample(r.read, r.added.length);
  if (profile && session) {
    if (r.read === Number(profile[0])) {
      session.post('Profiler.enable');
      session.post('Profiler.start');
      console.log(`profiling documents ${profile[0]}-${profile[1]} (${r.added.length} articles before)`);
    } else if (r.read === Number(profile[1]))
      session.post('Profiler.stop', (err, res) => {
        if (!err) writeFileSync(profile[2]!, JSON.stringify(res.profile));
      });
  }
};

const cpu0 = process.cpuUsage();
const main0 = threadCpuMs() ?? 0;
const t0 = process.hrtime.bigint();
const report = await engine.ingest([src], { threads, onProgress: every > 0 || profile ? onProgress : undefined });
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const mainMs = (threadCpuMs() ?? 0) - main0;
session?.disconnect();
const t1 = process.hrtime.bigint();
const again = await engine.ingest([src], { threads });
const secs2 = Number(process.hrtime.bigint() - t1) / 1e9;
await store.close();
if (keep) console.log(`kept the database: ${dbPath}`);
else rmSync(dir, { recursive: true, force: true });
console.log(
  `plain-text ingest${scale ? ' (scale corpus)' : ''}: ${report.added.length} articles (${(bytes / 1e6).toFixed(1)} MB) in ${secs.toFixed(2)} s = ${(report.added.length / secs).toFixed(0)} articles/s (${threads > 1 ? `${threads} prepare threads + the writer` : 'one thread'}, SQLite WAL, FTS5); CPU ${((cpu.user + cpu.system) / 1e3 / report.added.length).toFixed(1)} ms per article over all threads`,
);
const allMs = (cpu.user + cpu.system) / 1e3;
console.log(
  `CPU per article: the main thread (reader + writer${threads > 1 ? '' : ' + prepare'}) ${(mainMs / report.added.length).toFixed(1)} ms, other threads (${threads > 1 ? 'prepare threads, ' : ''}V8 and libuv helpers) ${((allMs - mainMs) / report.added.length).toFixed(1)} ms`,
);
console.log(`re-ingest of the same files (all unchanged: ${again.unchanged}): ${(again.unchanged / secs2).toFixed(0)} articles/s`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
