// The watch state of a PostgreSQL store: watched sources, seen items and the poll log in the tables of migrations 2 and 4.
import { rowToSeen, rowToSource, rowToWatchLog, WATCH_LOG_COLUMNS, watchLogValues } from '../state-rows.js';
import type { SeenItem, SeenStatus, WatchLogEntry, WatchSource, WatchState } from '../watch-state.js';
import type { Run } from './session.js';

export class PgWatchState implements WatchState {
  constructor(private readonly run: Run) {}

  async upsertSource(url: string, everyMs: number, allowPrivate: boolean, now: string): Promise<WatchSource> {
    const rows = await this.run(
      `INSERT INTO watch_sources (url, every_ms, allow_private, added_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (url) DO UPDATE SET every_ms = excluded.every_ms, allow_private = excluded.allow_private RETURNING *`,
      [url, everyMs, allowPrivate, now],
    );
    return rowToSource(rows[0]!);
  }

  async source(url: string): Promise<WatchSource | null> {
    const r = (await this.run('SELECT * FROM watch_sources WHERE url = $1', [url]))[0];
    return r ? rowToSource(r) : null;
  }

  async sources(): Promise<WatchSource[]> {
    return (await this.run('SELECT * FROM watch_sources ORDER BY added_at COLLATE "C", url')).map(rowToSource);
  }

  /** One statement, so the seen items and the source go together. */
  async removeSource(url: string): Promise<boolean> {
    const rows = await this.run('WITH seen AS (DELETE FROM watch_seen WHERE source_url = $1) DELETE FROM watch_sources WHERE url = $1 RETURNING url', [url]);
    return rows.length > 0;
  }

  async saveSource(s: WatchSource): Promise<void> {
    await this.run(
      `UPDATE watch_sources SET kind = $1, feed_url = $2, etag = $3, last_modified = $4, every_ms = $5, allow_private = $6, last_polled_at = $7,
         last_ok_at = $8, next_poll_at = $9, failures = $10, last_error = $11, items = $12 WHERE url = $13`,
      [s.kind, s.feedUrl, s.etag, s.lastModified, s.everyMs, s.allowPrivate, s.lastPolledAt, s.lastOkAt, s.nextPollAt, s.failures, s.lastError, s.items, s.url],
    );
  }

  async doneItemIds(sourceUrl: string, maxAttempts: number): Promise<Set<string>> {
    const rows = await this.run("SELECT item_id FROM watch_seen WHERE source_url = $1 AND (status NOT IN ('failed', 'stub') OR attempts >= $2)", [
      sourceUrl,
      maxAttempts,
    ]);
    return new Set(rows.map((r) => r.item_id as string));
  }

  async seenItem(sourceUrl: string, itemId: string): Promise<SeenItem | null> {
    const r = (await this.run('SELECT * FROM watch_seen WHERE source_url = $1 AND item_id = $2', [sourceUrl, itemId]))[0];
    return r ? rowToSeen(r) : null;
  }

  async seenItems(sourceUrl: string, status: SeenStatus): Promise<SeenItem[]> {
    return (await this.run('SELECT * FROM watch_seen WHERE source_url = $1 AND status = $2 ORDER BY seen_at COLLATE "C", item_id', [sourceUrl, status])).map(
      rowToSeen,
    );
  }

  async markSeen(i: Omit<SeenItem, 'attempts'>): Promise<void> {
    await this.run(
      `INSERT INTO watch_seen (source_url, item_id, item_url, title, status, article_id, attempts, last_error, seen_at) VALUES ($1,$2,$3,$4,$5,$6,1,$7,$8)
       ON CONFLICT (source_url, item_id) DO UPDATE SET item_url = excluded.item_url, title = excluded.title, status = excluded.status,
         article_id = excluded.article_id, attempts = watch_seen.attempts + 1, last_error = excluded.last_error, seen_at = excluded.seen_at`,
      [i.sourceUrl, i.itemId, i.itemUrl, i.title, i.status, i.articleId, i.lastError, i.seenAt],
    );
  }

  async log(e: WatchLogEntry): Promise<void> {
    await this.run(`INSERT INTO watch_log (${WATCH_LOG_COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6)`, watchLogValues(e));
  }

  async logEntries(opts: { limit?: number; sourceUrl?: string } = {}): Promise<WatchLogEntry[]> {
    const limit = opts.limit ?? 100;
    const rows = opts.sourceUrl
      ? await this.run('SELECT * FROM watch_log WHERE source_url = $1 ORDER BY id DESC LIMIT $2', [opts.sourceUrl, limit])
      : await this.run('SELECT * FROM watch_log ORDER BY id DESC LIMIT $1', [limit]);
    return rows.reverse().map(rowToWatchLog);
  }

  async trimLog(keep: number): Promise<void> {
    await this.run('DELETE FROM watch_log WHERE id <= (SELECT max(id) FROM watch_log) - $1::bigint', [keep]);
  }
}
