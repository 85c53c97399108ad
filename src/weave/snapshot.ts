// The weave's state as one JSON snapshot and back (the engine persists it; rows for incremental flushes live in rows.ts).
import type { Reason } from '../model.js';
import type { EventState, HeadlineEntry, StorylineState, WeaveSnapshot } from './types.js';
import { WeaveError } from './config.js';
import { WeaveCore } from './core.js';
import { type EventRecord, NO_IDS, NO_WEIGHTS, groupCache } from './records.js';
import { RecentWindow } from './recent-window.js';
import { TouchLog } from './touch-log.js';
import { Vocabulary } from './vocabulary.js';

/** One event record as plain JSON (its storyline by id). */
export function eventStateOf(core: WeaveCore, e: EventRecord): EventState {
  return {
    id: e.id,
    storyline: core.storylineList[e.storyline].id,
    members: [...e.members],
    firstDay: e.firstDay,
    lastDay: e.lastDay,
    centroidIds: Array.from(e.centroidIds),
    centroidWeights: Array.from(e.centroidWeights),
    centroidCounts: Array.from(e.centroidCounts),
    reasons: core.reasonArena.of(e) as Reason[],
    lastSeq: e.lastSeq,
    founderIds: Array.from(e.founderIds),
    founderWeights: Array.from(e.founderWeights),
    mergedInto: e.mergedInto,
    headlines: e.headlines.map((h) => [...h] as HeadlineEntry),
  };
}

/** An event record from its JSON form, given its storyline's index. */
export function eventRecordOf(e: EventState, storyline: number): EventRecord {
  return {
    id: e.id,
    storyline,
    members: [...e.members],
    // filled from the recent window once it is restored (RecentWindow.alignMemberSeqs)
    memberSeq: e.members.map(() => -1),
    firstDay: e.firstDay,
    lastDay: e.lastDay,
    centroidIds: Int32Array.from(e.centroidIds),
    centroidWeights: Float32Array.from(e.centroidWeights),
    reasons: e.reasons,
    reasonsAt: -1,
    lastSeq: e.lastSeq,
    centroidCounts: e.centroidCounts ? Uint32Array.from(e.centroidCounts) : new Uint32Array(e.centroidIds.length).fill(1),
    founderIds: e.founderIds?.length ? Int32Array.from(e.founderIds) : NO_IDS,
    founderWeights: e.founderWeights?.length ? Float32Array.from(e.founderWeights) : NO_WEIGHTS,
    centroidGroups: groupCache(),
    founderGroups: groupCache(),
    mergedInto: e.mergedInto ?? -1,
    headlines: (e.headlines ?? []).map((h) => [...h] as HeadlineEntry),
  };
}

/** Everything the weaver needs to resume, as plain JSON. */
export function snapshotOf(core: WeaveCore): WeaveSnapshot {
  const events: EventState[] = core.eventList.map((e) => eventStateOf(core, e));
  const storylines: StorylineState[] = core.storylineList.map((s) => ({ id: s.id, events: [...s.events], reasons: s.reasons }));
  return {
    version: 1,
    config: structuredClone(core.config),
    docs: core.vocab.docs,
    vocab: [...core.vocab.keys],
    df: Array.from(core.vocab.df.subarray(0, core.vocab.size)),
    seen: Array.from(core.vocab.seen.subarray(0, core.vocab.size)),
    events,
    storylines,
    postings: [...core.postings.entries()].map(([k, l]) => [k, [...l]]),
    actorPostings: [...core.actorPostings.entries()].map(([k, l]) => [k, [...l]]),
    articleEvent: [...core.articleEvent.entries()],
    seq: core.seq,
    touchLog: core.touchLog.entries(),
    recent: core.recent.toState(),
  };
}

/** A weave core rebuilt from a snapshot; a snapshot of another version or missing fields is refused with what to do. */
export function restoreCore(s: WeaveSnapshot): WeaveCore {
  if (s?.version !== 1) throw new WeaveError(`weave snapshot: unsupported version ${String(s?.version)}; re-cluster the articles to rebuild it`);
  for (const key of ['config', 'vocab', 'df', 'events', 'storylines', 'postings', 'actorPostings', 'articleEvent', 'touchLog'] as const) {
    if (s[key] === undefined || s[key] === null)
      throw new WeaveError(`weave snapshot: field "${key}" is missing (written by another version?); re-cluster the articles to rebuild it`);
  }
  const w = new WeaveCore(s.config);
  w.vocab = new Vocabulary(s.vocab, s.df, s.docs, s.seen ?? []);
  const slIndex = new Map(s.storylines.map((sl, i) => [sl.id, i]));
  for (const sl of s.storylines) {
    w.storylineList.push({ id: sl.id, events: [...sl.events], reasons: sl.reasons });
    w.usedIds.add(sl.id);
  }
  for (const e of s.events) {
    const storyline = slIndex.get(e.storyline);
    if (storyline === undefined) throw new WeaveError(`weave snapshot: event ${e.id} names unknown storyline ${e.storyline}`);
    w.eventList.push(eventRecordOf(e, storyline));
    w.eventIndexById.set(e.id, w.eventList.length - 1);
    w.usedIds.add(e.id);
  }
  for (const [k, l] of s.postings) w.postings.set(k, [...l]);
  for (const [k, l] of s.actorPostings) w.actorPostings.set(k, [...l]);
  for (const [id, ev] of s.articleEvent) w.articleEvent.set(id, ev);
  w.seq = s.seq;
  w.touchLog = TouchLog.from(s.touchLog);
  w.recent = RecentWindow.fromState(w.config.refineWindow, s.recent ?? []);
  w.recent.alignMemberSeqs(w.eventList);
  // nothing is "changed" after a restore: the first flushRows({ all: true }) writes every row
  w.recent.changed.clear();
  w.vocab.changed.clear();
  w.vocab.keysChanged.clear();
  w.vocab.dropped.clear();
  return w;
}
