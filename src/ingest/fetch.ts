// Polite, guarded URL fetcher: per-host delay, robots.txt, retries with backoff, conditional GET, redirects; bodies read by fetch-body.ts.
import http from 'node:http';
import https from 'node:https';
import { promises as dnsPromises } from 'node:dns';
import defaults from '../../data/fetch-defaults.json' with { type: 'json' };
import { FetchError } from './fetch-error.js';
import { bareHostname, blockedRangeOf, isIpLiteral } from './net-address.js';
import { HostRateLimiter } from './net-rate-limit.js';
import { backoffDelay, parseRetryAfter } from './net-backoff.js';
import { isTextual } from './fetch-content-type.js';
import { decodeBody } from './fetch-charset.js';
import { ALLOW_ALL, DISALLOW_ALL, crawlDelayFor, parseRobots, productToken, robotsVerdict } from './robots.js';
import type { Robots } from './robots.js';
import { readResponse } from './fetch-body.js';
import { asFetchError, guardedLookup, header, parseHttpUrl, privateMessage, sleep } from './fetch-guards.js';
import type { AttemptResult, FetcherConfig, FetchOptions, FetchResult, Purpose, Resolved, Resolver } from './fetch-types.js';

export { FetchError } from './fetch-error.js';
export type { FetchErrorCode } from './fetch-error.js';
export type { FetcherConfig, FetchOptions, FetchResult, ResolvedAddress, Resolver } from './fetch-types.js';

interface RobotsEntry {
  robots: Robots;
  /** Why the host is off limits when robots.txt could not be read. */
  unreachable: string | null;
  expires: number;
}

const REDIRECTS = new Set([300, 301, 302, 303, 307, 308]);

/** Polite HTTP(S) client for news pages, feeds and sitemaps. One instance per process shares rate limits and robots cache. */
export class Fetcher {
  private readonly limiter: HostRateLimiter;
  private readonly robotsCache = new Map<string, Promise<RobotsEntry>>();
  private readonly resolver: Resolver;
  private readonly cfg: Required<Omit<FetcherConfig, 'resolve' | 'defaults' | 'perHostDelayMs'>>;
  private readonly base: FetchOptions;

