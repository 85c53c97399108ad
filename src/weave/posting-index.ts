// Posting lists by feature id (events most recent last, bounded): a one-entry list, most of them, is one Int32 slot by id instead of a Map entry and an array (the largest item of a big weave's heap).
import { withRoom } from '../util/typed-grow.js';

/** head value of an id with no list. */
const NONE = -1;

/** Feature id -> its events; the Map operations the weave uses, in a Map's insertion order. */
export class PostingIndex {
  /** Per feature id: NONE; >= 0, the one event of a one-entry list; <= -2, the list at lists[-2 - value]. */
  private head = new Int32Array(1024).fill(NONE);
  /** Lists of any other length (slots of deleted ones are reused). */
  private readonly lists: (number[] | null)[] = [];
  private readonly freeSlots: number[] = [];
  /** Per feature id: when its list was created (a Map's insertion order: keys() and entries() follow it). */
  private born = new Float64Array(1024);
  private clock = 0;
  private count = 0;
  /** What get() answers for a one-entry list (valid until the next get). */
  private readonly one: number[] = [0];

  get size(): number {
    return this.count;
  }

  has(id: number): boolean {
    return id < this.head.length && this.head[id] !== NONE;
  }

  /** The events of id's list, or undefined; a one-entry list is answered in a scratch array valid until the next get (copy to keep). */
  get(id: number): readonly number[] | undefined {
    const v = id < this.head.length ? this.head[id] : NONE;
    if (v === NONE) return undefined;
    if (v >= 0) {
      this.one[0] = v;
      return this.one;
    }
    return this.lists[-2 - v] as number[];
  }

  /** Set id's list (taken, not copied); a new id goes last in the order, a known one keeps its place. */
  set(id: number, events: number[]): void {
    const v = this.place(id);
    if (v === NONE) {
      this.born[id] = this.clock++;
      this.count++;
    } else if (v <= -2) this.release(v);
    this.store(id, events);
  }

  delete(id: number): boolean {
    const v = id < this.head.length ? this.head[id] : NONE;
    if (v === NONE) return false;
    if (v <= -2) this.release(v);
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
    if (v >= 0 && v === event && cap >= 1) return;
    const list = v >= 0 ? [v] : (this.lists[-2 - v] as number[]);
    const at = list.lastIndexOf(event);
    if (at >= 0) list.splice(at, 1);
    list.push(event);
    if (list.length > cap) list.splice(0, list.length - cap);
    if (v >= 0) this.store(id, list);
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

  private store(id: number, events: number[]): void {
    if (events.length === 1 && events[0] >= 0) {
      this.head[id] = events[0];
      return;
    }
    const slot = this.freeSlots.pop() ?? this.lists.length;
    this.lists[slot] = events;
    this.head[id] = -2 - slot;
  }

  private release(v: number): void {
    this.lists[-2 - v] = null;
    this.freeSlots.push(-2 - v);
  }
}
