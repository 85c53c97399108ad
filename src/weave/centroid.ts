// Event centroids: adding an article's vector (a merge of id-sorted typed arrays) and trimming to the strongest features.
import type { ArticleVector, EventRecord } from './records.js';
import type { WeaveCore } from './core.js';

/** Add an article's pre-IDF vector to an event centroid (a merge of id-sorted arrays), keeping the strongest maxCentroidTerms features. */
export function grow(core: WeaveCore, e: EventRecord, v: ArticleVector, weight = 1): void {
  const order = v.ids.map((_, i) => i).sort((x, y) => v.ids[x] - v.ids[y]);
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
  const entries: [number, number, number, number][] = [];
  for (let i = 0; i < e.centroidIds.length; i++)
    entries.push([e.centroidIds[i], e.centroidWeights[i], e.centroidWeights[i] * core.vocab.idf(e.centroidIds[i], prior), e.centroidCounts[i]]);
  entries.sort((x, y) => y[2] - x[2] || x[0] - y[0]);
  const kept = entries.slice(0, keep).sort((x, y) => x[0] - y[0]);
  e.centroidIds = Int32Array.from(kept.map((x) => x[0]));
  e.centroidWeights = Float32Array.from(kept.map((x) => x[1]));
  e.centroidCounts = Uint32Array.from(kept.map((x) => x[3]));
}
