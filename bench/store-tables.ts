// Measure: what the writer stores per article, table by table and index by index, and what each SQL statement costs it.
// node --import tsx bench/store-tables.ts [N=3000] [SRC=src of this tree] [--keep FILE] [--batch B=200] [--no-statements]: N scale-corpus
// texts (bench/lib/scale-files.ts) prepared on this thread (not timed), then stored through SRC's Engine.applyPrepared in batches of B with every
// statement timed (wall ns around better-sqlite3's run/get/all and exec, by SQL text). Prints, per article: the
// statements (calls and µs), the bytes the process wrote (/proc/self/io wchar: the WAL and the checkpoints), and each
// b-tree's entries and bytes (dbstat: a table's rows, an index's entries; FTS5's shadow tables apart); then 400 more
// documents (2 x B when B > 200) in two batches with no checkpoint, and the pages their commits wrote to the WAL by b-tree. --keep: the
// store is copied to FILE. --no-statements: no second store to time the statements (the page and byte counts only).
// --rows-each-batch: the weave's changed rows are written at every batch (as when a batch takes over ROWS_EVERY_MS)
// and the summaries at none (as when the last was written under SNAPSHOT_EVERY_MS, 60 s, before); without it both depend
// on the wall clock, so the weave rows' and summaries' pages move with the load.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { writeScaleFiles } from './lib/scale-files.js';
import { threadCpuNs } from './lib/thread-cpu.js';

const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const keep = keepAt >= 0 ? args.splice(keepAt, 2)[1] : undefined;
const batchAt = args.indexOf('--batch');
const B = batchAt >= 0 ? Number(args.splice(batchAt, 2)[1]) : 200;
const noStatementsAt = args.indexOf('--no-statements');
const statements = noStatementsAt < 0;
if (!statements) args.splice(noStatementsAt, 1);
const eachAt = args.indexOf('--rows-each-batch');
const rowsEachBatch = eachAt >= 0;
if (rowsEachBatch) args.splice(eachAt, 1);
/** Store a batch; --rows-each-batch: the weave rows' last write made old enough for this batch to write them, the summaries' recent enough for it not to (WovenState's fields). */
async function apply(engine: unknown, batch: unknown[]): Promise<{ status: string }[]> {
  if (rowsEachBatch) Object.assign((engine as { state: object }).state, { rowsWrittenAt: 0, lastSnapshot: Date.now() });
  return (engine as { applyPrepared: (b: unknown[]) => Promise<{ status: string }[]> }).applyPrepared(batch);
}
const N = Number(args[0] ?? 3000);
const root = resolve(args[1] ?? join(import.meta.dirname, '..', 'src'));
const mod = async (p: string) => import(pathToFileURL(join(root, p)).href);
const { Engine, prepareDoc } = await mod('engine/index.ts');
const { readSources } = await mod('ingest/sources.ts');
const { SqliteStore } = await mod('store/sqlite/store.ts');

const dir = mkdtempSync(join(tmpdir(), 'newsloom-tables-'));
/** Documents stored after the others with the WAL kept whole, to see which b-trees' pages each commit writes. */
const TAIL = 2 * Math.max(B, 200);
if (writeScaleFiles(join(dir, 'articles'), N + TAIL) === null) process.exit(0);
const docs: { raw: unknown; prepared: unknown }[] = [];
for await (const it of readSources([join(dir, 'articles')], {})) if (it.raw) docs.push({ raw: it.raw, prepared: prepareDoc(it.raw) });
const items = docs.slice(0, N);
const tail = docs.slice(N);

/** Wall ns and calls per SQL text (a statement's first 90 characters, white space folded). */
const cost = new Map<string, { calls: number; ns: bigint }>();
const key = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/(\(\?,[?,]*\),?)+/g, '(?,...)')
    .slice(0, 90);
function timed<T>(sql: string, f: () => T): T {
  const t = process.hrtime.bigint();
  try {
    return f();
  } finally {
    const c = cost.get(key(sql)) ?? { calls: 0, ns: 0n };
    c.calls++;
    c.ns += process.hrtime.bigint() - t;
    cost.set(key(sql), c);
  }
}
const probe = new Database(':memory:');
const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
probe.close();
for (const m of ['run', 'get', 'all']) {
  const orig = proto[m]!;
  proto[m] = function (this: { source: string }, ...a: unknown[]) {
    return timed(this.source, () => orig.apply(this, a));
  };
}
const dbProto = Database.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
const exec = dbProto.exec!;
dbProto.exec = function (this: unknown, sql: unknown) {
  return timed(String(sql), () => exec.call(this, sql));
};

const wchar = () => Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))![1]);
const dbPath = join(dir, 'tables.db');
const store = SqliteStore.open(dbPath);
const engine = new Engine(store);
const w0 = wchar();
const c0 = threadCpuNs() ?? 0;
const t0 = process.hrtime.bigint();
let articles = 0;
for (let i = 0; i < items.length; i += B) for (const o of await apply(engine, items.slice(i, i + B))) if (o.status === 'added') articles++;
const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
const cpuMs = ((threadCpuNs() ?? 0) - c0) / 1e6;
const written = wchar() - w0;
cost.clear();

