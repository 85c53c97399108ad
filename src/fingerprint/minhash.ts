// MinHash signatures over shingle hashes, and Jaccard / containment estimates from two signatures and their shingle counts.
import { fmix32, seedSequence } from './hash.js';

const seedCache = new Map<string, Uint32Array>();

function seedsFor(seed: number, permutations: number): Uint32Array {
  const key = `${seed >>> 0}:${permutations}`;
  let s = seedCache.get(key);
  if (!s) {
    s = seedSequence(seed, permutations);
    seedCache.set(key, s);
  }
  return s;
}

/**
 * MinHash signature: for each of `permutations` hash functions h_i(x) = fmix32(x ^ seed_i), the minimum over the
 * shingles. An empty shingle set gives all 0xFFFFFFFF (and is never treated as similar to anything).
 */
export function minhash(shingles: Uint32Array, permutations: number, seed: number): Uint32Array {
  const seeds = seedsFor(seed, permutations);
  const sig = new Uint32Array(permutations).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < permutations; i++) {
      const h = fmix32(x ^ seeds[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Fraction of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function jaccardEstimate(a: Uint32Array, b: Uint32Array, aOffset = 0, bOffset = 0, length = a.length): number {
  let eq = 0;
  for (let i = 0; i < length; i++) if (a[aOffset + i] === b[bOffset + i]) eq++;
  return eq / length;
}

/** Similarity of two shingle sets estimated from signatures plus set sizes. */
export interface Similarity {
  /** |A ∩ B| / |A ∪ B| */
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): 1 when the smaller text is wholly inside the larger (truncated or padded copy). */
  containment: number;
}

/**
 * Containment from Jaccard and the two set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J), divided by the smaller size.
 * No extra sketch is needed because every fingerprint carries its exact distinct-shingle count.
 */
export function similarityFrom(jaccard: number, sizeA: number, sizeB: number): Similarity {
  if (sizeA === 0 || sizeB === 0) return { jaccard: 0, containment: 0 };
  const inter = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  const containment = Math.min(1, inter / Math.min(sizeA, sizeB));
  return { jaccard, containment };
}

/**
 * One-permutation MinHash with optimal densification (Li, Owen & Zhang 2012; Shrivastava 2017): one hash per
 * shingle picks a bin (top bits) and competes for that bin's minimum; empty bins borrow the value of a bin chosen
 * by a fixed pseudo-random probe sequence, so P(sigA[i] == sigB[i]) stays the Jaccard. Cost O(shingles + bins)
 * instead of O(shingles x bins).
 */
export function minhashOph(shingles: Uint32Array, bins: number, seed: number): Uint32Array {
  const sig = new Uint32Array(bins).fill(0xffffffff);
  if (shingles.length === 0) return sig;
  const filled = new Uint8Array(bins);
  const s0 = seed >>> 0;
  for (let k = 0; k < shingles.length; k++) {
    const h = fmix32(shingles[k]! ^ s0);
    const bin = Math.floor(((h >>> 8) * bins) / 16777216);
    if (h < sig[bin]! || filled[bin] === 0) {
      sig[bin] = h;
      filled[bin] = 1;
    }
  }
  const src = sig.slice();
  for (let i = 0; i < bins; i++) {
    if (filled[i] === 1) continue;
    for (let attempt = 1; ; attempt++) {
      let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b) ^ s0;
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d);
      h ^= h >>> 12;
      const j = (h >>> 0) % bins;
      if (filled[j] === 1) {
        sig[i] = src[j]!;
        break;
      }
    }
  }
  return sig;
}
