// What every command shares: the --db option, opening the engine over the store, printing, and numeric flags.
import type { Command } from 'commander';
import { Engine } from '../engine/index.js';
import { UsageError } from '../errors.js';
import { openStore } from '../store/open.js';
import type { SqliteOptions } from '../store/sqlite/store.js';
import { attachAlerts } from './watch-commands.js';

export function dbPath(cmd: Command): string {
  return (cmd.optsWithGlobals() as { db: string }).db;
}

/** Say why opening an older SQLite store takes a while: its schema is upgraded, once. */
export function migrationNotice(path: string, from: number, to: number): void {
  process.stderr.write(`newsloom: upgrading ${path} from schema ${from} to ${to} (once; a large store takes minutes)\n`);
}

/** Run `fn` on the engine over the store --db names; `sqlite`: how a SQLite store is opened (ingest: no mapped reads). */
export async function withEngine<T>(cmd: Command, fn: (e: Engine) => Promise<T>, sqlite: SqliteOptions = {}): Promise<T> {
  const store = await openStore(dbPath(cmd), { onMigrate: migrationNotice, ...sqlite });
  try {
    const engine = new Engine(store);
    // Alerts fire on every ingest path; `watch` and `alert deliver` send them.
    attachAlerts(engine, store);
    return await fn(engine);
  } finally {
    await store.close();
  }
}

export function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

export function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} takes a whole number above 0, got '${v}'`);
  return n;
}

export function nonNegativeInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} takes a whole number, 0 or more, got '${v}'`);
  return n;
}
