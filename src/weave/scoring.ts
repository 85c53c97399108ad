// Scoring of the weave: article vectors against the stream's own IDF, the group-weighted cosine where dates only support content and names need words, and the size correction of centroids.
import type { WeaveInput } from './types.js';
import { featuresInto } from './article-features.js';
import { withRoom } from '../util/typed-grow.js';
import { dayGap, decay } from './dates.js';
import { SubsetScores } from './subset-scores.js';
import { spreadQuery } from './spread-vector.js';
import { strongestFirst, strongestThenMarked } from './weight-order.js';
import type { RecentArticle } from './recent-window.js';
import { type ArticleVector, type EventRecord, type GroupCache, WORD_NS } from './records.js';
import type { WeaveCore } from './core.js';

/** An article vector whose id -> weight map is built only when asked for (the hot path reads the dense array instead). */
class LazyVector implements ArticleVector {
  private map: Map<number, number> | null = null;
  asc?: number[] = undefined;
  constructor(
    readonly ids: number[],
    readonly weights: number[],
    readonly raw: number[],
    readonly hasGroup: boolean[],
    readonly words: number,
  ) {}
  get byId(): Map<number, number> {
    if (!this.map) this.map = new Map(this.ids.map((id, i) => [id, this.weights[i]]));
    return this.map;
  }
}

/** Scratch of vectorize and centroidVector: the IDF-weighted weights before ordering. */
let VECTOR_WEIGHTS = new Float64Array(1024);
/** Scratch of vectorize: the article's feature ids and raw weights before ordering (no array grown per article). */
let VECTOR_IDS = new Int32Array(1024);
let VECTOR_RAW = new Float64Array(1024);

/** Build the weighted vector of an article against the current corpus statistics; each namespace is unit length on its own. */
export function vectorize(core: WeaveCore, a: WeaveInput, observe: boolean): ArticleVector {
  const sink = core.featureSink();
  featuresInto(a, core.config, sink);
  const ns = core.vocab.ns;
  const found = sink.order;
  if (VECTOR_IDS.length < sink.count) {
    VECTOR_IDS = new Int32Array(2 * sink.count);
    VECTOR_RAW = new Float64Array(2 * sink.count);
  }
  const inOrder = sink.weightsInOrder();
  let count = 0;
  for (let k = 0; k < sink.count; k++) {
    const id = found[k];
    const w = inOrder[k] * core.nsMult[ns[id]];
    if (!(w > 0)) continue;
    VECTOR_IDS[count] = id;
    VECTOR_RAW[count++] = w;
  }
  // read only in this call (the vector keeps its own copies)
  const ids = VECTOR_IDS.subarray(0, count);
  const raw = VECTOR_RAW.subarray(0, count);
  if (observe) core.vocab.observe(ids);
  const prior = core.config.idfPrior;
  if (VECTOR_WEIGHTS.length < ids.length) VECTOR_WEIGHTS = new Float64Array(2 * ids.length);
  const weights = VECTOR_WEIGHTS.subarray(0, ids.length);
  const norm = new Float64Array(core.groupCount);
  const rawNorm = new Float64Array(core.groupCount);
  for (let i = 0; i < ids.length; i++) {
    const w = raw[i] * core.vocab.idf(ids[i], prior);
    weights[i] = w;
    const g = core.groupOf[ns[ids[i]]];
    norm[g] += w * w;
    rawNorm[g] += raw[i] * raw[i];
  }
  // strongest first where readers look: the index query's and the posting's strongest terms, and every namespace but words (actors, distinct
  // names, numbers and dates are read strongest first); the words past the strongest need no order (scores spread the vector by id)
  const top = Math.max(core.config.queryTerms, core.config.indexTermsPerArticle);
  const order = strongestThenMarked(weights, ids, top, (i) => ns[ids[i]] !== WORD_NS);
  const outIds: number[] = new Array(order.length);
  const outWeights: number[] = new Array(order.length);
  const outRaw: number[] = new Array(order.length);
  const scale = Array.from(norm, (n) => Math.sqrt(n + core.smooth2) || 1);
  const rawScale = Array.from(rawNorm, (n) => Math.sqrt(n) || 1);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const g = core.groupOf[ns[ids[i]]];
    outIds[k] = ids[i];
    outWeights[k] = weights[i] / scale[g];
    outRaw[k] = raw[i] / rawScale[g];
  }
  return new LazyVector(
    outIds,
    outWeights,
    outRaw,
    Array.from(norm, (x) => x > 0),
    sink.words,
  );
}

