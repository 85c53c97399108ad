// Reads and writes the watch and alert tables (migration 3) over the better-sqlite3 handle of a SqliteStore.
import type Database from 'better-sqlite3';
import type { Alert, AlertLogEntry, Firing, NewAlert } from '../alerts/types.js';
import type { SeenItem, SeenStatus, SourceKind, WatchLogEntry, WatchSource } from '../watch/types.js';

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toSource(r: Row): WatchSource {
  return {
    url: r.url as string,
    kind: (r.kind as SourceKind | null) ?? null,
    feedUrl: str(r.feed_url),
    etag: str(r.etag),
    lastModified: str(r.last_modified),
    everyMs: r.every_ms as number,
    allowPrivate: !!r.allow_private,
    lastPolledAt: str(r.last_polled_at),
    lastOkAt: str(r.last_ok_at),
    nextPollAt: str(r.next_poll_at),
    failures: r.failures as number,
    lastError: str(r.last_error),
    items: r.items as number,
    addedAt: r.added_at as string,
  };
}

function toSeen(r: Row): SeenItem {
  return {
    sourceUrl: r.source_url as string,
    itemId: r.item_id as string,
    itemUrl: str(r.item_url),
    status: r.status as SeenStatus,
    articleId: str(r.article_id),
    attempts: r.attempts as number,
    lastError: str(r.last_error),
    seenAt: r.seen_at as string,
  };
}

function toAlert(r: Row): Alert {
  return { id: r.id as string, kind: r.kind as Alert['kind'], value: r.value as string, webhook: str(r.webhook), exec: str(r.exec), createdAt: r.created_at as string, active: !!r.active };
}

function toFiring(r: Row): Firing {
  return {
    alertId: r.alert_id as string,
    key: r.key as string,
    articleId: str(r.article_id),
    eventId: str(r.event_id),
    payload: JSON.parse(r.payload as string),
    createdAt: r.created_at as string,
    deliveredAt: str(r.delivered_at),
    attempts: r.attempts as number,
    lastError: str(r.last_error),
    nextAttemptAt: str(r.next_attempt_at),
  };
}

/** The watch/alert side of the SQLite store. Construct it over `SqliteStore.db` (the migration must have run). */
export class WatchStore {
  constructor(readonly db: Database.Database) {}

  // ---- watched sources ----

  /** Add a source (or update its interval and private-address permission when it is already watched). */
  upsertSource(url: string, everyMs: number, allowPrivate: boolean, now: string): WatchSource {
    this.db
      .prepare(
        `INSERT INTO watch_sources (url, every_ms, allow_private, added_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(url) DO UPDATE SET every_ms = excluded.every_ms, allow_private = excluded.allow_private`,
      )
      .run(url, everyMs, allowPrivate ? 1 : 0, now);
    return this.source(url)!;
  }

  source(url: string): WatchSource | null {
    const r = this.db.prepare('SELECT * FROM watch_sources WHERE url = ?').get(url) as Row | undefined;
    return r ? toSource(r) : null;
  }

  sources(): WatchSource[] {
    return (this.db.prepare('SELECT * FROM watch_sources ORDER BY added_at, url').all() as Row[]).map(toSource);
  }

