// A SQLite store's write transactions: the batch a long ingest commits every few hundred documents, and the work each
// commit finishes (the batch's full-text rows) or forgets (what a rolled-back batch wrote).
import type Database from 'better-sqlite3';
import type { KnownNames } from '../known-names.js';
import type { FtsBacklog } from './fts-backlog.js';
import type { StatsBacklog } from './stats-backlog.js';

export class SqliteBatch {
  private depth = 0;
  /** Articles the open batch inserted that have no analysis rows yet: writing their first analysis deletes nothing. */
  private readonly unanalysed = new Set<string>();

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
    this.unanalysed.clear();
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

  /** An article row was inserted (its analysis rows are not written yet). */
  inserted(articleId: string): void {
    if (this.open) this.unanalysed.add(articleId);
  }

  /**
   * Whether the analysis about to be written for `articleId` is its first: the article was inserted in the open batch and
   * no analysis was written for it since (so it has no quote or mention rows). False outside a batch, or after SQLite
   * rolled the batch back (the ids it held are forgotten then).
   */
  firstAnalysis(articleId: string): boolean {
    if (!this.open) {
      this.unanalysed.clear();
      return false;
    }
    return this.unanalysed.delete(articleId);
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
