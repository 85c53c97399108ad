// The watch loop: keeps the list of watched sources, polls the due ones each round (a failing one never stops the others), then delivers alerts.
import type { Engine } from '../engine/index.js';
import { UsageError } from '../errors.js';
import { Fetcher } from '../ingest/fetch.js';
import type { LogLevel, WatchSource, WatchState } from '../store/watch-state.js';
import { watchConfig, type WatchConfig } from './config.js';
import { pollSource, type PollContext } from './poll-source.js';
import { dueSources, msUntilNextPoll } from './schedule.js';
import type { RoundReport, SourceOutcome } from './types.js';

export interface WatcherOptions {
  engine: Engine;
  store: WatchState;
  /** One shared fetcher (per-host delays, robots cache); a default one is made when absent. */
  fetcher?: Fetcher;
  config?: Partial<WatchConfig>;
  now?: () => Date;
  onLog?: PollContext['onLog'];
  /** Run after every round (alert delivery). Its errors are logged, never fatal. */
  afterRound?: (report: RoundReport) => Promise<void>;
  /** Sources polled at the same time (default 4). */
  concurrency?: number;
}

/** Checks a source URL is an absolute http(s) URL; returns it normalised. */
export function normaliseSourceUrl(input: string): string {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    throw new UsageError(`'${input}' is not a URL; watch takes feed or page URLs such as https://example.com/rss.xml`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`'${input}': watch reads only http:// and https:// URLs`);
  u.hash = '';
  return u.href;
}

export class Watcher {
  readonly config: WatchConfig;
  private readonly ctx: PollContext;
  private readonly concurrency: number;

  constructor(private readonly opts: WatcherOptions) {
    this.config = watchConfig(opts.config);
    let chain: Promise<unknown> = Promise.resolve();
    this.ctx = {
      // One document at a time through the engine, whatever the number of sources being fetched at once.
      ingest: (raw) => {
        const next = chain.then(() => opts.engine.ingestRaw(raw));
        chain = next.catch(() => undefined);
        return next;
      },
      store: opts.store,
      fetcher: opts.fetcher ?? new Fetcher(),
      config: this.config,
      now: opts.now ?? (() => new Date()),
      onLog: opts.onLog,
    };
    this.concurrency = Math.max(1, opts.concurrency ?? 4);
  }

  /** Start watching `urls` (or update their interval and private-address permission); returns their stored records. */
  async add(urls: string[], everyMs: number, allowPrivate: boolean): Promise<WatchSource[]> {
    if (everyMs < this.config.minEveryMs)
      throw new UsageError(`--every must be at least ${this.config.minEveryMs / 1000}s, to stay polite to the sites polled`);
    const now = this.ctx.now().toISOString();
    const added: WatchSource[] = [];
    for (const u of urls) added.push(await this.opts.store.upsertSource(normaliseSourceUrl(u), everyMs, allowPrivate, now));
    return added;
  }

  /** Poll `urls` (all watched sources when omitted), or only the due ones when `dueOnly` is set. */
  async round(opts: { urls?: string[]; dueOnly?: boolean } = {}): Promise<RoundReport> {
    const startedAt = this.ctx.now().toISOString();
    let sources = await this.opts.store.sources();
    if (opts.urls) {
      const want = new Set(opts.urls.map(normaliseSourceUrl));
      sources = sources.filter((s) => want.has(s.url));
    }
    if (opts.dueOnly) sources = dueSources(sources, this.ctx.now().getTime());
    const outcomes: SourceOutcome[] = new Array(sources.length);
    let next = 0;
    const worker = async () => {
      while (next < sources.length) {
        const i = next++;
        outcomes[i] = await pollSource(this.ctx, sources[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, sources.length) }, worker));
    await this.opts.engine.flush();
    const report: RoundReport = { startedAt, finishedAt: this.ctx.now().toISOString(), sources: outcomes, ok: outcomes.every((o) => o.ok) };
    if (this.opts.afterRound) {
      try {
        await this.opts.afterRound(report);
      } catch (e) {
        await this.log('error', null, `after-round step failed: ${(e as Error).message}`);
      }
    }
    await this.opts.store.trimLog(this.config.keepLog);
    return report;
  }

  /** Poll due sources (of `urls`, else all) round after round until `signal` aborts; sleeps until the next one is due. */
  async loop(signal: AbortSignal, onRound?: (r: RoundReport) => void, urls?: string[]): Promise<void> {
    const want = urls ? new Set(urls.map(normaliseSourceUrl)) : null;
    while (!signal.aborted) {
      const report = await this.round({ urls, dueOnly: true });
      if (report.sources.length) onRound?.(report);
      const watched = (await this.opts.store.sources()).filter((s) => !want || want.has(s.url));
      const wait = msUntilNextPoll(watched, this.ctx.now().getTime());
      if (wait === null) {
        await this.log('warn', null, 'no sources are watched; add some with `newsloom watch URL...`');
        return;
      }
      await sleep(Math.max(wait, 250), signal);
    }
  }

  private async log(level: LogLevel, sourceUrl: string | null, message: string): Promise<void> {
    await this.opts.store.log({ at: this.ctx.now().toISOString(), sourceUrl, itemUrl: null, level, code: null, message });
    this.opts.onLog?.(level, sourceUrl, message);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
