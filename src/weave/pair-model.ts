// The calibrated pair decision: the probability that two groups (an event and a sister event, or a stray article and an event) tell one happening, from their group cosines and sizes and, when the model reads it, their members matched one by one (member-evidence.ts).
import type { ArticleVector, EventRecord } from './records.js';
import type { WeaveCore } from './core.js';
import { dayGap, decay } from './dates.js';
import { attenuation, similarityTo } from './scoring.js';
import { type MemberSide, memberEvidence } from './member-evidence.js';
import { linearScore, logistic } from '../util/linear-model.js';

/** Names of the pair features, in the order of pairModel weights (after the bias); a model of the first CENTROID_FEATURES only reads no member evidence. */
export const PAIR_FEATURES = [
  'words',
  'entities',
  'numbers',
  'dates',
  'quotes',
  'score',
  'corrected score',
  'log smaller size',
  'log larger size',
  'best member pair',
  'member cover',
  'member cohesion',
  'entities apart',
  'numbers apart',
  'dates apart',
] as const;
/** The centroid features (a model of this many weights plus the bias decides without member evidence). */
export const CENTROID_FEATURES = 9;
/** The centroid and member features (a model of this many weights plus the bias reads no conflict features). */
export const MEMBER_FEATURES = 12;
/** The groups whose conflict the 'apart' features read: entities, numbers, dates (positions among the five cosines). */
export const APART_GROUPS = [1, 2, 3];

/** A pair's evidence as it goes into the model, and the parts the reasons show. */
export interface PairEvidence {
  features: number[];
  /** The group-weighted score (time decay included) and the size-corrected one. */
  score: number;
  corrected: number;
  /** The time decay the score and the cosines carry (member evidence gets the same). */
  decay?: number;
  /** Per APART_GROUPS group: 1 - its cosine when both sides carry the group, else 0 (the two tell different names, numbers or dates). */
  apart?: number[];
}

/**
 * Evidence that group a (given as an IDF-weighted vector with byId, e.g. centroidVector of an event or a remembered
 * article) and event b are one happening: each group cosine and the gated score, time-decayed by the gap between their
 * dates, the size-corrected score and the two sizes (log). Cost: one pass over b's centroid.
 */
export function pairEvidence(
  core: WeaveCore,
  a: ArticleVector,
  aSize: number,
  aDays: [number | null, number | null],
  b: EventRecord,
  members?: { a: MemberSide; b: () => MemberSide },
): PairEvidence {
  const parts: number[] = [];
  const raw = similarityTo(core, a, b.centroidIds, b.centroidWeights, b.centroidGroups, parts);
  // which groups b's centroid holds (similarityTo noted them; read before the next comparison)
  const bHas = core.centroidHas.slice();
  const gap = pairGap(aDays, b);
  const dk = decay(gap, core.config.decayGraceDays, core.config.decayHalfLifeDays);
  const out = evidenceOf(core, raw, parts, dk, aSize, b.members.length);
  out.decay = dk;
  // the conflict features only when a model reads them or the pairs are watched
  if (core.pairLog !== null || modelReads(core) === PAIR_FEATURES.length) out.apart = apartOf(core, a, parts, bHas);
  if (members) withMembers(core, out, members);
  return out;
}

/**
 * Conflict per APART_GROUPS group: when both sides carry names (numbers, dates) of the group, how far apart they are
 * (1 - the group cosine); 0 when a side carries none. A low cosine alone cannot tell "one side says nothing" from "they
 * say different things" (a sister event: the same kind of happening, another place, toll or day). bHas: per group, 1 when
 * b's centroid holds a feature of it (what similarityTo notes in core.centroidHas).
 */
export function apartOf(core: WeaveCore, a: ArticleVector, parts: readonly number[], bHas: ArrayLike<number>): number[] {
  return APART_GROUPS.map((g) => (g < core.groupCount && a.hasGroup[g] && bHas[g] ? 1 - (parts[g] ?? 0) : 0));
}

