// The PostgreSQL store's weave tables (the base PostgresStore extends): the weave's rows, the summaries readers list,
// the older one-blob snapshot, and the version they were saved at.
import type { SummaryRecord, SummaryRowChanges, SummaryVersion, WeaveRowChanges, WeaveRowRecord } from '../store.js';
import type { Run } from './session.js';
import { loadPgSummaries, pgSummariesOf, pgSummaryVersions, savePgSummaries } from './summary-rows.js';
import { loadPgWeaveRows, savePgWeaveRows } from './weave-rows.js';

export abstract class PgWeaveTables {
  constructor(protected readonly run: Run) {}

  /** The store's batch (one transaction, nested batches joining the outermost). */
  abstract beginBatch(): Promise<void>;
  abstract endBatch(): Promise<void>;

  /** `write` in one transaction: the caller's batch when one is open, else its own. */
  private async inBatch(write: () => Promise<void>): Promise<void> {
    await this.beginBatch();
    try {
      await write();
    } finally {
      await this.endBatch();
    }
  }

  async saveWeaveState(snapshot: string): Promise<void> {
    await this.run(
      'INSERT INTO weave_state (id, snapshot, updated_at) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at',
      [snapshot, new Date().toISOString()],
    );
  }

  async weaveVersion(): Promise<string> {
    return ((await this.run('SELECT updated_at FROM weave_state WHERE id = 1'))[0]?.updated_at as string | undefined) ?? '';
  }

  async loadWeaveState(): Promise<string | null> {
    return ((await this.run('SELECT snapshot FROM weave_state WHERE id = 1'))[0]?.snapshot as string | undefined) ?? null;
  }

  async saveWeaveRows(changes: WeaveRowChanges, saved: boolean): Promise<void> {
    await this.inBatch(() => savePgWeaveRows(this.run, changes, saved ? new Date().toISOString() : null));
  }

  async loadWeaveRows(): Promise<WeaveRowRecord[]> {
    return loadPgWeaveRows(this.run);
  }

  async saveSummaries(changes: SummaryRowChanges): Promise<void> {
    await this.inBatch(() => savePgSummaries(this.run, changes));
  }

  async loadSummaries(): Promise<{ events: SummaryRecord[]; storylines: SummaryRecord[] }> {
    return loadPgSummaries(this.run);
  }

  async summariesOf(kind: 'event' | 'storyline', ids: string[]): Promise<SummaryRecord[]> {
    return pgSummariesOf(this.run, kind, ids);
  }

  async summaryVersions(): Promise<{ events: SummaryVersion[]; storylines: SummaryVersion[] }> {
    return pgSummaryVersions(this.run);
  }
}
