// What alerts keep in the store: rules, firings (one per alert and event or article) with their delivery state, and the alert log; the records and the interface both stores implement.

export type AlertKind = 'query' | 'speaker' | 'entity';

export interface Alert {
  id: string;
  kind: AlertKind;
  /** The query text, speaker name or entity name. */
  value: string;
  /** POST the firing's JSON here. */
  webhook: string | null;
  /** Run this command with the firing's JSON on stdin (see src/alerts/exec-command.ts for how it is split). */
  exec: string | null;
  createdAt: string;
  active: boolean;
}

export type NewAlert = Pick<Alert, 'kind' | 'value' | 'webhook' | 'exec'>;

/** Why an alert matched: the words, quotes or entity that satisfied it, and whether analysis or plain text decided. */
export interface AlertMatch {
  via: 'text' | 'analysis';
  detail: string;
  /** Direct or indirect statements by the speaker, for speaker alerts decided on analysis. */
  quotes?: { text: string; kind: string; speaker: string | null }[];
}

/** The JSON sent to a webhook or an exec command's stdin (stored with its firing, sent as stored). */
export interface AlertPayload {
  alert: { id: string; kind: AlertKind; value: string };
  /** The firing key: the event id when the article has one, else the article id. */
  key: string;
  event: string | null;
  storyline: string | null;
  article: { id: string; title: string | null; url: string | null; outlet: string | null; published: string | null; language: string | null; excerpt: string };
  match: AlertMatch;
  firedAt: string;
}

export interface Firing {
  alertId: string;
  key: string;
  articleId: string | null;
  eventId: string | null;
  payload: AlertPayload;
  createdAt: string;
  deliveredAt: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
}

export type NewFiring = Pick<Firing, 'alertId' | 'key' | 'articleId' | 'eventId' | 'payload' | 'createdAt' | 'nextAttemptAt'>;

export interface AlertLogEntry {
  id?: number;
  at: string;
  alertId: string | null;
  key: string | null;
  level: 'info' | 'warn' | 'error';
  message: string;
}

/** The alert side of a store (SQLite or PostgreSQL): get it with `store.alertState()`. */
export interface AlertState {
  addAlert(id: string, a: NewAlert, now: string): Promise<Alert>;
  alert(id: string): Promise<Alert | null>;
  /** The rules, oldest first (only the active ones with `activeOnly`). */
  alerts(opts?: { activeOnly?: boolean }): Promise<Alert[]>;
  /** Delete an alert with its firings (pending deliveries are dropped); the alert log keeps its history. False when there was none. */
  removeAlert(id: string): Promise<boolean>;
  /** Record a firing unless this (alert, key) already fired; true when it is new. */
  insertFiring(f: NewFiring): Promise<boolean>;
  firing(alertId: string, key: string): Promise<Firing | null>;
  /** Undelivered firings whose next attempt is due at `now` (a null next attempt means given up), earliest first. */
  dueFirings(now: string): Promise<Firing[]>;
  /** Undelivered firings that will still be tried. */
  pendingCount(): Promise<number>;
  markDelivered(alertId: string, key: string, at: string): Promise<void>;
  /** Record a failed attempt; `nextAttemptAt` null means no more attempts. */
  markFailed(alertId: string, key: string, error: string, nextAttemptAt: string | null): Promise<void>;
  log(e: AlertLogEntry): Promise<void>;
  /** The most recent log entries (oldest first), optionally for one alert. */
  logEntries(opts?: { limit?: number; alertId?: string }): Promise<AlertLogEntry[]>;
}
