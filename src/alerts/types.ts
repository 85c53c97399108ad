// The records alerts keep: rules, firings (one per alert and event/statement) with their delivery state, and the alert log.
import type { Analysis, Article, Assignment } from '../model.js';

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

/** What alerts read of a newly added article: ProcessedArticle today, plus analysis and event assignment once those stages land. */
export interface AlertSubject {
  article: Article;
  analysis?: Analysis;
  assignment?: Assignment;
}

/** Why an alert matched: the words, quotes or entity that satisfied it, and whether analysis or plain text decided. */
export interface AlertMatch {
  via: 'text' | 'analysis';
  detail: string;
  /** Direct or indirect statements by the speaker, for speaker alerts decided on analysis. */
  quotes?: { text: string; kind: string; speaker: string | null }[];
}

/** The JSON sent to a webhook or an exec command's stdin. */
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

export interface AlertLogEntry {
  id?: number;
  at: string;
  alertId: string | null;
  key: string | null;
  level: 'info' | 'warn' | 'error';
  message: string;
}