  removeSource(url: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM watch_seen WHERE source_url = ?').run(url);
      return this.db.prepare('DELETE FROM watch_sources WHERE url = ?').run(url).changes > 0;
    })();
  }

  /** Write back everything a poll learnt about a source. */
  saveSource(s: WatchSource): void {
    this.db
      .prepare(
        `UPDATE watch_sources SET kind = ?, feed_url = ?, etag = ?, last_modified = ?, every_ms = ?, allow_private = ?, last_polled_at = ?,
           last_ok_at = ?, next_poll_at = ?, failures = ?, last_error = ?, items = ? WHERE url = ?`,
      )
      .run(s.kind, s.feedUrl, s.etag, s.lastModified, s.everyMs, s.allowPrivate ? 1 : 0, s.lastPolledAt, s.lastOkAt, s.nextPollAt, s.failures, s.lastError, s.items, s.url);
  }

  // ---- seen items ----

  /** Item ids of `sourceUrl` that need no more work: everything except failed items still under `maxAttempts`. */
  doneItemIds(sourceUrl: string, maxAttempts: number): Set<string> {
    const rows = this.db
      .prepare("SELECT item_id FROM watch_seen WHERE source_url = ? AND (status <> 'failed' OR attempts >= ?)")
      .all(sourceUrl, maxAttempts) as { item_id: string }[];
    return new Set(rows.map((r) => r.item_id));
  }

  seenItem(sourceUrl: string, itemId: string): SeenItem | null {
    const r = this.db.prepare('SELECT * FROM watch_seen WHERE source_url = ? AND item_id = ?').get(sourceUrl, itemId) as Row | undefined;
    return r ? toSeen(r) : null;
  }

  seenItems(sourceUrl: string): SeenItem[] {
    return (this.db.prepare('SELECT * FROM watch_seen WHERE source_url = ? ORDER BY seen_at, item_id').all(sourceUrl) as Row[]).map(toSeen);
  }

  /** Record how an item was handled; a failed item that is seen again counts one more attempt. */
  markSeen(i: Omit<SeenItem, 'attempts'>): void {
    this.db
      .prepare(
        `INSERT INTO watch_seen (source_url, item_id, item_url, status, article_id, attempts, last_error, seen_at) VALUES (?,?,?,?,?,1,?,?)
         ON CONFLICT(source_url, item_id) DO UPDATE SET item_url = excluded.item_url, status = excluded.status, article_id = excluded.article_id,
           attempts = attempts + 1, last_error = excluded.last_error, seen_at = excluded.seen_at`,
      )
      .run(i.sourceUrl, i.itemId, i.itemUrl, i.status, i.articleId, i.lastError, i.seenAt);
  }

  // ---- watch log ----

  log(e: WatchLogEntry): void {
    this.db
      .prepare('INSERT INTO watch_log (at, source_url, item_url, level, code, message) VALUES (?,?,?,?,?,?)')
      .run(e.at, e.sourceUrl, e.itemUrl, e.level, e.code, e.message);
  }

  /** The most recent log entries (oldest first), optionally for one source. */
  logEntries(opts: { limit?: number; sourceUrl?: string } = {}): WatchLogEntry[] {
    const limit = opts.limit ?? 100;
    const rows = (
      opts.sourceUrl
        ? this.db.prepare('SELECT * FROM watch_log WHERE source_url = ? ORDER BY id DESC LIMIT ?').all(opts.sourceUrl, limit)
        : this.db.prepare('SELECT * FROM watch_log ORDER BY id DESC LIMIT ?').all(limit)
    ) as Row[];
    return rows.reverse().map((r) => ({
      id: r.id as number,
      at: r.at as string,
      sourceUrl: str(r.source_url),
      itemUrl: str(r.item_url),
      level: r.level as WatchLogEntry['level'],
      code: str(r.code),
      message: r.message as string,
    }));
  }

  /** Keep only the newest `keep` log rows. */
  trimLog(keep: number): void {
    this.db.prepare('DELETE FROM watch_log WHERE id <= (SELECT max(id) FROM watch_log) - ?').run(keep);
  }

  // ---- alerts ----

  addAlert(id: string, a: NewAlert, now: string): Alert {
    this.db.prepare('INSERT INTO alerts (id, kind, value, webhook, exec, created_at, active) VALUES (?,?,?,?,?,?,1)').run(id, a.kind, a.value, a.webhook, a.exec, now);
    return this.alert(id)!;
  }

  alert(id: string): Alert | null {
    const r = this.db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as Row | undefined;
    return r ? toAlert(r) : null;
  }

  alerts(opts: { activeOnly?: boolean } = {}): Alert[] {
    const sql = opts.activeOnly ? 'SELECT * FROM alerts WHERE active = 1 ORDER BY created_at, id' : 'SELECT * FROM alerts ORDER BY created_at, id';
    return (this.db.prepare(sql).all() as Row[]).map(toAlert);
  }

  /** Delete an alert with its firings (pending deliveries are dropped); the alert log keeps its history. */
  removeAlert(id: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM alert_firings WHERE alert_id = ?').run(id);
      return this.db.prepare('DELETE FROM alerts WHERE id = ?').run(id).changes > 0;
    })();
  }

  /** Record a firing unless this (alert, key) already fired; true when it is new. */
  insertFiring(f: Pick<Firing, 'alertId' | 'key' | 'articleId' | 'eventId' | 'payload' | 'createdAt' | 'nextAttemptAt'>): boolean {
    const info = this.db
      .prepare('INSERT OR IGNORE INTO alert_firings (alert_id, key, article_id, event_id, payload, created_at, attempts, next_attempt_at) VALUES (?,?,?,?,?,?,0,?)')
      .run(f.alertId, f.key, f.articleId, f.eventId, JSON.stringify(f.payload), f.createdAt, f.nextAttemptAt);
    return info.changes > 0;
  }

  firing(alertId: string, key: string): Firing | null {
    const r = this.db.prepare('SELECT * FROM alert_firings WHERE alert_id = ? AND key = ?').get(alertId, key) as Row | undefined;
    return r ? toFiring(r) : null;
  }

  firings(opts: { alertId?: string } = {}): Firing[] {
    const rows = (
      opts.alertId
        ? this.db.prepare('SELECT * FROM alert_firings WHERE alert_id = ? ORDER BY created_at, key').all(opts.alertId)
        : this.db.prepare('SELECT * FROM alert_firings ORDER BY created_at, alert_id, key').all()
    ) as Row[];
    return rows.map(toFiring);
  }

  /** Undelivered firings whose next attempt is due at `now` (null next_attempt_at = given up). */
  dueFirings(now: string): Firing[] {
    const rows = this.db
      .prepare('SELECT * FROM alert_firings WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at')
      .all(now) as Row[];
    return rows.map(toFiring);
  }

  /** Undelivered firings that will still be tried. */
  pendingCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM alert_firings WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL').get() as { n: number }).n;
  }

  markDelivered(alertId: string, key: string, at: string): void {
    this.db.prepare('UPDATE alert_firings SET delivered_at = ?, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL WHERE alert_id = ? AND key = ?').run(at, alertId, key);
  }

  /** Record a failed attempt; `nextAttemptAt` null means no more attempts. */
  markFailed(alertId: string, key: string, error: string, nextAttemptAt: string | null): void {
    this.db.prepare('UPDATE alert_firings SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE alert_id = ? AND key = ?').run(error, nextAttemptAt, alertId, key);
  }

  alertLog(e: AlertLogEntry): void {
    this.db.prepare('INSERT INTO alert_log (at, alert_id, key, level, message) VALUES (?,?,?,?,?)').run(e.at, e.alertId, e.key, e.level, e.message);
  }

  alertLogEntries(opts: { limit?: number; alertId?: string } = {}): AlertLogEntry[] {
    const limit = opts.limit ?? 100;
    const rows = (
      opts.alertId
        ? this.db.prepare('SELECT * FROM alert_log WHERE alert_id = ? ORDER BY id DESC LIMIT ?').all(opts.alertId, limit)
        : this.db.prepare('SELECT * FROM alert_log ORDER BY id DESC LIMIT ?').all(limit)
    ) as Row[];
    return rows.reverse().map((r) => ({ id: r.id as number, at: r.at as string, alertId: str(r.alert_id), key: str(r.key), level: r.level as AlertLogEntry['level'], message: r.message as string }));
  }
}
