// Reading inputs (files, directories, JSONL, HTML, stdin) into RawDocs, turning every unusable input into a Rejection.
import { createReadStream, readFileSync, type Stats, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import type { Origin, RawDoc, RawHints, Rejection } from '../model.js';
import { shortHash } from '../util/hash.js';
import { whereOf } from '../util/origin.js';
import iconv from 'iconv-lite';
import { assertTextual, decodeHtml, decodeText, decodeUtf8, isWideUnicode, unicodeBom } from './decode.js';
import { parseRow, rowFromObject } from './jsonl.js';
import { isWarcPath, readWarcFile, type WarcSkipKind } from './warc.js';

export type ReadItem = { raw: RawDoc; rejection?: undefined } | { raw?: undefined; rejection: Rejection };

export interface ReadOptions {
  /** Largest single document (a file, or one JSONL line), in bytes. */
  maxBytes?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: Readable;
  now?: () => string;
  /** Absolute paths never to read (the store's own database files when ingesting the folder that holds them). */
  skip?: Set<string>;
  /** Called for each WARC record that holds no page (request, redirect, image...), with its kind and file offset. */
  onSkip?: (kind: WarcSkipKind, origin: Origin) => void;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const SUPPORTED = '.txt, .md, .html, .htm, .jsonl, .ndjson, .json, .warc, .warc.gz, a directory, or - for stdin';

/** Read every input in order, yielding documents and rejections; never throws for a bad input. */
export async function* readSources(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const o = {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    now: opts.now ?? (() => new Date().toISOString()),
    stdin: opts.stdin,
    skip: opts.skip ?? new Set<string>(),
    onSkip: opts.onSkip,
  };
  for (const input of inputs) {
    if (input === '-') yield* readStdin(o);
    else yield* readPath(input, o);
  }
}

type Opts = { maxBytes: number; now: () => string; stdin?: Readable; skip: Set<string>; onSkip?: ReadOptions['onSkip'] };

function reject(origin: Origin, reason: string, now: () => string, bytes?: Uint8Array): ReadItem {
  return { rejection: { rawId: null, origin, stage: 'ingest', reason, at: now(), ...(bytes ? { bytes } : {}) } };
}

function rawDoc(origin: Origin, format: RawDoc['format'], bytes: Uint8Array, body: string, hints: RawHints, now: () => string): RawDoc {
  return { id: shortHash('raw', format, bytes), origin, format, bytes, body, fetchedAt: now(), hints };
}

async function* readPath(path: string, o: Opts): AsyncGenerator<ReadItem> {
  // One file's stat and read are synchronous: on the ingest writer's thread a promise round trip each cost ~4x the CPU
  // (~0.1 ms per document, measured), and the reads are taken one at a time in input order anyway.
  let info: Stats;
  try {
    info = statSync(path);
  } catch (e) {
    yield reject({ kind: 'file', path }, explainFsError(e, path), o.now);
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (e) {
      yield reject({ kind: 'file', path }, explainFsError(e, path), o.now);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue; // hidden files (.DS_Store, .git) are not news
      if (o.skip.has(resolve(path, name))) continue;
      yield* readPath(join(path, name), o);
    }
    return;
  }
  if (!info.isFile()) {
    yield reject({ kind: 'file', path }, `${path}: is not a regular file or directory`, o.now);
    return;
  }
  if (isWarcPath(path)) {
    yield* readWarcFile(path, o);
    return;
  }
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    yield* readJsonlFile(path, o);
    return;
  }
  const origin: Origin = { kind: 'file', path };
  if (info.size > o.maxBytes) {
    yield reject(origin, `${path}: is ${mb(info.size)}, over the ${mb(o.maxBytes)} limit for one document (raise it with --max-bytes)`, o.now);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    yield reject(origin, explainFsError(e, path), o.now);
    return;
  }
  yield* fromWholeDocument(bytes, origin, ext, o);
}

/** A whole file or stdin: decide its kind by extension, else by its first character. */
function* fromWholeDocument(bytes: Uint8Array, origin: Origin, ext: string, o: Opts): Generator<ReadItem> {
  const where = whereOf(origin);
  try {
    assertTextual(bytes, where);
    // UTF-16/32 with a byte-order mark is decoded first; the kind is then told from its characters
    const wide = isWideUnicode(bytes) ? decodeText(bytes, where) : null;
    const kind = ext ? kindByExtension(ext, where) : sniffKind(wide === null ? bytes : Buffer.from(wide.slice(0, 512), 'utf8'));
    if (kind === 'html') {
      yield { raw: rawDoc(origin, 'html', bytes, wide ?? decodeHtml(bytes, where), {}, o.now) };
    } else if (kind === 'text') {
      const text = wide ?? decodeUtf8(bytes, where);
      if (!text.trim()) throw new InputError(where, 'has no text (only white space)');
      yield { raw: rawDoc(origin, 'text', bytes, text, {}, o.now) };
    } else if (kind === 'json') {
      yield* fromJsonDocument(wide ?? decodeUtf8(bytes, where), origin, o);
    } else {
      yield* fromJsonlText(wide ?? decodeUtf8(bytes, where), origin, o);
    }
  } catch (e) {
    if (e instanceof InputError) yield reject(origin, e.message, o.now, bytes);
    else throw e;
  }
}

function kindByExtension(ext: string, where: string): 'text' | 'html' | 'json' | 'jsonl' {
  if (TEXT_EXT.has(ext)) return 'text';
  if (HTML_EXT.has(ext)) return 'html';
  if (JSONL_EXT.has(ext)) return 'jsonl';
  if (ext === '.json') return 'json';
  throw new InputError(where, `unsupported file type '${ext}' (newsloom reads ${SUPPORTED})`);
}

function sniffKind(bytes: Uint8Array): 'text' | 'html' | 'jsonl' {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('<')) return 'html';
  return 'text';
}