  constructor(config: FetcherConfig = {}) {
    this.limiter = new HostRateLimiter({ delayMs: config.perHostDelayMs ?? defaults.perHostDelayMs });
    this.resolver =
      config.resolve ??
      (async (host) => (await dnsPromises.lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family })));
    this.cfg = {
      userAgent: config.userAgent ?? config.defaults?.userAgent ?? defaults.userAgent,
      obeyRobots: config.obeyRobots ?? true,
      backoffBaseMs: config.backoffBaseMs ?? defaults.backoffBaseMs,
      backoffMaxMs: config.backoffMaxMs ?? defaults.backoffMaxMs,
      maxRetryAfterMs: config.maxRetryAfterMs ?? defaults.maxRetryAfterMs,
      maxCrawlDelayMs: config.maxCrawlDelayMs ?? defaults.maxCrawlDelayMs,
      robotsTtlMs: config.robotsTtlMs ?? defaults.robotsTtlMs,
      robotsUnreachableTtlMs: config.robotsUnreachableTtlMs ?? defaults.robotsUnreachableTtlMs,
    };
    this.base = config.defaults ?? {};
  }

  /** The per-host gap currently applied to `hostname` (raised by a robots.txt Crawl-delay). */
  hostDelayMs(hostname: string): number {
    return this.limiter.delayFor(hostname);
  }

  /** Forgets cached robots.txt decisions (all hosts, or one origin like "https://example.com"). */
  clearRobotsCache(origin?: string): void {
    if (origin) this.robotsCache.delete(origin);
    else this.robotsCache.clear();
  }

  /**
   * Fetches one URL. Throws FetchError (code: private-address | timeout | too-large | http-status | redirect-loop |
   * robots | content-type | network | invalid-url). A 304 answer to a conditional GET returns notModified: true.
   */
  async fetch(input: string, opts: FetchOptions = {}): Promise<FetchResult> {
    const o = this.resolveOptions(opts);
    let url = parseHttpUrl(input);
    const visited = [url.href];
    const redirects: string[] = [];
    let attempts = 0;
    for (;;) {
      this.guardLiteral(url, o);
      if (this.cfg.obeyRobots) await this.checkRobots(url, o);
      const r = await this.requestWithRetries(url, o, 'content');
      attempts += r.attempts;
      const location = header(r.headers, 'location');
      if (REDIRECTS.has(r.status) && location) {
        const next = parseHttpUrl(location, url);
        if (visited.includes(next.href)) {
          throw new FetchError('redirect-loop', input, `redirect loop: ${[...visited, next.href].join(' -> ')}`, { status: r.status, attempts });
        }
        if (redirects.length >= o.maxRedirects) {
          throw new FetchError(
            'redirect-loop',
            input,
            `more than ${o.maxRedirects} redirects (last hop ${url.href} -> ${next.href}); raise maxRedirects if this is expected`,
            { status: r.status, attempts },
          );
        }
        visited.push(next.href);
        redirects.push(next.href);
        url = next;
        continue;
      }
      const etag = header(r.headers, 'etag');
      const lastModified = header(r.headers, 'last-modified');
      const base = { url: input, finalUrl: url.href, status: r.status, redirects, attempts, fetchedAt: new Date().toISOString() };
      if (r.status === 304) {
        return {
          ...base,
          notModified: true,
          contentType: r.mediaType,
          charset: null,
          charsetSource: null,
          charsetNotes: [],
          bytes: new Uint8Array(0),
          text: '',
          etag: etag ?? o.etag ?? null,
          lastModified: lastModified ?? o.lastModified ?? null,
        };
      }
      if (r.status >= 200 && r.status < 300 && r.bytes) {
        const decoded = isTextual(r.mediaType) ? decodeBody(r.bytes, r.charsetParam) : null;
        return {
          ...base,
          notModified: false,
          contentType: r.mediaType,
          charset: decoded?.charset ?? null,
          charsetSource: decoded?.source ?? null,
          charsetNotes: decoded?.notes ?? [],
          bytes: r.bytes,
          text: decoded?.text ?? '',
          etag,
          lastModified,
        };
      }
      const tries = r.attempts > 1 ? ` after ${r.attempts} attempts` : '';
      const hint = r.status === 404 || r.status === 410 ? ' (page not found)' : r.status === 403 ? ' (access refused by the server)' : '';
      throw new FetchError('http-status', url.href, `HTTP ${r.status} ${r.statusText}${hint}${tries}`.trim(), { status: r.status, attempts });
    }
  }

  private resolveOptions(opts: FetchOptions): Resolved {
    const m = { ...this.base, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) } as FetchOptions;
    return {
      allowPrivate: m.allowPrivate ?? false,
      allowPrivateHosts: (m.allowPrivateHosts ?? []).map((h) => h.toLowerCase()),
      timeoutMs: m.timeoutMs ?? defaults.timeoutMs,
      maxBytes: m.maxBytes ?? defaults.maxBytes,
      maxRedirects: m.maxRedirects ?? defaults.maxRedirects,
      retries: Math.max(0, m.retries ?? defaults.retries),
      etag: m.etag,
      lastModified: m.lastModified,
      userAgent: m.userAgent ?? this.cfg.userAgent,
      accept: m.accept ?? defaults.accept,
    };
  }

  private privateAllowed(url: URL, o: Resolved): boolean {
    return o.allowPrivate || o.allowPrivateHosts.includes(bareHostname(url.hostname).toLowerCase());
  }

  /** IP-literal hosts never reach the resolver, so they are checked here; names are checked at connect time. */
  private guardLiteral(url: URL, o: Resolved): void {
    if (this.privateAllowed(url, o) || !isIpLiteral(url.hostname)) return;
    const ip = bareHostname(url.hostname);
    const hit = blockedRangeOf(ip);
    if (hit) throw new FetchError('private-address', url.href, privateMessage(ip, ip, hit.label, hit.cidr));
  }

  private async checkRobots(url: URL, o: Resolved): Promise<void> {
    if (url.pathname === '/robots.txt') return;
    const entry = await this.robotsFor(url, o);
    if (entry.unreachable) {
      throw new FetchError('robots', url.href, `${entry.unreachable}; not crawling ${url.host} until robots.txt can be read (RFC 9309)`);
    }
    const verdict = robotsVerdict(entry.robots, o.userAgent, url.pathname + url.search);
    if (!verdict.allowed) {
      const rule = verdict.rule ? ` (rule "Disallow: ${verdict.rule.pattern}")` : '';
      throw new FetchError('robots', url.href, `robots.txt of ${url.origin} disallows this path for user agent "${productToken(o.userAgent)}"${rule}`);
    }
  }

  private robotsFor(url: URL, o: Resolved): Promise<RobotsEntry> {
    const key = url.origin;
    const cached = this.robotsCache.get(key);
    if (cached) {
      return cached.then((e) => {
        if (e.expires > Date.now()) return e;
        if (this.robotsCache.get(key) === cached) this.robotsCache.delete(key);
        return this.robotsFor(url, o);
      });
    }
    const pending = this.loadRobots(url, o);
    this.robotsCache.set(key, pending);
    pending.catch(() => {
      if (this.robotsCache.get(key) === pending) this.robotsCache.delete(key);
    });
    return pending;
  }

  private async loadRobots(pageUrl: URL, o: Resolved): Promise<RobotsEntry> {
    const robotsUrl = new URL('/robots.txt', pageUrl.origin);
    const ro: Resolved = {
      ...o,
      maxBytes: defaults.robotsMaxBytes,
      retries: Math.min(o.retries, 1),
      etag: undefined,
      lastModified: undefined,
      accept: ['*/*'],
    };
    const unreachable = (why: string): RobotsEntry => ({ robots: DISALLOW_ALL, unreachable: why, expires: Date.now() + this.cfg.robotsUnreachableTtlMs });
    let url = robotsUrl;
    try {
      for (let hop = 0; hop <= 5; hop++) {
        this.guardLiteral(url, ro);
        const r = await this.requestWithRetries(url, ro, 'robots');
        const location = header(r.headers, 'location');
        if (REDIRECTS.has(r.status) && location) {
          url = parseHttpUrl(location, url);
          continue;
        }
        if (r.status >= 200 && r.status < 300 && r.bytes) {
          const robots = parseRobots(decodeBody(r.bytes, r.charsetParam).text);
          const delay = crawlDelayFor(robots, o.userAgent);
          if (delay !== null) this.limiter.setHostDelay(pageUrl.hostname, Math.min(delay * 1000, this.cfg.maxCrawlDelayMs));
          return { robots, unreachable: null, expires: Date.now() + this.cfg.robotsTtlMs };
        }
        if (r.status >= 400 && r.status < 500 && r.status !== 429) {
          return { robots: ALLOW_ALL, unreachable: null, expires: Date.now() + this.cfg.robotsTtlMs };
        }
        return unreachable(`robots.txt at ${robotsUrl.href} answered HTTP ${r.status}`);
      }
      return unreachable(`robots.txt at ${robotsUrl.href} redirects more than 5 times`);
    } catch (err) {
      const fe = asFetchError(err, url.href);
      if (fe.code === 'private-address' || fe.code === 'invalid-url' || fe.code === 'network' || fe.code === 'timeout') {
        // The host itself cannot be reached (or may not be): report that, and do not cache it.
        throw new FetchError(fe.code, pageUrl.href, `${fe.problem} (while reading ${url.href})`, { cause: fe, attempts: fe.attempts });
      }
      return unreachable(`robots.txt at ${robotsUrl.href} could not be fetched (${fe.code}: ${fe.problem})`);
    }
  }

  private async requestWithRetries(url: URL, o: Resolved, purpose: Purpose): Promise<AttemptResult & { attempts: number }> {
    for (let attempt = 0; ; attempt++) {
      await this.limiter.acquire(url.hostname);
      let r: AttemptResult;
      try {
        r = await this.attempt(url, o, purpose);
      } catch (err) {
        const fe = asFetchError(err, url.href);
        fe.attempts = attempt + 1;
        if ((fe.code === 'network' || fe.code === 'timeout') && attempt < o.retries) {
          await sleep(backoffDelay(attempt, this.cfg.backoffBaseMs, this.cfg.backoffMaxMs));
          continue;
        }
        throw fe;
      }
      if ((r.status >= 500 || r.status === 429) && attempt < o.retries) {
        const wait = parseRetryAfter(header(r.headers, 'retry-after'), Date.now());
        if (wait !== null && wait > this.cfg.maxRetryAfterMs) {
          throw new FetchError(
            'http-status',
            url.href,
            `HTTP ${r.status}, and the server asks to retry after ${Math.round(wait / 1000)} s, longer than the ${Math.round(this.cfg.maxRetryAfterMs / 1000)} s we wait; try again later`,
            { status: r.status, attempts: attempt + 1 },
          );
        }
        await sleep(wait ?? backoffDelay(attempt, this.cfg.backoffBaseMs, this.cfg.backoffMaxMs));
        continue;
      }
      return { ...r, attempts: attempt + 1 };
    }
  }

  /** One HTTP exchange with a deadline covering connect, headers and body. Bodies are read only for 2xx answers. */
  private attempt(url: URL, o: Resolved, purpose: Purpose): Promise<AttemptResult> {
    const mod = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = {
      'user-agent': o.userAgent,
      accept: o.accept.join(', '),
      'accept-encoding': 'gzip, deflate, br',
    };
    if (o.etag) headers['if-none-match'] = o.etag;
    if (o.lastModified) headers['if-modified-since'] = o.lastModified;
    const lookup = guardedLookup(this.resolver, url, this.privateAllowed(url, o));

    return new Promise<AttemptResult>((resolve, reject) => {
      let settled = false;
      const finish = (err: unknown, value?: AttemptResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) {
          req.destroy();
          reject(asFetchError(err, url.href));
        } else resolve(value!);
      };
      const timer = setTimeout(() => {
        finish(new FetchError('timeout', url.href, `no complete answer within ${o.timeoutMs} ms (timeoutMs)`));
      }, o.timeoutMs);
      const req = mod.request(url, { method: 'GET', headers, lookup: lookup as never, agent: false }, (res) => {
        readResponse(res, url, o, purpose).then(
          (value) => {
            if (!value.bytes) res.destroy();
            finish(null, value);
          },
          (err) => {
            res.destroy();
            finish(err);
          },
        );
      });
      req.on('error', (err) => finish(err));
      req.end();
    });
  }
}
