// Idle events' reasons packed as UTF-8 in one growing byte arena (off the collected heap), read back on demand.
import type { Reason } from '../model.js';
import { withRoom } from '../util/typed-grow.js';
import type { EventRecord } from './records.js';

/** What an event record holds in place of reasons packed away (shared; never written: a writer unpacks first). */
export const PACKED_REASONS: readonly Reason[] = Object.freeze([]);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** One reason as a JSON array: [kind, detail] or [kind, detail, weight] (a weight JSON cannot hold exactly: not packed). */
function row(r: Reason): [string, string] | [string, string, number] | null {
  const keys = Object.keys(r);
  if (keys.length === 2 && keys[0] === 'kind' && keys[1] === 'detail') return [r.kind, r.detail];
  if (keys.length === 3 && keys[0] === 'kind' && keys[1] === 'detail' && keys[2] === 'weight' && Number.isFinite(r.weight) && !Object.is(r.weight, -0))
    return [r.kind, r.detail, r.weight as number];
  return null;
}

/**
 * The reasons of events gone idle (archived): each list one JSON text in a byte arena, a length before it. An idle
 * event's reasons are read only by summaries and rows, so they need not stay as objects and strings on the heap (about
 * 1.7 KB per event: tens of MB the collector walks on a big weave). Space of a list unpacked again (an idle event that
 * takes an article or absorbs another) is not reused: an event is packed once per time it goes idle.
 */
export class ReasonArena {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;

  /** Pack a list; its handle, or -1 when some reason would not read back exactly (kept as objects then). */
  pack(reasons: readonly Reason[]): number {
    const rows: (string | number)[][] = [];
    for (const r of reasons) {
      const x = row(r);
      if (!x) return -1;
      rows.push(x);
    }
    const text = JSON.stringify(rows);
    const at = this.used;
    // at most 3 bytes per UTF-16 unit, and 4 for the length
    this.bytes = withRoom(this.bytes, at + 4 + 3 * text.length, true);
    const { written } = encoder.encodeInto(text, this.bytes.subarray(at + 4));
    const b = this.bytes;
    b[at] = written & 255;
    b[at + 1] = (written >>> 8) & 255;
    b[at + 2] = (written >>> 16) & 255;
    b[at + 3] = written >>> 24;
    this.used = at + 4 + written;
    return at;
  }

  /** The list packed at this handle, as new objects. */
  unpack(at: number): Reason[] {
    const b = this.bytes;
    const n = b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);
    const rows = JSON.parse(decoder.decode(b.subarray(at + 4, at + 4 + n))) as [string, string, number?][];
    return rows.map((x) => (x.length === 3 ? { kind: x[0], detail: x[1], weight: x[2] } : { kind: x[0], detail: x[1] }));
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
