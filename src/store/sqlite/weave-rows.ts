// The weave's state as rows in SQLite: a flush's upserts and deletes in one transaction, and every row read back.
import type Database from 'better-sqlite3';
import type { WeaveRowChanges, WeaveRowRecord } from '../store.js';

/** Apply one flush (inside the open batch, or a transaction of its own); `savedAt`: also mark the weave saved at that time. */
export function saveSqliteWeaveRows(db: Database.Database, changes: WeaveRowChanges, savedAt: string | null): void {
  const upsert = db.prepare('INSERT INTO weave_rows (kind, key, data) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data');
  const remove = db.prepare('DELETE FROM weave_rows WHERE kind = ? AND key = ?');
  db.transaction(() => {
    if (changes.replace) db.prepare('DELETE FROM weave_rows').run();
    for (const r of changes.upserts) upsert.run(r.kind, r.key, r.data);
    for (const r of changes.deletes) remove.run(r.kind, r.key);
    if (savedAt !== null) {
      // the rows hold the state now: the one-blob snapshot is emptied (an older reader finds none and rebuilds)
      db.prepare("INSERT OR REPLACE INTO weave_state (id, snapshot, updated_at) VALUES (1, '', ?)").run(savedAt);
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('weave.saved_at', ?)").run(savedAt);
    }
  })();
}

export function loadSqliteWeaveRows(db: Database.Database): WeaveRowRecord[] {
  return db.prepare('SELECT kind, key, data FROM weave_rows').all() as WeaveRowRecord[];
}
