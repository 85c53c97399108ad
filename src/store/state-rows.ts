// Turning watch and alert rows (SQLite or PostgreSQL: the same column names) into the records watch and alerts read, and back into column values.
import type { Alert, AlertLogEntry, Firing, NewAlert } from './alert-state.js';
import type { Row } from './rows.js';
import type { SeenItem, SeenStatus, SourceKind, WatchLogEntry, WatchSource } from './watch-state.js';

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Integers come back as numbers from SQLite and as strings from PostgreSQL BIGINT columns. */
const int = (v: unknown): number => Number(v);

export function rowToSource(r: Row): WatchSource {
  return {
    url: r.url as string,
    kind: (r.kind as SourceKind | null) ?? null,
    feedUrl: str(r.feed_url),
    etag: str(r.etag),
    lastModified: str(r.last_modified),
    everyMs: int(r.every_ms),
    allowPrivate: !!r.allow_private,
    lastPolledAt: str(r.last_polled_at),
    lastOkAt: str(r.last_ok_at),
    nextPollAt: str(r.next_poll_at),
    failures: int(r.failures),
    lastError: str(r.last_error),
    items: int(r.items),
    addedAt: r.added_at as string,
  };
}

export function rowToSeen(r: Row): SeenItem {
  return {
    sourceUrl: r.source_url as string,
    itemId: r.item_id as string,
    itemUrl: str(r.item_url),
    title: str(r.title),
    status: r.status as SeenStatus,
    articleId: str(r.article_id),
    attempts: int(r.attempts),
    lastError: str(r.last_error),
    seenAt: r.seen_at as string,
  };
}

export function rowToWatchLog(r: Row): WatchLogEntry {
  return {
    id: int(r.id),
    at: r.at as string,
    sourceUrl: str(r.source_url),
    itemUrl: str(r.item_url),
    level: r.level as WatchLogEntry['level'],
    code: str(r.code),
    message: r.message as string,
  };
}

export function rowToAlert(r: Row): Alert {
  return {
    id: r.id as string,
    kind: r.kind as Alert['kind'],
    value: r.value as string,
    webhook: str(r.webhook),
    exec: str(r.exec),
    createdAt: r.created_at as string,
    active: !!r.active,
  };
}

export function rowToFiring(r: Row): Firing {
  return {
    alertId: r.alert_id as string,
    key: r.key as string,
    articleId: str(r.article_id),
    eventId: str(r.event_id),
    payload: JSON.parse(r.payload as string),
    createdAt: r.created_at as string,
    deliveredAt: str(r.delivered_at),
    attempts: int(r.attempts),
    lastError: str(r.last_error),
    nextAttemptAt: str(r.next_attempt_at),
  };
}

export function rowToAlertLog(r: Row): AlertLogEntry {
  return {
    id: int(r.id),
    at: r.at as string,
    alertId: str(r.alert_id),
    key: str(r.key),
    level: r.level as AlertLogEntry['level'],
    message: r.message as string,
  };
}

/** The watch_log columns both stores insert: at, source_url, item_url, level, code, message. */
export const WATCH_LOG_COLUMNS = 'at, source_url, item_url, level, code, message';
export const watchLogValues = (e: WatchLogEntry): (string | null)[] => [e.at, e.sourceUrl, e.itemUrl, e.level, e.code, e.message];

/** The alerts columns both stores insert (active is each store's own literal): id, kind, value, webhook, exec, created_at. */
export const ALERT_COLUMNS = 'id, kind, value, webhook, exec, created_at, active';
export const alertValues = (id: string, a: NewAlert, now: string): (string | null)[] => [id, a.kind, a.value, a.webhook, a.exec, now];
