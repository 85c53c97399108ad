// An exact skip for the looks: a ceiling on a pair's score and pair-model logit from what the two sides share (no centroid pass), so a look skips the pass of a pair that cannot reach pairProbability.
import type { ArticleVector, EventRecord } from './records.js';
import type { WeaveCore } from './core.js';
import { decay } from './dates.js';
import { attenuation } from './scoring.js';
import { APART_GROUPS, CENTROID_FEATURES, PAIR_FEATURES, pairGap, pairModelOn } from './pair-model.js';

/** Where a feature's weight sits in a model (after the bias). */
const weightOf = (name: (typeof PAIR_FEATURES)[number]): number => 1 + PAIR_FEATURES.indexOf(name);
const SCORE = weightOf('score');
const CORRECTED = weightOf('corrected score');
const SMALLER = weightOf('log smaller size');
const LARGER = weightOf('log larger size');
/** The first conflict ('apart') weight; a model of every feature reads them. */
const APART_AT = weightOf('entities apart');
/** The five group cosines lead the features (words, entities, numbers, dates, quotes). */
const COSINES = 5;
/** Float slack of the comparisons (the ceilings and the true values are summed in different orders). */
const SLACK = 1e-9;

/** Whether a look may skip pairs by the ceiling: a pair model decides, and no one watches every pair (core.pairLog logs them all). */
export function boundOn(core: WeaveCore): boolean {
  return core.pairLog === null && pairModelOn(core);
}

/** a's weights by id in an open-addressed table (keys -1 where empty; a few times a's size, so it stays in the nearest cache), and the vector it holds. */
let KEYS = new Int32Array(1024).fill(-1);
let VALUES = new Float64Array(1024);
let SLOT_GROUPS = new Int8Array(1024);
let SHIFT = 22;
let HELD: ArticleVector | null = null;
/** Scratch: per group, the ceiling on its cosine. */
let CEIL = new Float64Array(8);

/** The slot of id in the table (Fibonacci hashing on its top bits). */
const slot = (id: number): number => Math.imul(id, 0x9e3779b1) >>> SHIFT;

/** Put a's weights in the table (kept until another vector is held: a look weighs one vector against many events). */
function hold(core: WeaveCore, a: ArticleVector): void {
  if (HELD === a) return;
  let bits = 10;
  while (1 << bits < 4 * a.ids.length) bits++;
  if (KEYS.length !== 1 << bits) {
    KEYS = new Int32Array(1 << bits);
    VALUES = new Float64Array(1 << bits);
    SLOT_GROUPS = new Int8Array(1 << bits);
  }
  const ns = core.vocab.ns;
  KEYS.fill(-1);
  SHIFT = 32 - bits;
  const mask = KEYS.length - 1;
  for (let i = 0; i < a.ids.length; i++) {
    let at = slot(a.ids[i]);
    while (KEYS[at] !== -1 && KEYS[at] !== a.ids[i]) at = (at + 1) & mask;
    KEYS[at] = a.ids[i];
    VALUES[at] = a.weights[i];
    SLOT_GROUPS[at] = core.groupOf[ns[a.ids[i]]];
  }
  HELD = a;
}

/**
 * Per feature group, a ceiling on the cosine of a (an IDF-weighted vector, unit length per group) with event b's centroid,
 * written into `out`: the norm of a's weights on the ids b holds (Cauchy-Schwarz: sum of a_i w_i over shared ids is at
 * most that norm times the norm of b's weights on them, and b's group norm is at least the latter). One pass over b's
 * ids against a table of a's weights: b's IDF weights (the centroid pass) are not needed.
 */
export function cosineCeilings(core: WeaveCore, a: ArticleVector, b: EventRecord, out: Float64Array): Float64Array {
  hold(core, a);
  const ids = b.centroidIds;
  const ceil = out.fill(0);
  const keys = KEYS;
  const mask = keys.length - 1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    let at = slot(id);
    let key = keys[at];
    while (key !== -1 && key !== id) {
      at = (at + 1) & mask;
      key = keys[at];
    }
    if (key === id) {
      const x = VALUES[at];
      ceil[SLOT_GROUPS[at]] += x * x;
    }
  }
  for (let g = 0; g < core.groupCount; g++) ceil[g] = Math.min(1, Math.sqrt(ceil[g]));
  return ceil;
}