/**
 * Add the member evidence to a pair's centroid evidence, time-decayed like the centroids' score; a pair whose centroids
 * score below memberEvidenceFloor, or that is not on its look's shortlist (see shortlist), gets 0s: it is not looked at so closely.
 */
export function withMembers(core: WeaveCore, out: PairEvidence, members: { a: MemberSide; b: () => MemberSide } | null, listed = true): PairEvidence {
  const dk = out.decay ?? 1;
  const [best, cover, within] =
    members && listed && out.score >= (core.config.memberEvidenceFloor ?? 0) ? memberEvidence(core, members.a, members.b()) : [0, 0, 0];
  out.features.push(best * dk, cover * dk, within, ...(out.apart ?? APART_GROUPS.map(() => 0)));
  return out;
}

/**
 * The candidates of one look weighed member by member: the lookShortlist (0: all) with the highest centroid scores at or
 * above memberEvidenceFloor (ties: the earlier candidate). The rest keep centroid evidence only (member features 0, as below the
 * floor; the fit sees the same), so a look costs a few member comparisons however many candidates it has.
 */
export function shortlist(core: WeaveCore, scores: readonly number[]): Set<number> {
  const floor = core.config.memberEvidenceFloor ?? 0;
  const keep = core.config.lookShortlist > 0 ? core.config.lookShortlist : Number.POSITIVE_INFINITY;
  const order = scores
    .map((s, i) => [s, i] as const)
    .filter(([s]) => s >= floor)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  return new Set(order.slice(0, keep).map(([, i]) => i));
}

/** Whether the looks weigh member evidence: the configured model reads it, or the pairs are being watched (to fit one that may). */
export function memberEvidenceOn(core: WeaveCore): boolean {
  return core.pairLog !== null || modelReads(core) >= MEMBER_FEATURES;
}

/** How many features the configured pair model reads: PAIR_FEATURES.length, MEMBER_FEATURES or CENTROID_FEATURES; 0 without a model of one of those sizes. */
function modelReads(core: WeaveCore): number {
  const n = (core.config.pairModel?.length ?? 0) - 1;
  return n === PAIR_FEATURES.length || n === MEMBER_FEATURES || n === CENTROID_FEATURES ? n : 0;
}

/** The evidence of a comparison from its score, its group cosines as the score counted them (dates only where content supports them), time decay and both sizes. */
export function evidenceOf(core: WeaveCore, raw: number, parts: number[], dk: number, aSize: number, bSize: number): PairEvidence {
  const score = raw * dk;
  const corrected = score * attenuation(core, aSize, bSize);
  const features: number[] = [];
  for (let g = 0; g < core.groupCount; g++) features.push(parts[g] * dk);
  // a config with other feature groups still gives the model five cosines (missing ones 0)
  while (features.length < 5) features.push(0);
  features.length = 5;
  features.push(score, corrected, Math.log(Math.min(aSize, bSize)), Math.log(Math.max(aSize, bSize)));
  return { features, score, corrected };
}

/** The day gap between a group's days and event b's (the nearer of its first and last day), or null when either side is undated. */
export function pairGap(aDays: [number | null, number | null], b: EventRecord): number | null {
  const [first, last] = aDays;
  if (first === null || last === null) return null;
  const g1 = dayGap(first, b.firstDay, b.lastDay);
  const g2 = dayGap(last, b.firstDay, b.lastDay);
  if (g1 === null || g2 === null) return null;
  return Math.min(g1, g2);
}

/** The model's probability that the pair is one happening (logistic over bias + features); null when no model is configured. */
export function pairProbability(core: WeaveCore, features: number[]): number | null {
  const w = core.config.pairModel;
  if (!w || w.length === 0) return null;
  return logistic(linearScore(w, features, true));
}

/** Whether the calibrated pair decision is on (a model with a weight per feature plus the bias, or per centroid (and member) feature plus the bias). */
export function pairModelOn(core: WeaveCore): boolean {
  return modelReads(core) > 0;
}
