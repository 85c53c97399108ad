// The alert state of a PostgreSQL store: rules, firings with their deliveries, and the alert log in the tables of migration 2.
import type { Alert, AlertLogEntry, AlertState, Firing, NewAlert, NewFiring } from '../alert-state.js';
import { ALERT_COLUMNS, alertValues, rowToAlert, rowToAlertLog, rowToFiring } from '../state-rows.js';
import type { Run } from './session.js';

export class PgAlertState implements AlertState {
  constructor(private readonly run: Run) {}

  async addAlert(id: string, a: NewAlert, now: string): Promise<Alert> {
    const rows = await this.run(`INSERT INTO alerts (${ALERT_COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6,TRUE) RETURNING *`, alertValues(id, a, now));
    return rowToAlert(rows[0]!);
  }

  async alert(id: string): Promise<Alert | null> {
    const r = (await this.run('SELECT * FROM alerts WHERE id = $1', [id]))[0];
    return r ? rowToAlert(r) : null;
  }

  async alerts(opts: { activeOnly?: boolean } = {}): Promise<Alert[]> {
    const rows = opts.activeOnly
      ? await this.run('SELECT * FROM alerts WHERE active ORDER BY created_at COLLATE "C", id')
      : await this.run('SELECT * FROM alerts ORDER BY created_at COLLATE "C", id');
    return rows.map(rowToAlert);
  }

  /** One statement, so the firings and the rule go together. */
  async removeAlert(id: string): Promise<boolean> {
    return (await this.run('WITH f AS (DELETE FROM alert_firings WHERE alert_id = $1) DELETE FROM alerts WHERE id = $1 RETURNING id', [id])).length > 0;
  }

  async insertFiring(f: NewFiring): Promise<boolean> {
    const rows = await this.run(
      `INSERT INTO alert_firings (alert_id, key, article_id, event_id, payload, created_at, attempts, next_attempt_at) VALUES ($1,$2,$3,$4,$5,$6,0,$7)
       ON CONFLICT (alert_id, key) DO NOTHING RETURNING key`,
      [f.alertId, f.key, f.articleId, f.eventId, JSON.stringify(f.payload), f.createdAt, f.nextAttemptAt],
    );
    return rows.length > 0;
  }

  async firing(alertId: string, key: string): Promise<Firing | null> {
    const r = (await this.run('SELECT * FROM alert_firings WHERE alert_id = $1 AND key = $2', [alertId, key]))[0];
    return r ? rowToFiring(r) : null;
  }

  /** Times are ISO 8601 text: compared and sorted byte by byte (COLLATE "C"), as SQLite does. */
  async dueFirings(now: string): Promise<Firing[]> {
    const rows = await this.run(
      `SELECT * FROM alert_firings WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at COLLATE "C" <= $1
        ORDER BY next_attempt_at COLLATE "C", created_at COLLATE "C", alert_id, key`,
      [now],
    );
    return rows.map(rowToFiring);
  }

  async pendingCount(): Promise<number> {
    return (await this.run('SELECT count(*)::int AS n FROM alert_firings WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL'))[0]!.n as number;
  }

  async markDelivered(alertId: string, key: string, at: string): Promise<void> {
    await this.run(
      'UPDATE alert_firings SET delivered_at = $1, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL WHERE alert_id = $2 AND key = $3',
      [at, alertId, key],
    );
  }

  async markFailed(alertId: string, key: string, error: string, nextAttemptAt: string | null): Promise<void> {
    await this.run('UPDATE alert_firings SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE alert_id = $3 AND key = $4', [
      error,
      nextAttemptAt,
      alertId,
      key,
    ]);
  }

  async log(e: AlertLogEntry): Promise<void> {
    await this.run('INSERT INTO alert_log (at, alert_id, key, level, message) VALUES ($1,$2,$3,$4,$5)', [e.at, e.alertId, e.key, e.level, e.message]);
  }

  async logEntries(opts: { limit?: number; alertId?: string } = {}): Promise<AlertLogEntry[]> {
    const limit = opts.limit ?? 100;
    const rows = opts.alertId
      ? await this.run('SELECT * FROM alert_log WHERE alert_id = $1 ORDER BY id DESC LIMIT $2', [opts.alertId, limit])
      : await this.run('SELECT * FROM alert_log ORDER BY id DESC LIMIT $1', [limit]);
    return rows.reverse().map(rowToAlertLog);
  }
}