/** Weighted sum of per-group cosines (words; entities, numbers, dates; quotes) between an article and an event centroid. */
export function similarity(core: WeaveCore, v: ArticleVector, e: EventRecord, parts?: number[]): number {
  return similarityTo(core, v, e.centroidIds, e.centroidWeights, e.centroidGroups, parts);
}

/** The feature group of each of these ids (an array its owner keeps the cache of), aligned with them (read in sequence instead of a namespace lookup by id). */
export function groupsOf(core: WeaveCore, ids: Int32Array, cache: GroupCache): Int8Array {
  if (cache.ids === ids) return cache.groups;
  const ns = core.vocab.ns;
  const groups = cache.groups.length >= ids.length ? cache.groups : new Int8Array(ids.length);
  for (let i = 0; i < ids.length; i++) groups[i] = core.groupOf[ns[ids[i]]];
  cache.ids = ids;
  cache.groups = groups;
  return groups;
}

export function similarityTo(core: WeaveCore, v: ArticleVector, cIds: Int32Array, cWeights: Float32Array, cGroups: GroupCache, parts?: number[]): number {
  const dot = core.dotScratch.fill(0);
  const norm = core.normScratch.fill(0);
  const has = core.centroidHas.fill(0);
  const prior = core.config.idfPrior;
  const groups = groupsOf(core, cIds, cGroups);
  const vocab = core.vocab;
  const plain = core.gamma === 1;
  // the article being woven is spread by feature id (no map lookups in the hot loop); another vector into a second spread
  const spread = core.loaded === v ? core.spread : spreadQuery(core, v, vocab.size);
  const bits = spread.bits;
  const at = spread.at;
  const vw = v.weights;
  // idf values read in place by document frequency (vocab.idf on a miss: a df past the table, or not computed yet this epoch)
  const { df, values, tags, epoch } = vocab.idfTable();
  for (let i = 0; i < cIds.length; i++) {
    const id = cIds[i];
    const g = groups[i];
    has[g] = 1;
    const d = df[id];
    const idf = d < tags.length && tags[d] === epoch ? values[d] : vocab.idf(id, prior);
    const w = (plain ? cWeights[i] : cWeights[i] ** core.gamma) * idf;
    norm[g] += w * w;
    // the bit first: most centroid terms are not in the vector, and the bits fit in cache; then where in the vector
    if ((bits[id >>> 5] & (1 << (id & 31))) !== 0) {
      const a = vw[at.vals[at.find(id)] - 1];
      if (a !== 0) dot[g] += a * w;
    }
  }
  return combine(core, dot, norm, v.hasGroup, parts);
}

/** The score from per-group dot products with a centroid and its squared norms: the weighted mean of the group cosines. */
export function combine(core: WeaveCore, dot: Float64Array, norm: Float64Array, hasGroup: boolean[], parts?: number[]): number {
  const cos = core.cosines;
  for (let g = 0; g < core.groupCount; g++) cos[g] = norm[g] > 0 ? dot[g] / Math.sqrt(norm[g] + core.smooth2) : 0;
  const present = core.presentScratch;
  for (let g = 0; g < core.groupCount; g++) present[g] = norm[g] > 0 || hasGroup[g] ? 1 : 0;
  return gatedMean(core, cos, present, parts);
}

/**
 * The weighted mean of group cosines, where context (the date group) only supports content: unless the content groups
 * alone reach dateSupportFloor, the date cosine counts as 0. Shared days never carry a join on their own.
 */
export function gatedMean(core: WeaveCore, cos: Float64Array, present: Uint8Array, parts?: number[]): number {
  let score = 0;
  let weight = 0;
  let content = 0;
  let contentWeight = 0;
  for (let g = 0; g < core.groupCount; g++) {
    // a group neither side has counts only absentGroupWeights[g] of its weight (0: says nothing either way)
    const w = core.alpha[g] * (present[g] ? 1 : core.absent[g]);
    weight += w;
    if (g === core.dateGroup) continue;
    content += core.alpha[g] * cos[g];
    contentWeight += w;
  }
  const contentScore = contentWeight > 0 ? content / contentWeight : 0;
  const dateCos = core.dateGroup >= 0 && contentScore >= core.config.dateSupportFloor ? cos[core.dateGroup] : 0;
  score = content + (core.dateGroup >= 0 ? core.alpha[core.dateGroup] * dateCos : 0);
  if (parts) for (let g = 0; g < core.groupCount; g++) parts[g] = g === core.dateGroup ? dateCos : cos[g];
  const mean = weight > 0 ? score / weight : 0;
  // names alone (one famous person both mention) do not make one happening: the words must say the same thing too
  const floor = core.config.wordSupportFloor;
  if (floor > 0 && cos[core.wordGroup] < floor) return Math.min(mean, (core.config.joinThreshold * cos[core.wordGroup]) / floor);
  return mean;
}

