// Polite, guarded URL fetcher: per-host delay, robots.txt, retries with backoff, conditional GET, caps, redirects, private-address refusal, charset decoding.
import http from 'node:http';
import https from 'node:https';
import { promises as dnsPromises } from 'node:dns';
import zlib from 'node:zlib';
import { pipeline } from 'node:stream';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import defaults from '../../data/fetch-defaults.json' with { type: 'json' };
import { FetchError } from './fetch-error.js';
import { bareHostname, blockedRangeOf, isIpLiteral } from './net-address.js';
import { HostRateLimiter } from './net-rate-limit.js';
import { backoffDelay, parseRetryAfter } from './net-backoff.js';
import { isAcceptedType, isTextual, parseContentType, sniffMediaType } from './fetch-content-type.js';
import { decodeBody } from './fetch-charset.js';
import type { CharsetSource } from './fetch-charset.js';
import { ALLOW_ALL, DISALLOW_ALL, crawlDelayFor, parseRobots, productToken, robotsVerdict } from './robots.js';
import type { Robots } from './robots.js';

export { FetchError } from './fetch-error.js';
export type { FetchErrorCode } from './fetch-error.js';

/** Per-request options. Unset fields fall back to the Fetcher's defaults (data/fetch-defaults.json). */
export interface FetchOptions {
  /** Allow private, loopback and link-local addresses (the CLI flag is --allow-private). */
  allowPrivate?: boolean;
  /** Host names exempt from the private-address refusal (an allow-list narrower than allowPrivate), e.g. an intranet feed server. */
  allowPrivateHosts?: string[];
  /** Deadline for one attempt: connect, headers and the whole body. */
  timeoutMs?: number;
  /** Largest body accepted (after decompression); the transfer is aborted past it. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Retries after the first attempt, on network errors, timeouts, 5xx and 429. */
  retries?: number;
  /** Validators from an earlier fetch: sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  userAgent?: string;
  /** Accepted media types ("text/html", "application/*", "*\/*"). */
  accept?: string[];
}

export interface FetchResult {
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  /** True on 304: the caller's copy is current; bytes and text are empty. */
  notModified: boolean;
  /** Lower-case media type without parameters (sniffed when the server sent none or octet-stream). */
  contentType: string;
  /** Encoding the text was decoded with, or null for non-text bodies and 304s. */
  charset: string | null;
  bytes: Uint8Array;
  text: string;
  etag: string | null;
  lastModified: string | null;
  /** Where the charset came from ("header", "meta", "xml-prolog", "bom", "sniffed-utf8", "default"). */
  charsetSource: CharsetSource | null;
  /** Declarations that were overridden, for audit. */
  charsetNotes: string[];
  /** Redirect hops followed, in order (absolute URLs). */
  redirects: string[];
  /** HTTP attempts made in total, retries and redirect hops included. */
  attempts: number;
  fetchedAt: string;
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Name resolution used for every connection (injectable so tests can map names to 127.0.0.1). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetcherConfig {
  /** Minimum gap between request starts to one host (robots.txt Crawl-delay can raise it per host). */
  perHostDelayMs?: number;
  userAgent?: string;
  /** Obey robots.txt (default true). */
  obeyRobots?: boolean;
  resolve?: Resolver;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Longest Retry-After we are willing to sleep; longer asks fail at once with code 'http-status'. */
  maxRetryAfterMs?: number;
  /** Cap on the per-host gap that a robots.txt Crawl-delay may impose. */
  maxCrawlDelayMs?: number;
  robotsTtlMs?: number;
  robotsUnreachableTtlMs?: number;
  /** Defaults for every request's FetchOptions. */
  defaults?: FetchOptions;
}

interface Resolved {
  allowPrivate: boolean;
  allowPrivateHosts: string[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  etag?: string;
  lastModified?: string;
  userAgent: string;
  accept: string[];
}

type Purpose = 'content' | 'robots';

interface AttemptResult {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  bytes: Uint8Array | null;
  mediaType: string;
  charsetParam: string | null;
}

interface RobotsEntry {
  robots: Robots;
  /** Why the host is off limits when robots.txt could not be read. */
  unreachable: string | null;
  expires: number;
}

const REDIRECTS = new Set([300, 301, 302, 303, 307, 308]);
const SNIFF = new Set(defaults.sniffWhenContentTypeIs);
const GUNZIP = new Set(defaults.gunzipContentTypes);
const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: 'could not resolve the host name',
  EAI_AGAIN: 'temporary DNS failure',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
};

const sleep = (ms: number): Promise<void> => (ms <= 0 ? Promise.resolve() : new Promise((r) => setTimeout(r, ms)));

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

function privateMessage(host: string, address: string, label: string, cidr: string): string {
  const via = host === address ? `${address} is` : `host ${host} resolves to ${address},`;
  return `${via} a ${label} address (${cidr}); private, loopback and link-local addresses are refused. Pass --allow-private (allowPrivate: true) to fetch it anyway.`;
}

function parseHttpUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(input, base) : new URL(input);
  } catch {
    throw new FetchError('invalid-url', input, 'not a valid absolute URL (expected http:// or https://)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('invalid-url', url.href, `only http and https URLs can be fetched, not ${url.protocol}`);
  }
  url.hash = '';
  return url;
}

