// Split: an event whose recent articles form two groups that look like two happenings gives one group its own event.
import type { Reason } from '../model.js';
import type { RecentArticle } from './recent-window.js';
import { type EventRecord, NO_COUNTS, NO_IDS, NO_WEIGHTS, groupCache, round } from './records.js';
import type { WeaveCore } from './core.js';
import { attenuation, subsetScores } from './scoring.js';
import { moveArticle } from './refine.js';

/**
 * Split an event whose recent articles fall into two groups that look like two happenings (the two-means split of them
 * scores below splitThreshold by the same corrected centroid score a merge uses): the group without the founder becomes its own event.
 */
export function splitIfTwo(core: WeaveCore, ev: number, reasons: Reason[]): void {
  const c = core.config;
  if (!(c.splitThreshold > 0)) return;
  const e = core.eventList[ev];
  const n = e.members.length;
  if (e.mergedInto >= 0 || n < 2 * c.splitMinMembers) return;
  // past splitMembers articles, check at a fixed fraction of the event's growth (bounded work per article)
  if (n > c.splitMembers && n % Math.ceil(n / c.splitMembers) !== 0) return;
  // below that, every splitCheckEvery-th article (1: after every join)
  if (n <= c.splitMembers && c.splitCheckEvery > 1 && n % c.splitCheckEvery !== 0) return;
  const rs: RecentArticle[] = [];
  for (let i = e.members.length - 1; i >= 0 && rs.length < c.splitMembers; i--) {
    const r = core.recentMember(e, i);
    if (r) rs.push(r);
  }
  if (rs.length < 2 * c.splitMinMembers) return;
  const scores = subsetScores(core, rs);
  const all = rs.map(() => true);
  // seeds: the article that fits the group least, and the article least like it
  const fitAll = scores.fits(all);
  let a = 0;
  fitAll.forEach((f, i) => {
    if (f < fitAll[a]) a = i;
  });
  let b = a === 0 ? 1 : 0;
  rs.forEach((_, i) => {
    if (i !== a && scores.pair(a, i) < scores.pair(a, b)) b = i;
  });
  let side = rs.map((_, i) => i === b);
  let zeros = rs.map((_, i) => i === a);
  for (let it = 0; it < c.splitIterations; it++) {
    const toOnes = scores.fits(side);
    const toZeros = scores.fits(zeros);
    const next = toOnes.map((f, i) => f > toZeros[i]);
    const same = next.every((x, i) => x === side[i]);
    side = next;
    zeros = side.map((x) => !x);
    if (same) break;
  }
  const sizes = [side.filter((x) => !x).length, side.filter((x) => x).length];
  if (Math.min(...sizes) < c.splitMinMembers) return;
  const score =
    scores.between(
      side.map((x) => !x),
      side,
    ) * attenuation(core, sizes[0], sizes[1]);
  if (score >= c.splitThreshold) return;
  // the founder's side keeps the event; with the founder no longer recent, the larger side does
  const founder = rs.findIndex((r) => r.id === e.members[0]);
  const goSide = founder >= 0 ? !side[founder] : sizes[1] < sizes[0];
  const go = rs.filter((_, i) => side[i] === goSide).sort((x, y) => x.seq - y.seq);
  // the event keeps only its first headlines: a group none of whose headlines it kept would make an event without a name
  const headlines = e.headlines.filter(([id]) => go.some((r) => r.id === id));
  if (headlines.length === 0) return;
  const evIndex = core.eventList.length;
  const record: EventRecord = {
    id: core.newId('e', go[0].id),
    storyline: e.storyline,
    headlines,
    members: [],
    memberSeq: [],
    firstDay: null,
    lastDay: null,
    centroidIds: NO_IDS,
    centroidWeights: NO_WEIGHTS,
    centroidCounts: NO_COUNTS,
    reasons: [],
    reasonsAt: -1,
    lastSeq: core.seq,
    mergedInto: -1,
    founderIds: NO_IDS,
    founderWeights: NO_WEIGHTS,
    centroidGroups: groupCache(),
    founderGroups: groupCache(),
  };
  core.eventList.push(record);
  core.eventIndexById.set(record.id, evIndex);
  // on the archive clock from now, as every event touched at this add (a weave rebuilt from rows puts it there too)
  core.touchLog.push(evIndex, core.seq);
  core.storylineList[e.storyline].events.push(evIndex);
  for (const r of go) moveArticle(core, r, ev, evIndex);
  const detail = `${e.id}'s recent articles form two groups scoring ${round(score)} < split threshold ${c.splitThreshold}: ${go.length} article(s) (${go.map((r) => r.id).join(', ')}) split off as ${record.id}`;
  record.reasons = [{ kind: 'split-from', detail, weight: round(score) }];
  reasons.push({ kind: 'event-split', detail, weight: round(score) });
}
