// Reading a WARC or WARC.gz file record by record into RawDocs, skips counted by kind and broken records rejected with their offset.
//
// Our own small reader, not warcio (v2.4.11, in node_modules): warcio cannot go on after a broken record. Given a corrupt
// gzip member it silently switches to reading the rest of the file as uncompressed bytes; a wrong or non-numeric
// Content-Length gives no error at all (it reads into the next record, or a NaN limit); a truncated record just ends. Here
// every record is read by position through a file window (never the whole file in memory): a .warc.gz one gzip member at a
// time with node:zlib and its CRC checked, a plain .warc by its Content-Length with the record separator checked after it.
// A broken record becomes a Rejection naming the file and the byte offset, and reading resumes at the next gzip member
// (.warc.gz) or the next 'WARC/1.x' line (.warc), so one bad record never ends the run.
import { InputError } from '../errors.js';
import type { Origin, Rejection } from '../model.js';
import { whereOf } from '../util/origin.js';
import { type GzipMember, GzipMemberError, inflateMember, isGzipStart, memberStart } from './warc-gzip.js';
import { type RecordOutcome, recordOutcome, recordTypeVerdict, responseVerdict, WARC_LIMITS, type WarcLimits, type WarcSkipKind } from './warc-doc.js';
import { parseHttpHead, parseWarcHead, trailerLength, WarcFormatError } from './warc-record.js';
import { FileWindow } from './warc-window.js';

export type { WarcSkipKind } from './warc-doc.js';

/** One thing read from a WARC file: a page, a rejection, or a skipped record (reported through onSkip, not yielded). */
export type WarcItem = { raw: import('../model.js').RawDoc; rejection?: undefined } | { raw?: undefined; rejection: Rejection };

export interface WarcReadOptions {
  /** Largest page (decoded HTTP payload), in bytes. */
  maxBytes: number;
  now: () => string;
  /** Called once for every record skipped, with its kind and where it is (file and offset). */
  onSkip?: (kind: WarcSkipKind, origin: Origin) => void;
  /** Record limits; data/warc.json by default. */
  limits?: Partial<WarcLimits>;
}

