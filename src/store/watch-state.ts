// What `watch` keeps in the store: watched sources, the items seen of each, and the poll log; the records and the interface both stores implement.

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

/**
 * How an item of a source was handled. 'fallback': stored from the feed's own text. 'stub': its page could not be read and
 * the feed has no text for it, so only its title and link are kept and the page is fetched again in later rounds.
 * 'failed': nothing usable (no link, no text); retried too. Stubs and failed items are retried up to maxItemAttempts.
 */
export type SeenStatus = 'added' | 'unchanged' | 'rejected' | 'fallback' | 'stub' | 'failed';

export interface SeenItem {
  sourceUrl: string;
  itemId: string;
  itemUrl: string | null;
  /** The item's title as the feed gave it (what a stub keeps besides its link). */
  title: string | null;
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
  /** Machine-readable reason (a FetchError/FeedError code, 'fallback', 'stub', 'backlog', 'charset'...). */
  code: string | null;
  message: string;
}

/** The watch side of a store (SQLite or PostgreSQL): get it with `store.watchState()`. */
export interface WatchState {
  /** Add a source (or update its interval and private-address permission when it is already watched). */
  upsertSource(url: string, everyMs: number, allowPrivate: boolean, now: string): Promise<WatchSource>;
  source(url: string): Promise<WatchSource | null>;
  /** Every watched source, oldest first. */
  sources(): Promise<WatchSource[]>;
  /** Stop watching a source and forget its seen items; false when it was not watched. */
  removeSource(url: string): Promise<boolean>;
  /** Write back everything a poll learnt about a source. */
  saveSource(s: WatchSource): Promise<void>;
  /** Item ids of `sourceUrl` that need no more work: everything except stubs and failed items still under `maxAttempts`. */
  doneItemIds(sourceUrl: string, maxAttempts: number): Promise<Set<string>>;
  seenItem(sourceUrl: string, itemId: string): Promise<SeenItem | null>;
  /** The items of a source with one status (e.g. its stubs), in the order they were seen. */
  seenItems(sourceUrl: string, status: SeenStatus): Promise<SeenItem[]>;
  /** Record how an item was handled; an item seen again counts one more attempt. */
  markSeen(i: Omit<SeenItem, 'attempts'>): Promise<void>;
  log(e: WatchLogEntry): Promise<void>;
  /** The most recent log entries (oldest first), optionally for one source. */
  logEntries(opts?: { limit?: number; sourceUrl?: string }): Promise<WatchLogEntry[]>;
  /** Keep only the newest `keep` log rows. */
  trimLog(keep: number): Promise<void>;
}
