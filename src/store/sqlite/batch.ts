// A SQLite store's write transactions: the batch a long ingest commits every few hundred documents, and the work each
// commit finishes (the batch's full-text rows) or forgets (what a rolled-back batch wrote).
import type Database from 'better-sqlite3';
import type { KnownNames } from '../known-names.js';
import type { FtsBacklog } from './fts-backlog.js';
import type { StatsBacklog } from './stats-backlog.js';

export class SqliteBatch {
  private depth = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly names: KnownNames,
    private readonly fts: FtsBacklog,
    private readonly stats: StatsBacklog,
  ) {}

  /** A batch is open: its writes commit together at its end. */
  get open(): boolean {
    return this.depth > 0 && this.db.inTransaction;
  }

  begin(): void {
    if (this.depth++ === 0 && !this.db.inTransaction) this.db.exec('BEGIN');
  }

  end(): void {
    if (this.depth === 0 || --this.depth > 0) return;
    if (this.db.inTransaction) {
      this.fts.sync();
      this.stats.sync();
      this.db.exec('COMMIT');
      this.names.committed();
    } else {
      // SQLite rolled the batch back itself (an error): its writes are gone
      this.names.rolledBack();
      this.fts.dropped();
      this.stats.dropped();
    }
  }

  /**
   * Run `fn` in one transaction (much faster for bulk writes). Inside an open batch `fn` runs in the batch's transaction
   * as it is: a nested transaction would be a SAVEPOINT per call, and opening one makes FTS5 write its pending terms out
   * as a segment of their own (one tiny segment per article, merged again later), the largest cost of a batch's writes.
   */
  run<T>(fn: () => T): T {
    if (this.open) return fn();
    try {
      const out = this.db.transaction(() => {
        const r = fn();
        this.stats.sync();
        return r;
      })();
      if (!this.db.inTransaction) this.names.committed();
      return out;
    } catch (e) {
      if (!this.db.inTransaction) this.names.rolledBack();
      // fn's rows are rolled back (its transaction or savepoint), and only its changes were pending: each run syncs its own
      this.stats.dropped();
      throw e;
    }
  }
}
