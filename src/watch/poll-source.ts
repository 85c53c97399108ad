// Polls one watched source: classify it (feed, page with a feed, plain page), fetch what is new, ingest each item through the engine.
import type { IngestOutcome } from '../engine.js';
import { discoverFeeds } from '../ingest/feed-discover.js';
import { unseenItems } from '../ingest/feed-poll.js';
import { FeedError, parseFeed } from '../ingest/feed.js';
import type { Feed, FeedItem } from '../ingest/feed.js';
import { FetchError } from '../ingest/fetch.js';
import type { Fetcher, FetchOptions, FetchResult } from '../ingest/fetch.js';
import type { RawDoc } from '../model.js';
import type { WatchStore } from '../store/sqlite-watch.js';
import type { WatchConfig } from './config.js';
import { fallbackDoc, isArticleBody, itemsForRound, looksLikeFeed, pageDoc, watchedPageDoc } from './item-doc.js';
import { nextPollTime } from './schedule.js';
import type { LogLevel, SeenStatus, SourceOutcome, WatchSource } from './types.js';

export interface PollContext {
  /** Takes one document through the engine (the watcher serialises these calls: the engine's indexes load lazily). */
  ingest: (raw: RawDoc) => Promise<IngestOutcome>;
  store: WatchStore;
  fetcher: Fetcher;
  config: WatchConfig;
  now: () => Date;
  /** Called for every log entry (after it is written to watch_log), e.g. to print it on stderr. */
  onLog?: (level: LogLevel, sourceUrl: string | null, message: string) => void;
}

const PAGE_ACCEPT = ['text/html', 'application/xhtml+xml', 'text/plain'];

/** Short reason and code of any error met while polling. */
export function describeError(e: unknown): { code: string; message: string } {
  if (e instanceof FetchError) return { code: e.code, message: e.message };
  if (e instanceof FeedError) return { code: e.code, message: e.message };
  return { code: 'internal', message: (e as Error)?.message ?? String(e) };
}

function emptyOutcome(s: WatchSource): SourceOutcome {
  return { url: s.url, ok: true, kind: s.kind, notModified: false, fresh: 0, added: 0, unchanged: 0, rejected: 0, fallback: 0, failedItems: 0, deferred: 0, error: null, errorCode: null };
}

class SourcePoll {
  private readonly out: SourceOutcome;
  private readonly fetchOpts: FetchOptions;
  /** Whether the feed's validators may be kept: not when items are left over for later rounds (a 304 would hide them). */
  private keepValidators = true;

  constructor(
    private readonly ctx: PollContext,
    private readonly src: WatchSource,
  ) {
    this.out = emptyOutcome(src);
    this.fetchOpts = { allowPrivate: src.allowPrivate };
  }

  private log(level: LogLevel, code: string | null, message: string, itemUrl: string | null = null): void {
    this.ctx.store.log({ at: this.ctx.now().toISOString(), sourceUrl: this.src.url, itemUrl, level, code, message });
    this.ctx.onLog?.(level, this.src.url, message);
  }

  private noteCharset(res: FetchResult, itemUrl: string | null = null): void {
    if (res.charsetNotes.length) this.log('warn', 'charset', `${res.finalUrl}: ${res.charsetNotes.join('; ')} (decoded as ${res.charset})`, itemUrl);
  }

  async run(): Promise<SourceOutcome> {
    const s = this.src;
    const startedMs = this.ctx.now().getTime();
    try {
      if (s.kind === null) await this.classifyAndPoll();
      else if (s.kind === 'page') await this.pollPage(null);
      else await this.pollFeed(s.feedUrl ?? s.url, null);
      s.failures = 0;
      s.lastError = null;
      s.lastOkAt = this.ctx.now().toISOString();
    } catch (e) {
      const d = describeError(e);
      // The source's own URL is already named by every report line, so only the problem is kept.
      if (e instanceof FetchError && e.url === s.url) d.message = e.problem;
      s.failures += 1;
      s.lastError = d.message;
      this.out.ok = false;
      this.out.error = d.message;
      this.out.errorCode = d.code;
      // A page's feed that has gone away is looked for again next time.
      if (s.kind === 'page-feed' && e instanceof FetchError && (e.status === 404 || e.status === 410)) s.kind = null;
      this.log('error', d.code, `poll failed (${s.failures} in a row): ${d.message}`);
    }
    s.lastPolledAt = new Date(startedMs).toISOString();
    s.nextPollAt = new Date(nextPollTime(s.everyMs, s.failures, this.ctx.now().getTime(), this.ctx.config.failureBackoffMaxMs)).toISOString();
    s.items += this.out.added + this.out.fallback;
    this.out.kind = s.kind;
    this.ctx.store.saveSource(s);
    if (this.out.ok) {
      const o = this.out;
      const what = o.notModified ? 'not modified' : `${o.fresh} new: ${o.added} added, ${o.unchanged} unchanged, ${o.rejected} rejected, ${o.fallback} from feed text, ${o.failedItems} failed${o.deferred ? `, ${o.deferred} left for later rounds` : ''}`;
      this.log('info', 'polled', `polled (${s.kind}): ${what}`);
    }
    return this.out;
  }

