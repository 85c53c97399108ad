// Parsing WARC record headers and the HTTP response inside a record, from bytes already in memory (pure; the file I/O is in warc.ts).
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** A record's WARC header block. */
export interface WarcHead {
  /** "WARC/1.0", "WARC/1.1". */
  version: string;
  /** Header names in lower case; a repeated header keeps its first value. */
  headers: Map<string, string>;
  /** Bytes of the version line and headers, including the blank line that ends them. */
  length: number;
  /** The Content-Length header: bytes of the record's content block. */
  contentLength: number;
}

/** The HTTP status line and headers at the start of a `response` record's content. */
export interface HttpHead {
  status: number;
  headers: Map<string, string>;
  /** Bytes of the status line and headers, including the blank line. */
  length: number;
}

/** A record (or its gzip member) is malformed; the message says what is wrong, without the file and offset. */
export class WarcFormatError extends Error {
  override name = 'WarcFormatError';
}

const CRLF2 = Buffer.from('\r\n\r\n');
const LF2 = Buffer.from('\n\n');
const VERSION = /^WARC\/\d+\.\d+$/;

/** End of a header block (index just after its blank line) in buf[start, limit), or -1 when the block is not complete there. */
function headEnd(buf: Buffer, start: number, limit: number): number {
  const view = buf.subarray(start, limit);
  const a = view.indexOf(CRLF2);
  const b = view.indexOf(LF2);
  if (a < 0 && b < 0) return -1;
  if (b < 0 || (a >= 0 && a <= b)) return start + a + 4;
  return start + b + 2;
}

function headerLines(text: string, what: string): { first: string; headers: Map<string, string> } {
  const lines = text.split(/\r?\n/);
  const first = (lines.shift() ?? '').trim();
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    if (!line) continue;
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new WarcFormatError(`${what} line '${clip(line)}' is not a 'Name: value' header`);
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
    last = name;
  }
  return { first, headers };
}

/**
 * Parse the WARC header block starting at `start`. Returns null when the block does not end within the bytes there (more
 * bytes are needed, or the record is cut off); throws WarcFormatError for a block that is not a WARC record header.
 */
export function parseWarcHead(buf: Buffer, start: number, maxHeaderBytes: number): WarcHead | null {
  // A version line is short: look at no more than 64 bytes for it, whatever follows.
  const lineEnd = buf.subarray(start, start + 64).indexOf(0x0a);
  const firstLine = buf
    .subarray(start, lineEnd < 0 ? Math.min(buf.length, start + 64) : start + lineEnd)
    .toString('latin1')
    .trim();
  const complete = lineEnd >= 0 || buf.length - start >= 64;
  if (complete ? !VERSION.test(firstLine) : !/^W(A(R(C(\/[\d.]*)?)?)?)?$/.test(firstLine)) {
    throw new WarcFormatError(`no WARC record starts here (expected a 'WARC/1.x' version line, found '${clip(firstLine)}')`);
  }
  const end = headEnd(buf, start, Math.min(buf.length, start + maxHeaderBytes));
  if (end < 0) {
    if (buf.length - start >= maxHeaderBytes)
      throw new WarcFormatError(`the WARC header block is longer than ${maxHeaderBytes} bytes (the limit in data/warc.json)`);
    return null;
  }
  const { first, headers } = headerLines(buf.subarray(start, end).toString('utf8'), 'WARC header');
  const lengthText = headers.get('content-length');
  if (lengthText === undefined) throw new WarcFormatError('the WARC header has no Content-Length');
  if (!/^\d{1,15}$/.test(lengthText)) throw new WarcFormatError(`the WARC Content-Length '${clip(lengthText)}' is not a byte count`);
  return { version: first, headers, length: end - start, contentLength: Number(lengthText) };
}

