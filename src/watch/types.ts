// What `watch` reports: the outcome of one poll of one source and of one polling round (the records it keeps are in store/watch-state.ts).
import type { SourceKind } from '../store/watch-state.js';

/**
 * What one poll of one source did. Every new item is counted once, by how it ended:
 * fresh = added + unchanged + rejected + stubs + failedItems + deferred.
 */
export interface SourceOutcome {
  url: string;
  ok: boolean;
  kind: SourceKind | null;
  notModified: boolean;
  /** Items to take in this poll: not seen before, or stubs and failed items being tried again. */
  fresh: number;
  /** New articles stored, from their pages or from the feed's own text. */
  added: number;
  /** Of `added`, those stored from the feed's own text because their page could not be used. */
  fromFeedText: number;
  /** Items whose document was already stored. */
  unchanged: number;
  /** Items whose page and feed text were both rejected (the rejections are stored with their reasons). */
  rejected: number;
  /** Items kept with their title and link only (page unusable, no text in the feed): their pages are fetched again in later rounds. */
  stubs: number;
  /** Items with nothing to keep (no link and no text in the feed); tried again in later rounds. */
  failedItems: number;
  /** Items not taken in this poll because of the per-round cap (maxItemsPerRound); the next poll takes the newest of them. */
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
