// Storyline links: a new event joins the storyline of an earlier one sharing distinct specific actors and the same issue's words, with the reason in words.
import type { Reason } from '../model.js';
import { sharedReasons } from './shared-reasons.js';
import { type ArticleVector, type EventRecord, ENTITY_NS, QUOTE_NS, round } from './records.js';
import type { WeaveCore } from './core.js';
import { similarity } from './scoring.js';
import { scoreBound } from './score-bound.js';
import { VoteTally } from './vote-tally.js';

/** Scores of the article against events already compared in this add (before time decay), with their group cosines. */
export type SeenScores = Map<number, { score: number; parts: number[] }>;

/** Scratch of linkStoryline: the actor index's votes per event. */
const TALLY = new VoteTally();

/** Find the storyline a newly founded event belongs to: earlier events sharing actors, statements and topic, at any distance in time (seen: scores this add already has). */
export function linkStoryline(
  core: WeaveCore,
  v: ArticleVector,
  self: number,
  seen?: SeenScores,
): { storyline: number; score: number; reasons: Reason[] } | null {
  // votes per event (summed in the vector's order), the events voted for in first-vote order
  const ns = core.vocab.ns;
  let most = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const kind = ns[v.ids[i]];
    if (kind === ENTITY_NS || kind === QUOTE_NS) most += core.actorPostings.get(v.ids[i])?.length ?? 0;
  }
  TALLY.reset(most);
  for (let i = 0; i < v.ids.length; i++) {
    const id = v.ids[i];
    const kind = ns[id];
    if (kind !== ENTITY_NS && kind !== QUOTE_NS) continue;
    const list = core.actorPostings.get(id);
    if (!list) continue;
    for (const posted of list) {
      const ev = core.live(posted);
      if (ev !== self) TALLY.vote(ev, v.weights[i]);
    }
  }
  const all: [number, number][] = [];
  for (let x = 0; x < TALLY.size; x++) all.push([TALLY.events[x], TALLY.sums[x]]);
  const ranked = all.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, core.config.storylineCandidates);
  let best: { ev: number; score: number; actors: string[]; words: number } | null = null;
  const minActors = core.config.storylineMinSharedActors;
  for (const [ev] of ranked) {
    const e = core.eventList[ev];
    const known = seen?.get(ev);
    // an event not scored yet is scored only when it shares enough distinct actors (a pass over its entities, cheaper than the
    // score): one that shares fewer cannot link whatever it scores, so the outcome is the same
    let actors: string[] | null = null;
    if (!known) {
      if (sharedActorIds(core, v, e) < minActors) continue;
      actors = distinctActors(core, v, e);
      if (actors.length < minActors) continue;
    }
    // an event not scored yet whose shared-features bound (score-bound.ts) keeps it under the threshold or the best so far cannot link
    if (!known && scoreBound(core, v, e.centroidIds, e.centroidGroups) < Math.max(core.config.storylineThreshold, best ? best.score : 0)) continue;
    const parts: number[] = known ? known.parts : [];
    const score = known ? known.score : similarity(core, v, e, parts);
    if (score < core.config.storylineThreshold || (best && score <= best.score)) continue;
    // the same issue: the words must agree, not only the names
    if ((parts[core.wordGroup] ?? 0) < core.config.storylineWordFloor) continue;
    actors ??= distinctActors(core, v, e);
    if (actors.length < minActors) continue;
    best = { ev, score, actors, words: parts[core.wordGroup] ?? 0 };
  }
  if (!best) return null;
  const e = core.eventList[best.ev];
  const reasons: Reason[] = [
    {
      kind: 'storyline-link',
      detail: `same actors (${best.actors.slice(0, 4).join(', ')}) and the same issue (words cosine ${round(best.words)} >= ${core.config.storylineWordFloor}) as event ${e.id}: score ${round(best.score)} >= ${core.config.storylineThreshold}`,
      weight: round(best.score),
    },
  ];
  reasons.push(...sharedReasons(core, v, e.centroidIds, e.centroidWeights));
  return { storyline: e.storyline, score: best.score, reasons };
}

/** How many specific entities (see distinctActors) an article shares with an event, aliases not yet folded: at least distinctActors' count. */
function sharedActorIds(core: WeaveCore, v: ArticleVector, e: EventRecord): number {
  const docs = Math.max(1, core.vocab.docs);
  const weights = core.view(v).byId;
  const ns = core.vocab.ns;
  const frequentCounts = core.vocab.docs >= 50;
  let n = 0;
  for (let i = 0; i < e.centroidIds.length; i++) {
    const id = e.centroidIds[i];
    if (ns[id] !== ENTITY_NS || !weights.has(id)) continue;
    if (frequentCounts && core.vocab.df[id] / docs > core.config.storylineActorMaxShare) continue;
    n++;
  }
  return n;
}

/**
 * Entities an article shares with an event, counted once per actor: a surname alias ("trump" beside "donald trump") is the
 * same person, and an entity most of the stream names (df share above storylineActorMaxShare) is not specific evidence.
 */
export function distinctActors(core: WeaveCore, v: ArticleVector, e: EventRecord): string[] {
  const shared: string[] = [];
  const docs = Math.max(1, core.vocab.docs);
  const weights = core.view(v).byId;
  for (let i = 0; i < e.centroidIds.length; i++) {
    const id = e.centroidIds[i];
    if (core.vocab.ns[id] !== ENTITY_NS || !weights.has(id)) continue;
    if (core.vocab.docs >= 50 && core.vocab.df[id] / docs > core.config.storylineActorMaxShare) continue;
    shared.push(core.vocab.keys[id].slice(2));
  }
  return shared.filter((k) => !shared.some((o) => o !== k && (o.endsWith(` ${k}`) || o.startsWith(`${k} `))));
}
