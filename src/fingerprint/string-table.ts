// Open-addressing map from strings to dense document numbers on one typed array (the copy index's id and exact-text lookups).
import { hashString32 } from './hash.js';

/** Largest load (used / slots) before the table doubles. */
const MAX_LOAD = 0.5;

/**
 * Slots are [hash, value + 1] pairs (0 = empty) in one Uint32Array; the strings themselves stay with the caller
 * and are read back through `keyOf(value)` only when the 32-bit hashes match, so adding a new key touches one
 * cache line and the garbage collector never scans the table. Linear probing from the hash's top bits keeps the
 * table ordered by hash prefix, so doubling writes the new table front to back.
 */
export class StringTable {
  private data: Uint32Array;
  private shift: number;
  private used = 0;
  private readonly keyOf: (value: number) => string;

  constructor(keyOf: (value: number) => string, expected = 1024) {
    this.keyOf = keyOf;
    let bits = 10;
    while ((1 << bits) * MAX_LOAD < expected && bits < 30) bits++;
    this.data = new Uint32Array(2 << bits);
    this.shift = 32 - bits;
  }

  get size(): number {
    return this.used;
  }

  /** The value stored for `key`, or -1. */
  get(key: string): number {
    const h = hashString32(key);
    const d = this.data;
    const mask = (d.length >>> 1) - 1;
    for (let s = h >>> this.shift; d[2 * s + 1] !== 0; s = (s + 1) & mask) {
      if (d[2 * s] === h && this.keyOf(d[2 * s + 1]! - 1) === key) return d[2 * s + 1]! - 1;
    }
    return -1;
  }

  /** Stores `value` (>= 0) under `key`, which must not be in the table yet. */
  add(key: string, value: number): void {
    if (this.used + 1 > (this.data.length >>> 1) * MAX_LOAD) this.grow();
    this.place(hashString32(key), value + 1);
    this.used++;
  }

  bytes(): number {
    return this.data.byteLength;
  }

  private place(h: number, v: number): void {
    const d = this.data;
    const mask = (d.length >>> 1) - 1;
    let s = h >>> this.shift;
    while (d[2 * s + 1] !== 0) s = (s + 1) & mask;
    d[2 * s] = h;
    d[2 * s + 1] = v;
  }

  private grow(): void {
    const old = this.data;
    this.data = new Uint32Array(old.length * 2);
    this.shift--;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.place(old[i]!, old[i + 1]!);
  }
}
