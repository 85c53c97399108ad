// Benchmark: the pages an ingest writes into SQLite's write-ahead log, per table and index, for each article added to a
// store of a given size: where the writer's commits grow as the store grows (random-leaf inserts dirty a page each).
// node --import tsx bench/wal-pages.ts DB FROM COUNT [--warm W] [--threads T=2]
//   DB: a store of the scale corpus' first FROM documents (`bench/ingest.ts FROM 2 --scale --keep` keeps one); a copy of it
//   first takes documents FROM..FROM+W-1 (not counted: a store left by a stopped run rewrites its summaries then), then
//   FROM+W..FROM+W+COUNT-1 with the log never checkpointed; each frame of the log is put to the b-tree (table or index)
//   whose page it holds (SQLite's dbstat). The copy is deleted at the end.
import { closeSync, copyFileSync, existsSync, fstatSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Engine } from '../src/engine/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { writeFilesApart } from './lib/files-apart.js';

const { values, positionals } = parseArgs({ options: { warm: { type: 'string' }, threads: { type: 'string' } }, allowPositionals: true });
const warm = Number(values.warm ?? 0);
const threads = Number(values.threads ?? 2);
const [db0, fromArg, countArg] = positionals;
if (!db0 || !existsSync(db0) || !fromArg || !countArg) {
  console.log('usage: bench/wal-pages.ts DB FROM COUNT [--warm W] [--threads T] (DB: a kept store of the scale corpus, bench/ingest.ts FROM 2 --scale --keep)');
  process.exit(db0 ? 1 : 0);
}
const from = Number(fromArg);
const count = Number(countArg);
const dir = mkdtempSync(join(tmpdir(), 'newsloom-wal-'));
const dbPath = join(dir, 'store.db');
copyFileSync(db0, dbPath);
if (existsSync(`${db0}-wal`)) copyFileSync(`${db0}-wal`, `${dbPath}-wal`);
if (writeFilesApart('scale', join(dir, 'warm'), from + warm, from) === null) process.exit(0);
writeFilesApart('scale', join(dir, 'articles'), from + warm + count, from + warm);

const store = SqliteStore.open(dbPath, { mmap: false });
const engine = new Engine(store);
// loads the woven state (copy index, weave) and takes the warm-up documents (none: an empty folder)
await engine.ingest([join(dir, 'warm')], { threads });
const raw = new Database(dbPath);
raw.pragma('wal_checkpoint(TRUNCATE)'); // the log starts empty: every frame read below is this batch's
raw.close();
// the store's own connection must not checkpoint either (a bench's reach into the store's private connection)
(store as unknown as { db: Database.Database }).db.pragma('wal_autocheckpoint = 0');
const t0 = process.hrtime.bigint();
const report = await engine.ingest([join(dir, 'articles')], { threads });
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const added = report.added.length;

// Frames of the log: a 32-byte header, then per frame a 24-byte header (page number first) and the page.
const fd = openSync(`${dbPath}-wal`, 'r');
const size = fstatSync(fd).size;
const head = Buffer.alloc(32);
readSync(fd, head, 0, 32, 0);
const pageSize = head.readUInt32BE(8);
const pages: number[] = [];
let commits = 0;
const frame = Buffer.alloc(24);
for (let at = 32; at + 24 + pageSize <= size; at += 24 + pageSize) {
  readSync(fd, frame, 0, 24, at);
  pages.push(frame.readUInt32BE(0));
  if (frame.readUInt32BE(4) !== 0) commits++;
}
closeSync(fd);
const reader = new Database(dbPath, { readonly: true });
const owner = new Map<number, string>();
for (const r of reader.prepare('SELECT name, pageno FROM dbstat').iterate() as Iterable<{ name: string; pageno: number }>) owner.set(r.pageno, r.name);
reader.close();
const byTree = new Map<string, number>();
for (const p of pages) {
  const name = owner.get(p) ?? '(free or new pages)';
  byTree.set(name, (byTree.get(name) ?? 0) + 1);
}
console.log(
  `${added} articles added to a store of ${from + warm} in ${secs.toFixed(1)} s: ${pages.length} log frames (${((pages.length * pageSize) / 1e6).toFixed(0)} MB) in ${commits} commits, ${new Set(pages).size} distinct pages; ${(pages.length / added).toFixed(1)} pages per article`,
);
for (const [name, n] of [...byTree].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`  ${name.padEnd(40)} ${String(n).padStart(8)} pages, ${(n / added).toFixed(2)} per article`);
}
await store.close();
rmSync(dir, { recursive: true, force: true });
