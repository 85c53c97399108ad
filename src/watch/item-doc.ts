// Turns what watch fetched into RawDocs: an item's page, the feed's own text when the page failed, a watched page itself (pure).
import type { FetchResult } from '../ingest/fetch.js';
import type { Feed, FeedItem } from '../ingest/feed.js';
import { feedItemHints } from '../ingest/feed-poll.js';
import { htmlToText } from '../ingest/feed-text.js';
import type { RawDoc } from '../model.js';
import { shortHash } from '../util/hash.js';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function rawDoc(origin: RawDoc['origin'], format: RawDoc['format'], bytes: Uint8Array, body: string, hints: RawDoc['hints'], fetchedAt: string): RawDoc {
  return { id: shortHash('raw', format, bytes), origin, format, bytes, body, fetchedAt, hints };
}

/** HTML unless the server said plain text. */
function formatOf(res: Pick<FetchResult, 'contentType'>): RawDoc['format'] {
  return res.contentType === 'text/plain' ? 'text' : 'html';
}

/** Whether a fetched body is something extraction can read as an article (an HTML page or plain text). */
export function isArticleBody(res: Pick<FetchResult, 'contentType'>): boolean {
  return HTML_TYPES.has(res.contentType) || res.contentType === 'text/plain';
}

/** The RawDoc of a feed item's fetched page: the original bytes, the decoded text, and the item's metadata as hints. */
export function pageDoc(item: FeedItem, feed: Pick<Feed, 'title' | 'language'>, res: FetchResult): RawDoc {
  const hints = { ...feedItemHints(item, feed), url: res.finalUrl };
  return rawDoc({ kind: 'feed', url: res.finalUrl }, formatOf(res), res.bytes, res.text, hints, res.fetchedAt);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A stand-in document built from the feed's own content (or summary) for an item whose page could not be fetched, or
 * null when the feed carries less than `minChars` characters of text for it.
 */
export function fallbackDoc(item: FeedItem, feed: Pick<Feed, 'title' | 'language'>, feedUrl: string, fetchedAt: string, minChars: number): RawDoc | null {
  const hints = feedItemHints(item, feed);
  const origin: RawDoc['origin'] = { kind: 'feed', url: item.url ?? feedUrl };
  if (item.contentHtml && htmlToText(item.contentHtml).length >= minChars) {
    const title = item.title ? `<title>${escapeHtml(item.title)}</title>` : '';
    const body = `<!doctype html><html><head><meta charset="utf-8">${title}</head><body><article>${item.contentHtml}</article></body></html>`;
    return rawDoc(origin, 'html', new TextEncoder().encode(body), body, hints, fetchedAt);
  }
  if (item.summary && item.summary.length >= minChars) {
    return rawDoc(origin, 'text', new TextEncoder().encode(item.summary), item.summary, hints, fetchedAt);
  }
  return null;
}

/** The RawDoc of a watched page that announces no feed: the page is the document. */
export function watchedPageDoc(res: FetchResult): RawDoc {
  return rawDoc({ kind: 'url', url: res.finalUrl }, formatOf(res), res.bytes, res.text, { url: res.finalUrl }, res.fetchedAt);
}

/** Up to `max` items to ingest this round, newest first (undated items keep feed order after dated ones); the rest wait. */
export function itemsForRound(fresh: readonly FeedItem[], max: number): { now: FeedItem[]; later: FeedItem[] } {
  const ranked = fresh
    .map((item, i) => ({ item, i, t: item.published ? Date.parse(item.published) : NaN }))
    .sort((a, b) => {
      const at = Number.isNaN(a.t) ? -Infinity : a.t;
      const bt = Number.isNaN(b.t) ? -Infinity : b.t;
      return bt - at || a.i - b.i;
    })
    .map((x) => x.item);
  return { now: ranked.slice(0, max), later: ranked.slice(max) };
}

/** True when a fetched body is a feed or sitemap rather than an HTML page (by media type, else by its first tag). */
export function looksLikeFeed(res: Pick<FetchResult, 'contentType' | 'text'>): boolean {
  if (HTML_TYPES.has(res.contentType)) return false;
  if (/(rss|atom|rdf)\+xml$|\/xml$/.test(res.contentType)) return true;
  const head = res.text
    .slice(0, 1024)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<?xml') || /^<(rss|feed|rdf:rdf|urlset|sitemapindex)[\s>]/.test(head);
}