const per = (x: number) => (x / articles).toFixed(2);
console.log(`load ${loadavg()[0]!.toFixed(1)}; ${articles} articles; writer (applyPrepared) ${per(cpuMs)} ms CPU, ${per(wallMs)} ms wall per article`);
console.log(`bytes written by the process (WAL + checkpoints): ${(written / articles / 1024).toFixed(1)} KB per article`);
// the timed statements (a second store over the same items, so the first's warm-up is out of the figure)
if (statements) {
  const store2 = SqliteStore.open(join(dir, 'tables2.db'));
  const engine2 = new Engine(store2);
  for (let i = 0; i < items.length; i += B) await apply(engine2, items.slice(i, i + B));
  const rows = [...cost].sort((a, b) => Number(b[1].ns - a[1].ns));
  let all = 0n;
  for (const [, c] of rows) all += c.ns;
  console.log(`statements: ${(Number(all) / 1e3 / articles).toFixed(0)} µs wall per article in all`);
  for (const [sql, c] of rows.slice(0, 40))
    console.log(`${(c.calls / articles).toFixed(2).padStart(7)} calls ${(Number(c.ns) / 1e3 / articles).toFixed(1).padStart(7)} µs  ${sql}`);
  await store2.close();
}

// The tail: two more batches on the first store with no checkpoint, then every frame of its WAL by the b-tree it belongs to.
const flushed = new Map<string, { rows: number; bytes: number }>();
const save = store.saveWeaveRows.bind(store);
store.saveWeaveRows = async (changes: { upserts: { kind: string; data: string | Uint8Array }[] }, saved: boolean) => {
  for (const r of changes.upserts) {
    const f = flushed.get(r.kind) ?? { rows: 0, bytes: 0 };
    f.rows++;
    f.bytes += typeof r.data === 'string' ? Buffer.byteLength(r.data) : r.data.byteLength;
    flushed.set(r.kind, f);
  }
  return save(changes, saved);
};
store.db.pragma('wal_checkpoint(TRUNCATE)');
store.db.pragma('wal_autocheckpoint = 0');
let tailArticles = 0;
const tailBatch = TAIL / 2;
for (let i = 0; i < tail.length; i += tailBatch) for (const o of await apply(engine, tail.slice(i, i + tailBatch))) if (o.status === 'added') tailArticles++;
const pageOwner = new Map<number, string>();
for (const r of store.db.prepare('SELECT name, pageno FROM dbstat').all() as { name: string; pageno: number }[]) pageOwner.set(r.pageno, r.name);
const wal = readFileSync(`${dbPath}-wal`);
const pageSize = wal.readUInt32BE(8);
const frames = new Map<string, number>();
let nFrames = 0;
for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
  const name = pageOwner.get(wal.readUInt32BE(at)) ?? '(free or new)';
  frames.set(name, (frames.get(name) ?? 0) + 1);
  nFrames++;
}
console.log(
  `WAL of ${tailArticles} more articles in ${Math.ceil(tail.length / tailBatch)} commits, no checkpoint: ${((nFrames * pageSize) / 1024 / tailArticles).toFixed(1)} KB (${(nFrames / tailArticles).toFixed(2)} pages) per article; by b-tree (pages per article):`,
);
console.log(
  `weave rows these commits upserted, per article: ${[...flushed].map(([k, f]) => `${k} ${(f.rows / tailArticles).toFixed(2)} rows ${(f.bytes / 1024 / tailArticles).toFixed(2)} KB`).join('; ')}`,
);
for (const [name, n] of [...frames].sort((a, b) => b[1] - a[1]))
  if (n / tailArticles >= 0.05) console.log(`${(n / tailArticles).toFixed(2).padStart(8)}  ${name}`);

const db = new Database(dbPath, { readonly: true });
const stat = db
  .prepare(
    `SELECT s.name, m.type, m.tbl_name AS tbl, sum(s.ncell) FILTER (WHERE s.pagetype = 'leaf') AS entries, sum(s.payload) AS payload, sum(s.pgsize) AS bytes
       FROM dbstat s LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY s.name ORDER BY bytes DESC`,
  )
  .all() as { name: string; type: string | null; tbl: string | null; entries: number | null; payload: number; bytes: number }[];
const stored = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
const perStored = (x: number) => (x / stored).toFixed(2);
console.log(`b-trees of the store (${stored} articles), per article:`);
console.log('b-tree                          kind   of                 entries/article  payload KB/article  pages KB/article');
for (const s of stat)
  console.log(
    `${s.name.padEnd(32)}${(s.type ?? 'auto').padEnd(7)}${(s.tbl ?? '').padEnd(19)}${perStored(s.entries ?? 0).padStart(15)}${(s.payload / 1024 / stored).toFixed(2).padStart(20)}${(s.bytes / 1024 / stored).toFixed(2).padStart(18)}`,
  );
db.close();
await store.close();
if (keep) copyFileSync(dbPath, keep);
rmSync(dir, { recursive: true, force: true });