/** Length of the record separator (CRLF CRLF, or LF LF from lax writers) at `at`, or -1 when another byte is there. */
export function trailerLength(buf: Buffer, at: number): number {
  if (buf[at] === 0x0d && buf[at + 1] === 0x0a && buf[at + 2] === 0x0d && buf[at + 3] === 0x0a) return 4;
  if (buf[at] === 0x0a && buf[at + 1] === 0x0a) return 2;
  return -1;
}

/** Parse the HTTP status line and headers at the start of `content`; null when the content is not an HTTP message (a dns: record). */
export function parseHttpHead(content: Buffer, maxHeaderBytes: number): HttpHead | null {
  if (content.subarray(0, 5).toString('latin1') !== 'HTTP/') return null;
  const end = headEnd(content, 0, Math.min(content.length, maxHeaderBytes));
  const limit = Math.min(content.length, maxHeaderBytes);
  // A response with headers and no body may end right after its last header line.
  const stop = end >= 0 ? end : content.length < maxHeaderBytes ? content.length : -1;
  if (stop < 0) throw new WarcFormatError(`the HTTP header block is longer than ${limit} bytes (the limit in data/warc.json)`);
  const { first, headers } = headerLines(content.subarray(0, stop).toString('latin1'), 'HTTP header');
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(first);
  if (!m) throw new WarcFormatError(`the HTTP status line '${clip(first)}' has no status code`);
  return { status: Number(m[1]), headers, length: stop };
}

/**
 * The payload an HTTP body carries: de-chunked when sent chunked and decompressed when content-encoded (crawlers differ in
 * whether they store the body as sent or already decoded, so a body that is not in the declared form is taken as it is).
 */
export function httpPayload(body: Buffer, http: HttpHead, maxBytes: number): Buffer {
  let bytes = body;
  if (/\bchunked\b/i.test(http.headers.get('transfer-encoding') ?? '')) bytes = dechunk(bytes) ?? bytes;
  const coding = (http.headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (!coding || coding === 'identity' || coding === 'none') return bytes;
  const opts = { maxOutputLength: Math.max(1, maxBytes) };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes, opts) : bytes;
    if (coding === 'deflate') return looksLikeMarkup(bytes) ? bytes : inflateOrRaw(bytes, opts);
    if (coding === 'br') return looksLikeMarkup(bytes) ? bytes : brotliDecompressSync(bytes, opts);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new WarcFormatError(`the decompressed page is over the ${maxBytes}-byte limit for one document`);
    throw new WarcFormatError(`the page body does not decompress as its Content-Encoding '${coding}' says (${(e as Error).message})`);
  }
  throw new WarcFormatError(`the page body has Content-Encoding '${clip(coding)}', which newsloom cannot decode`);
}

function inflateOrRaw(bytes: Buffer, opts: { maxOutputLength: number }): Buffer {
  try {
    return inflateSync(bytes, opts);
  } catch {
    return inflateRawSync(bytes, opts);
  }
}

function looksLikeMarkup(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 64).toString('latin1').trimStart();
  return head.startsWith('<');
}

/** Undo HTTP chunked transfer coding; null when the bytes are not validly chunked (the crawler stored them de-chunked). */
export function dechunk(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = bytes.indexOf('\r\n', at, 'latin1');
    if (eol < 0 || eol - at > 64) return null;
    const size = Number.parseInt(bytes.subarray(at, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) return null;
    at = eol + 2;
    if (size === 0) return Buffer.concat(parts);
    if (at + size > bytes.length) {
      // A capture cut short inside a chunk: keep what arrived.
      parts.push(bytes.subarray(at));
      return Buffer.concat(parts);
    }
    parts.push(bytes.subarray(at, at + size));
    at += size;
    if (bytes[at] !== 0x0d || bytes[at + 1] !== 0x0a) return at >= bytes.length ? Buffer.concat(parts) : null;
    at += 2;
    if (at >= bytes.length) return Buffer.concat(parts);
  }
}

function clip(s: string): string {
  let t = '';
  for (const ch of s.slice(0, 61)) t += ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? '?' : ch;
  return t.length > 60 ? `${t.slice(0, 60)}...` : t;
}
