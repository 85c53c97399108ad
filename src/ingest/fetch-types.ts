// The fetcher's option, result and configuration types, shared by its modules.
import type { IncomingHttpHeaders } from 'node:http';
import type { CharsetSource } from './fetch-charset.js';

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

/** FetchOptions with every default filled in. */
export interface Resolved {
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

/** What a request is for: robots.txt bodies are truncated at the cap, content bodies refused past it. */
export type Purpose = 'content' | 'robots';

/** One HTTP exchange: status, headers and (for 2xx) the body with its media type. */
export interface AttemptResult {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  bytes: Uint8Array | null;
  mediaType: string;
  charsetParam: string | null;
}
