// One polling step for `watch`: conditional fetch of a feed, parse, and the items not seen before (state in, state out).
import type { Fetcher, FetchOptions } from './fetch.js';
import { parseFeed } from './feed.js';
import type { Feed, FeedItem } from './feed.js';
import type { RawHints } from '../model.js';

/** What a watcher keeps per feed between polls (the store persists it). */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** Ids of items already handed out (bounded by the caller; most recent last). */
  seen: string[];
  lastPolledAt: string | null;
}

export interface PollResult {
  state: FeedState;
  notModified: boolean;
  feed: Feed | null;
  /** Items whose id is not in state.seen, in feed order. */
  fresh: FeedItem[];
}

/** Items of `items` whose ids are not in `seen` (pure). */
export function unseenItems(items: readonly FeedItem[], seen: Iterable<string>): FeedItem[] {
  const known = new Set(seen);
  const out: FeedItem[] = [];
  for (const i of items) {
    if (known.has(i.id)) continue;
    known.add(i.id);
    out.push(i);
  }
  return out;
}

/** The RawHints a feed item gives the article fetched from its URL. */
export function feedItemHints(item: FeedItem, feed: Pick<Feed, 'title' | 'language'>): RawHints {
  const hints: RawHints = { sourceId: item.id };
  if (item.url) hints.url = item.url;
  if (item.title) hints.title = item.title;
  if (item.published) hints.published = item.published;
  const outlet = item.outlet ?? feed.title;
  if (outlet) hints.outlet = outlet;
  if (item.authors.length) hints.authors = item.authors;
  const language = item.language ?? feed.language;
  if (language) hints.language = language;
  return hints;
}

/**
 * Fetches a feed with the validators from `state` (304 -> notModified, no parse) and returns the new items and the
 * next state. `keepSeen` bounds the remembered ids. Throws FetchError / FeedError as the fetcher and parser do.
 */
export async function pollFeed(fetcher: Fetcher, state: FeedState, opts: FetchOptions = {}, keepSeen = 5000): Promise<PollResult> {
  const res = await fetcher.fetch(state.url, {
    ...opts,
    etag: state.etag ?? undefined,
    lastModified: state.lastModified ?? undefined,
  });
  const polledAt = res.fetchedAt;
  if (res.notModified) {
    return { state: { ...state, etag: res.etag, lastModified: res.lastModified, lastPolledAt: polledAt }, notModified: true, feed: null, fresh: [] };
  }
  const feed = parseFeed(res.text, res.finalUrl);
  const fresh = unseenItems(feed.items, state.seen);
  const seen = [...state.seen, ...fresh.map((i) => i.id)].slice(-keepSeen);
  return { state: { url: state.url, etag: res.etag, lastModified: res.lastModified, seen, lastPolledAt: polledAt }, notModified: false, feed, fresh };
}

/** A fresh state for a feed URL that has never been polled. */
export function newFeedState(url: string): FeedState {
  return { url, etag: null, lastModified: null, seen: [], lastPolledAt: null };
}
