// SQLite tables for watched sources (feeds/pages, validators, seen items, poll log) and alerts (rules, firings, deliveries, log).
export const WATCH_MIGRATION = `
  CREATE TABLE watch_sources (
    url TEXT PRIMARY KEY, kind TEXT, feed_url TEXT, etag TEXT, last_modified TEXT, every_ms INTEGER NOT NULL,
    allow_private INTEGER NOT NULL DEFAULT 0, last_polled_at TEXT, last_ok_at TEXT, next_poll_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0, last_error TEXT, items INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL);
  CREATE TABLE watch_seen (
    source_url TEXT NOT NULL, item_id TEXT NOT NULL, item_url TEXT, status TEXT NOT NULL, article_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 1, last_error TEXT, seen_at TEXT NOT NULL, PRIMARY KEY (source_url, item_id));
  CREATE TABLE watch_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, source_url TEXT, item_url TEXT, level TEXT NOT NULL, code TEXT, message TEXT NOT NULL);
  CREATE INDEX watch_log_source ON watch_log(source_url, id);
  CREATE TABLE alerts (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL, webhook TEXT, exec TEXT, created_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1);
  CREATE TABLE alert_firings (
    alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE, key TEXT NOT NULL, article_id TEXT, event_id TEXT,
    payload TEXT NOT NULL, created_at TEXT NOT NULL, delivered_at TEXT, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
    next_attempt_at TEXT, PRIMARY KEY (alert_id, key));
  CREATE INDEX alert_firings_pending ON alert_firings(delivered_at, next_attempt_at);
  CREATE TABLE alert_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, alert_id TEXT, key TEXT, level TEXT NOT NULL, message TEXT NOT NULL);
`;
