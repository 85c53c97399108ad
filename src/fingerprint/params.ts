// Loads and checks the copy-detection tunables from data/fingerprint-params.json.
import raw from '../../data/fingerprint-params.json' with { type: 'json' };
import { FingerprintError } from './errors.js';

export interface FingerprintParams {
  /** Tag stored with signatures; changes whenever signatures would change. */
  version: string;
  /** Words per shingle. */
  shingleSize: number;
  /** MinHash permutations (signature length; bins for the one-permutation scheme). */
  permutations: number;
  /** "kperm": classic MinHash, one hash function per position; "oph": one-permutation hashing with densification (faster). */
  scheme: 'kperm' | 'oph';
  /** Seed of the permutation family. */
  seed: number;
  /**
   * maxChainScan: documents read from one band chain per lookup (newest first). maxVerify: candidates whose
   * signatures are compared per lookup; when more share a band, the ones sharing most bands are compared.
   */
  lsh: { bands: number; rows: number; maxChainScan: number; maxVerify: number };
  copy: { minContainment: number; minJaccard: number };
}

/** Throws a FingerprintError naming the field when the parameters cannot work together. */
export function checkParams(p: FingerprintParams): FingerprintParams {
  const bad = (m: string): never => {
    throw new FingerprintError('bad-params', `fingerprint params: ${m} (see data/fingerprint-params.json)`);
  };
  if (p.scheme !== 'kperm' && p.scheme !== 'oph') bad('scheme must be "kperm" or "oph"');
  if (!Number.isInteger(p.shingleSize) || p.shingleSize < 1) bad('shingleSize must be an integer >= 1');
  if (!Number.isInteger(p.permutations) || p.permutations < 8) bad('permutations must be an integer >= 8');
  if (!Number.isInteger(p.lsh.bands) || !Number.isInteger(p.lsh.rows) || p.lsh.bands < 1 || p.lsh.rows < 1) bad('lsh.bands and lsh.rows must be integers >= 1');
  if (p.lsh.bands * p.lsh.rows > p.permutations) bad(`lsh.bands * lsh.rows (${p.lsh.bands * p.lsh.rows}) exceeds permutations (${p.permutations})`);
  if (!(p.lsh.maxChainScan >= 1)) bad('lsh.maxChainScan must be >= 1');
  if (!Number.isInteger(p.lsh.maxVerify) || p.lsh.maxVerify < 1) bad('lsh.maxVerify must be an integer >= 1');
  if (!(p.copy.minContainment > 0 && p.copy.minContainment <= 1)) bad('copy.minContainment must be in (0, 1]');
  if (!(p.copy.minJaccard >= 0 && p.copy.minJaccard <= 1)) bad('copy.minJaccard must be in [0, 1]');
  return p;
}

/** The project defaults, loaded once. */
export const DEFAULT_PARAMS: FingerprintParams = checkParams({
  version: raw.version,
  shingleSize: raw.shingleSize,
  permutations: raw.permutations,
  scheme: raw.scheme as FingerprintParams['scheme'],
  seed: raw.seed,
  lsh: { ...raw.lsh },
  copy: { ...raw.copy },
});

/** Defaults overridden by a partial set (for experiments and tests). */
export function withParams(
  over: Partial<Omit<FingerprintParams, 'lsh' | 'copy'>> & { lsh?: Partial<FingerprintParams['lsh']>; copy?: Partial<FingerprintParams['copy']> } = {},
): FingerprintParams {
  return checkParams({
    ...DEFAULT_PARAMS,
    ...over,
    lsh: { ...DEFAULT_PARAMS.lsh, ...(over.lsh ?? {}) },
    copy: { ...DEFAULT_PARAMS.copy, ...(over.copy ?? {}) },
  });
}

/** Tag that identifies signatures made with these parameters, e.g. "mh1-kperm-k4-p128-s1316752147". */
export function signatureVersion(p: FingerprintParams = DEFAULT_PARAMS): string {
  return `${p.version}-${p.scheme}-k${p.shingleSize}-p${p.permutations}-s${p.seed >>> 0}`;
}
