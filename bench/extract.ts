// Benchmark of HTML extraction on the WCXB dev pages: pages/s and peak RSS, single process and with a worker_threads pool.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadWcxb, argLimit, WCXB_PATH } from '../lib/extract-data.js';
import { extractHtml } from '../src/extract/html/index.js';

const argv = process.argv.slice(2);
const rows = loadWcxb(argLimit(argv));
if (!rows) {
  console.log(`extract bench skipped: ${WCXB_PATH} is absent (public WCXB dev data, see ../shared/data/README.md).`);
  process.exit(0);
}
const pages = rows.map((r) => ({ html: r.html, url: r.url }));
const mb = (n: number): string => `${(n / 1048576).toFixed(0)} MB`;
const totalMb = pages.reduce((s, p) => s + p.html.length, 0) / 1048576;
console.log(`WCXB dev: ${pages.length} pages, ${totalMb.toFixed(0)} MB of HTML; ${availableParallelism()} cores reported`);

// Single process (after a short warm-up so JIT compile time is not counted).
for (const p of pages.slice(0, 20)) extractHtml(p.html, { url: p.url });
let peak = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const p of pages) {
  extractHtml(p.html, { url: p.url });
  const rss = process.memoryUsage().rss;
  if (rss > peak) peak = rss;
}
const single = pages.length / ((performance.now() - t0) / 1000);
const cpu = process.cpuUsage(cpu0);
// CPU time per page does not depend on how busy the machine is; wall-clock pages/s does.
const cpuMsPerPage = (cpu.user + cpu.system) / 1000 / pages.length;
console.log(
  `single thread: ${single.toFixed(1)} pages/s wall-clock, ${cpuMsPerPage.toFixed(1)} ms CPU/page (= ${(1000 / cpuMsPerPage).toFixed(0)} pages/s per idle core), peak RSS ${mb(peak)}`,
);

// Pool: one worker per core (2 by default), pages handed out in small batches.
const nWorkers = Number(argv[argv.indexOf('--workers') + 1]) || Math.max(2, Math.min(availableParallelism(), 2));
const workerUrl = new URL('./extract-worker.ts', import.meta.url);
// Workers run TypeScript through tsx's loader, registered inside each worker before the worker module loads.
const tsxApi = import.meta.resolve('tsx/esm/api');
const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
const workers = Array.from({ length: nWorkers }, () => new Worker(boot, { eval: true }));
// Warm-up: each worker loads its modules and extracts a few pages before the clock starts.
const warm = pages.slice(0, 10);
await Promise.all(
  workers.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        w.once('message', () => resolve());
        w.once('error', reject);
        w.postMessage({ pages: warm });
      }),
  ),
);
const BATCH = 8;
let next = 0,
  done = 0,
  workerPeak = 0;
const poolCpu0 = process.cpuUsage();
const t1 = performance.now();
await new Promise<void>((resolve, reject) => {
  const feed = (w: Worker): void => {
    if (next >= pages.length) return;
    const batch = pages.slice(next, next + BATCH);
    next += batch.length;
    w.postMessage({ pages: batch });
  };
  for (const w of workers) {
    w.on('message', (m: { done: number; rss: number }) => {
      done += m.done;
      workerPeak = Math.max(workerPeak, m.rss);
      if (done >= pages.length) resolve();
      else feed(w);
    });
    w.on('error', reject);
    feed(w);
  }
});
const poolSecs = (performance.now() - t1) / 1000;
const poolCpu = process.cpuUsage(poolCpu0);
const pooled = pages.length / poolSecs;
const poolCpuMs = (poolCpu.user + poolCpu.system) / 1000 / pages.length;
for (const w of workers) w.postMessage('stop');
for (const w of workers) await w.terminate();
// Wall-clock pages/s depends on the machine's other load; CPU ms/page (all threads of this process, incl. message copying) does not.
console.log(
  `worker pool (${nWorkers} threads, warmed up): ${pooled.toFixed(1)} pages/s wall-clock, ${poolCpuMs.toFixed(1)} ms CPU/page over all threads (= ${((nWorkers * 1000) / poolCpuMs).toFixed(0)} pages/s on ${nWorkers} idle cores), peak process RSS ${mb(Math.max(workerPeak, process.memoryUsage().rss))}`,
);
