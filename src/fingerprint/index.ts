// Public API of the fingerprint stage: normalisation, exact hash, MinHash, LSH copy index, lineage and the dedup batch.
export { normalise, words } from './normalise.js';
export { fingerprint, exactHash, signatureOfTokens } from './fingerprint.js';
export { shingleHashes, tokenHashes } from './shingles.js';
export { minhash, minhashOph, jaccardEstimate, similarityFrom, type Similarity } from './minhash.js';
export { fmix32, hashString32, sha256Hex32 } from './hash.js';
export { BandedLsh } from './lsh.js';
export { CopyIndex, type CopyDoc, type CopyResult, type Candidate, type CopyIndexStats, type GroupInfo, type LineageRow } from './copy-index.js';
export { CandidateSet } from './candidates.js';
export { StringTable } from './string-table.js';
export { dedupBatch, type DedupInput, type DedupOutput, type DedupRowError } from './dedup-batch.js';
export { signatureToBuffer, signatureFromBuffer, fingerprintToRow, fingerprintFromRow, type FingerprintRow } from './serialise.js';
export { DEFAULT_PARAMS, withParams, checkParams, signatureVersion, type FingerprintParams } from './params.js';
export { FingerprintError, type FingerprintErrorCode } from './errors.js';
