// Feature ids by key: an open-addressing hash table over typed arrays whose keys are compared in place, also as a range of a longer string (an article's joined feature keys need no substrings to be looked up).
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

/** Whether s holds k at start (k fits: its length was checked). */
function sameText(s: string, start: number, k: string): boolean {
  for (let i = 0; i < k.length; i++) if (s.charCodeAt(start + i) !== k.charCodeAt(i)) return false;
  return true;
}

/**
 * Ids of the keys of `keys` (an id's key is keys[id]) by hash, linear probing, at most half full. A hash only narrows the
 * search: a key is found only when its text is equal, so two keys of one hash never share an id.
 */
export class KeyTable {
  /** Per slot, side by side (one memory line): the key's hash and id + 1 (0: empty). */
  private slots = new Int32Array(2 << 12);
  private mask = (1 << 12) - 1;
  private count = 0;
  /** The hash of each id's key. */
  private hashes = new Int32Array(1024);

  constructor(private readonly keys: string[]) {}

  /** The id whose key equals s[start, end) (its hash h), or -1. */
  find(s: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const len = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = slots[2 * i + 1];
      if (slot === 0) return -1;
      if (slots[2 * i] === h) {
        const k = this.keys[slot - 1];
        if (k.length === len && sameText(s, start, k)) return slot - 1;
      }
    }
  }

  /** Enter an id whose key (of hash h) is not in the table yet. */
  insert(id: number, h: number): void {
    this.hashes = withRoom(this.hashes, id + 1, true);
    this.hashes[id] = h;
    if (4 * (this.count + 1) > this.slots.length) this.resize(this.slots.length / 2);
    this.place(id);
    this.count++;
  }

  /** Build the table again from the ids whose key is not '' (after ids were retired: linear probing cannot just empty a slot). */
  rebuild(): void {
    let live = 0;
    for (let id = 0; id < this.keys.length; id++) if (this.keys[id] !== '') live++;
    let size = 1 << 12;
    while (2 * live > size) size *= 2;
    this.slots = new Int32Array(2 * size);
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
    const h = this.hashes[id];
    let i = h & mask;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
    slots[2 * i] = h;
    slots[2 * i + 1] = id + 1;
  }

  /** Twice the slots (size: the current slot count). */
  private resize(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(4 * size);
    this.mask = 2 * size - 1;
    for (let i = 1; i < old.length; i += 2) if (old[i] !== 0) this.place(old[i] - 1);
  }
}
