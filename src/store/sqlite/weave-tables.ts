// The SQLite store's weave tables (the base SqliteStore extends): the weave's rows, the summaries readers list, the
// older one-blob snapshot, and the version they were saved at.
import type Database from 'better-sqlite3';
import type { SummaryRecord, SummaryRowChanges, SummaryVersion, WeaveRowChanges, WeaveRowRecord } from '../store.js';
import type { Prepare } from './connection.js';
import { loadSqliteSummaries, saveSqliteSummaries, sqliteSummariesOf, sqliteSummaryVersions } from './summary-rows.js';
import { loadSqliteWeaveRows, saveSqliteWeaveRows } from './weave-rows.js';

export class SqliteWeaveTables {
  /** Saves by this connection: tells apart two saves within one millisecond. */
  private saves = 0;

  constructor(
    /** The database handle (for tools and tests that look below the Store interface). */
    readonly db: Database.Database,
    protected readonly stmt: Prepare,
  ) {}

  async saveWeaveState(snapshot: string): Promise<void> {
    const at = `${new Date().toISOString()}#${++this.saves}`;
    this.stmt('INSERT OR REPLACE INTO weave_state (id, snapshot, updated_at) VALUES (1, ?, ?)').run(snapshot, at);
    this.stmt("INSERT OR REPLACE INTO meta (key, value) VALUES ('weave.saved_at', ?)").run(at);
  }

  async weaveVersion(): Promise<string> {
    return (this.stmt("SELECT value FROM meta WHERE key = 'weave.saved_at'").get() as { value: string } | undefined)?.value ?? '';
  }

  async loadWeaveState(): Promise<string | null> {
    const r = this.stmt('SELECT snapshot FROM weave_state WHERE id = 1').get() as { snapshot: string } | undefined;
    return r?.snapshot ?? null;
  }

  async saveWeaveRows(changes: WeaveRowChanges, saved: boolean): Promise<void> {
    saveSqliteWeaveRows(this.db, changes, saved ? `${new Date().toISOString()}#${++this.saves}` : null);
  }

  async loadWeaveRows(): Promise<WeaveRowRecord[]> {
    return loadSqliteWeaveRows(this.db);
  }

  async saveSummaries(changes: SummaryRowChanges): Promise<void> {
    saveSqliteSummaries(this.db, changes);
  }

  async loadSummaries(): Promise<{ events: SummaryRecord[]; storylines: SummaryRecord[] }> {
    return loadSqliteSummaries(this.db);
  }

  async summariesOf(kind: 'event' | 'storyline', ids: string[]): Promise<SummaryRecord[]> {
    return sqliteSummariesOf(this.db, kind, ids);
  }

  async summaryVersions(): Promise<{ events: SummaryVersion[]; storylines: SummaryVersion[] }> {
    return sqliteSummaryVersions(this.db);
  }
}
