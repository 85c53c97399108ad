// An exact skip for the looks: a ceiling on a pair's score and pair-model logit from what the two sides share (no centroid pass), so a look skips the pass of a pair that cannot reach pairProbability.
import type { ArticleVector, EventRecord } from './records.js';
import type { WeaveCore } from './core.js';
import { decay } from './dates.js';
import { attenuation, groupsOf } from './scoring.js';
import { spreadQuery } from './query-dense.js';
import { pairGap } from './pair-model.js';

/** The groups whose conflict the pair model's 'apart' features read (as pair-model.ts APART_GROUPS), and where their weights start. */
const APART = [1, 2, 3];
const APART_AT = 13;
/** Model sizes (features, bias apart): centroid features only, with member evidence, with the conflict features too. */
const CENTROID_N = 9;
const MEMBER_N = 12;
const APART_N = 15;
/** The cosine features among the centroid ones. */
const COSINES = 5;
/** Float slack of the comparisons (the ceilings and the true values are summed in different orders). */
const SLACK = 1e-9;

/** Whether a look may skip pairs by the ceiling: a pair model this bound knows decides, and no one watches every pair (core.pairLog logs them all). */
export function boundOn(core: WeaveCore): boolean {
  const n = (core.config.pairModel?.length ?? 0) - 1;
  return core.pairLog === null && (n === CENTROID_N || n === MEMBER_N || n === APART_N);
}

/** Bits of the ids of the vector last marked (one word per 32 ids), and that vector. */
let BITS = new Uint32Array(1024);
let MARKED: ArticleVector | null = null;
/** Scratch: per group, the ceiling on its cosine and whether b holds it. */
let CEIL = new Float64Array(8);
let B_HAS = new Uint8Array(8);
let COEF = new Float64Array(8);

/** Mark a's ids in the bit set (kept until another vector is marked: a look weighs one vector against many events). */
function mark(a: ArticleVector, size: number): Uint32Array {
  if (MARKED === a && BITS.length * 32 >= size) return BITS;
  if (MARKED) for (const id of MARKED.ids) if (id >>> 5 < BITS.length) BITS[id >>> 5] = 0;
  if (BITS.length * 32 < size) BITS = new Uint32Array(Math.ceil((2 * size) / 32));
  for (const id of a.ids) BITS[id >>> 5] |= 1 << (id & 31);
  MARKED = a;
  return BITS;
}

/**
 * Whether the pair (a, given as the IDF-weighted vector a look weighs, aSize members over aDays; event b) cannot reach
 * pairProbability: its score's ceiling is below memberEvidenceFloor (so a model reading member evidence gets 0s for it)
 * and its logit's ceiling below the threshold's. The cosine ceilings come from one pass over b's ids against a bit set
 * of a's (Cauchy-Schwarz: a group's cosine is at most the norm of a's weights on the ids b holds, a being unit length per
 * group), without b's IDF weights. Call only where boundOn(core).
 */
export function cannotReach(core: WeaveCore, a: ArticleVector, aSize: number, aDays: [number | null, number | null], b: EventRecord): boolean {
  const c = core.config;
  const groups = core.groupCount;
  if (CEIL.length < groups) {
    CEIL = new Float64Array(groups);
    B_HAS = new Uint8Array(groups);
    COEF = new Float64Array(groups);
  }
  const size = core.vocab.size;
  const bits = mark(a, size);
  const dense = core.loaded === a ? core.dense : spreadQuery(core, a, size);
  const ids = b.centroidIds;
  const bGroups = groupsOf(core, ids);
  const ceil = CEIL.fill(0);
  const bHas = B_HAS.fill(0);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    bHas[bGroups[i]] = 1;
    if ((bits[id >>> 5] >>> (id & 31)) & 1) {
      const x = dense[id];
      ceil[bGroups[i]] += x * x;
    }
  }
  for (let g = 0; g < groups; g++) ceil[g] = Math.min(1, Math.sqrt(ceil[g]));
  const dk = decay(pairGap(aDays, b), c.decayGraceDays, c.decayHalfLifeDays);
  const score = scoreCeiling(core, ceil, dk, a.hasGroup);
  const n = (c.pairModel?.length ?? 0) - 1;
  if (n > CENTROID_N && !(score < (c.memberEvidenceFloor ?? 0) - SLACK)) return false;
  const z = logitCeiling(core, ceil, dk, aSize, b.members.length, a.hasGroup, bHas, score);
  const p = c.pairProbability;
  return p > 0 && p < 1 ? z < Math.log(p / (1 - p)) - SLACK : p >= 1;
}