/**
 * Whether the pair (a, the IDF-weighted vector a look weighs, of aSize members over aDays; event b) cannot reach
 * pairProbability: its score's ceiling is below memberEvidenceFloor where the model reads member evidence (the pair then
 * gets 0s for it) and its logit's ceiling is below the threshold's. Call only where boundOn(core).
 */
export function cannotReach(core: WeaveCore, a: ArticleVector, aSize: number, aDays: [number | null, number | null], b: EventRecord): boolean {
  const c = core.config;
  const p = c.pairProbability;
  if (!(p > 0 && p < 1)) return false;
  if (CEIL.length < core.groupCount) CEIL = new Float64Array(core.groupCount);
  const ceil = cosineCeilings(core, a, b, CEIL);
  const dk = decay(pairGap(aDays, b), c.decayGraceDays, c.decayHalfLifeDays);
  const score = scoreCeiling(core, ceil, dk, a.hasGroup);
  const n = (c.pairModel?.length ?? 0) - 1;
  if (n > CENTROID_FEATURES && !(score < (c.memberEvidenceFloor ?? 0) - SLACK)) return false;
  return logitCeiling(core, ceil, dk, aSize, b.members.length, a.hasGroup, null, score) < Math.log(p / (1 - p)) - SLACK;
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
 * features carry, both sizes, which groups each side holds (bHas null: not known, each conflict feature then at the
 * better of both cases), and `score`, a ceiling on the pair's score below memberEvidenceFloor where the model reads
 * member evidence (its member features are then 0). The logit is linear in the cosines once the score is bounded by a
 * linear form of them (the weighted mean, or the word floor's cap) or by its ceiling; the result is the least of those
 * three, each with every cosine at the end of its range its coefficient favours.
 */
export function logitCeiling(
  core: WeaveCore,
  ceil: ArrayLike<number>,
  dk: number,
  aSize: number,
  bSize: number,
  aHas: ArrayLike<boolean>,
  bHas: ArrayLike<number> | null,
  score: number,
): number {
  const w = core.config.pairModel ?? [];
  if (!pairModelOn(core)) return Number.POSITIVE_INFINITY;
  const n = w.length - 1;
  const c = core.config;
  const [weight] = weightFloor(core, aHas);
  // the score's and the corrected score's weights together (both carry dk); a negative one is at its best at score 0
  const k = Math.max(0, w[SCORE] + w[CORRECTED] * attenuation(core, aSize, bSize));
  const base = w[0] + w[SMALLER] * Math.log(Math.min(aSize, bSize)) + w[LARGER] * Math.log(Math.max(aSize, bSize));
  const cap = c.wordSupportFloor > 0 && ceil[core.wordGroup] < c.wordSupportFloor ? c.joinThreshold / c.wordSupportFloor : -1;
  let mean = weight > 0 ? base : Number.POSITIVE_INFINITY;
  let capped = cap > 0 ? base : Number.POSITIVE_INFINITY;
  let fixed = base + k * score;
  for (let g = 0; g < core.groupCount; g++) {
    const own = g < COSINES ? w[1 + g] * dk : 0;
    const x = ceil[g];
    // the conflict feature (1 - the cosine, not decayed) where a holds the group and b does (or may)
    const j = n === PAIR_FEATURES.length && aHas[g] ? APART_GROUPS.indexOf(g) : -1;
    const apart = j >= 0 && (bHas === null || bHas[g]) ? w[APART_AT + j] : null;
    const either = bHas === null;
    mean += termCeiling(own + (weight > 0 ? (k * dk * core.alpha[g]) / weight : 0), x, apart, either);
    capped += termCeiling(own + (g === core.wordGroup ? k * dk * cap : 0), x, apart, either);
    fixed += termCeiling(own, x, apart, either);
  }
  return Math.min(mean, capped, fixed);
}

/** One group's share of a logit ceiling: its cosine (ceiling x) times coef at its best end, with the conflict feature's weight `apart` (null: none) as 1 - the cosine; either: b may or may not hold the group (the better case). */
function termCeiling(coef: number, x: number, apart: number | null, either: boolean): number {
  const without = Math.max(0, coef) * x;
  if (apart === null) return without;
  const withIt = apart + Math.max(0, coef - apart) * x;
  return either ? Math.max(without, withIt) : withIt;
}
