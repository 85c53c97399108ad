// Check: every row the writer stores, as one hash per table, so two code trees (main's and a branch's) can be shown to store the same rows.
// node --import tsx bench/store-rows-hash.ts [N=600] [SRC=src of this tree] [--ingest T]: writes N PolNeAR files (as bench/ingest-writer.ts
// does) to a fixed folder, prepares them with SRC's code, stores them through SRC's Engine.applyPrepared in batches of 200
// (or, with --ingest T, ingests the folder on T prepare threads, fetch times masked), then hashes every table (FTS5's
// own tables included, but for the segments: see below) ordered by its primary key. Times are masked (columns named *_at or
// `at`, the meta key weave.saved_at, the `savedAt`/`updatedAt`/`writtenAt` fields of weave rows and meta JSON), as is nothing else;
// FTS5 indexes by their content (fts5vocab), not their segments; the articles' paragraphs are hashed as read (stored as JSON of the paragraphs, or of the separator the text splits into them),
// and the analyses' entities, mentions and quotes as read (this tree's listFromJson: JSON of the objects, or a table of them). Run it with
// SRC=/work/main/src and without, and compare the lines.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { listFromJson } from '../src/store/analysis-json.js';
import { writePolnearFiles } from './lib/polnear-files.js';

const args = process.argv.slice(2);
const at = args.indexOf('--ingest');
const threads = at >= 0 ? Number(args.splice(at, 2)[1]) : 0;
const N = Number(args[0] ?? 600);
const root = resolve(args[1] ?? join(import.meta.dirname, '..', 'src'));
const mod = async (p: string) => import(pathToFileURL(join(root, p)).href);
const { Engine, prepareDoc } = await mod('engine/index.ts');
const { readSources } = await mod('ingest/sources.ts');
const { SqliteStore } = await mod('store/sqlite/store.ts');

// a fixed folder: the stored origin holds the file's path
const src = join(tmpdir(), `newsloom-rows-hash-${N}`, 'articles');
if (writePolnearFiles(src, N) === null) process.exit(0);
const items: { raw: { fetchedAt: string }; prepared: unknown }[] = [];
if (!threads)
  for await (const it of readSources([src], {}))
    if (it.raw) items.push({ raw: { ...it.raw, fetchedAt: '2026-01-01T00:00:00.000Z' }, prepared: prepareDoc(it.raw) });

const dbPath = join(tmpdir(), `newsloom-rows-hash-${process.pid}.db`);
const store = SqliteStore.open(dbPath);
const engine = new Engine(store);
let documents = items.length;
// --ingest T: the whole ingest path instead (files read, prepared on T threads, stored by the one writer)
if (threads) documents = (await engine.ingest([src], { threads })).read;
else for (let i = 0; i < items.length; i += 200) await engine.applyPrepared(items.slice(i, i + 200));
await engine.flush();
await store.close();

const Sqlite = (await import('better-sqlite3')).default;
const db: Database.Database = new Sqlite(dbPath, { readonly: true });
const TIME = /(^at|_at)$/;
/** A value as hashed: times masked, JSON weave rows without their clock fields. */
function norm(table: string, col: string, v: unknown, row: Record<string, unknown>): unknown {
  if (TIME.test(col)) return '<time>';
  if (table === 'meta' && col === 'value' && row.key === 'weave.saved_at') return '<time>';
  // the paragraphs as read: a JSON array of them, or (schema 15 on) the separator the text splits into them
  if (table === 'articles' && col === 'paragraphs') {
    const p = JSON.parse(v as string) as string | string[];
    return JSON.stringify(typeof p === 'string' ? (row.text as string).split(p) : p);
  }
  // an analysis' lists as read (this tree's reader, which reads both forms): JSON of the objects, or (schema 17 on) a table
  if (table === 'analyses' && (col === 'entities' || col === 'mentions' || col === 'quotes')) return JSON.stringify(listFromJson(v as string));
  if (typeof v === 'string' && (table === 'weave_rows' || table === 'meta'))
    return v.replace(/"(updatedAt|writtenAt)":\d+/g, '"$1":0').replace(/"savedAt":"[^"]*"/g, '"savedAt":"<time>"');
  if (Buffer.isBuffer(v)) return `x${v.toString('hex')}`;
  return v;
}
const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
const all = createHash('sha256');
// FTS5's segments (its _data and _idx tables) depend on where commits fell: each index is hashed by what it holds instead,
// every (term, article, column, offset) of its fts5vocab 'instance' view
const fts = tables.filter((t) =>
  /^CREATE VIRTUAL TABLE .* USING fts5\(/i.test(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t) as string),
);
const segments = new Set(fts.flatMap((t) => [`${t}_data`, `${t}_idx`]));
for (const t of fts) {
  db.exec(`CREATE VIRTUAL TABLE temp."${t}_instances" USING fts5vocab(main, '${t}', 'instance')`);
  const h = createHash('sha256');
  let n = 0;
  for (const r of db.prepare(`SELECT term, doc, col, offset FROM temp."${t}_instances" ORDER BY term, doc, col, offset`).raw().iterate() as Iterable<
    unknown[]
  >) {
    h.update(JSON.stringify(r));
    h.update('\n');
    n++;
  }
  const d = h.digest('hex').slice(0, 16);
  all.update(`${t} ${n} ${d}\n`);
  console.log(`${t.padEnd(24)} ${String(n).padStart(7)} terms ${d}`);
}
for (const t of tables) {
  if (segments.has(t) || (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t) as string).startsWith('CREATE VIRTUAL')) continue;
  const pk = (db.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).pluck().all(t) as string[]).map((c) => `"${c}"`);
  const cols = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[];
  const order = pk.length ? pk.join(', ') : cols.map((c) => `"${c}"`).join(', ');
  const h = createHash('sha256');
  let n = 0;
  for (const r of db.prepare(`SELECT * FROM "${t}" ORDER BY ${order}`).iterate() as Iterable<Record<string, unknown>>) {
    h.update(JSON.stringify(cols.map((c) => norm(t, c, r[c], r))));
    h.update('\n');
    n++;
  }
  const d = h.digest('hex').slice(0, 16);
  all.update(`${t} ${n} ${d}\n`);
  console.log(`${t.padEnd(24)} ${String(n).padStart(7)} rows ${d}`);
}
console.log(`all tables ${all.digest('hex').slice(0, 16)} (${documents} documents${threads ? `, ingest on ${threads} threads` : ''}, code ${root})`);
db.close();
for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });
