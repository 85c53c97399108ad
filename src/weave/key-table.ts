// Feature ids by key: an open-addressing hash table over typed arrays whose keys are compared in place, also as a range of a longer string, or found by a 64-bit hash pair made on another thread (no string work on the writer).
import { withRoom } from '../util/typed-grow.js';

/** 32-bit hash of s[start, end): FNV-1a over the UTF-16 code units, then the murmur3 finaliser (spreads the low bits the table masks). */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * A second, independent 32-bit hash of s[start, end) (a multiply-rotate over the code units, another finaliser): with
 * hashRange it makes the 64-bit pair keys are found by without their text.
 */
export function hash2Range(s: string, start: number, end: number): number {
  let h = 0x9e3779b9 | 0;
  for (let i = start; i < end; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h = (h << 13) | (h >>> 19);
  }
  h ^= end - start;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h | 0;
}

/** Whether s holds k at start (k fits: its length was checked). */
function sameText(s: string, start: number, k: string): boolean {
  for (let i = 0; i < k.length; i++) if (s.charCodeAt(start + i) !== k.charCodeAt(i)) return false;
  return true;
}

/**
 * Ids of the keys of `keys` (an id's key is keys[id]) by hash, linear probing, at most half full (removed ids
 * counted); removing an id marks its slot, and the marks go at the next rehash. find() narrows by the
 * first hash and finds a key only when its text is equal, so two keys of one hash never share an id. findHashed()
 * trusts the pair of hashes (a false match needs two keys agreeing on 64 hash bits: ~n^2 / 2^65, about 3e-8 for a
 * million keys).
 */
export class KeyTable {
  /** Per slot, side by side (one memory line): the key's two hashes and id + 1 (0: empty; -1: a removed id, probing goes on). */
  private slots = new Int32Array(3 << 12);
  private mask = (1 << 12) - 1;
  /** Slots taken by ids or removed ids (the load that decides a rehash). */
  private used = 0;
  /** Slots taken by ids. */
  private live = 0;
  /** The two hashes of each id's key, side by side. */
  private hashes = new Int32Array(2048);

  constructor(private readonly keys: string[]) {}

  /** The id whose key equals s[start, end) (its hash h), or -1. */
  find(s: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const len = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = slots[3 * i + 2];
      if (slot === 0) return -1;
      if (slot > 0 && slots[3 * i] === h) {
        const k = this.keys[slot - 1];
        if (k.length === len && sameText(s, start, k)) return slot - 1;
      }
    }
  }

  /** The id whose key has hashes h (hashRange) and h2 (hash2Range, which mixes in the key's length), or -1. */
  findHashed(h: number, h2: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = 3 * i;
      const slot = slots[at + 2];
      if (slot === 0) return -1;
      // the length is not read (a pointer away): hash2Range mixes it in
      if (slot > 0 && slots[at] === h && slots[at + 1] === h2) return slot - 1;
    }
  }

  /** The hashes of an id's key (entered): [hashRange, hash2Range]. */
  hashesOf(id: number): [number, number] {
    return [this.hashes[2 * id], this.hashes[2 * id + 1]];
  }

  /** The two hashes of an id's key written at `at` and `at + 1` of `out`. */
  hashesInto(id: number, out: Int32Array, at: number): void {
    out[at] = this.hashes[2 * id];
    out[at + 1] = this.hashes[2 * id + 1];
  }

  /** Enter an id whose key (of hashes h, h2) is not in the table yet (it takes the first free or removed slot of its run). */
  insert(id: number, h: number, h2: number): void {
    this.hashes = withRoom(this.hashes, 2 * id + 2, true);
    this.hashes[2 * id] = h;
    this.hashes[2 * id + 1] = h2;
    const size = this.mask + 1;
    if (2 * (this.used + 1) > size) this.rehash(4 * (this.live + 1) > size ? 2 * size : size);
    const slots = this.slots;
    const mask = this.mask;
    let i = h & mask;
    while (slots[3 * i + 2] > 0) i = (i + 1) & mask;
    if (slots[3 * i + 2] === 0) this.used++;
    slots[3 * i] = h;
    slots[3 * i + 1] = h2;
    slots[3 * i + 2] = id + 1;
    this.live++;
  }

  /** Take an entered id out (its id retired): its slot is marked removed, so the probe runs through it stay whole. */
  remove(id: number): void {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = this.hashes[2 * id] & mask; ; i = (i + 1) & mask) {
      const slot = slots[3 * i + 2];
      if (slot === 0) return;
      if (slot === id + 1) {
        slots[3 * i + 2] = -1;
        this.live--;
        return;
      }
    }
  }

  /** The ids again in a table of `size` slots, without the removed ones. */
  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(3 * size);
    this.mask = size - 1;
    for (let i = 2; i < old.length; i += 3) if (old[i] > 0) this.place(old[i] - 1);
    this.used = this.live;
  }

  private place(id: number): void {
    const slots = this.slots;
    const mask = this.mask;
    const h = this.hashes[2 * id];
    let i = h & mask;
    while (slots[3 * i + 2] !== 0) i = (i + 1) & mask;
    slots[3 * i] = h;
    slots[3 * i + 1] = this.hashes[2 * id + 1];
    slots[3 * i + 2] = id + 1;
  }
}
