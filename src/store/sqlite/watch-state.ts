// The watch state of a SQLite store: watched sources, seen items and the poll log in the tables of migration 3 (and 9).
import type Database from 'better-sqlite3';
import type { Row } from '../rows.js';
import { rowToSeen, rowToSource, rowToWatchLog, WATCH_LOG_COLUMNS, watchLogValues } from '../state-rows.js';
import type { SeenItem, SeenStatus, WatchLogEntry, WatchSource, WatchState } from '../watch-state.js';
import type { Prepare } from './connection.js';

export class SqliteWatchState implements WatchState {
  constructor(
    private readonly db: Database.Database,
    private readonly stmt: Prepare,
  ) {}

  async upsertSource(url: string, everyMs: number, allowPrivate: boolean, now: string): Promise<WatchSource> {
    this.stmt(
      `INSERT INTO watch_sources (url, every_ms, allow_private, added_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(url) DO UPDATE SET every_ms = excluded.every_ms, allow_private = excluded.allow_private`,
    ).run(url, everyMs, allowPrivate ? 1 : 0, now);
    return (await this.source(url))!;
  }

  async source(url: string): Promise<WatchSource | null> {
    const r = this.stmt('SELECT * FROM watch_sources WHERE url = ?').get(url) as Row | undefined;
    return r ? rowToSource(r) : null;
  }

  async sources(): Promise<WatchSource[]> {
    return (this.stmt('SELECT * FROM watch_sources ORDER BY added_at, url').all() as Row[]).map(rowToSource);
  }

  async removeSource(url: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.stmt('DELETE FROM watch_seen WHERE source_url = ?').run(url);
      return this.stmt('DELETE FROM watch_sources WHERE url = ?').run(url).changes > 0;
    })();
  }

  async saveSource(s: WatchSource): Promise<void> {
    this.stmt(
      `UPDATE watch_sources SET kind = ?, feed_url = ?, etag = ?, last_modified = ?, every_ms = ?, allow_private = ?, last_polled_at = ?,
         last_ok_at = ?, next_poll_at = ?, failures = ?, last_error = ?, items = ? WHERE url = ?`,
    ).run(
      s.kind,
      s.feedUrl,
      s.etag,
      s.lastModified,
      s.everyMs,
      s.allowPrivate ? 1 : 0,
      s.lastPolledAt,
      s.lastOkAt,
      s.nextPollAt,
      s.failures,
      s.lastError,
      s.items,
      s.url,
    );
  }

  async doneItemIds(sourceUrl: string, maxAttempts: number): Promise<Set<string>> {
    const ids = this.stmt("SELECT item_id FROM watch_seen WHERE source_url = ? AND (status NOT IN ('failed', 'stub') OR attempts >= ?)")
      .pluck()
      .all(sourceUrl, maxAttempts) as string[];
    return new Set(ids);
  }

  async seenItem(sourceUrl: string, itemId: string): Promise<SeenItem | null> {
    const r = this.stmt('SELECT * FROM watch_seen WHERE source_url = ? AND item_id = ?').get(sourceUrl, itemId) as Row | undefined;
    return r ? rowToSeen(r) : null;
  }

  async seenItems(sourceUrl: string, status: SeenStatus): Promise<SeenItem[]> {
    return (this.stmt('SELECT * FROM watch_seen WHERE source_url = ? AND status = ? ORDER BY seen_at, item_id').all(sourceUrl, status) as Row[]).map(rowToSeen);
  }

  async markSeen(i: Omit<SeenItem, 'attempts'>): Promise<void> {
    this.stmt(
      `INSERT INTO watch_seen (source_url, item_id, item_url, title, status, article_id, attempts, last_error, seen_at) VALUES (?,?,?,?,?,?,1,?,?)
       ON CONFLICT(source_url, item_id) DO UPDATE SET item_url = excluded.item_url, title = excluded.title, status = excluded.status,
         article_id = excluded.article_id, attempts = attempts + 1, last_error = excluded.last_error, seen_at = excluded.seen_at`,
    ).run(i.sourceUrl, i.itemId, i.itemUrl, i.title, i.status, i.articleId, i.lastError, i.seenAt);
  }

  async log(e: WatchLogEntry): Promise<void> {
    this.stmt(`INSERT INTO watch_log (${WATCH_LOG_COLUMNS}) VALUES (?,?,?,?,?,?)`).run(...watchLogValues(e));
  }

  async logEntries(opts: { limit?: number; sourceUrl?: string } = {}): Promise<WatchLogEntry[]> {
    const limit = opts.limit ?? 100;
    const rows = (
      opts.sourceUrl
        ? this.stmt('SELECT * FROM watch_log WHERE source_url = ? ORDER BY id DESC LIMIT ?').all(opts.sourceUrl, limit)
        : this.stmt('SELECT * FROM watch_log ORDER BY id DESC LIMIT ?').all(limit)
    ) as Row[];
    return rows.reverse().map(rowToWatchLog);
  }

  async trimLog(keep: number): Promise<void> {
    this.stmt('DELETE FROM watch_log WHERE id <= (SELECT max(id) FROM watch_log) - ?').run(keep);
  }
}
