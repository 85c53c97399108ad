// Event centroids: adding an article's vector (a merge of id-sorted typed arrays) and trimming to the strongest features.
import { type ArticleVector, type EventRecord, ascending } from './records.js';
import type { WeaveCore } from './core.js';

/** Add an article's pre-IDF vector to an event centroid (a merge of id-sorted arrays), keeping the strongest maxCentroidTerms features. */
export function grow(core: WeaveCore, e: EventRecord, v: ArticleVector, weight = 1): void {
  const order = ascending(v);
  const ids = new Int32Array(e.centroidIds.length + order.length);
  const ws = new Float32Array(ids.length);
  const cs = new Uint32Array(ids.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < e.centroidIds.length || j < order.length) {
    const ci = i < e.centroidIds.length ? e.centroidIds[i] : Infinity;
    const aj = j < order.length ? v.ids[order[j]] : Infinity;
    if (ci < aj) {
      ids[k] = ci;
      cs[k] = e.centroidCounts[i];
      ws[k++] = e.centroidWeights[i++];
    } else if (aj < ci) {
      ids[k] = aj;
      cs[k] = 1;
      ws[k++] = weight * v.raw[order[j++]];
    } else {
      ids[k] = ci;
      cs[k] = e.centroidCounts[i] + 1;
      ws[k++] = e.centroidWeights[i++] + weight * v.raw[order[j++]];
    }
  }
  e.centroidIds = ids.slice(0, k);
  e.centroidWeights = ws.slice(0, k);
  e.centroidCounts = cs.slice(0, k);
  if (k > core.config.maxCentroidTerms) trim(core, e, core.config.maxCentroidTerms);
}

export function trim(core: WeaveCore, e: EventRecord, keep: number): void {
  const prior = core.config.idfPrior;
  const ids = e.centroidIds;
  const n = ids.length;
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) score[i] = e.centroidWeights[i] * core.vocab.idf(ids[i], prior);
  const rank = new Uint32Array(n);
  for (let i = 0; i < n; i++) rank[i] = i;
  rank.sort((x, y) => score[y] - score[x] || ids[x] - ids[y]);
  const kept = new Uint8Array(n);
  for (let k = 0; k < Math.min(keep, n); k++) kept[rank[k]] = 1;
  // the kept features in ascending id order (as the centroid keeps them)
  const at: number[] = [];
  for (let i = 0; i < n; i++) if (kept[i]) at.push(i);
  at.sort((x, y) => ids[x] - ids[y]);
  e.centroidIds = Int32Array.from(at, (i) => ids[i]);
  e.centroidWeights = Float32Array.from(at, (i) => e.centroidWeights[i]);
  e.centroidCounts = Uint32Array.from(at, (i) => e.centroidCounts[i]);
}
