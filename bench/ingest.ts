// Benchmark: plain-text ingest throughput (the whole pipeline into SQLite) in articles/s and CPU ms per article.
// node --import tsx bench/ingest.ts [N=2000] [threads=1]: threads > 1 prepares on that many worker threads (ingest --threads).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { writePolnearFiles } from './lib/polnear-files.js';
import { threadCpuMs } from './lib/thread-cpu.js';

const N = Number(process.argv[2] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'newsloom-bench-'));
const src = join(dir, 'articles');
const bytes = writePolnearFiles(src, N);
if (bytes === null) process.exit(0);
const store = SqliteStore.open(join(dir, 'bench.db'));
const engine = new Engine(store);
const threads = Number(process.argv[3] ?? 1);
const cpu0 = process.cpuUsage();
const main0 = threadCpuMs() ?? 0;
const t0 = process.hrtime.bigint();
const report = await engine.ingest([src], { threads });
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const mainMs = (threadCpuMs() ?? 0) - main0;
const t1 = process.hrtime.bigint();
const again = await engine.ingest([src], { threads });
const secs2 = Number(process.hrtime.bigint() - t1) / 1e9;
await store.close();
rmSync(dir, { recursive: true, force: true });
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`);
console.log(
  `plain-text ingest: ${report.added.length} articles (${(bytes / 1e6).toFixed(1)} MB) in ${secs.toFixed(2)} s = ${(report.added.length / secs).toFixed(0)} articles/s (${threads > 1 ? `${threads} prepare threads + the writer` : 'one thread'}, SQLite WAL, FTS5); CPU ${((cpu.user + cpu.system) / 1e3 / report.added.length).toFixed(1)} ms per article over all threads`,
);
const allMs = (cpu.user + cpu.system) / 1e3;
console.log(
  `CPU per article: the main thread (reader + writer${threads > 1 ? '' : ' + prepare'}) ${(mainMs / report.added.length).toFixed(1)} ms, other threads (${threads > 1 ? 'prepare threads, ' : ''}V8 and libuv helpers) ${((allMs - mainMs) / report.added.length).toFixed(1)} ms`,
);
console.log(`re-ingest of the same files (all unchanged: ${again.unchanged}): ${(again.unchanged / secs2).toFixed(0)} articles/s`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
