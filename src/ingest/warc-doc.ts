// From one parsed WARC record to what newsloom does with it: an HTML page becomes a RawDoc, anything else a skip counted by kind.
// A page is decoded as a fetched page is (decodeBody, as `fetch` does): a WARC response carries its HTTP Content-Type, whose
// charset decode.ts's file reader cannot see; the page's <meta charset> and a check of the bytes come after it, as for any page.
import config from '../../data/warc.json' with { type: 'json' };
import { InputError } from '../errors.js';
import type { Origin, RawDoc } from '../model.js';
import { shortHash } from '../util/hash.js';
import { whereOf } from '../util/origin.js';
import { decodeBody } from './fetch-charset.js';
import { parseContentType, sniffMediaType } from './fetch-content-type.js';
import { type HttpHead, httpPayload, parseHttpHead, WarcFormatError, type WarcHead } from './warc-record.js';

/** Why a well-formed record gave no document: its WARC-Type, or what its HTTP response is. */
export type WarcSkipKind =
  | 'warcinfo'
  | 'request'
  | 'metadata'
  | 'revisit'
  | 'resource'
  | 'conversion'
  | 'continuation'
  | 'other-record'
  | 'non-http'
  | 'redirect'
  | 'http-error'
  | 'other-status'
  | 'non-html'
  | 'empty';

/** Limits from data/warc.json, overridable per read (tests, benchmarks). */
export interface WarcLimits {
  maxHeaderBytes: number;
  maxRecordBytes: number;
  readChunkBytes: number;
}

export const WARC_LIMITS: WarcLimits = {
  maxHeaderBytes: config.maxHeaderBytes,
  maxRecordBytes: config.maxRecordBytes,
  readChunkBytes: config.readChunkBytes,
};

const HTML_TYPES = new Set(config.htmlTypes);
const SNIFF_TYPES = new Set(config.sniffTypes);
const TYPE_KINDS: Record<string, WarcSkipKind> = {
  warcinfo: 'warcinfo',
  request: 'request',
  metadata: 'metadata',
  revisit: 'revisit',
  resource: 'resource',
  conversion: 'conversion',
  continuation: 'continuation',
};

/** A record's verdict from its WARC-Type alone: 'response' records are looked into, every other type is skipped. */
export function recordTypeVerdict(head: WarcHead): WarcSkipKind | 'response' {
  const type = (head.headers.get('warc-type') ?? '').toLowerCase();
  if (type === 'response') return 'response';
  return TYPE_KINDS[type] ?? 'other-record';
}

/** A response's verdict from its HTTP head: a skip kind, 'html' (read it) or 'sniff' (read it and look at the bytes). */
export function responseVerdict(http: HttpHead | null): WarcSkipKind | 'html' | 'sniff' {
  if (!http) return 'non-http';
  if (http.status >= 300 && http.status < 400) return 'redirect';
  if (http.status >= 400) return 'http-error';
  if (http.status !== 200) return 'other-status';
  const type = parseContentType(http.headers.get('content-type')).mediaType;
  if (HTML_TYPES.has(type)) return 'html';
  return SNIFF_TYPES.has(type) ? 'sniff' : 'non-html';
}

export type RecordOutcome = { raw: RawDoc } | { skip: WarcSkipKind };

/**
 * What one record gives. `content` is the record's whole content block (HTTP head and body for a response). Throws
 * InputError naming the record (file and byte offset) when a response that should be a page cannot be read as one.
 */
export function recordOutcome(head: WarcHead, content: Buffer, origin: Origin, maxDocBytes: number, limits: WarcLimits = WARC_LIMITS): RecordOutcome {
  const type = recordTypeVerdict(head);
  if (type !== 'response') return { skip: type };
  const where = whereOf(origin);
  try {
    const http = parseHttpHead(content, limits.maxHeaderBytes);
    const verdict = responseVerdict(http);
    if (verdict !== 'html' && verdict !== 'sniff') return { skip: verdict };
    return pageOutcome(head, http!, content.subarray(http!.length), origin, verdict, maxDocBytes);
  } catch (e) {
    if (e instanceof WarcFormatError) throw new InputError(where, e.message);
    throw e;
  }
}

function pageOutcome(head: WarcHead, http: HttpHead, body: Buffer, origin: Origin, verdict: 'html' | 'sniff', maxDocBytes: number): RecordOutcome {
  const where = whereOf(origin);
  const payload = httpPayload(body, http, maxDocBytes);
  if (payload.length === 0) return { skip: 'empty' };
  if (verdict === 'sniff' && !HTML_TYPES.has(sniffMediaType(payload))) return { skip: 'non-html' };
  if (payload.length > maxDocBytes) {
    throw new InputError(where, `the page is ${mb(payload.length)}, over the ${mb(maxDocBytes)} limit for one document (raise it with --max-bytes)`);
  }
  const url = targetUri(head);
  if (!url) throw new InputError(where, 'the response record has no WARC-Target-URI, so the page has no URL');
  const fetchedAt = warcDate(head);
  if (!fetchedAt) throw new InputError(where, `the response record has no valid WARC-Date (found '${head.headers.get('warc-date') ?? ''}')`);
  const charset = parseContentType(http.headers.get('content-type')).params.charset;
  const text = decodeBody(payload, charset).text;
  if (!text.trim()) return { skip: 'empty' };
  const bytes = new Uint8Array(payload); // a copy: the record's buffer may hold a whole read window
  const pageOrigin: Origin = { ...origin, url };
  return { raw: { id: shortHash('raw', 'html', 'warc', url, bytes), origin: pageOrigin, format: 'html', bytes, body: text, fetchedAt, hints: { url } } };
}

/** WARC-Target-URI, without the angle brackets some WARC 1.0 writers put around it. */
export function targetUri(head: WarcHead): string | null {
  const v = (head.headers.get('warc-target-uri') ?? '').trim().replace(/^<(.*)>$/, '$1');
  return v || null;
}

/** WARC-Date as an ISO 8601 instant (the time the page was fetched), or null when absent or not a date. */
export function warcDate(head: WarcHead): string | null {
  const v = (head.headers.get('warc-date') ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(v)) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
