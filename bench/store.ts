// Benchmark: the same ingest (2,000 polnear articles through engine.ingestRows) and searches on SQLite and on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Engine } from '../src/engine/index.js';
import { redact } from '../src/store/postgres/location.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { Store } from '../src/store/store.js';
import { loadDataset } from './lib/datasets.js';

const N = Number(process.argv[2] ?? 2000);
const BATCH = 200;
const QUERIES = 200;
const PG_URL = process.env.NEWSLOOM_BENCH_PG ?? process.env.NEWSLOOM_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

const data = loadDataset<{ title: string; text: string }>('polnear-dev.jsonl.gz');
if (!data) process.exit(0);

// 2,000 rows: the dev set, then marked copies of it (as bench/ingest.ts does) when it has fewer rows
const rows = Array.from({ length: N }, (_, i) => {
  const r = data[i % data.length]!;
  return { title: r.title, text: i >= data.length ? `${r.text}\n\n(copy ${Math.floor(i / data.length)})` : r.text };
});

// 200 queries a reader might type: one or two words from titles, and some two-word phrases, picked deterministically
const words = [...new Set(data.flatMap((r) => (r.title.match(/\p{L}{5,}/gu) ?? []).map((w) => w.toLowerCase())))].sort();
const queries = Array.from({ length: QUERIES }, (_, i) => {
  const a = words[(i * 7919) % words.length]!;
  const b = words[(i * 104729 + 13) % words.length]!;
  if (i % 4 === 0) {
    const t = data[(i * 31) % data.length]!.title.split(/\s+/).filter((w) => /^\p{L}+$/u.test(w));
    if (t.length >= 2) return `"${t[0]} ${t[1]}"`;
  }
  return i % 2 ? `${a} ${b}` : a;
});

interface Figures {
  name: string;
  added: number;
  secs: number;
  searchMs: number[];
  countMs: number[];
  hits: number;
}

async function measure(name: string, store: Store): Promise<Figures> {
  const engine = new Engine(store);
  let added = 0;
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) added += (await engine.ingestRows(rows.slice(i, i + BATCH), 'polnear')).added.length;
  const secs = (performance.now() - t0) / 1000;
  for (const q of queries.slice(0, 20)) await store.search(q); // warm caches and prepared statements
  const searchMs: number[] = [];
  const countMs: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const s = performance.now();
    hits += (await store.search(q, { limit: 20 })).length;
    searchMs.push(performance.now() - s);
    const c = performance.now();
    await store.countSearch(q);
    countMs.push(performance.now() - c);
  }
  return { name, added, secs, searchMs, countMs, hits };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

function report(f: Figures): void {
  console.log(
    `${f.name.padEnd(10)} ingest ${f.added} articles in ${f.secs.toFixed(1)} s = ${(f.added / f.secs).toFixed(0)} articles/s | ` +
      `search (limit 20, snippets) p50 ${pct(f.searchMs, 50).toFixed(2)} ms, p99 ${pct(f.searchMs, 99).toFixed(2)} ms | ` +
      `countSearch p50 ${pct(f.countMs, 50).toFixed(2)} ms, p99 ${pct(f.countMs, 99).toFixed(2)} ms | ${f.hits} hits over ${QUERIES} queries`,
  );
}

console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model}, node ${process.version}; ${N} polnear rows via engine.ingestRows in batches of ${BATCH}, ${QUERIES} searches`,
);

const dir = mkdtempSync(join(tmpdir(), 'newsloom-bench-store-'));
try {
  const lite = SqliteStore.open(join(dir, 'bench.db'));
  try {
    report(await measure('SQLite', lite));
  } finally {
    await lite.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const schema = `nl_bench_${process.pid}`;
const url = new URL(PG_URL);
url.searchParams.set('schema', schema);
let pgStore: PostgresStore | null = null;
try {
  pgStore = await PostgresStore.open(url.toString());
} catch (e) {
  console.log(`PostgreSQL: skipped (${(e as Error).message}); set NEWSLOOM_BENCH_PG to a reachable server`);
}
if (pgStore) {
  try {
    report(await measure('PostgreSQL', pgStore));
    console.log(`PostgreSQL at ${redact(PG_URL)} (schema ${schema}, dropped afterwards)`);
  } finally {
    await pgStore.close();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
}