/** An event centroid as an IDF-weighted vector normalised per feature group, so two events can be compared like an article and an event (ids in the centroid's order; strongest > 0: that many strongest first, in order, for an index query). */
export function centroidVector(core: WeaveCore, e: { centroidIds: ArrayLike<number>; centroidWeights: ArrayLike<number> }, strongest = 0): ArticleVector {
  const prior = core.config.idfPrior;
  const n = e.centroidIds.length;
  const ns = core.vocab.ns;
  const norm = new Float64Array(core.groupCount);
  if (VECTOR_WEIGHTS.length < n) VECTOR_WEIGHTS = new Float64Array(2 * n);
  // read only in this call (the vector keeps its own copies)
  const weights = VECTOR_WEIGHTS.subarray(0, n);
  for (let i = 0; i < n; i++) {
    const w = e.centroidWeights[i] * core.vocab.idf(e.centroidIds[i], prior);
    weights[i] = w;
    norm[core.groupOf[ns[e.centroidIds[i]]]] += w * w;
  }
  const scale = Array.from(norm, (x) => Math.sqrt(x + core.smooth2) || 1);
  for (let i = 0; i < n; i++) weights[i] /= scale[core.groupOf[ns[e.centroidIds[i]]]];
  const order = strongest > 0 ? strongestFirst(weights, e.centroidIds, strongest) : Array.from({ length: n }, (_, i) => i);
  const ids: number[] = new Array(n);
  const outWeights: number[] = new Array(n);
  const raw: number[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    ids[k] = e.centroidIds[i];
    outWeights[k] = weights[i];
    raw[k] = e.centroidWeights[i];
  }
  return new LazyVector(
    ids,
    outWeights,
    raw,
    Array.from(norm, (x) => x > 0),
    0,
  );
}

/**
 * Correction for attenuation: a centroid of n articles carries 1/n of their noise, so the cosine of two centroids (an article
 * is a centroid of 1) understates how close their happenings are by sqrt((1 + k/a)(1 + k/b)), k = noiseRatio.
 */
export function attenuation(core: WeaveCore, a: number, b: number): number {
  const k = core.config.noiseRatio;
  return k > 0 ? Math.sqrt((1 + k / a) * (1 + k / b)) : 1;
}

/** Centroid weight of a joining article: a marginal member moves the centroid less, so one doubtful join does not pull the next look-alike in. */
export function memberWeight(core: WeaveCore, score: number): number {
  const c = core.config;
  return c.memberWeightScore > 0 ? Math.min(1, (score / c.memberWeightScore) ** c.memberWeightPower) : 1;
}

/** recentWeights already made under the current corpus statistics (one add: the vocabulary's document count and generation unchanged). */
let MEMO: { vocab: object | null; docs: number; generation: number; rows: Map<RecentArticle, { weights: Float64Array; hasGroup: boolean[] }> } = {
  vocab: null,
  docs: -1,
  generation: -1,
  rows: new Map(),
};

/** A remembered article's IDF-weighted weights under the current corpus statistics, unit length per group, aligned with its ids (read only: shared within an add). */
export function recentWeights(core: WeaveCore, r: RecentArticle): { weights: Float64Array; hasGroup: boolean[] } {
  if (MEMO.vocab !== core.vocab || MEMO.docs !== core.vocab.docs || MEMO.generation !== core.vocab.generation) {
    MEMO = { vocab: core.vocab, docs: core.vocab.docs, generation: core.vocab.generation, rows: new Map() };
    // the weights made under the statistics before are read by no one now (they live within one add): their buffers are reused
    POOL_NEXT = 0;
  }
  const known = MEMO.rows.get(r);
  if (known) return known;
  const made = weightsOf(core, r);
  MEMO.rows.set(r, made);
  return made;
}

