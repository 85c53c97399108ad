// Member evidence of a pair: how well the two groups' recent members match one by one (the best pair, and how many of one side find a close match on the other), beside the centroids' score.
import type { WeaveCore } from './core.js';
import { gatedMean, groupsOf, recentWeights } from './scoring.js';
import { IdSlots } from './id-slots.js';

/** One remembered member under the current corpus statistics: ids ascending, IDF-weighted unit-length weights per group. */
interface MemberRow {
  ids: Int32Array;
  weights: Float64Array;
  hasGroup: boolean[];
  /** Feature group per id (see groupsOf). */
  groups: Int8Array;
}

/** The recent members of a group, as the pair's member evidence reads them, and (once asked) their mean score among themselves. */
export type MemberSide = MemberRow[] & { within?: number; pairs?: number };

/** The member's weights by id (their position + 1), in a table sized to it (an array by id costs a cache miss per id read). */
const POSITIONS = new IdSlots();

/** Sides built during the current add (corpus statistics fixed), by members array: the looks of one add meet the same events again. */
let CACHE: { core: WeaveCore | null; seq: number; docs: number; sides: Map<readonly string[], { n: number; last: string; side: MemberSide }> } = {
  core: null,
  seq: -1,
  docs: -1,
  sides: new Map(),
};

/** The last `refineMembers` members of a group still in the recent window (the newest first); seqs: their add sequence numbers, aligned (an event's memberSeq). */
export function memberSide(core: WeaveCore, members: readonly string[], seqs: readonly number[]): MemberSide {
  if (CACHE.core !== core || CACHE.seq !== core.seq || CACHE.docs !== core.vocab.docs) CACHE = { core, seq: core.seq, docs: core.vocab.docs, sides: new Map() };
  const last = members[members.length - 1];
  const hit = CACHE.sides.get(members);
  if (hit && hit.n === members.length && hit.last === last) return hit.side;
  const out: MemberSide = [];
  const k = core.config.refineMembers;
  for (let i = members.length - 1; i >= 0 && out.length < k; i--) {
    const r = core.recent.atSeq(seqs[i]);
    if (!r) continue;
    const rw = recentWeights(core, r);
    out.push({ ids: r.ids, weights: rw.weights, hasGroup: rw.hasGroup, groups: groupsOf(core, r.ids, r.groups) });
  }
  CACHE.sides.set(members, { n: members.length, last, side: out });
  return out;
}

/** A side's cohesion: the sum and count of its members' scores among themselves (computed once per side). */
function cohesion(core: WeaveCore, side: MemberSide): void {
  if (side.within !== undefined) return;
  let sum = 0;
  let pairs = 0;
  for (let i = 1; i < side.length; i++) {
    const [, , total] = scoreAgainst(core, side[i], side.slice(0, i));
    sum += total;
    pairs += i;
  }
  side.within = sum;
  side.pairs = pairs;
}

/** Scores of one member against each row of a side: [best, the row index it is best with, sum], filling theirs with each row's best. */
function scoreAgainst(core: WeaveCore, x: MemberRow, rows: MemberRow[], theirs?: Float64Array): [number, number, number] {
  const groups = core.groupCount;
  const at = POSITIONS;
  at.reset(x.ids.length);
  for (let i = 0; i < x.ids.length; i++) at.vals[at.slot(x.ids[i])] = i + 1;
  const dot = new Float64Array(groups);
  const present = new Uint8Array(groups);
  let best = 0;
  let bestAt = -1;
  let sum = 0;
  for (let k = 0; k < rows.length; k++) {
    const y = rows[k];
    dot.fill(0);
    for (let j = 0; j < y.ids.length; j++) {
      const s = at.find(y.ids[j]);
      const v = s < 0 ? 0 : x.weights[at.vals[s] - 1];
      if (v !== 0) dot[y.groups[j]] += v * y.weights[j];
    }
    for (let g = 0; g < groups; g++) present[g] = x.hasGroup[g] || y.hasGroup[g] ? 1 : 0;
    const s = gatedMean(core, dot, present);
    sum += s;
    if (s > best) {
      best = s;
      bestAt = k;
    }
    if (theirs && s > theirs[k]) theirs[k] = s;
  }
  return [best, bestAt, sum];
}

/**
 * Member evidence of two groups: [best, cover, within], where best is the highest score (the weave's group-weighted cosine,
 * dates only supporting content) between a member of a and a member of b, cover the mean over all members of both
 * sides of their best score on the other side, and within the mean score of two members of one side (each side's
 * cohesion: sister events are tight inside and apart from each other; 0 when neither side has two members). Both 0 when a side has no recent member. Cost: |a| x (|a_i| + sum of |b_j|).
 */
export function memberEvidence(core: WeaveCore, a: MemberSide, b: MemberSide): [number, number, number] {
  if (a.length === 0 || b.length === 0) return [0, 0, 0];
  let best = 0;
  let cover = 0;
  const theirs = new Float64Array(b.length);
  for (const x of a) {
    const [mine] = scoreAgainst(core, x, b, theirs);
    if (mine > best) best = mine;
    cover += mine;
  }
  for (const s of theirs) cover += s;
  cohesion(core, a);
  cohesion(core, b);
  const pairs = (a.pairs ?? 0) + (b.pairs ?? 0);
  return [best, cover / (a.length + b.length), pairs > 0 ? ((a.within ?? 0) + (b.within ?? 0)) / pairs : 0];
}
