// The fingerprint stage: text -> {exact hash of the normalised text, MinHash signature over word shingles, shingle count}.
import type { Fingerprint } from '../model.js';
import { sha256Hex32 } from './hash.js';
import { minhash, minhashOph } from './minhash.js';
import { words } from './normalise.js';
import { DEFAULT_PARAMS, type FingerprintParams } from './params.js';
import { shingleHashes, tokenHashes } from './shingles.js';

/** Signature and shingle count from token hashes (the part of fingerprint() after tokenising; also used by benchmarks). */
export function signatureOfTokens(tokens: Uint32Array, params: FingerprintParams = DEFAULT_PARAMS): { minhash: Uint32Array; shingles: number } {
  const sh = shingleHashes(tokens, params.shingleSize);
  const sig = params.scheme === 'oph' ? minhashOph(sh, params.permutations, params.seed) : minhash(sh, params.permutations, params.seed);
  return { minhash: sig, shingles: sh.length };
}

/** Fingerprint of an article's text. Pure and deterministic. */
export function fingerprint(text: string, params: FingerprintParams = DEFAULT_PARAMS): Fingerprint {
  const toks = words(text);
  const sig = signatureOfTokens(tokenHashes(toks), params);
  return { exact: sha256Hex32(toks.join(' ')), minhash: sig.minhash, shingles: sig.shingles };
}

/** Hash of the normalised text: equal for texts that differ only in case, punctuation, quote style and spacing. */
export function exactHash(text: string): string {
  return sha256Hex32(words(text).join(' '));
}
