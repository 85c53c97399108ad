// Word shingles as 32-bit hashes: token hashes combined over a sliding window of k words, deduplicated.
import { fmix32, hashString32 } from './hash.js';

/** 32-bit hash of each token. */
export function tokenHashes(tokens: readonly string[]): Uint32Array {
  const out = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = hashString32(tokens[i]!);
  return out;
}

/**
 * Distinct k-word shingle hashes of a token-hash sequence, sorted ascending.
 * A text shorter than k words (but not empty) is one shingle of all its words; an empty text has none.
 */
export function shingleHashes(tokens: Uint32Array, k: number): Uint32Array {
  const n = tokens.length;
  if (n === 0) return new Uint32Array(0);
  const width = Math.min(k, n);
  const count = n - width + 1;
  const raw = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = width;
    for (let j = 0; j < width; j++) {
      h = Math.imul((h << 5) | (h >>> 27), 0x9e3779b1) ^ tokens[i + j]!;
    }
    raw[i] = fmix32(h);
  }
  raw.sort();
  let m = 0;
  for (let i = 0; i < count; i++) {
    if (i === 0 || raw[i] !== raw[i - 1]) raw[m++] = raw[i]!;
  }
  return raw.slice(0, m);
}