  /** First poll: a feed is polled as such; an HTML page is searched for a feed link, else watched as a page. */
  private async classifyAndPoll(): Promise<void> {
    const s = this.src;
    const res = await this.ctx.fetcher.fetch(s.url, this.fetchOpts);
    if (looksLikeFeed(res)) {
      s.kind = 'feed';
      s.feedUrl = s.url;
      await this.pollFeed(s.url, res);
      return;
    }
    const feeds = discoverFeeds(res.text, res.finalUrl);
    if (feeds.length) {
      s.kind = 'page-feed';
      s.feedUrl = feeds[0]!;
      this.log('info', 'discovered', `page announces ${feeds.length} feed(s); watching ${s.feedUrl}`);
      await this.pollFeed(s.feedUrl, null);
      return;
    }
    s.kind = 'page';
    s.feedUrl = null;
    this.log('info', 'no-feed', 'page announces no feed; watching the page itself');
    await this.pollPage(res);
  }

  /** A page without a feed: ingest it whenever its bytes change. */
  private async pollPage(first: FetchResult | null): Promise<void> {
    const s = this.src;
    const res = first ?? (await this.ctx.fetcher.fetch(s.url, { ...this.fetchOpts, accept: PAGE_ACCEPT, etag: s.etag ?? undefined, lastModified: s.lastModified ?? undefined }));
    if (res.notModified) {
      this.out.notModified = true;
      return;
    }
    this.noteCharset(res);
    s.etag = res.etag;
    s.lastModified = res.lastModified;
    if (!isArticleBody(res)) throw new FetchError('content-type', res.finalUrl, `is ${res.contentType}, neither a feed nor an HTML page`);
    const raw = watchedPageDoc(res);
    if (this.ctx.store.seenItem(s.url, raw.id)) return;
    this.out.fresh = 1;
    const status = await this.ingest(raw, res.finalUrl);
    this.ctx.store.markSeen({ sourceUrl: s.url, itemId: raw.id, itemUrl: res.finalUrl, status: status.status, articleId: status.articleId, lastError: null, seenAt: this.ctx.now().toISOString() });
  }

  private async fetchFeed(url: string, first: FetchResult | null): Promise<{ feed: Feed | null; res: FetchResult }> {
    const s = this.src;
    const res = first ?? (await this.ctx.fetcher.fetch(url, { ...this.fetchOpts, etag: s.etag ?? undefined, lastModified: s.lastModified ?? undefined }));
    if (res.notModified) return { feed: null, res };
    this.noteCharset(res);
    return { feed: parseFeed(res.text, res.finalUrl), res };
  }

  private async pollFeed(url: string, first: FetchResult | null): Promise<void> {
    const s = this.src;
    const { feed, res } = await this.fetchFeed(url, first);
    if (!feed) {
      this.out.notModified = true;
      return;
    }
    let items = feed.items;
    if (feed.kind === 'sitemap-index') items = await this.childSitemapItems(feed);
    const done = this.ctx.store.doneItemIds(s.url, this.ctx.config.maxItemAttempts);
    const fresh = unseenItems(items, done);
    const { now, later } = itemsForRound(fresh, this.ctx.config.maxItemsPerRound);
    this.out.fresh = fresh.length;
    this.out.deferred = later.length;
    if (later.length) {
      this.keepValidators = false;
      this.log('info', 'backlog', `${fresh.length} new items; ingesting the newest ${now.length} this round, ${later.length} left for the next rounds (maxItemsPerRound ${this.ctx.config.maxItemsPerRound})`);
    }
    for (const item of now) await this.item(item, feed, res.finalUrl);
    if (this.keepValidators) {
      s.etag = res.etag;
      s.lastModified = res.lastModified;
    } else {
      s.etag = null;
      s.lastModified = null;
    }
  }

