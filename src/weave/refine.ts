// Re-assignment: recent articles move to the event that now fits them clearly better (their own scored without them).
import type { Reason } from '../model.js';
import type { RecentArticle } from './recent-window.js';
import { type ArticleVector, HEADLINES_KEPT, releaseGroups, round } from './records.js';
import type { WeaveCore } from './core.js';
import { recentWeights, scoreRecent } from './scoring.js';
import { grow } from './centroid.js';

/**
 * Re-assignment around the article just woven: recent articles of its event and of the events it was compared with
 * move to whichever of these events now fits them best (their own scored without them), when that is clearly better.
 * Early joins are made with little evidence; this lets an article that went to a look-alike event return once its own happening has gathered.
 */
export function refine(core: WeaveCore, at: number, scored: [number, number][], reasons: Reason[], adding: string): void {
  const c = core.config;
  if (!(c.refineWindow > 0)) return;
  const near = new Set<number>([core.live(at)]);
  for (const [ev, s] of [...scored].sort((x, y) => y[1] - x[1] || x[0] - y[0])) {
    if (near.size > c.refineEvents || s < c.refineFloor) break;
    near.add(core.live(ev));
  }
  if (near.size < 2) return;
  const events = [...near];
  const movedHere: string[] = [];
  for (const ev of events) {
    const e = core.eventList[ev];
    if (e.mergedInto >= 0) continue;
    let checked = 0;
    for (let i = e.members.length - 1; i >= 0 && checked < c.refineMembers; i--) {
      const r = core.recentMember(e, i);
      if (!r || r.id === adding) continue;
      checked++;
      const own = core.live(r.event);
      const rw = recentWeights(core, r);
      const ownScore = core.eventList[own].members.length > 1 ? scoreRecent(core, r, rw, own, true) : 0;
      let best = -1;
      let bestScore = -1;
      for (const other of events) {
        if (other === own || core.eventList[other].mergedInto >= 0) continue;
        const s = scoreRecent(core, r, rw, other, false);
        if (s > bestScore || (s === bestScore && other < best)) {
          best = other;
          bestScore = s;
        }
      }
      if (best < 0 || bestScore < c.joinThreshold || bestScore < ownScore + c.refineMargin) continue;
      moveArticle(core, r, own, best);
      movedHere.push(`${r.id} (${core.eventList[own].id} -> ${core.eventList[best].id}, ${round(ownScore)} -> ${round(bestScore)})`);
      if (e.mergedInto >= 0) break;
    }
  }
  if (movedHere.length > 0) reasons.push({ kind: 'articles-moved', detail: `earlier articles now fit another event better: ${movedHere.join('; ')}` });
}

/** Move a remembered article from one event to another: members, centroids (its share out of one, into the other), index and dates. */
export function moveArticle(core: WeaveCore, r: RecentArticle, from: number, to: number): void {
  const a = core.eventList[from];
  const b = core.eventList[to];
  const keep: number[] = [];
  let j = 0;
  for (let i = 0; i < a.centroidIds.length; i++) {
    while (j < r.ids.length && r.ids[j] < a.centroidIds[i]) j++;
    if (j < r.ids.length && r.ids[j] === a.centroidIds[i]) {
      a.centroidWeights[i] = Math.max(0, a.centroidWeights[i] - r.weight * r.raw[j]);
      a.centroidCounts[i] = Math.max(0, a.centroidCounts[i] - 1);
    }
    if (a.centroidCounts[i] > 0) keep.push(i);
  }
  if (keep.length < a.centroidIds.length) {
    a.centroidIds = Int32Array.from(keep, (i) => a.centroidIds[i]);
    a.centroidWeights = Float32Array.from(keep, (i) => a.centroidWeights[i]);
    a.centroidCounts = Uint32Array.from(keep, (i) => a.centroidCounts[i]);
  }
  // new arrays, as before memberSeq (memberSide caches a side by its members array)
  const stay = a.members.map((m) => m !== r.id);
  a.members = a.members.filter((_, i) => stay[i]);
  a.memberSeq = a.memberSeq.filter((_, i) => stay[i]);
  // its kept headline goes with it (the event it left names itself from its live members' only): an event whose one kept headline was a gone member's had no name
  const h = a.headlines.find(([id]) => id === r.id);
  if (h && b.headlines.length < HEADLINES_KEPT) b.headlines.push(h);
  // its ids are ascending already: the positions in id order are 0..n-1 (no sort)
  const v: ArticleVector = { ids: Array.from(r.ids), weights: [], raw: Array.from(r.raw), byId: new Map(), hasGroup: [], asc: Array.from(r.ids, (_, i) => i) };
  grow(core, b, v, r.weight);
  b.members.push(r.id);
  b.memberSeq.push(r.seq);
  core.widenDays(to, r.day);
  const n = Math.min(core.config.indexTermsPerArticle, r.ids.length);
  const strongest = Array.from(r.ids.keys())
    .sort((x, y) => r.raw[y] - r.raw[x] || r.ids[x] - r.ids[y])
    .slice(0, n);
  for (const i of strongest) core.post(core.postings, r.ids[i], to);
  r.event = to;
  core.recent.touched(r.id);
  core.changed(from);
  core.changed(to);
  core.dirtyStorylines.add(a.storyline);
  core.articleEvent.set(r.id, to);
  core.moved.push(r.id);
  if (a.members.length === 0) {
    // an event left without articles answers with the event that took its last one
    const line = core.storylineList[a.storyline];
    line.events = line.events.filter((ev) => ev !== from);
    core.setMerged(from, to);
    releaseGroups(a);
    a.storyline = b.storyline;
  }
}

/** Where the article just added ended up (a split may have carried it to a new event); it is not among the moved. */
export function settle(core: WeaveCore, id: string): { event: string; storyline: string } {
  core.moved = core.moved.filter((m) => m !== id);
  return core.placeOf(id) as { event: string; storyline: string };
}
