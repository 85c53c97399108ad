// Fast 32-bit hashing for shingles and MinHash permutations (MurmurHash3 finaliser, FNV-1a over UTF-16), and the exact-text hash.
import { createHash } from 'node:crypto';

/** MurmurHash3 32-bit finaliser: a bijection on 32-bit integers with good avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string, finalised with fmix32. */
export function hashString32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** A deterministic sequence of 32-bit values (splitmix-like) from a seed; used for permutation seeds. */
export function seedSequence(seed: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    out[i] = fmix32(s ^ fmix32(i + 1));
  }
  return out;
}

/** Hex SHA-256 (first 32 hex characters) of an already normalised text. */
export function sha256Hex32(normalised: string): string {
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 32);
}
