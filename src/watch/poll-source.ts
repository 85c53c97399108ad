// Polls one watched source: classify it (feed, page with a feed, plain page), fetch what is new, ingest each item through the engine.
import type { IngestOutcome } from '../engine/index.js';
import { discoverFeeds } from '../ingest/feed-discover.js';
import { unseenItems } from '../ingest/feed-poll.js';
import { FeedError, parseFeed } from '../ingest/feed.js';
import type { Feed, FeedItem } from '../ingest/feed.js';
import { FetchError } from '../ingest/fetch.js';
import type { Fetcher, FetchOptions, FetchResult } from '../ingest/fetch.js';
import type { RawDoc } from '../model.js';
import type { LogLevel, SeenStatus, WatchSource, WatchState } from '../store/watch-state.js';
import type { WatchConfig } from './config.js';
import { fallbackDoc, isArticleBody, itemsForRound, looksLikeFeed, pageDoc, watchedPageDoc } from './item-doc.js';
import { outcomeCounts } from './outcome-text.js';
import { nextPollTime } from './schedule.js';
import type { SourceOutcome } from './types.js';

export interface PollContext {
  /** Takes one document through the engine (the watcher serialises these calls: the engine's indexes load lazily). */
  ingest: (raw: RawDoc) => Promise<IngestOutcome>;
  store: WatchState;
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
  return {
    url: s.url,
    ok: true,
    kind: s.kind,
    notModified: false,
    fresh: 0,
    added: 0,
    fromFeedText: 0,
    unchanged: 0,
    rejected: 0,
    stubs: 0,
    failedItems: 0,
    deferred: 0,
    error: null,
    errorCode: null,
  };
}