/** True for the paths this reader takes: *.warc and *.warc.gz (any letter case). */
export function isWarcPath(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

const WARC_LINE = Buffer.from('\nWARC/');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
/** Bytes of a .warc.gz looked at first for one member (most members are smaller). */
const FIRST_LOOK = 64 * 1024;

/** Every page of the file in order, each broken record as a Rejection; never throws for bad content. */
export async function* readWarcFile(path: string, opts: WarcReadOptions): AsyncGenerator<WarcItem> {
  const limits: WarcLimits = { ...WARC_LIMITS, ...opts.limits };
  let win: FileWindow;
  try {
    win = await FileWindow.open(path, limits.readChunkBytes);
  } catch (e) {
    yield rejection({ kind: 'file', path }, `cannot be read (${(e as Error).message})`, opts);
    return;
  }
  try {
    if (win.size === 0) {
      yield rejection({ kind: 'file', path }, 'is empty (0 bytes)', opts);
      return;
    }
    const first = await win.get(0, 3);
    if (isGzipStart(first)) yield* readGzipWarc(win, path, opts, limits);
    else yield* readPlainWarc(win, path, opts, limits);
  } catch (e) {
    yield rejection({ kind: 'file', path }, `reading stopped: ${(e as Error).message}`, opts);
  } finally {
    await win.close();
  }
}

function rejection(origin: Origin, problem: string, opts: WarcReadOptions): WarcItem {
  return { rejection: { rawId: null, origin, stage: 'ingest', reason: `${whereOf(origin)}: ${problem}`, at: opts.now() } };
}

function at(path: string, offset: number): Origin {
  return { kind: 'warc', path, offset };
}

function outcomeItem(outcome: RecordOutcome, origin: Origin, opts: WarcReadOptions): WarcItem | null {
  if ('raw' in outcome) return { raw: outcome.raw };
  opts.onSkip?.(outcome.skip, origin);
  return null;
}

/** One record's outcome, an InputError from it turned into a Rejection. */
function recordItem(head: Parameters<typeof recordOutcome>[0], content: Buffer, origin: Origin, opts: WarcReadOptions, limits: WarcLimits): WarcItem | null {
  try {
    return outcomeItem(recordOutcome(head, content, origin, opts.maxBytes, limits), origin, opts);
  } catch (e) {
    if (e instanceof InputError) return { rejection: { rawId: null, origin, stage: 'ingest', reason: e.message, at: opts.now() } };
    throw e;
  }
}

// ------------------------------------------------------------------ .warc.gz

async function* readGzipWarc(win: FileWindow, path: string, opts: WarcReadOptions, limits: WarcLimits): AsyncGenerator<WarcItem> {
  const maxOut = limits.maxRecordBytes + limits.maxHeaderBytes;
  let pos = 0;
  while (pos < win.size) {
    const read = await readMemberAt(win, pos, maxOut, limits);
    if (read.error?.kind === 'large') {
      // Too large to hold: a record that is no page (a video, an archive) is skipped, found past by the next good member.
      const kind = await largeMemberSkip(win, pos, limits);
      if (kind) {
        opts.onSkip?.(kind, at(path, pos));
        const next = await nextGoodMember(win, pos + 1, maxOut, limits);
        if (next < 0) return;
        pos = next;
        continue;
      }
    }
    if (read.error) {
      const next = await nextGoodMember(win, pos + 1, maxOut, limits);
      const resume = next < 0 ? '; no readable record follows it' : `; reading resumes at byte ${next}`;
      const hint =
        read.error.kind === 'large' ? ` (the limit is maxRecordBytes in data/warc.json; a .warc.gz must hold each record in its own gzip member)` : '';
      yield rejection(at(path, pos), `${read.error.message}${hint}${resume}`, opts);
      if (next < 0) return;
      pos = next;
      continue;
    }
    yield* recordsOfMember(read.member!.out, at(path, pos), opts, limits);
    pos += read.member!.length;
  }
}

type MemberRead = { member: GzipMember; error?: undefined } | { member?: undefined; error: GzipMemberError };

async function readMemberAt(win: FileWindow, pos: number, maxOut: number, limits: WarcLimits): Promise<MemberRead> {
  // Look at what the window holds from here; most members fit, a large one takes a re-read or two with a larger minimum.
  const maxIn = maxOut + limits.maxHeaderBytes;
  for (let min = Math.min(FIRST_LOOK, limits.readChunkBytes); ; ) {
    const buf = await win.peek(pos, Math.min(min, maxIn));
    try {
      return { member: inflateMember(buf, maxOut) };
    } catch (e) {
      if (!(e instanceof GzipMemberError)) throw e;
      if (e.kind !== 'short' || pos + buf.length >= win.size) return { error: e };
      if (buf.length >= maxIn) return { error: new GzipMemberError('large', `the gzip member is over ${maxIn} bytes compressed`) };
      min = Math.max(min, buf.length) * 4;
    }
  }
}

/** The skip kind of the record a too-large member starts with, read from its first bytes; null when it is a page (or unreadable). */
async function largeMemberSkip(win: FileWindow, pos: number, limits: WarcLimits): Promise<WarcSkipKind | null> {
  try {
    const buf = await win.peek(pos, limits.maxHeaderBytes * 2);
    const out = memberStart(buf, Math.min(buf.length, limits.maxHeaderBytes * 2), limits.maxHeaderBytes * 64);
    const head = parseWarcHead(out, 0, limits.maxHeaderBytes);
    if (!head) return null;
    const type = recordTypeVerdict(head);
    if (type !== 'response') return type;
    const verdict = responseVerdict(parseHttpHead(out.subarray(head.length), limits.maxHeaderBytes));
    return verdict === 'html' || verdict === 'sniff' ? null : verdict;
  } catch (e) {
    if (e instanceof GzipMemberError || e instanceof WarcFormatError) return null;
    throw e;
  }
}

/** Position of the next gzip member at or after `from` that inflates and holds a WARC record, or -1. */
async function nextGoodMember(win: FileWindow, from: number, maxOut: number, limits: WarcLimits): Promise<number> {
  let at = from;
  for (;;) {
    const found = await win.find(at, GZIP_MAGIC);
    if (found < 0) return -1;
    const read = await readMemberAt(win, found, maxOut, limits);
    if (read.member && read.member.out.subarray(0, 5).toString('latin1') === 'WARC/') return found;
    at = found + 1;
  }
}

/** The records in one inflated member (normally one; a lax writer may put several in a member). */
function* recordsOfMember(out: Buffer, origin: Origin, opts: WarcReadOptions, limits: WarcLimits): Generator<WarcItem> {
  let pos = 0;
  while (pos < out.length) {
    while (pos < out.length && (out[pos] === 0x0d || out[pos] === 0x0a)) pos++;
    if (pos >= out.length) return;
    let problem: string | null = null;
    try {
      const head = parseWarcHead(out, pos, limits.maxHeaderBytes);
      if (!head) problem = 'the gzip member ends inside a WARC header (a truncated record)';
      else {
        const start = pos + head.length;
        const end = start + head.contentLength;
        const tail = end <= out.length ? trailerLength(out, end) : -1;
        if (end > out.length)
          problem = `the record's Content-Length ${head.contentLength} runs past the end of its gzip member (a truncated record or a wrong length)`;
        else if (tail < 0 && end < out.length)
          problem = `the record's Content-Length ${head.contentLength} is wrong: no blank line follows the content it counts`;
        else {
          const item = recordItem(head, out.subarray(start, end), origin, opts, limits);
          if (item) yield item;
          pos = end + Math.max(0, tail);
          continue;
        }
      }
    } catch (e) {
      if (!(e instanceof WarcFormatError)) throw e;
      problem = e.message;
    }
    yield rejection(origin, `${problem}${pos > 0 ? ' (in a gzip member after an earlier record; the rest of the member is skipped)' : ''}`, opts);
    return;
  }
}

// ------------------------------------------------------------------ plain .warc

async function* readPlainWarc(win: FileWindow, path: string, opts: WarcReadOptions, limits: WarcLimits): AsyncGenerator<WarcItem> {
  let pos = 0;
  while (pos < win.size) {
    const buf = await win.get(pos, limits.maxHeaderBytes);
    let lead = 0;
    while (lead < buf.length && (buf[lead] === 0x0d || buf[lead] === 0x0a)) lead++;
    if (lead > 0) {
      pos += lead;
      continue;
    }
    const origin = at(path, pos);
    let problem: string;
    let resumeFrom = pos + 1;
    try {
      const head = parseWarcHead(buf, 0, limits.maxHeaderBytes);
      if (!head) {
        yield rejection(origin, 'the file ends inside a WARC header (a truncated record)', opts);
        return;
      }
      const start = pos + head.length;
      const end = start + head.contentLength;
      resumeFrom = start;
      const after = end <= win.size ? await win.get(end, 4) : Buffer.alloc(0);
      // A last record may end with fewer than four CR/LF bytes before the end of the file.
      const atEnd = end + after.length === win.size && after.every((b) => b === 0x0d || b === 0x0a);
      const tail = end <= win.size ? (atEnd ? after.length : trailerLength(after, 0)) : -1;
      if (end > win.size) problem = `the record's Content-Length ${head.contentLength} runs past the end of the file (a truncated record or a wrong length)`;
      else if (tail < 0 && end < win.size) problem = `the record's Content-Length ${head.contentLength} is wrong: no blank line follows the content it counts`;
      else {
        const item = await plainRecord(win, head, start, origin, opts, limits);
        if (item) yield item;
        pos = end + Math.max(0, tail);
        continue;
      }
    } catch (e) {
      if (!(e instanceof WarcFormatError)) throw e;
      problem = e.message;
    }
    const next = await win.find(resumeFrom, WARC_LINE);
    yield rejection(origin, `${problem}${next < 0 ? '; no record follows it' : `; reading resumes at byte ${next + 1}`}`, opts);
    if (next < 0) return;
    pos = next + 1;
  }
}

/** A plain record: skipped records and non-page responses are decided from their heads, without reading their content whole. */
async function plainRecord(
  win: FileWindow,
  head: Parameters<typeof recordOutcome>[0],
  start: number,
  origin: Origin,
  opts: WarcReadOptions,
  limits: WarcLimits,
): Promise<WarcItem | null> {
  const type = recordTypeVerdict(head);
  if (type !== 'response') return outcomeItem({ skip: type }, origin, opts);
  if (head.contentLength > limits.maxHeaderBytes) {
    const prefix = await win.get(start, limits.maxHeaderBytes);
    let verdict: ReturnType<typeof responseVerdict> | null = null;
    try {
      verdict = responseVerdict(parseHttpHead(prefix, limits.maxHeaderBytes));
    } catch {
      // recordOutcome below reports it with the whole content in hand
    }
    if (verdict && verdict !== 'html' && verdict !== 'sniff') return outcomeItem({ skip: verdict }, origin, opts);
    if (head.contentLength > limits.maxRecordBytes) {
      return rejection(
        origin,
        `the page record is ${head.contentLength} bytes, over the ${limits.maxRecordBytes}-byte limit (maxRecordBytes in data/warc.json)`,
        opts,
      );
    }
  }
  return recordItem(head, await win.get(start, head.contentLength), origin, opts, limits);
}
