// The records `watch` keeps and reports: watched sources, seen items, log entries and the outcome of one polling round.

/** What a watched URL turned out to be: a feed, a page that announces a feed, or a page with none (ingested itself). */
export type SourceKind = 'feed' | 'page-feed' | 'page';

export interface WatchSource {
  /** The URL the user gave. */
  url: string;
  /** Null until the first successful poll has classified it. */
  kind: SourceKind | null;
  /** The feed polled for this source (the URL itself for a feed; the discovered feed for a page). */
  feedUrl: string | null;
  etag: string | null;
  lastModified: string | null;
  everyMs: number;
  allowPrivate: boolean;
  lastPolledAt: string | null;
  lastOkAt: string | null;
  nextPollAt: string | null;
  /** Consecutive failed polls (0 after a success). */
  failures: number;
  lastError: string | null;
  /** Items ingested from this source so far. */
  items: number;
  addedAt: string;
}

/** How an item of a source was handled. 'failed' items are retried in later rounds up to maxItemAttempts. */
export type SeenStatus = 'added' | 'unchanged' | 'rejected' | 'fallback' | 'failed';

export interface SeenItem {
  sourceUrl: string;
  itemId: string;
  itemUrl: string | null;
  status: SeenStatus;
  articleId: string | null;
  attempts: number;
  lastError: string | null;
  seenAt: string;
}

export type LogLevel = 'info' | 'warn' | 'error';

export interface WatchLogEntry {
  id?: number;
  at: string;
  sourceUrl: string | null;
  itemUrl: string | null;
  level: LogLevel;
  /** Machine-readable reason (a FetchError/FeedError code, 'fallback', 'backlog', 'charset'...). */
  code: string | null;
  message: string;
}

/** What one poll of one source did. */
export interface SourceOutcome {
  url: string;
  ok: boolean;
  kind: SourceKind | null;
  notModified: boolean;
  /** Items not seen before in this poll (before the per-round cap). */
  fresh: number;
  added: number;
  unchanged: number;
  rejected: number;
  /** Items ingested from the feed's own text because their page could not be fetched. */
  fallback: number;
  /** Items that could not be ingested at all this round. */
  failedItems: number;
  /** New items left for later rounds by the per-round cap. */
  deferred: number;
  error: string | null;
  errorCode: string | null;
}

export interface RoundReport {
  startedAt: string;
  finishedAt: string;
  sources: SourceOutcome[];
  /** True when every polled source succeeded. */
  ok: boolean;
}