/** The least weight the score's mean can have, and of its content part: a group a holds counts whole, one it lacks at most its absent share (b may hold it or not). */
function weightFloor(core: WeaveCore, aHas: ArrayLike<boolean>): [number, number] {
  let weight = 0;
  let content = 0;
  for (let g = 0; g < core.groupCount; g++) {
    const w = core.alpha[g] * (aHas[g] ? 1 : Math.min(1, core.absent[g]));
    weight += w;
    if (g !== core.dateGroup) content += w;
  }
  return [weight, content];
}

/**
 * A ceiling on a pair's score (time decay dk included) from ceilings on its cosines (each in [0, 1]), as gatedMean makes
 * the score: the weighted mean (over the least weight it can have), the date cosine only where the content's ceiling
 * reaches dateSupportFloor, and the word floor's cap when the words' ceiling is below wordSupportFloor.
 */
export function scoreCeiling(core: WeaveCore, ceil: ArrayLike<number>, dk: number, aHas: ArrayLike<boolean>): number {
  const c = core.config;
  const [weight, contentWeight] = weightFloor(core, aHas);
  let content = 0;
  for (let g = 0; g < core.groupCount; g++) if (g !== core.dateGroup) content += core.alpha[g] * ceil[g];
  const gateOpen = core.dateGroup >= 0 && (contentWeight > 0 ? content / contentWeight : 0) >= c.dateSupportFloor;
  const sum = content + (gateOpen ? core.alpha[core.dateGroup] * ceil[core.dateGroup] : 0);
  let mean = weight > 0 ? sum / weight : 0;
  const words = ceil[core.wordGroup];
  if (c.wordSupportFloor > 0 && words < c.wordSupportFloor) mean = Math.min(mean, (c.joinThreshold * words) / c.wordSupportFloor);
  return mean * dk;
}

/**
 * A ceiling on a pair's logit (bias + weights . features, the pair model of pair-model.ts) given ceilings on its group
 * cosines (each in [0, 1]; a cosine is >= 0: a shared id has the same IDF sign on both sides), the time decay dk the
 * features carry, both sizes, which groups each side holds, and `score`, a ceiling on the pair's score below
 * memberEvidenceFloor where the model reads member evidence (its member features are then 0). The logit is linear in the
 * cosines once the score is bounded by a linear form of them (the weighted mean, or the word floor's cap) or by its
 * ceiling; the result is the least of those three, each with every cosine at the end of its range its coefficient favours.
 */
export function logitCeiling(
  core: WeaveCore,
  ceil: ArrayLike<number>,
  dk: number,
  aSize: number,
  bSize: number,
  aHas: ArrayLike<boolean>,
  bHas: ArrayLike<number>,
  score: number,
): number {
  const w = core.config.pairModel ?? [];
  const n = w.length - 1;
  if (n !== CENTROID_N && n !== MEMBER_N && n !== APART_N) return Number.POSITIVE_INFINITY;
  const c = core.config;
  const groups = core.groupCount;
  const [weight] = weightFloor(core, aHas);
  // the score's and the corrected score's weights together (both carry dk); a negative one is at its best at score 0
  const k = Math.max(0, w[6] + w[7] * attenuation(core, aSize, bSize));
  let base = w[0] + w[8] * Math.log(Math.min(aSize, bSize)) + w[9] * Math.log(Math.max(aSize, bSize));
  const coef = COEF.length >= groups ? COEF : new Float64Array(groups);
  for (let g = 0; g < groups; g++) {
    coef[g] = g < COSINES ? w[1 + g] * dk : 0;
    const j = n === APART_N ? APART.indexOf(g) : -1;
    if (j >= 0 && aHas[g] && bHas[g]) {
      // apart = 1 - the cosine (not decayed): its weight as a constant, minus it per unit of cosine
      base += w[APART_AT + j];
      coef[g] -= w[APART_AT + j];
    }
  }
  const cap = c.wordSupportFloor > 0 && ceil[core.wordGroup] < c.wordSupportFloor ? c.joinThreshold / c.wordSupportFloor : -1;
  let mean = weight > 0 ? base : Number.POSITIVE_INFINITY;
  let capped = cap > 0 ? base : Number.POSITIVE_INFINITY;
  let fixed = base + k * score;
  for (let g = 0; g < groups; g++) {
    mean += Math.max(0, coef[g] + (weight > 0 ? (k * dk * core.alpha[g]) / weight : 0)) * ceil[g];
    capped += Math.max(0, coef[g] + (g === core.wordGroup ? k * dk * cap : 0)) * ceil[g];
    fixed += Math.max(0, coef[g]) * ceil[g];
  }
  return Math.min(mean, capped, fixed);
}
