// The store calls the ingest writer makes for each article and each batch: what the writer benches time one by one.
export const WRITER_STORE_CALLS = [
  'putRaw',
  'hasRaw',
  'putArticle',
  'putAnalysis',
  'putFingerprint',
  'updateLineage',
  'putAssignment',
  'getAssignment',
  'saveWeaveRows',
  'endBatch',
] as const;
