// Event centroids: adding an article's vector (a merge of id-sorted typed arrays) and trimming to the strongest features.
import { withRoom } from '../util/typed-grow.js';
import { type ArticleVector, type EventRecord, ascending } from './records.js';
import type { WeaveCore } from './core.js';

/** Scratch arrays of the merge (reused: a centroid is copied out once, at its final size). */
let IDS = new Int32Array(1024);
let WS = new Float32Array(1024);
let CS = new Uint32Array(1024);
/** Scratch of keepStrongest: IDF-weighted strength and kept flags per position. */
let SCORE = new Float64Array(1024);
let KEPT = new Uint8Array(1024);

function scratch(n: number): void {
  IDS = withRoom(IDS, n, false);
  WS = withRoom(WS, n, false);
  CS = withRoom(CS, n, false);
}

/** Add an article's pre-IDF vector to an event centroid (a merge of id-sorted arrays), keeping the strongest maxCentroidTerms features. */
export function grow(core: WeaveCore, e: EventRecord, v: ArticleVector, weight = 1): void {
  const order = ascending(v);
  scratch(e.centroidIds.length + order.length);
  const ids = IDS;
  const ws = WS;
  const cs = CS;
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
  if (k > core.config.maxCentroidTerms) {
    keepStrongest(core, e, ids, ws, cs, k, core.config.maxCentroidTerms);
    return;
  }
  e.centroidIds = ids.slice(0, k);
  e.centroidWeights = ws.slice(0, k);
  e.centroidCounts = cs.slice(0, k);
}

/** Trim an event's centroid to its `keep` strongest features (IDF-weighted). */
export function trim(core: WeaveCore, e: EventRecord, keep: number): void {
  keepStrongest(core, e, e.centroidIds, e.centroidWeights, e.centroidCounts, e.centroidIds.length, keep);
}

/** Set the event's centroid to the `keep` strongest of the first n features of these id-sorted arrays (ties: the lower id), in id order. */
function keepStrongest(core: WeaveCore, e: EventRecord, ids: Int32Array, ws: Float32Array, cs: Uint32Array, n: number, keep: number): void {
  const prior = core.config.idfPrior;
  if (SCORE.length < n) {
    SCORE = new Float64Array(Math.max(n, IDS.length));
    KEPT = new Uint8Array(Math.max(n, IDS.length));
  }
  const score = SCORE;
  const kept = KEPT;
  for (let i = 0; i < n; i++) {
    score[i] = ws[i] * core.vocab.idf(ids[i], prior);
    kept[i] = 0;
  }
  const m = Math.min(keep, n);
  markStrongest(score, n, m, kept);
  const outIds = new Int32Array(m);
  const outWs = new Float32Array(m);
  const outCs = new Uint32Array(m);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!kept[i]) continue;
    outIds[k] = ids[i];
    outWs[k] = ws[i];
    outCs[k++] = cs[i];
  }
  e.centroidIds = outIds;
  e.centroidWeights = outWs;
  e.centroidCounts = outCs;
}

/** Scratch of markStrongest: a copy of the scores, partly ordered by the selection. */
let SORTED = new Float64Array(1024);

/**
 * Flag the m strongest of the first n scores (ties: the earlier position, i.e. the lower id in id-sorted arrays), as a
 * sort by (score desc, id asc) would pick them: the m-th largest score by selection (the value a numeric sort puts at
 * n - m), then everything above it and the first positions equal to it.
 */
function markStrongest(score: Float64Array, n: number, m: number, kept: Uint8Array): void {
  if (m <= 0) return;
  if (m >= n) {
    kept.fill(1, 0, n);
    return;
  }
  if (SORTED.length < n) SORTED = new Float64Array(Math.max(n, SORTED.length * 2));
  const copy = SORTED;
  copy.set(score.subarray(0, n));
  const cut = select(copy, n, n - m);
  let above = 0;
  for (let i = 0; i < n; i++) if (score[i] > cut) above++;
  let ties = m - above;
  for (let i = 0; i < n; i++) {
    const s = score[i];
    if (s > cut) kept[i] = 1;
    else if (s === cut && ties > 0) {
      kept[i] = 1;
      ties--;
    }
  }
}

/** The value at position k of the first n entries in ascending order (Hoare's selection; reorders them). Scores are numbers, never NaN. */
export function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // median of three as the pivot
    let x = a[lo];
    let y = a[mid];
    let z = a[hi];
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}
