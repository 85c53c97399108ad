// Posting lists by feature id (events most recent last, bounded): a one-entry list, most of them, is one Int32 slot by id; longer lists are blocks of one shared Int32 slab (no object per list on the heap a big weave's collector walks).
import { withRoom } from '../util/typed-grow.js';

/** head value of an id with no list. */
const NONE = -1;

/** Smallest block size class (a block of class c holds 2^(c + 1) events). */
function classFor(n: number): number {
  let c = 0;
  while (2 << c < n) c++;
  return c;
}

/** How many of a list of n events a cap keeps off its front (a list's splice(0, n - cap) past cap). */
function dropped(n: number, cap: number): number {
  return n > cap ? Math.min(n, Math.trunc(n - cap)) : 0;
}

/** Feature id -> its events; the Map operations the weave uses, in a Map's insertion order. */
export class PostingIndex {
  /** Per feature id: NONE; >= 0, the one event of a one-entry list; <= -2, the list of handle -2 - value. */
  private head = new Int32Array(1024).fill(NONE);
  /** Per list handle: its block's offset in the slab, its length and its block's size class. */
  private offset = new Int32Array(256);
  private length = new Int32Array(256);
  private sizeClass = new Uint8Array(256);
  private handles = 0;
  private readonly freeHandles: number[] = [];
  /** The blocks of every list of any length but one; freed blocks per size class, reused before the slab grows. */
  private slab = new Int32Array(4096);
  private slabUsed = 0;
  private readonly freeBlocks: number[][] = [];
  /** Per feature id: when its list was created (a Map's insertion order: keys() and entries() follow it). */
  private born = new Float64Array(1024);
  private clock = 0;
  private count = 0;
  /** What get() answers (valid until the next get on this index). */
  private readonly many: number[] = [];

  get size(): number {
    return this.count;
  }

  has(id: number): boolean {
    return id < this.head.length && this.head[id] !== NONE;
  }

  /** The events of id's list, or undefined; answered in a scratch array valid until the next get on this index (copy to keep). */
  get(id: number): readonly number[] | undefined {
    if (!this.has(id)) return undefined;
    const list = this.view(id);
    const out = this.many;
    out.length = this.viewLength;
    for (let i = 0; i < out.length; i++) out[i] = list[this.viewAt + i];
    return out;
  }

  /** How many events id's list holds (0: none). */
  lengthOf(id: number): number {
    this.view(id);
    return this.viewLength;
  }

  /** Where view() found its list: from viewAt, viewLength events. */
  viewAt = 0;
  viewLength = 0;
  private readonly oneView = new Int32Array(1);

  /**
   * id's list in place, without a copy: the array that holds it (its events are at viewAt .. viewAt + viewLength; none
   * when viewLength is 0), valid until the index changes or the next view().
   */
  view(id: number): Int32Array {
    const v = id < this.head.length ? this.head[id] : NONE;
    this.viewAt = 0;
    if (v <= -2) {
      const h = -2 - v;
      this.viewAt = this.offset[h];
      this.viewLength = this.length[h];
      return this.slab;
    }
    this.viewLength = v === NONE ? 0 : 1;
    this.oneView[0] = v;
    return this.oneView;
  }

  /** Set id's list (copied); a new id goes last in the order, a known one keeps its place. */
  set(id: number, events: readonly number[]): void {
    const v = this.place(id);
    if (v === NONE) {
      this.born[id] = this.clock++;
      this.count++;
    } else if (v <= -2) this.release(-2 - v);
    this.store(id, events);
  }

  delete(id: number): boolean {
    const v = id < this.head.length ? this.head[id] : NONE;
    if (v === NONE) return false;
    if (v <= -2) this.release(-2 - v);
    this.head[id] = NONE;
    this.count--;
    return true;
  }

