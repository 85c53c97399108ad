// The alert state of a SQLite store: rules, firings with their deliveries, and the alert log in the tables of migration 3.
import type Database from 'better-sqlite3';
import type { Alert, AlertLogEntry, AlertState, Firing, NewAlert, NewFiring } from '../alert-state.js';
import type { Row } from '../rows.js';
import { ALERT_COLUMNS, alertValues, rowToAlert, rowToAlertLog, rowToFiring } from '../state-rows.js';
import type { Prepare } from './connection.js';

export class SqliteAlertState implements AlertState {
  constructor(
    private readonly db: Database.Database,
    private readonly stmt: Prepare,
  ) {}

  async addAlert(id: string, a: NewAlert, now: string): Promise<Alert> {
    this.stmt(`INSERT INTO alerts (${ALERT_COLUMNS}) VALUES (?,?,?,?,?,?,1)`).run(...alertValues(id, a, now));
    return (await this.alert(id))!;
  }

  async alert(id: string): Promise<Alert | null> {
    const r = this.stmt('SELECT * FROM alerts WHERE id = ?').get(id) as Row | undefined;
    return r ? rowToAlert(r) : null;
  }

  async alerts(opts: { activeOnly?: boolean } = {}): Promise<Alert[]> {
    const sql = opts.activeOnly ? 'SELECT * FROM alerts WHERE active = 1 ORDER BY created_at, id' : 'SELECT * FROM alerts ORDER BY created_at, id';
    return (this.stmt(sql).all() as Row[]).map(rowToAlert);
  }

  async removeAlert(id: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.stmt('DELETE FROM alert_firings WHERE alert_id = ?').run(id);
      return this.stmt('DELETE FROM alerts WHERE id = ?').run(id).changes > 0;
    })();
  }

  async insertFiring(f: NewFiring): Promise<boolean> {
    const info = this.stmt(
      'INSERT OR IGNORE INTO alert_firings (alert_id, key, article_id, event_id, payload, created_at, attempts, next_attempt_at) VALUES (?,?,?,?,?,?,0,?)',
    ).run(f.alertId, f.key, f.articleId, f.eventId, JSON.stringify(f.payload), f.createdAt, f.nextAttemptAt);
    return info.changes > 0;
  }

  async firing(alertId: string, key: string): Promise<Firing | null> {
    const r = this.stmt('SELECT * FROM alert_firings WHERE alert_id = ? AND key = ?').get(alertId, key) as Row | undefined;
    return r ? rowToFiring(r) : null;
  }

  async dueFirings(now: string): Promise<Firing[]> {
    const rows = this.stmt(
      'SELECT * FROM alert_firings WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at, alert_id, key',
    ).all(now) as Row[];
    return rows.map(rowToFiring);
  }

  async pendingCount(): Promise<number> {
    return this.stmt('SELECT count(*) FROM alert_firings WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL').pluck().get() as number;
  }

  async markDelivered(alertId: string, key: string, at: string): Promise<void> {
    this.stmt(
      'UPDATE alert_firings SET delivered_at = ?, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL WHERE alert_id = ? AND key = ?',
    ).run(at, alertId, key);
  }

  async markFailed(alertId: string, key: string, error: string, nextAttemptAt: string | null): Promise<void> {
    this.stmt('UPDATE alert_firings SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE alert_id = ? AND key = ?').run(
      error,
      nextAttemptAt,
      alertId,
      key,
    );
  }

  async log(e: AlertLogEntry): Promise<void> {
    this.stmt('INSERT INTO alert_log (at, alert_id, key, level, message) VALUES (?,?,?,?,?)').run(e.at, e.alertId, e.key, e.level, e.message);
  }

  async logEntries(opts: { limit?: number; alertId?: string } = {}): Promise<AlertLogEntry[]> {
    const limit = opts.limit ?? 100;
    const rows = (
      opts.alertId
        ? this.stmt('SELECT * FROM alert_log WHERE alert_id = ? ORDER BY id DESC LIMIT ?').all(opts.alertId, limit)
        : this.stmt('SELECT * FROM alert_log ORDER BY id DESC LIMIT ?').all(limit)
    ) as Row[];
    return rows.reverse().map(rowToAlertLog);
  }
}