function asFetchError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as NodeJS.ErrnoException & { cause?: unknown };
  if (e && e.cause instanceof FetchError) return e.cause;
  const code = e?.code ?? '';
  const known = NETWORK_CODES[code];
  const problem = known ? `${known} (${code})` : `network error: ${e?.message ?? String(err)}`;
  return new FetchError('network', url, problem, { cause: err });
}

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
    const lookup = this.guardedLookup(url, this.privateAllowed(url, o));

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
        this.readResponse(res, url, o, purpose).then(
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

  private async readResponse(res: IncomingMessage, url: URL, o: Resolved, purpose: Purpose): Promise<AttemptResult> {
    const status = res.statusCode ?? 0;
    const ct = parseContentType(header(res.headers, 'content-type'));
    const out: AttemptResult = {
      status,
      statusText: res.statusMessage ?? '',
      headers: res.headers,
      bytes: null,
      mediaType: ct.mediaType,
      charsetParam: ct.params.charset ?? null,
    };
    if (status < 200 || status >= 300) return out;
    const gzipped = GUNZIP.has(ct.mediaType);
    const sniff = gzipped || SNIFF.has(ct.mediaType);
    if (purpose === 'content' && !sniff && !isAcceptedType(ct.mediaType, o.accept)) {
      throw new FetchError(
        'content-type',
        url.href,
        `server sent ${ct.mediaType}, expected one of ${o.accept.join(', ')} (pass accept: [...] to allow other types)`,
        { status },
      );
    }
    const encoding = (header(res.headers, 'content-encoding') ?? 'identity').trim().toLowerCase();
    const length = Number(header(res.headers, 'content-length') ?? NaN);
    if (purpose === 'content' && encoding === 'identity' && Number.isFinite(length) && length > o.maxBytes) {
      throw new FetchError('too-large', url.href, `body is ${length} bytes, over the ${o.maxBytes}-byte cap (maxBytes)`, { status });
    }
    const stream = this.decoderFor(res, encoding, url);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (total + chunk.length > o.maxBytes) {
        if (purpose === 'robots') {
          chunks.push(chunk.subarray(0, o.maxBytes - total));
          total = o.maxBytes;
          stream.destroy();
          break;
        }
        throw new FetchError('too-large', url.href, `body exceeds the ${o.maxBytes}-byte cap (maxBytes); transfer aborted`, { status });
      }
      chunks.push(chunk);
      total += chunk.length;
    }
    let bytes: Uint8Array = new Uint8Array(Buffer.concat(chunks, total));
    if (gzipped && bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = this.gunzipFile(bytes, url, o.maxBytes, status);
    if (sniff) {
      out.mediaType = sniffMediaType(bytes);
      if (purpose === 'content' && !isAcceptedType(out.mediaType, o.accept)) {
        throw new FetchError(
          'content-type',
          url.href,
          `server sent ${ct.mediaType || 'no content type'} and the body looks like ${out.mediaType}, expected one of ${o.accept.join(', ')}`,
          { status },
        );
      }
    }
    out.bytes = bytes;
    return out;
  }

  /** A body that is itself a .gz file (sitemap.xml.gz): decompressed under the same size cap. */
  private gunzipFile(bytes: Uint8Array, url: URL, maxBytes: number, status: number): Uint8Array {
    try {
      return new Uint8Array(zlib.gunzipSync(bytes, { maxOutputLength: maxBytes, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw new FetchError('too-large', url.href, `gzip body expands past the ${maxBytes}-byte cap (maxBytes)`, { status });
      }
      throw new FetchError('content-type', url.href, `body is labelled gzip but cannot be decompressed: ${(err as Error).message}`, { status, cause: err });
    }
  }

  private decoderFor(res: IncomingMessage, encoding: string, url: URL): Readable {
    const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
    let decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress;
    if (encoding === 'identity' || encoding === '') return res;
    if (encoding === 'gzip' || encoding === 'x-gzip') decoder = zlib.createGunzip(flush);
    else if (encoding === 'deflate') decoder = zlib.createInflate(flush);
    else if (encoding === 'br') decoder = zlib.createBrotliDecompress();
    else throw new FetchError('content-type', url.href, `unsupported content-encoding "${encoding}"`);
    pipeline(res, decoder, () => {});
    return decoder;
  }

  /** A dns.lookup-compatible function that refuses non-public addresses at connect time (every hop, every retry). */
  private guardedLookup(url: URL, allowPrivate: boolean) {
    return (hostname: string, options: { family?: number; all?: boolean }, callback: (...args: unknown[]) => void): void => {
      this.resolver(hostname).then(
        (addrs) => {
          if (addrs.length === 0) {
            callback(Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND' }));
            return;
          }
          if (!allowPrivate) {
            for (const a of addrs) {
              const hit = blockedRangeOf(a.address);
              if (hit) {
                callback(new FetchError('private-address', url.href, privateMessage(hostname, a.address, hit.label, hit.cidr)));
                return;
              }
            }
          }
          const fam = options?.family === 4 || options?.family === 6 ? options.family : 0;
          const list = fam ? addrs.filter((a) => a.family === fam) : addrs;
          const use = list.length ? list : addrs;
          if (options?.all) callback(null, use);
          else callback(null, use[0].address, use[0].family);
        },
        (err) => callback(err),
      );
    };
  }
}
