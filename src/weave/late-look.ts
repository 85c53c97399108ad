// Late look: an article still alone in its event some adds after it arrived is scored again against the events that gathered since, and moves into one that now takes it; with the pair model it decides, and a small event looks again from its centroid.
import type { Reason } from '../model.js';
import { type ArticleVector, round } from './records.js';
import type { WeaveCore } from './core.js';
import { recentWeights, scoreRecent } from './scoring.js';
import { moveArticle } from './refine.js';
import { lookFrom } from './merge.js';
import { memberEvidenceOn, pairEvidence, pairModelOn, pairProbability } from './pair-model.js';
import { memberSide } from './member-evidence.js';

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
    if (model && size > 1 && size <= c.lateGroupMembers && c.groupMergeThreshold > 0) {
      // a small event some adds on: its group (not its one article) looks again for the event it belongs with
      lookFrom(core, own, reasons);
      continue;
    }
    if (size !== 1) continue;
    const rw = recentWeights(core, r);
    const order = Array.from(r.ids.keys()).sort((x, y) => rw.weights[y] - rw.weights[x] || r.ids[x] - r.ids[y]);
    const query: ArticleVector = {
      ids: order.map((i) => r.ids[i]),
      weights: order.map((i) => rw.weights[i]),
      raw: order.map((i) => r.raw[i]),
      byId: new Map(),
      hasGroup: rw.hasGroup,
    };
    let best = -1;
    let bestScore = -1;
    let bestP = -1;
    const alone = memberEvidenceOn(core) ? memberSide(core, [r.id]) : null;
    for (const ev of core.candidates(query, r.day, model ? c.lookCandidates : c.maxCandidates)) {
      const o = core.live(ev);
      if (o === own) continue;
      if (model || core.pairLog) {
        if (query.byId.size === 0) for (let i = 0; i < query.ids.length; i++) query.byId.set(query.ids[i], query.weights[i]);
        const oe = core.eventList[o];
        const e = pairEvidence(core, query, 1, [r.day, r.day], oe, alone ? { a: alone, b: () => memberSide(core, oe.members) } : undefined);
        core.pairLog?.(e.features, [r.id], core.eventList[o].members, 'late');
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
