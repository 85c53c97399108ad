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
 * Ids of the keys of `keys` (an id's key is keys[id]) by hash, linear probing, at most half full. find() narrows by the
 * first hash and finds a key only when its text is equal, so two keys of one hash never share an id. findHashed()
 * trusts the pair of hashes (a false match needs two keys agreeing on 64 hash bits: ~n^2 / 2^65, about 3e-8 for a
 * million keys).
 */
export class KeyTable {
  /** Per slot, side by side (one memory line): the key's two hashes and id + 1 (0: empty). */
  private slots = new Int32Array(3 << 12);
  private mask = (1 << 12) - 1;
  private count = 0;
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
      if (slots[3 * i] === h) {
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
      if (slots[at] === h && slots[at + 1] === h2) return slot - 1;
    }
  }

  /** The hashes of an id's key (entered): [hashRange, hash2Range]. */
  hashesOf(id: number): [number, number] {
    return [this.hashes[2 * id], this.hashes[2 * id + 1]];
  }

  /** Enter an id whose key (of hashes h, h2) is not in the table yet. */
  insert(id: number, h: number, h2: number): void {
    this.hashes = withRoom(this.hashes, 2 * id + 2, true);
    this.hashes[2 * id] = h;
    this.hashes[2 * id + 1] = h2;
    const size = this.mask + 1;
    if (2 * (this.count + 1) > size) this.resize(size);
    this.place(id);
    this.count++;
  }

  /** Build the table again from the ids whose key is not '' (after ids were retired: linear probing cannot just empty a slot). */
  rebuild(): void {
    let live = 0;
    for (let id = 0; id < this.keys.length; id++) if (this.keys[id] !== '') live++;
    let size = 1 << 12;
    while (2 * live > size) size *= 2;
    this.slots = new Int32Array(3 * size);
    this.mask = size - 1;
    this.count = 0;
    for (let id = 0; id < this.keys.length; id++) {
      if (this.keys[id] === '') continue;
      this.place(id);
      this.count++;
    }
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

  /** Twice the slots (size: the current slot count). */
  private resize(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(6 * size);
    this.mask = 2 * size - 1;
    for (let i = 2; i < old.length; i += 3) if (old[i] !== 0) this.place(old[i] - 1);
  }
}
