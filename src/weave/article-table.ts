// The event index of every woven article by its id: a Map's get/set/size/entries over typed arrays (an id array, its events, and an open-addressing table of positions), so a million articles are one array of ids on the heap, not a million Map entries.
import { withRoom } from '../util/typed-grow.js';
import { hashRange } from './key-table.js';

/** Article id -> event index, in insertion order (a set of a known id keeps its place), never deleted from. */
export class ArticleTable {
  /** The ids in insertion order, and per position its event and its id's hash. */
  private readonly ids: string[] = [];
  private events = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  /** Open addressing, linear probing, at most half full: position + 1 per slot (0: empty). */
  private slots = new Int32Array(1 << 11);
  private mask = (1 << 11) - 1;

  get size(): number {
    return this.ids.length;
  }

  get(id: string): number | undefined {
    const at = this.find(id, hashRange(id, 0, id.length));
    return at < 0 ? undefined : this.events[at];
  }

  has(id: string): boolean {
    return this.find(id, hashRange(id, 0, id.length)) >= 0;
  }

  set(id: string, event: number): this {
    const h = hashRange(id, 0, id.length);
    const at = this.find(id, h);
    if (at >= 0) {
      this.events[at] = event;
      return this;
    }
    const n = this.ids.length;
    this.ids.push(id);
    this.events = withRoom(this.events, n + 1, true);
    this.hashes = withRoom(this.hashes, n + 1, true);
    this.events[n] = event;
    this.hashes[n] = h;
    if (2 * (n + 1) > this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(n);
    return this;
  }

  /** [id, event] in insertion order (as a Map's entries). */
  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i], this.events[i]];
  }

  private find(id: string, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = slots[i];
      if (s === 0) return -1;
      if (this.hashes[s - 1] === h && this.ids[s - 1] === id) return s - 1;
    }
  }

  private place(at: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let i = this.hashes[at] & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = at + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let at = 0; at < this.ids.length; at++) this.place(at);
  }
}
