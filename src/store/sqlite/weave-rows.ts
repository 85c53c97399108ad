// The weave's state as rows in SQLite: a flush's upserts and deletes in one transaction, and every row read back.
import type Database from 'better-sqlite3';
import type { WeaveRowChanges, WeaveRowRecord } from '../store.js';

/** Rows per multi-row upsert: a flush holds up to ~100k term rows, and one statement per row costs more than its row. */
const ROWS_PER_STATEMENT = 100;
const UPSERT = (n: number) =>
  `INSERT INTO weave_rows (kind, key, data) VALUES ${Array.from({ length: n }, () => '(?,?,?)').join(',')} ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data`;

/** A row's data as SQLite keeps it: JSON text as TEXT, packed bytes as a BLOB (the column's TEXT affinity leaves BLOBs as they are). */
const bound = (d: string | Uint8Array): string | Buffer =>
  typeof d === 'string' || Buffer.isBuffer(d) ? d : Buffer.from(d.buffer, d.byteOffset, d.byteLength);

/** Apply one flush (inside the open batch, or a transaction of its own); `savedAt`: also mark the weave saved at that time. */
export function saveSqliteWeaveRows(db: Database.Database, changes: WeaveRowChanges, savedAt: string | null): void {
  const many = db.prepare(UPSERT(ROWS_PER_STATEMENT));
  const one = db.prepare(UPSERT(1));
  const remove = db.prepare('DELETE FROM weave_rows WHERE kind = ? AND key = ?');
  const write = () => {
    if (changes.replace) db.prepare('DELETE FROM weave_rows').run();
    // a key upserted twice in one flush keeps its last data, as row by row: a statement's VALUES may not hold one key twice
    const last = new Map<string, WeaveRowRecord>();
    for (const r of changes.upserts) {
      const k = `${r.kind}\u0000${r.key}`;
      last.delete(k);
      last.set(k, r);
    }
    const rows = [...last.values()];
    let i = 0;
    const args: unknown[] = new Array(ROWS_PER_STATEMENT * 3);
    for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) {
      for (let j = 0; j < ROWS_PER_STATEMENT; j++) {
        const r = rows[i + j]!;
        args[3 * j] = r.kind;
        args[3 * j + 1] = r.key;
        args[3 * j + 2] = bound(r.data);
      }
      many.run(args);
    }
    for (; i < rows.length; i++) one.run(rows[i]!.kind, rows[i]!.key, bound(rows[i]!.data));
    for (const r of changes.deletes) remove.run(r.kind, r.key);
    if (savedAt !== null) {
      // the rows hold the state now: the one-blob snapshot is emptied (an older reader finds none and rebuilds)
      db.prepare("INSERT OR REPLACE INTO weave_state (id, snapshot, updated_at) VALUES (1, '', ?)").run(savedAt);
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('weave.saved_at', ?)").run(savedAt);
    }
  };
  // inside the open batch the writes join its transaction (a nested one would be a savepoint)
  if (db.inTransaction) write();
  else db.transaction(write)();
}

export function loadSqliteWeaveRows(db: Database.Database): WeaveRowRecord[] {
  return db.prepare('SELECT kind, key, data FROM weave_rows').all() as WeaveRowRecord[];
}
