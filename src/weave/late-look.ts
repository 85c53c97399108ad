// Late look: an article still alone in its event some adds after it arrived is scored again against the events that gathered since, and moves into one that now takes it; with the pair model it decides, and a small event looks again from its centroid.
import type { Reason } from '../model.js';
import { type ArticleVector, round } from './records.js';
import type { WeaveCore } from './core.js';
import { recentWeights, scoreRecent } from './scoring.js';
import { moveArticle } from './refine.js';
import { strongestFirst } from './weight-order.js';
import { lookFrom } from './merge.js';
import { memberEvidenceOn, pairEvidence, pairModelOn, pairProbability, shortlist, withMembers } from './pair-model.js';
import { memberSide } from './member-evidence.js';
import { boundOn, cannotReach } from './look-bound.js';

/**
 * For each delay d of adoptDelays, the article woven d adds ago, when it is still the only member of its event, is
 * scored against the events its strongest features lead to (time decay included); it moves into the best one when that
 * reaches adoptThreshold. An early article of a happening often founds its own event before the others arrive.
 */
export function lateLook(core: WeaveCore, reasons: Reason[]): void {
  const c = core.config;
  const model = pairModelOn(core);
  if (!(c.adoptThreshold > 0)) return;
  for (const delay of c.adoptDelays) {
    const r = core.recent.atSeq(core.seq - delay);
    if (!r) continue;
    const own = core.live(r.event);
    const size = core.eventList[own].members.length;
    // what this look already weighed at the previous delay: events unchanged since then (the group itself unchanged) are not weighed again
    const prev = previousLook(c.adoptDelays, delay, r.seq);
    const since = prev >= 0 && core.eventList[own].lastSeq <= prev ? prev : -1;
    if (model && size > 1 && size <= c.lateGroupMembers && c.groupMergeThreshold > 0) {
      // a small event some adds on: its group (not its one article) looks again for the event it belongs with; only on
      // its newest member's delays (each change starts the schedule again; an older member's delays would redo a look of the same group)
      const members = core.eventList[own].members;
      if (members[members.length - 1] === r.id) lookFrom(core, own, reasons, since);
      continue;
    }
    if (size !== 1) continue;
    const rw = recentWeights(core, r);
    // only the index query reads the order, and only its strongest queryTerms (scores spread the vector by id)
    const order = strongestFirst(rw.weights, r.ids, c.queryTerms);
    // (no pre-IDF weights: the look reads the query's ids and weights only)
    const query: ArticleVector = {
      ids: order.map((i) => r.ids[i]),
      weights: order.map((i) => rw.weights[i]),
      raw: [],
      byId: new Map(),
      hasGroup: rw.hasGroup,
    };
    let best = -1;
    let bestScore = -1;
    let bestP = -1;
    const others = core
      .candidates(query, r.day, model ? c.lookCandidates : c.maxCandidates)
      .map((ev) => core.live(ev))
      .filter((o) => core.eventList[o].lastSeq > since);
    if (others.length === 0) continue;
    const members = memberEvidenceOn(core);
    const alone = members ? memberSide(core, [r.id], [r.seq]) : null;
    // the centroids' evidence of every candidate first (none for a pair that cannot reach pairProbability: it never decides), then member by member only for the shortlist
    const bound = model && boundOn(core);
    const centroid =
      model || core.pairLog
        ? others.map((o) =>
            o === own || (bound && cannotReach(core, query, 1, [r.day, r.day], core.eventList[o]))
              ? null
              : pairEvidence(core, query, 1, [r.day, r.day], core.eventList[o]),
          )
        : [];
    const listed = members
      ? shortlist(
          core,
          centroid.map((e) => e?.score ?? -1),
        )
      : null;
    for (let k = 0; k < others.length; k++) {
      const o = others[k];
      if (o === own) continue;
      const found = centroid[k];
      if (model && !found) continue;
      if (found) {
        const oe = core.eventList[o];
        const e = members ? withMembers(core, found, alone ? { a: alone, b: () => memberSide(core, oe.members, oe.memberSeq) } : null, listed?.has(k)) : found;
        core.pairLog?.(e.features, [r.id], oe.members, 'late');
        if (model) {
          const p = pairProbability(core, e.features) as number;
          if (p > bestP || (p === bestP && o < best)) {
            best = o;
            bestP = p;
            bestScore = e.score;
          }
          continue;
        }
      }
      const s = scoreRecent(core, r, rw, o, false);
      if (s > bestScore || (s === bestScore && o < best)) {
        best = o;
        bestScore = s;
      }
    }
    if (best < 0 || (model ? bestP < c.pairProbability : bestScore < c.adoptThreshold)) continue;
    const from = core.eventList[own].id;
    moveArticle(core, r, own, best);
    const why = model
      ? `is one happening with it with probability ${round(bestP)} >= ${c.pairProbability} (pair model; score ${round(bestScore)})`
      : `now scores ${round(bestScore)} >= ${c.adoptThreshold} against it`;
    reasons.push({
      kind: 'articles-moved',
      detail: `late look: ${r.id}, still alone in ${from} ${delay} articles later, ${why}; moves to ${core.eventList[best].id}`,
      weight: round(model ? bestP : bestScore),
    });
  }
}

/** The add at which the look of the delay before this one (the next shorter of delays) weighed the article woven at `from`, or -1 for its first late look. */
export function previousLook(delays: readonly number[], delay: number, from: number): number {
  let prev = -1;
  for (const d of delays) if (d < delay && d > prev) prev = d;
  return prev < 0 ? -1 : from + prev;
}