/** How an item ended, as far as a document went through the engine: stored, already there, or rejected. */
type Ingested = { status: 'added' | 'unchanged' | 'rejected'; articleId: string | null };

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

  private async log(level: LogLevel, code: string | null, message: string, itemUrl: string | null = null): Promise<void> {
    await this.ctx.store.log({ at: this.ctx.now().toISOString(), sourceUrl: this.src.url, itemUrl, level, code, message });
    this.ctx.onLog?.(level, this.src.url, message);
  }

  private async noteCharset(res: FetchResult, itemUrl: string | null = null): Promise<void> {
    if (res.charsetNotes.length) await this.log('warn', 'charset', `${res.finalUrl}: ${res.charsetNotes.join('; ')} (decoded as ${res.charset})`, itemUrl);
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
      await this.log('error', d.code, `poll failed (${s.failures} in a row): ${d.message}`);
    }
    s.lastPolledAt = new Date(startedMs).toISOString();
    s.nextPollAt = new Date(nextPollTime(s.everyMs, s.failures, this.ctx.now().getTime(), this.ctx.config.failureBackoffMaxMs)).toISOString();
    s.items += this.out.added;
    this.out.kind = s.kind;
    await this.ctx.store.saveSource(s);
    if (this.out.ok) {
      const o = this.out;
      await this.log('info', 'polled', `polled (${s.kind}): ${o.notModified ? 'not modified' : outcomeCounts(o, this.ctx.config.maxItemsPerRound)}`);
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
      await this.log('info', 'discovered', `page announces ${feeds.length} feed(s); watching ${s.feedUrl}`);
      await this.pollFeed(s.feedUrl, null);
      return;
    }
    s.kind = 'page';
    s.feedUrl = null;
    await this.log('info', 'no-feed', 'page announces no feed; watching the page itself');
    await this.pollPage(res);
  }

  /** A page without a feed: ingest it whenever its bytes change. */
  private async pollPage(first: FetchResult | null): Promise<void> {
    const s = this.src;
    const res =
      first ??
      (await this.ctx.fetcher.fetch(s.url, { ...this.fetchOpts, accept: PAGE_ACCEPT, etag: s.etag ?? undefined, lastModified: s.lastModified ?? undefined }));
    if (res.notModified) {
      this.out.notModified = true;
      return;
    }
    await this.noteCharset(res);
    s.etag = res.etag;
    s.lastModified = res.lastModified;
    if (!isArticleBody(res)) throw new FetchError('content-type', res.finalUrl, `is ${res.contentType}, neither a feed nor an HTML page`);
    const raw = watchedPageDoc(res);
    if (await this.ctx.store.seenItem(s.url, raw.id)) return;
    this.out.fresh = 1;
    const r = await this.ingest(raw, res.finalUrl);
    this.count(r.status);
    await this.ctx.store.markSeen({
      sourceUrl: s.url,
      itemId: raw.id,
      itemUrl: res.finalUrl,
      title: null,
      status: r.status,
      articleId: r.articleId,
      lastError: null,
      seenAt: this.ctx.now().toISOString(),
    });
  }

  private async fetchFeed(url: string, first: FetchResult | null): Promise<{ feed: Feed | null; res: FetchResult }> {
    const s = this.src;
    const res = first ?? (await this.ctx.fetcher.fetch(url, { ...this.fetchOpts, etag: s.etag ?? undefined, lastModified: s.lastModified ?? undefined }));
    if (res.notModified) return { feed: null, res };
    await this.noteCharset(res);
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
    const done = await this.ctx.store.doneItemIds(s.url, this.ctx.config.maxItemAttempts);
    const fresh = unseenItems(items, done);
    const { now, later } = itemsForRound(fresh, this.ctx.config.maxItemsPerRound);
    this.out.fresh = fresh.length;
    this.out.deferred = later.length;
    if (later.length) {
      this.keepValidators = false;
      await this.log(
        'info',
        'backlog',
        `${fresh.length} new items; taking the newest ${now.length} in this poll, ${later.length} wait for the next polls (cap of ${this.ctx.config.maxItemsPerRound} items per poll, maxItemsPerRound)`,
      );
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
        await this.noteCharset(res);
        items.push(...parseFeed(res.text, res.finalUrl).items);
      } catch (e) {
        await this.log('warn', describeError(e).code, `child sitemap skipped: ${describeError(e).message}`, c.url);
      }
    }
    return items;
  }

  /**
   * One new item: fetch its page; if that is unusable, store the feed's own text instead; with neither, keep the item as a
   * stub (title and link) whose page is fetched again in later rounds. Each item is counted once, by how it ended.
   */
  private async item(item: FeedItem, feed: Feed, feedUrl: string): Promise<void> {
    const s = this.src;
    let pageError: { code: string; message: string } = { code: 'no-link', message: 'the feed item has no link' };
    let result: { status: SeenStatus; articleId: string | null } | null = null;
    if (item.url) {
      try {
        const res = await this.ctx.fetcher.fetch(item.url, { ...this.fetchOpts, accept: PAGE_ACCEPT });
        await this.noteCharset(res, item.url);
        const r = await this.ingest(pageDoc(item, feed, res), item.url);
        // A page extraction cannot read (script-built, paywalled) may still have its text in the feed.
        if (r.status === 'rejected') pageError = { code: 'rejected', message: 'the page holds no article text newsloom can extract' };
        else result = r;
      } catch (e) {
        pageError = describeError(e);
        if (pageError.code === 'internal') throw e;
      }
    }
    if (!result) {
      const doc = fallbackDoc(item, feed, feedUrl, this.ctx.now().toISOString(), this.ctx.config.minFallbackChars);
      if (doc) {
        const r = await this.ingest(doc, item.url);
        result = r.status === 'added' ? { status: 'fallback', articleId: r.articleId } : r;
        const what =
          r.status === 'added'
            ? "stored the feed's own text instead"
            : r.status === 'unchanged'
              ? "the feed's own text was already stored"
              : "the feed's own text was rejected too";
        await this.log('warn', 'fallback', `page not usable (${pageError.message}); ${what}`, item.url);
      }
    }
    if (!result) {
      const prior = (await this.ctx.store.seenItem(s.url, item.id))?.attempts ?? 0;
      const retry = prior + 1 < this.ctx.config.maxItemAttempts;
      if (retry) this.keepValidators = false;
      if (item.url) {
        result = { status: 'stub', articleId: null };
        const next = retry ? 'its page is fetched again next round' : `its page is not fetched again (${prior + 1} attempts, maxItemAttempts)`;
        await this.log(
          'warn',
          'stub',
          `page not usable (${pageError.message}) and the feed has no text for it: kept as a stub (title and link); ${next}`,
          item.url,
        );
      } else {
        result = { status: 'failed', articleId: null };
        await this.log(
          'error',
          pageError.code,
          `item not ingested: ${pageError.message}; the feed has no text to use instead${retry ? ' (retried next round)' : ' (given up)'}`,
          item.url,
        );
      }
    }
    this.count(result.status);
    await this.ctx.store.markSeen({
      sourceUrl: s.url,
      itemId: item.id,
      itemUrl: item.url,
      title: item.title,
      status: result.status,
      articleId: result.articleId,
      lastError: result.status === 'added' || result.status === 'unchanged' ? null : pageError.message,
      seenAt: this.ctx.now().toISOString(),
    });
  }

  /** Count an item once, by how it ended. */
  private count(status: SeenStatus): void {
    const o = this.out;
    if (status === 'added') o.added++;
    else if (status === 'fallback') {
      o.added++;
      o.fromFeedText++;
    } else if (status === 'unchanged') o.unchanged++;
    else if (status === 'rejected') o.rejected++;
    else if (status === 'stub') o.stubs++;
    else o.failedItems++;
  }

  /** Take one document through the engine; a rejection is logged with its reason. */
  private async ingest(raw: RawDoc, itemUrl: string | null): Promise<Ingested> {
    const r = await this.ctx.ingest(raw);
    if (r.status === 'added') return { status: 'added', articleId: r.article.id };
    if (r.status === 'unchanged') return { status: 'unchanged', articleId: null };
    await this.log('warn', 'rejected', `document rejected: ${r.rejection.reason}`, itemUrl);
    return { status: 'rejected', articleId: null };
  }
}

/** Poll one source once, updating its stored state; never throws for network, feed or page problems. */
export function pollSource(ctx: PollContext, source: WatchSource): Promise<SourceOutcome> {
  return new SourcePoll(ctx, { ...source }).run();
}
