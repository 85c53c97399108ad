// Merges: fragments bridged by one article, and sister events whose grown groups agree (the second look; decided by the pair model when one is configured), become one event.
import type { Reason } from '../model.js';
import { type ArticleVector, HEADLINES_KEPT, NO_COUNTS, NO_IDS, NO_WEIGHTS, releaseGroups, round } from './records.js';
import type { WeaveCore } from './core.js';
import { attenuation, centroidVector, recentWeights, scoreRecent, similarityTo } from './scoring.js';
import { moveArticle } from './refine.js';
import { trim } from './centroid.js';
import { type PairEvidence, memberEvidenceOn, pairEvidence, pairModelOn, pairProbability, shortlist, withMembers } from './pair-model.js';
import { type MemberSide, memberSide } from './member-evidence.js';
import { boundOn, cannotReach } from './look-bound.js';
import { appendAll } from '../util/append.js';

/**
 * After an article joined an event, other candidate events it also scored well against are checked: when the two
 * events' centroids are close enough they are one happening told twice, and the smaller is merged into the larger.
 */
export function mergeBridged(core: WeaveCore, joined: number, scored: [number, number][], reasons: Reason[]): number {
  let target = joined;
  if (!(core.config.mergeThreshold > 0)) return target;
  const others = scored.filter(([ev, s]) => ev !== joined && s >= core.config.mergeArticleScore).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  // the target's centroid vector, built once and again only after a merge changed it
  let targetVector: ArticleVector | null = null;
  for (const [ev, s] of others) {
    const other = core.live(ev);
    if (other === target) continue;
    targetVector ??= centroidVector(core, core.eventList[target]);
    const b = core.eventList[other];
    const es =
      similarityTo(core, targetVector, b.centroidIds, b.centroidWeights, b.centroidGroups) *
      attenuation(core, core.eventList[target].members.length, b.members.length);
    if (es < core.config.mergeThreshold) continue;
    const [keep, drop] = core.eventList[other].members.length > core.eventList[target].members.length ? [other, target] : [target, other];
    const lost = core.eventList[drop];
    reasons.push({
      kind: 'events-merged',
      detail: `this article also scored ${round(s)} against ${core.eventList[other].id}; events ${core.eventList[target].id} and ${core.eventList[other].id} are close (centroid score ${round(es)} >= merge threshold ${core.config.mergeThreshold}): ${lost.id} (${lost.members.length} article(s)) merged into ${core.eventList[keep].id}`,
      weight: round(es),
    });
    merge(core, keep, drop, es);
    target = keep;
    targetVector = null;
  }
  return target;
}

/**
 * Group evidence: when an event reaches one of groupLookSizes members, its centroid looks for sister events (through the
 * inverted index of its strongest terms) whose centroids agree with it once corrected for their sizes; those are one
 * happening that no single article bridged, and merge.
 */
export function groupLook(core: WeaveCore, ev: number, reasons: Reason[]): void {
  const c = core.config;
  const e = core.eventList[ev];
  if (!(c.groupMergeThreshold > 0) || e.mergedInto >= 0 || !c.groupLookSizes.includes(e.members.length)) return;
  lookFrom(core, ev, reasons);
}

/** The second look itself: the event's centroid finds sister events through the index and merges those that tell its happening (see groupLook); since: events unchanged since that add were weighed by the look before and are not again. */
export function lookFrom(core: WeaveCore, ev: number, reasons: Reason[], since = -1): void {
  const c = core.config;
  const e = core.eventList[ev];
  // strongest first: the index is queried by the strongest queryTerms terms (the order does not change a score)
  const cv = centroidVector(core, e, c.queryTerms);
  const model = pairModelOn(core);
  let target = ev;
  // the target's centroid vector (and recent members, when the model reads them), rebuilt only when a merge changed it
  let targetVector = cv;
  const members = memberEvidenceOn(core);
  let targetMembers: MemberSide | null = null;
  const others = core
    .candidates(cv, e.firstDay, model ? c.lookCandidates : c.maxCandidates)
    .map((other) => core.live(other))
    .filter((o) => core.eventList[o].lastSeq > since);
  const weighs = model || core.pairLog !== null;
  const centroidOf = (o: number): PairEvidence => {
    const a = core.eventList[target];
    return pairEvidence(core, targetVector, a.members.length, [a.firstDay, a.lastDay], core.eventList[o]);
  };
  // a pair that cannot reach pairProbability is not weighed (look-bound.ts): it would not merge
  const bound = model && boundOn(core);
  const hopeless = (o: number): boolean => {
    const a = core.eventList[target];
    return bound && cannotReach(core, targetVector, a.members.length, [a.firstDay, a.lastDay], core.eventList[o]);
  };
  // the centroids' evidence of every candidate first, then member by member only for the shortlist (after a merge, against the merged event)
  const skipped = others.map((o) => o !== ev && hopeless(o));
  const first = weighs ? others.map((o, k) => (o === ev || skipped[k] ? null : centroidOf(o))) : [];
  const listed = members
    ? shortlist(
        core,
        first.map((x) => x?.score ?? -1),
      )
    : null;
  let merged = false;
  for (let k = 0; k < others.length; k++) {
    const o = core.live(others[k]);
    if (o === target) continue;
    const a = core.eventList[target];
    const b = core.eventList[o];
    if (weighs) {
      if (merged ? hopeless(o) : skipped[k]) continue;
      if (members && !targetMembers) targetMembers = memberSide(core, a.members, a.memberSeq);
      const side = targetMembers;
      const found = !merged && first[k] ? (first[k] as PairEvidence) : centroidOf(o);
      const pe = members ? withMembers(core, found, side ? { a: side, b: () => memberSide(core, b.members, b.memberSeq) } : null, listed?.has(k)) : found;
      core.pairLog?.(pe.features, a.members, b.members, 'group');
      if (model) {
        const p = pairProbability(core, pe.features) as number;
        if (p < c.pairProbability) continue;
        target = mergeOnModel(core, target, o, p, pe.corrected, reasons);
        targetVector = centroidVector(core, core.eventList[target]);
        targetMembers = null;
        merged = true;
        continue;
      }
    }
    if (adopt(core, target, o, reasons)) continue;
    const es = similarityTo(core, targetVector, b.centroidIds, b.centroidWeights, b.centroidGroups) * attenuation(core, a.members.length, b.members.length);
    if (es < c.groupMergeThreshold) continue;
    const [keep, drop] = b.members.length > a.members.length ? [o, target] : [target, o];
    const lost = core.eventList[drop];
    reasons.push({
      kind: 'events-merged',
      detail: `second look at ${a.id} (${a.members.length} articles): ${b.id} tells the same happening (corrected centroid score ${round(es)} >= ${c.groupMergeThreshold}); ${lost.id} (${lost.members.length} article(s)) merged into ${core.eventList[keep].id}`,
      weight: round(es),
    });
    merge(core, keep, drop, es);
    target = keep;
    targetVector = centroidVector(core, core.eventList[target]);
  }
}

