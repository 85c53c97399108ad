// An upper bound on the woven article's score against a centroid from the features they share alone (no IDF read): a candidate it keeps below every score a decision reads is not scored.
import type { WeaveCore } from './core.js';
import type { ArticleVector, GroupCache } from './records.js';
import { groupsOf } from './scoring.js';

/** Above any raw score (a weighted mean of cosines, each at most 1), with room for rounding. */
export const RAW_MAX = 1 + 1e-9;

/** Scratch: the squared weights of the article on the shared features, per group. */
let SHARED = new Float64Array(8);

/**
 * At least similarityTo(core, v, cIds, ...) for the article loaded in core (v): per group the cosine is at most the norm
 * of v's weights on the features the centroid also holds (Cauchy-Schwarz, the centroid's norm being at least that of its
 * shared part), whatever the centroid's weights and IDF; absent groups weigh at least min(1, absentGroupWeights); the date
 * group counts only when the content bound reaches dateSupportFloor; the words floor caps it as the score does.
 */
export function scoreBound(core: WeaveCore, v: ArticleVector, cIds: Int32Array, cGroups: GroupCache): number {
  if (core.loaded !== v) return RAW_MAX;
  const groups = groupsOf(core, cIds, cGroups);
  const bits = core.spread.bits;
  const at = core.spread.at;
  const vw = v.weights;
  if (SHARED.length < core.groupCount) SHARED = new Float64Array(core.groupCount);
  const sq = SHARED.fill(0);
  for (let i = 0; i < cIds.length; i++) {
    const id = cIds[i];
    if ((bits[id >>> 5] & (1 << (id & 31))) !== 0) {
      const a = vw[at.vals[at.find(id)] - 1];
      sq[groups[i]] += a * a;
    }
  }
  const c = core.config;
  let weight = 0;
  let content = 0;
  let contentWeight = 0;
  let words = RAW_MAX;
  let date = 0;
  for (let g = 0; g < core.groupCount; g++) {
    const cos = Math.min(RAW_MAX, Math.sqrt(sq[g]) * RAW_MAX);
    const w = core.alpha[g] * (v.hasGroup[g] ? 1 : Math.min(1, core.absent[g]));
    weight += w;
    if (g === core.wordGroup) words = cos;
    if (g === core.dateGroup) {
      date = cos;
      continue;
    }
    content += core.alpha[g] * cos;
    contentWeight += w;
  }
  const gateOpen = !(contentWeight > 0) || (content / contentWeight) * RAW_MAX >= c.dateSupportFloor;
  const score = content + (core.dateGroup >= 0 && gateOpen ? core.alpha[core.dateGroup] * date : 0);
  let mean = weight > 0 ? (score / weight) * RAW_MAX : RAW_MAX;
  if (c.wordSupportFloor > 0 && words < c.wordSupportFloor) mean = Math.min(mean, ((c.joinThreshold * words) / c.wordSupportFloor) * RAW_MAX);
  return Math.min(RAW_MAX, mean);
}