  /** Append an event to id's list, at most cap kept (the most recent; an event already listed moves to the end). */
  post(id: number, event: number, cap: number): void {
    const v = this.place(id);
    if (v === NONE) {
      // a new list: one entry (or none when cap < 1)
      this.set(id, cap >= 1 ? [event] : []);
      return;
    }
    if (v >= 0) {
      if (v === event && cap >= 1) return;
      // [v] with the event appended (v moved when it is the event), the oldest dropped past cap
      const list = v === event ? [event] : [v, event];
      list.splice(0, dropped(list.length, cap));
      this.store(id, list);
      return;
    }
    const h = -2 - v;
    const slab = this.slab;
    let at = this.offset[h];
    let n = this.length[h];
    for (let i = n - 1; i >= 0; i--) {
      if (slab[at + i] === event) {
        slab.copyWithin(at + i, at + i + 1, at + n);
        n--;
        break;
      }
    }
    // the list with the event appended, its oldest dropped past cap: dropped first, so a block holds cap entries at most
    const drop = dropped(n + 1, cap);
    if (drop > n) {
      this.length[h] = 0;
      return;
    }
    if (drop > 0) {
      slab.copyWithin(at, at + drop, at + n);
      n -= drop;
    }
    if (n + 1 > 2 << this.sizeClass[h]) at = this.move(h, n + 1);
    this.slab[at + n] = event;
    this.length[h] = n + 1;
  }

  /** Ids with a list, in the order their lists were created (as a Map's keys). */
  keys(): number[] {
    const out: number[] = [];
    for (let id = 0; id < this.head.length; id++) if (this.head[id] !== NONE) out.push(id);
    const born = this.born;
    return out.sort((a, b) => born[a] - born[b]);
  }

  /** [id, a copy of its events] in keys() order. */
  entries(): [number, number[]][] {
    return this.keys().map((id) => [id, [...(this.get(id) as number[])]]);
  }

  /** id's head value (NONE when past the array), with room made for it. */
  private place(id: number): number {
    if (id >= this.head.length) {
      this.head = withRoom(this.head, id + 1, true, NONE);
      this.born = withRoom(this.born, id + 1, true);
    }
    return this.head[id];
  }

  private store(id: number, events: readonly number[]): void {
    if (events.length === 1 && events[0] >= 0) {
      this.head[id] = events[0];
      return;
    }
    const h = this.freeHandles.pop() ?? this.handles++;
    if (h >= this.offset.length) {
      this.offset = withRoom(this.offset, h + 1, true);
      this.length = withRoom(this.length, h + 1, true);
      this.sizeClass = withRoom(this.sizeClass, h + 1, true);
    }
    const c = classFor(events.length);
    const at = this.block(c);
    for (let i = 0; i < events.length; i++) this.slab[at + i] = events[i];
    this.offset[h] = at;
    this.length[h] = events.length;
    this.sizeClass[h] = c;
    this.head[id] = -2 - h;
  }

  /** Move handle h's list to a block that holds n events; returns the new offset. */
  private move(h: number, n: number): number {
    const c = classFor(n);
    const at = this.block(c);
    const from = this.offset[h];
    this.slab.copyWithin(at, from, from + this.length[h]);
    this.freeBlock(this.sizeClass[h], from);
    this.offset[h] = at;
    this.sizeClass[h] = c;
    return at;
  }

  /** A block of size class c: a freed one, or the next at the slab's end. */
  private block(c: number): number {
    const reuse = this.freeBlocks[c]?.pop();
    if (reuse !== undefined) return reuse;
    const at = this.slabUsed;
    this.slabUsed += 2 << c;
    this.slab = withRoom(this.slab, this.slabUsed, true);
    return at;
  }

  private freeBlock(c: number, at: number): void {
    while (this.freeBlocks.length <= c) this.freeBlocks.push([]);
    this.freeBlocks[c].push(at);
  }

  private release(h: number): void {
    this.freeBlock(this.sizeClass[h], this.offset[h]);
    this.freeHandles.push(h);
  }
}
