// Benchmark: ingest at scale on a generated corpus of realistic articles (bench/lib/scale-corpus.ts, from ../shared/data).
//   npm run bench:scale [-- --articles N]     throughput and peak RSS: SQLite with 1 and 2 threads, PostgreSQL with 1 and 2 workers
//   npm run bench:scale -- --growth N [--every K]   per-article cost of each stage as the store grows to N articles
// Each throughput run is its own process (its peak RSS is its own); PostgreSQL runs are skipped when it is not reachable.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import { Engine } from '../src/engine/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { scaleCorpus } from './lib/scale-corpus.js';
import { growth } from './scale-growth.js';

const argv = process.argv.slice(2);
const arg = (name: string, dflt: number): number => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : dflt);
const PG = process.env.NEWSLOOM_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROOT = join(import.meta.dirname, '..');

interface RunResult {
  mode: string;
  added: number;
  secs: number;
  peakRssMb: number;
  /** CPU over all the process's threads per article (SQLite runs). */
  cpuMs?: number;
}

/** One SQLite run in this process: ingest the file with `threads` prepare threads. */
async function sqliteRun(file: string, threads: number): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'newsloom-scale-'));
  const store = SqliteStore.open(join(dir, 'scale.db'), { mmap: false }); // as `newsloom ingest` opens it
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await new Engine(store).ingest([file], { threads });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    mode: `SQLite, ${threads} thread${threads > 1 ? 's' : ''}`,
    added: report.added.length,
    secs,
    peakRssMb: process.resourceUsage().maxRSS / 1e3,
    cpuMs: (cpu.user + cpu.system) / 1e3 / Math.max(1, report.added.length),
  };
}

function child(args: string[]): Promise<string> {
  return new Promise((res, rej) => {
    const c = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    c.on('error', rej);
    c.on('exit', (code) => (code === 0 ? res(out) : rej(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

/** One PostgreSQL run: enqueue the file (`ingest --workers 0`), then `workers` worker processes until done; peak RSS of the largest worker. */
async function pgRun(file: string, workers: number): Promise<RunResult | null> {
  const schema = `bench_scale_${process.pid}_${workers}`;
  const admin = new pg.Client({ connectionString: PG, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    console.log(`PostgreSQL at ${PG} is not reachable: its runs are skipped`);
    return null;
  }
  const url = `${PG}${PG.includes('?') ? '&' : '?'}schema=${schema}`;
  try {
    const t0 = performance.now();
    await child(['src/cli/main.ts', '--db', url, 'ingest', '--workers', '0', file]);
    const outs = await Promise.all(Array.from({ length: workers }, () => child(['src/cli/main.ts', '--db', url, 'worker', '--drain'])));
    const secs = (performance.now() - t0) / 1000;
    const added = Number((await admin.query(`SELECT count(*) AS n FROM ${schema}.articles`)).rows[0].n);
    const peak = Math.max(...outs.map((o) => Number(/peak RSS (\d+) MB/.exec(o)?.[1] ?? 0)));
    return { mode: `PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}`, added, secs, peakRssMb: peak };
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin.end();
  }
}

async function writeCorpus(file: string, n: number): Promise<number> {
  const out = createWriteStream(file);
  let rows = 0;
  for (const row of scaleCorpus(n, 1)) {
    rows++;
    if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

if (argv[0] === '--run') {
  // a child: one SQLite run, its result as JSON
  console.log(JSON.stringify(await sqliteRun(argv[1]!, Number(argv[2]))));
} else if (argv.includes('--growth')) {
  await growth(arg('--growth', 100_000), arg('--every', 10_000));
} else {
  const n = arg('--articles', 5000);
  const dir = mkdtempSync(join(tmpdir(), 'newsloom-scale-corpus-'));
  const file = join(dir, 'scale.jsonl');
  if ((await writeCorpus(file, n)) === 0) process.exit(0);
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, node ${process.version}; ${n} generated articles (bench/lib/scale-corpus.ts)`);
  const results: RunResult[] = [];
  for (const threads of [1, 2]) results.push(JSON.parse(await child(['bench/scale.ts', '--run', file, String(threads)])) as RunResult);
  for (const workers of [1, 2]) {
    const r = await pgRun(file, workers);
    if (r) results.push(r);
  }
  for (const r of results)
    console.log(
      `${r.mode.padEnd(24)} ${String(r.added).padStart(7)} articles in ${r.secs.toFixed(1).padStart(6)} s = ${(r.added / r.secs).toFixed(0).padStart(4)} articles/s, peak RSS ${r.peakRssMb.toFixed(0)} MB${r.cpuMs ? `, CPU ${r.cpuMs.toFixed(1)} ms/article` : ''}`,
    );
  console.log(
    `load average at the end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
