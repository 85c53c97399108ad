// Public API of the weave stage: online events and storylines with reasons, batch clustering and the BCubed metric.
export { Weaver, WeaveError, defaultWeaveConfig } from './weaver.js';
export { clusterBatch, type ClusterRow } from './cluster-batch.js';
export { weaveInputOf } from './input.js';
export { featureOptionsKey, weaveFeaturesOf } from './article-features.js';
export type { SummaryChanges } from './summaries.js';
export { KEY_IDF_BASE, keyIdfPoint, type KeyIdfState } from './key-idf.js';
export { applyRows, rowSetOf, type WeaveRows, type WeaveRowSet } from './rows.js';
export type { WeaveInput, WeaveFeatures, WeaveConfig, WeaveSnapshot, EventSummary, StorylineSummary } from './types.js';