/** A .json file: one row object or an array of row objects. */
function* fromJsonDocument(text: string, origin: Origin, o: Opts): Generator<ReadItem> {
  const where = whereOf(origin);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(where, `is not valid JSON (${(e as Error).message})`);
  }
  const rows = Array.isArray(value) ? value : [value];
  for (let i = 0; i < rows.length; i++) {
    const rowOrigin: Origin = { ...origin, kind: 'jsonl', line: Array.isArray(value) ? i + 1 : undefined };
    const row = rows[i];
    const rowWhere = Array.isArray(value) ? `${where} item ${i + 1}` : where;
    try {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new InputError(rowWhere, 'must be a JSON object');
      const parsed = rowFromObject(row as Record<string, unknown>, rowWhere);
      const bytes = Buffer.from(JSON.stringify(row), 'utf8');
      yield { raw: rawDoc(rowOrigin, parsed.format, bytes, parsed.body, parsed.hints, o.now) };
    } catch (e) {
      if (e instanceof InputError) yield reject(rowOrigin, e.message, o.now);
      else throw e;
    }
  }
}

function* fromJsonlText(text: string, origin: Origin, o: Opts): Generator<ReadItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const item = jsonlLine(lines[i]!, { ...origin, kind: 'jsonl', line: i + 1 }, o);
    if (item) yield item;
  }
}

function jsonlLine(line: string, origin: Origin, o: Opts): ReadItem | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  const where = whereOf(origin);
  const bytes = Buffer.from(trimmed, 'utf8');
  if (bytes.length > o.maxBytes)
    return reject(origin, `${where}: line is ${mb(bytes.length)}, over the ${mb(o.maxBytes)} limit for one document (raise it with --max-bytes)`, o.now);
  try {
    const row = parseRow(trimmed, where);
    return { raw: rawDoc(origin, row.format, bytes, row.body, row.hints, o.now) };
  } catch (e) {
    if (e instanceof InputError) return reject(origin, e.message, o.now, bytes);
    throw e;
  }
}

/** JSONL files are streamed line by line (split on bytes, each line decoded strictly), so a large dump never sits in memory whole. */
async function* readJsonlFile(path: string, o: Opts): AsyncGenerator<ReadItem> {
  try {
    yield* jsonlFromStream(createReadStream(path), (line) => ({ kind: 'jsonl', path, line }), o);
  } catch (e) {
    yield reject({ kind: 'file', path }, explainFsError(e, path), o.now);
  }
}

/**
 * JSONL rows from a byte stream, one line at a time: a line over maxBytes is rejected without being held whole,
 * and a stream opening with a UTF-16/32 byte-order mark is decoded as it comes.
 */
async function* jsonlFromStream(stream: AsyncIterable<Buffer | string>, originOf: (line: number) => Origin, o: Opts): AsyncGenerator<ReadItem> {
  const it = bytesOf(stream)[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const rest = (async function* () {
    yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  })();
  const wide = isWideUnicode(first.value) ? first.value : null;
  const lines = wide ? wideLines(rest, o.maxBytes) : byteLines(rest, o.maxBytes);
  let n = 0;
  for await (const piece of lines) {
    n++;
    const origin = originOf(n);
    const where = whereOf(origin);
    if ('tooLong' in piece) {
      yield reject(origin, `${where}: line is over ${mb(piece.tooLong)}, over the ${mb(o.maxBytes)} limit for one document (raise it with --max-bytes)`, o.now);
      continue;
    }
    let line: string;
    try {
      if (typeof piece.line === 'string') line = piece.line;
      else {
        if (piece.line.includes(0)) throw new InputError(where, 'contains NUL bytes (binary data), not a JSON row');
        line = decodeUtf8(piece.line, where);
      }
    } catch (e) {
      if (e instanceof InputError) {
        yield reject(origin, e.message, o.now, piece.line as Buffer);
        continue;
      }
      throw e;
    }
    const item = jsonlLine(line, origin, o);
    if (item) yield item;
  }
}

async function* bytesOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of stream) if (chunk.length) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

