// Idle events' reasons packed as deflated UTF-8 in fixed-size byte chunks (off the collected heap), read back on demand.
// Deflate is node's zlib (no library needed); the chunking and the learnt dictionary are ours.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Reason } from '../model.js';
import type { EventRecord } from './records.js';

/** What an event record holds in place of reasons packed away (shared; never written: a writer unpacks first). */
export const PACKED_REASONS: readonly Reason[] = Object.freeze([]);

/** Bytes a chunk holds (a list longer than that gets a chunk of its own size). */
const CHUNK = 1 << 20;
/** A handle is chunk * SPAN + offset in the chunk. */
const SPAN = 2 ** 32;
/**
 * The deflate dictionary: the first DICT_BYTES of reason text the arena packed. Lists repeat their phrasing (kinds,
 * sentence templates, event ids), so deflated with it a list takes ~0.29 of its text, against ~0.55 deflated alone
 * (weave-identity's runs: 775 lists, 538 KB); a larger dictionary gains little and costs each call more.
 */
const DICT_BYTES = 2048;
/** Bytes before a list: 1 for the form (0 text, 1 deflated with the dictionary), 4 for the length. */
const HEAD = 5;

/** One reason as a JSON array: [kind, detail] or [kind, detail, weight] (a weight JSON cannot hold exactly: not packed). */
function row(r: Reason): [string, string] | [string, string, number] | null {
  const keys = Object.keys(r);
  if (keys.length === 2 && keys[0] === 'kind' && keys[1] === 'detail') return [r.kind, r.detail];
  if (keys.length === 3 && keys[0] === 'kind' && keys[1] === 'detail' && keys[2] === 'weight' && Number.isFinite(r.weight) && !Object.is(r.weight, -0))
    return [r.kind, r.detail, r.weight as number];
  return null;
}

/**
 * The reasons of events gone idle (archived): each list one JSON text, deflated, in a chunk of bytes, a form byte and a
 * length before it. An idle event's reasons are read only by summaries and rows, so they need not stay as objects and
 * strings on the heap (about 1.7 KB per event: tens of MB the collector walks on a big weave). Chunks of 1 MB instead of
 * one array grown by doubling: no copy, and no half-empty array, at any size (that array held 8.4 MB at 70k articles of
 * the scale corpus, a power of two whatever it used). Space of a list unpacked again (an idle event that takes an article or
 * absorbs another) is not reused: an event is packed once per time it goes idle.
 */
export class ReasonArena {
  private readonly chunks: Uint8Array[] = [];
  /** Bytes written in the last chunk. */
  private top = 0;
  private used = 0;
  private dict: Buffer | null = null;
  /** Text packed before the dictionary was made (it is made of the first DICT_BYTES). */
  private readonly seed: Buffer[] = [];
  private seedBytes = 0;

  /** Pack a list; its handle, or -1 when some reason would not read back exactly (kept as objects then). */
  pack(reasons: readonly Reason[]): number {
    const rows: (string | number)[][] = [];
    for (const r of reasons) {
      const x = row(r);
      if (!x) return -1;
      rows.push(x);
    }
    const text = Buffer.from(JSON.stringify(rows));
    const dict = this.dict;
    const body = dict ? deflateRawSync(text, { dictionary: dict }) : text;
    if (!dict) this.learn(text);
    const need = HEAD + body.length;
    let chunk = this.chunks.at(-1);
    if (!chunk || this.top + need > chunk.length) {
      chunk = new Uint8Array(Math.max(CHUNK, need));
      this.chunks.push(chunk);
      this.top = 0;
    }
    const at = this.top;
    chunk[at] = dict ? 1 : 0;
    new DataView(chunk.buffer).setUint32(at + 1, body.length, true);
    chunk.set(body, at + HEAD);
    this.top += need;
    this.used += need;
    return (this.chunks.length - 1) * SPAN + at;
  }

  /** The list packed at this handle, as new objects. */
  unpack(handle: number): Reason[] {
    const chunk = this.chunks[Math.floor(handle / SPAN)]!;
    const at = handle % SPAN;
    const n = new DataView(chunk.buffer).getUint32(at + 1, true);
    const body = chunk.subarray(at + HEAD, at + HEAD + n);
    const text = chunk[at] === 1 ? inflateRawSync(body, { dictionary: this.dict! }) : Buffer.from(body.buffer, body.byteOffset, n);
    const rows = JSON.parse(text.toString('utf8')) as [string, string, number?][];
    return rows.map((x) => (x.length === 3 ? { kind: x[0], detail: x[1], weight: x[2] } : { kind: x[0], detail: x[1] }));
  }

  /** Keep a text packed before the dictionary; make the dictionary once DICT_BYTES are in. */
  private learn(text: Buffer): void {
    this.seed.push(text);
    this.seedBytes += text.length;
    if (this.seedBytes < DICT_BYTES) return;
    this.dict = Buffer.concat(this.seed).subarray(0, DICT_BYTES);
    this.seed.length = 0;
  }

  /** Pack an idle event's reasons (once; a list that would not read back exactly stays as it is). */
  packIdle(e: EventRecord): void {
    if (e.reasonsAt >= 0) return;
    const at = this.pack(e.reasons);
    if (at < 0) return;
    e.reasonsAt = at;
    e.reasons = PACKED_REASONS as Reason[];
  }

  /** An event's reasons to read (new objects when packed: do not write to them). */
  of(e: EventRecord): readonly Reason[] {
    return e.reasonsAt < 0 ? e.reasons : this.unpack(e.reasonsAt);
  }

  /** An event's reasons to add to (unpacked back onto the record when packed). */
  own(e: EventRecord): Reason[] {
    if (e.reasonsAt >= 0) {
      e.reasons = this.unpack(e.reasonsAt);
      e.reasonsAt = -1;
    }
    return e.reasons;
  }

  /** Bytes in use (for the bench). */
  get size(): number {
    return this.used;
  }
}