  /** A sitemap index: the items of its most recently modified child sitemaps (a failing child is logged, not fatal). */
  private async childSitemapItems(index: Feed): Promise<FeedItem[]> {
    const children = [...index.items]
      .filter((c) => c.url)
      .sort((a, b) => (b.updated ?? '').localeCompare(a.updated ?? ''))
      .slice(0, this.ctx.config.maxChildSitemaps);
    const items: FeedItem[] = [];
    for (const c of children) {
      try {
        const res = await this.ctx.fetcher.fetch(c.url!, this.fetchOpts);
        this.noteCharset(res);
        items.push(...parseFeed(res.text, res.finalUrl).items);
      } catch (e) {
        this.log('warn', describeError(e).code, `child sitemap skipped: ${describeError(e).message}`, c.url);
      }
    }
    return items;
  }

  /** One new item: fetch its page; if that fails, fall back to the feed's own text; record what happened. */
  private async item(item: FeedItem, feed: Feed, feedUrl: string): Promise<void> {
    const s = this.src;
    let pageError: { code: string; message: string } | null = null;
    let result: { status: SeenStatus; articleId: string | null } | null = null;
    if (item.url) {
      try {
        const res = await this.ctx.fetcher.fetch(item.url, { ...this.fetchOpts, accept: PAGE_ACCEPT });
        this.noteCharset(res, item.url);
        result = await this.ingest(pageDoc(item, feed, res), item.url);
        if (result.status === 'rejected') {
          // A page extraction cannot read (script-built, paywalled) may still have its text in the feed.
          pageError = { code: 'rejected', message: 'the page holds no article text newsloom can extract' };
          result = null;
        }
      } catch (e) {
        pageError = describeError(e);
        if (pageError.code === 'internal') throw e;
      }
    } else pageError = { code: 'no-link', message: 'the feed item has no link' };
    if (!result) {
      const doc = fallbackDoc(item, feed, feedUrl, this.ctx.now().toISOString(), this.ctx.config.minFallbackChars);
      if (doc) {
        const r = await this.ingest(doc, item.url);
        this.log('warn', 'fallback', `page not usable (${pageError!.message}); ingested the feed's own text instead`, item.url);
        result = { status: r.status === 'added' ? 'fallback' : r.status, articleId: r.articleId };
        if (r.status === 'added') {
          this.out.added--;
          this.out.fallback++;
        }
      }
    }
    if (!result) {
      this.out.failedItems++;
      const prior = this.ctx.store.seenItem(s.url, item.id)?.attempts ?? 0;
      const retry = prior + 1 < this.ctx.config.maxItemAttempts;
      if (retry) this.keepValidators = false;
      this.log('error', pageError!.code, `item not ingested: ${pageError!.message}; the feed has no text to use instead${retry ? ' (retried next round)' : ' (given up)'}`, item.url);
    }
    this.ctx.store.markSeen({
      sourceUrl: s.url,
      itemId: item.id,
      itemUrl: item.url,
      status: result?.status ?? 'failed',
      articleId: result?.articleId ?? null,
      lastError: result ? (pageError?.message ?? null) : pageError!.message,
      seenAt: this.ctx.now().toISOString(),
    });
  }

  private async ingest(raw: RawDoc, itemUrl: string | null): Promise<{ status: Exclude<SeenStatus, 'fallback' | 'failed'>; articleId: string | null }> {
    const r = await this.ctx.ingest(raw);
    if (r.status === 'added') {
      this.out.added++;
      return { status: 'added', articleId: r.article.id };
    }
    if (r.status === 'unchanged') {
      this.out.unchanged++;
      return { status: 'unchanged', articleId: null };
    }
    this.out.rejected++;
    this.log('warn', 'rejected', `document rejected: ${r.rejection.reason}`, itemUrl);
    return { status: 'rejected', articleId: null };
  }
}

/** Poll one source once, updating its stored state; never throws for network, feed or page problems. */
export function pollSource(ctx: PollContext, source: WatchSource): Promise<SourceOutcome> {
  return new SourcePoll(ctx, { ...source }).run();
}