/** Buffers of recentWeights' rows (see POOL_NEXT), and the first not handed out under the current statistics. */
const POOL: Float64Array[] = [];
let POOL_NEXT = 0;

/** A buffer of n entries from the pool (every entry is written by its user). */
function pooled(n: number): Float64Array {
  if (POOL_NEXT === POOL.length) POOL.push(new Float64Array(Math.max(1024, n)));
  if (POOL[POOL_NEXT].length < n) POOL[POOL_NEXT] = new Float64Array(2 * n);
  return POOL[POOL_NEXT++].subarray(0, n);
}

function weightsOf(core: WeaveCore, r: RecentArticle): { weights: Float64Array; hasGroup: boolean[] } {
  const prior = core.config.idfPrior;
  const norm = new Float64Array(core.groupCount);
  // a remembered article's ids hold no retired id while it is remembered: their groups are made once (see groupsOf)
  const groups = groupsOf(core, r.ids, r.groups);
  const weights = pooled(r.ids.length);
  for (let i = 0; i < r.ids.length; i++) {
    weights[i] = r.raw[i] * core.vocab.idf(r.ids[i], prior);
    norm[groups[i]] += weights[i] * weights[i];
  }
  // each group's scale once (the same value the expression gives per feature)
  const scale = Array.from(norm, (x) => Math.sqrt(x + core.smooth2) || 1);
  for (let i = 0; i < r.ids.length; i++) weights[i] /= scale[groups[i]];
  return { weights, hasGroup: Array.from(norm, (x) => x > 0) };
}

/** A remembered article's score against an event (time decay included); with leaveOut, against the event without the article's own share. */
export function scoreRecent(core: WeaveCore, r: RecentArticle, rw: { weights: Float64Array; hasGroup: boolean[] }, ev: number, leaveOut: boolean): number {
  const e = core.eventList[ev];
  const dot = new Float64Array(core.groupCount);
  const norm = new Float64Array(core.groupCount);
  const prior = core.config.idfPrior;
  const groups = groupsOf(core, e.centroidIds, e.centroidGroups);
  let j = 0;
  for (let i = 0; i < e.centroidIds.length; i++) {
    const id = e.centroidIds[i];
    while (j < r.ids.length && r.ids[j] < id) j++;
    const shared = j < r.ids.length && r.ids[j] === id;
    let cw = e.centroidWeights[i];
    if (shared && leaveOut) cw = Math.max(0, cw - r.weight * r.raw[j]);
    const g = groups[i];
    const w = (core.gamma === 1 ? cw : cw ** core.gamma) * core.vocab.idf(id, prior);
    norm[g] += w * w;
    if (shared) dot[g] += rw.weights[j] * w;
  }
  const gap = dayGap(r.day, e.firstDay, e.lastDay);
  return combine(core, dot, norm, rw.hasGroup) * decay(gap, core.config.decayGraceDays, core.config.decayHalfLifeDays);
}

/** Scratch rows of subsetScores (read only while its SubsetScores is built): IDF-weighted values per row. */
const ROW_VALUES: Float64Array[] = [];

/** Scores among remembered articles under the current corpus statistics (the same group-weighted cosine as everywhere). */
export function subsetScores(core: WeaveCore, rs: RecentArticle[]): SubsetScores {
  const prior = core.config.idfPrior;
  const rows = rs.map((r, k) => {
    const n = r.ids.length;
    if (k >= ROW_VALUES.length) ROW_VALUES.push(new Float64Array(1024));
    if (ROW_VALUES[k].length < n) ROW_VALUES[k] = withRoom(ROW_VALUES[k], n, false);
    const values = ROW_VALUES[k];
    for (let i = 0; i < n; i++) values[i] = r.raw[i] * core.vocab.idf(r.ids[i], prior);
    return { ids: r.ids, values, groups: groupsOf(core, r.ids, r.groups), weight: r.weight };
  });
  const cos = new Float64Array(core.groupCount);
  const present = new Uint8Array(core.groupCount);
  return new SubsetScores(rows, core.groupCount, (dots, na, nb) => {
    for (let g = 0; g < core.groupCount; g++) {
      cos[g] = na[g] > 0 && nb[g] > 0 ? dots[g] / (Math.sqrt(na[g] + core.smooth2) * Math.sqrt(nb[g] + core.smooth2)) : 0;
      present[g] = na[g] > 0 || nb[g] > 0 ? 1 : 0;
    }
    return gatedMean(core, cos, present);
  });
}