/** Merge on the calibrated pair decision: the smaller of the two events goes into the larger, with the probability as the reason. */
function mergeOnModel(core: WeaveCore, target: number, other: number, p: number, corrected: number, reasons: Reason[]): number {
  const a = core.eventList[target];
  const b = core.eventList[other];
  const [keep, drop] = b.members.length > a.members.length ? [other, target] : [target, other];
  const lost = core.eventList[drop];
  reasons.push({
    kind: 'events-merged',
    detail: `second look at ${a.id} (${a.members.length} article(s)): ${b.id} (${b.members.length}) tells the same happening with probability ${round(p)} >= ${core.config.pairProbability} (pair model; corrected centroid score ${round(corrected)}); ${lost.id} merged into ${core.eventList[keep].id}`,
    weight: round(p),
  });
  merge(core, keep, drop, corrected);
  return keep;
}

/**
 * Stray articles: an article alone in its event that now scores adoptThreshold against the grown event (its own event
 * would score it 0 without itself) moves there. It arrived before the event had gathered enough to take it.
 */
function adopt(core: WeaveCore, target: number, other: number, reasons: Reason[]): boolean {
  const c = core.config;
  const b = core.eventList[other];
  if (!(c.adoptThreshold > 0) || b.members.length !== 1) return false;
  const r = core.recentMember(b, 0);
  if (!r) return false;
  const s = scoreRecent(core, r, recentWeights(core, r), target, false);
  if (s < c.adoptThreshold) return false;
  const from = b.id;
  moveArticle(core, r, other, target);
  reasons.push({
    kind: 'articles-moved',
    detail: `second look at ${core.eventList[target].id}: ${r.id}, alone in ${from}, now scores ${round(s)} >= ${c.adoptThreshold} against it and moves in`,
    weight: round(s),
  });
  return true;
}

/** Merge event drop into event keep: members, dates and centroid move over; drop becomes an alias of keep. */
export function merge(core: WeaveCore, keep: number, drop: number, score: number): void {
  const k = core.eventList[keep];
  const d = core.eventList[drop];
  const ids = new Int32Array(k.centroidIds.length + d.centroidIds.length);
  const ws = new Float32Array(ids.length);
  const cs = new Uint32Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < k.centroidIds.length || j < d.centroidIds.length) {
    const a = i < k.centroidIds.length ? k.centroidIds[i] : Infinity;
    const b = j < d.centroidIds.length ? d.centroidIds[j] : Infinity;
    if (a < b) {
      ids[n] = a;
      cs[n] = k.centroidCounts[i];
      ws[n++] = k.centroidWeights[i++];
    } else if (b < a) {
      ids[n] = b;
      cs[n] = d.centroidCounts[j];
      ws[n++] = d.centroidWeights[j++];
    } else {
      ids[n] = a;
      cs[n] = k.centroidCounts[i] + d.centroidCounts[j];
      ws[n++] = k.centroidWeights[i++] + d.centroidWeights[j++];
    }
  }
  k.centroidIds = ids.slice(0, n);
  k.centroidWeights = ws.slice(0, n);
  k.centroidCounts = cs.slice(0, n);
  if (n > core.config.maxCentroidTerms) trim(core, k, core.config.maxCentroidTerms);
  for (const m of d.members) core.articleEvent.set(m, keep);
  k.headlines.push(...d.headlines.slice(0, Math.max(0, HEADLINES_KEPT - k.headlines.length)));
  appendAll(k.members, d.members);
  appendAll(k.memberSeq, d.memberSeq);
  core.widenDays(keep, d.firstDay);
  core.widenDays(keep, d.lastDay);
  core.changed(keep);
  core.reasonArena.own(k).push({
    kind: 'merged-event',
    detail: `absorbed ${d.id} (${d.members.length} article(s)); centroid score ${round(score)} >= merge threshold ${core.config.mergeThreshold}`,
    weight: round(score),
  });
  const line = core.storylineList[d.storyline];
  line.events = line.events.filter((ev) => ev !== drop);
  core.dirtyStorylines.add(d.storyline);
  core.dirtyEvents.add(keep);
  core.dirtyEvents.add(drop);
  core.setMerged(drop, keep);
  d.storyline = k.storyline;
  d.centroidIds = NO_IDS;
  d.centroidWeights = NO_WEIGHTS;
  d.centroidCounts = NO_COUNTS;
  d.founderIds = NO_IDS;
  d.founderWeights = NO_WEIGHTS;
  releaseGroups(d);
}
