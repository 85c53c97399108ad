// Benchmark: what starting the prepare threads costs (CPU of the whole process, wall), before any real work.
// node --import tsx bench/ingest-start.ts [threads=2]: starts the pool and prepares one small document per thread;
// NEWSLOOM_WORKER_BUNDLE=0 makes the threads register tsx each instead of starting on one bundle (src/parallel/worker-boot.ts).
import { loadavg } from 'node:os';
import type { RawDoc } from '../src/model.js';
import { preparer } from '../src/parallel/prepare-pool.js';

const threads = Number(process.argv[2] ?? 2);
const body = 'A short test article.\n\nThe minister said "we will publish the figures on Tuesday" in Brussels.';
const raw = (i: number): RawDoc => ({
  id: `start-${i}`,
  origin: { kind: 'file', path: `/start/${i}.txt` },
  format: 'text',
  bytes: Buffer.from(body),
  body,
  fetchedAt: new Date(0).toISOString(),
  hints: {},
});
const c0 = process.cpuUsage();
const t0 = performance.now();
const pool = preparer(threads);
await Promise.all(Array.from({ length: threads }, (_, i) => pool.prepare(raw(i))));
const c = process.cpuUsage(c0);
const wall = performance.now() - t0;
await pool.close();
console.log(
  `${threads} prepare threads started (${process.env.NEWSLOOM_WORKER_BUNDLE === '0' ? 'tsx in each thread' : 'one bundle'}), one document each: CPU ${((c.user + c.system) / 1e3).toFixed(0)} ms over all threads, ${(wall / 1e3).toFixed(1)} s wall; load average ${loadavg()[0]!.toFixed(1)}`,
);
