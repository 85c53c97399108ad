// Signatures to and from bytes (little-endian Uint32) so the store can persist them and the index can be rebuilt on start.
import type { Fingerprint } from '../model.js';
import { FingerprintError } from './errors.js';
import { DEFAULT_PARAMS, type FingerprintParams } from './params.js';

/** Little-endian bytes of a signature (4 bytes per permutation). */
export function signatureToBuffer(sig: Uint32Array): Buffer {
  const buf = Buffer.allocUnsafe(sig.length * 4);
  for (let i = 0; i < sig.length; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf;
}

/** Signature from its stored bytes; checks the length against the expected permutation count. */
export function signatureFromBuffer(buf: Uint8Array, permutations: number = DEFAULT_PARAMS.permutations): Uint32Array {
  if (buf.byteLength !== permutations * 4) {
    throw new FingerprintError(
      'bad-signature',
      `stored MinHash signature has ${buf.byteLength} bytes, expected ${permutations * 4} (${permutations} permutations); ` +
        're-fingerprint the article (signatures from other parameters cannot be compared)',
    );
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out = new Uint32Array(permutations);
  for (let i = 0; i < permutations; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/** The row shape a store keeps for a fingerprint. */
export interface FingerprintRow {
  exact: string;
  minhash: Uint8Array;
  shingles: number;
}

export function fingerprintToRow(fp: Fingerprint): FingerprintRow {
  return { exact: fp.exact, minhash: signatureToBuffer(fp.minhash), shingles: fp.shingles };
}

export function fingerprintFromRow(row: FingerprintRow, params: FingerprintParams = DEFAULT_PARAMS): Fingerprint {
  if (typeof row.exact !== 'string' || !Number.isInteger(row.shingles) || row.shingles < 0) {
    throw new FingerprintError('bad-input', 'fingerprint row needs exact (string) and shingles (integer >= 0)');
  }
  return { exact: row.exact, minhash: signatureFromBuffer(row.minhash, params.permutations), shingles: row.shingles };
}
