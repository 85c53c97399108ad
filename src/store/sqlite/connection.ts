// Opening a SQLite newsloom database (WAL, pragmas, checks that the file is ours, schema migrations), and its prepared-statement cache.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { StoreError } from '../../errors.js';
import { nameKey } from '../../link/name-key.js';
import { MIGRATIONS } from './migrations.js';
import { nameToken } from '../name-token.js';

/** Memory-mapped reads and a larger page cache: a reader (the server) touches the same pages again and again. */
const MMAP_BYTES = 1 << 30;
const CACHE_KIB = 65536;
export const READER_PRAGMAS = ['busy_timeout = 5000', `mmap_size = ${MMAP_BYTES}`, `cache_size = -${CACHE_KIB}`];

export interface ConnectionOptions {
  /**
   * Map up to 1 GB of the file for reads (default true). A bulk writer (`ingest`) turns it off: its reads are index
   * descents through its page cache, and every mapped page it touched would count in its RSS (up to 1 GB on a big store).
   */
  mmap?: boolean;
  /** Called before an existing store's schema is upgraded (once; a large store takes minutes, e.g. migrations 18-19). */
  onMigrate?: (path: string, from: number, to: number) => void;
}

const APP_ID = 0x4e4c4d31; // "NLM1": marks a file as a newsloom database

/** Open (creating if needed) the newsloom database at `path` (":memory:" for a throwaway one) and bring its schema up to date. */
export function openDatabase(path: string, opts: ConnectionOptions = {}): Database.Database {
  const fresh = path === ':memory:' || !existsSync(path);
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const mapped = path !== ':memory:' && opts.mmap !== false;
    for (const p of READER_PRAGMAS) db.pragma(p.startsWith('mmap') && !mapped ? 'mmap_size = 0' : p);
  } catch (e) {
    throw new StoreError(`cannot open database ${path}: ${(e as Error).message}`);
  }
  db.function('newsloom_name_key', { deterministic: true }, (name: unknown) => (typeof name === 'string' ? nameKey(name) : null));
  db.function('newsloom_name_token', { deterministic: true }, (name: unknown) => (typeof name === 'string' ? nameToken(name) : null));
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (!fresh && appId !== APP_ID && (appId !== 0 || version !== 0 || hasTables(db))) {
    db.close();
    throw new StoreError(`${path} is not a newsloom database (it already holds other data); choose another path with --db`);
  }
  if (version > MIGRATIONS.length) {
    db.close();
    throw new StoreError(`${path} was written by a newer newsloom (schema ${version}, this one knows ${MIGRATIONS.length}); upgrade newsloom`);
  }
  if (version > 0 && version < MIGRATIONS.length) opts.onMigrate?.(path, version, MIGRATIONS.length);
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
    db.pragma(`application_id = ${APP_ID}`);
  })();
  return db;
}

function hasTables(db: Database.Database): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get();
}

/** A prepared statement for an SQL text, compiled once per connection (shared by the store and its watch and alert state). */
export type Prepare = (sql: string) => Database.Statement;

export function statementCache(db: Database.Database): Prepare {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let st = statements.get(sql);
    if (!st) {
      if (statements.size > 500) statements.clear(); // queries with IN lists vary in text; keep the cache bounded
      statements.set(sql, (st = db.prepare(sql)));
    }
    return st;
  };
}