type Line<T> = { line: T } | { tooLong: number };

/** Split a byte stream on newline bytes without decoding it; a line growing past `max` bytes is reported, not kept. */
async function* byteLines(stream: AsyncIterable<Buffer>, max: number): AsyncGenerator<Line<Buffer>> {
  let rest: Buffer = Buffer.alloc(0);
  let skipping = 0; // bytes of an over-long line seen so far (0 = not skipping)
  for await (const chunk of stream) {
    let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let at = buf.indexOf(0x0a);
    while (at >= 0) {
      if (skipping > 0) {
        yield { tooLong: skipping + at };
        skipping = 0;
      } else yield { line: buf.subarray(0, at) };
      buf = buf.subarray(at + 1);
      at = buf.indexOf(0x0a);
    }
    if (skipping > 0) {
      skipping += buf.length;
      rest = Buffer.alloc(0);
    } else if (buf.length > max) {
      skipping = buf.length;
      rest = Buffer.alloc(0);
    } else rest = Buffer.from(buf);
  }
  if (skipping > 0) yield { tooLong: skipping };
  else if (rest.length) yield { line: rest };
}

/** Lines of a UTF-16/32 stream (byte-order mark first), decoded as they come; a line past `max` characters is reported. */
async function* wideLines(stream: AsyncIterable<Buffer>, max: number): AsyncGenerator<Line<string>> {
  let dec: ReturnType<typeof iconv.getDecoder> | null = null;
  let rest = '';
  let skipping = 0;
  for await (const chunk of stream) {
    // the first chunk opens with the byte-order mark (the caller checked): it names the encoding
    dec ??= iconv.getDecoder(unicodeBom(chunk)?.encoding ?? 'utf-16le');
    let buf = rest + dec.write(chunk);
    let at = buf.indexOf('\n');
    while (at >= 0) {
      if (skipping > 0) {
        yield { tooLong: skipping + at };
        skipping = 0;
      } else yield { line: buf.slice(0, at).replace(/^\ufeff/, '') };
      buf = buf.slice(at + 1);
      at = buf.indexOf('\n');
    }
    if (skipping > 0) {
      skipping += buf.length;
      rest = '';
    } else if (buf.length > max) {
      skipping = buf.length;
      rest = '';
    } else rest = buf;
  }
  const tail = rest + (dec?.end() ?? '');
  if (skipping > 0) yield { tooLong: skipping + tail.length };
  else if (tail.trim()) yield { line: tail.replace(/^\ufeff/, '') };
}

/**
 * Stdin, streamed: JSONL is read line by line like a JSONL file; any other document is read only up to the
 * same per-document cap as a file (maxBytes), and refused there without reading the rest.
 */
async function* readStdin(o: Opts): AsyncGenerator<ReadItem> {
  const input = o.stdin ?? process.stdin;
  const origin: Origin = { kind: 'stdin', path: '-' };
  const it = bytesOf(input)[Symbol.asyncIterator]();
  // enough of the head to tell JSONL from a whole document
  const head: Buffer[] = [];
  let headSize = 0;
  let ended = false;
  while (headSize < 512) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
    headSize += r.value.length;
  }
  const headBytes = Buffer.concat(head, headSize);
  const all = (async function* () {
    if (headBytes.length) yield headBytes;
    if (!ended) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  })();
  const bom = unicodeBom(headBytes);
  const headText = bom && bom.encoding !== 'utf-8' ? iconv.decode(headBytes, bom.encoding) : null;
  if (sniffKind(headText === null ? headBytes : Buffer.from(headText, 'utf8')) === 'jsonl') {
    yield* jsonlFromStream(all, (line) => ({ ...origin, kind: 'jsonl', line }), o);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const b of all) {
    size += b.length;
    if (size > o.maxBytes) {
      await it.return?.(undefined);
      yield reject(origin, `stdin: is over the ${mb(o.maxBytes)} limit for one document (stopped reading at ${mb(size)}; raise it with --max-bytes)`, o.now);
      return;
    }
    chunks.push(b);
  }
  yield* fromWholeDocument(Buffer.concat(chunks, size), origin, '', o);
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function explainFsError(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${path}: no such file or directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied (cannot read it)`;
  if (code === 'EISDIR') return `${path}: is a directory`;
  return `${path}: cannot be read (${(e as Error).message})`;
}
