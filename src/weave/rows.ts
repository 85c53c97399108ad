// Incremental weave state: flushRows() hands out only the events, storylines, terms, posting lists and recent articles that changed since the last flush (keyed for upsert); coreFromRows() rebuilds the weave from the stored rows.
import { WeaveError } from './config.js';
import { WeaveCore } from './core.js';
import { TouchLog } from './touch-log.js';
import { RecentWindow } from './recent-window.js';
import { eventRecordOf, eventStateOf } from './snapshot.js';
import type { EventState, RecentState, StorylineState, WeaveConfig } from './types.js';
import { Vocabulary } from './vocabulary.js';
import { type TermBlocks, changedTermBlocks } from './term-blocks.js';

/** The small part written at every flush. */
export interface WeaveMetaRow {
  version: 2;
  config: WeaveConfig;
  docs: number;
  seq: number;
}

/** Row keys: events and storylines by index, terms and posting lists by feature id, recent articles by article id. */
export interface WeaveRowSet {
  meta: WeaveMetaRow;
  events: (EventState & { index: number })[];
  storylines: (StorylineState & { index: number })[];
  /** seen: the document count when the feature was last seen (absent in rows written before the memory bound: 0). */
  terms: { id: number; key: string; df: number; seen?: number }[];
  postings: { feature: number; events: number[] }[];
  actorPostings: { feature: number; events: number[] }[];
  recent: RecentState[];
}

/**
 * One flush: rows to upsert, and rows to delete: recent articles that left the re-assignment window, forgotten terms and
 * their posting lists. With blocks, the terms come as the changed blocks of the vocabulary instead (`terms` and
 * `termsDropped` are then empty: a retired id is a block's '' key).
 */
export interface WeaveRows extends WeaveRowSet {
  /** Add sequence numbers of recent articles whose rows go (recent rows are keyed by it: appended in arrival order). */
  recentDropped: number[];
  termsDropped: number[];
  postingsDropped: number[];
  actorPostingsDropped: number[];
  termBlocks?: TermBlocks;
}

/** The rows changed since the last flush (all rows with all = true, e.g. after a restore from a snapshot); clears the change marks. blocks: terms as changed blocks (see WeaveRows). */
export function flushRows(core: WeaveCore, all = false, blocks = false): WeaveRows {
  const evs = all ? core.eventList.map((_, i) => i) : [...core.dirtyEvents].sort((a, b) => a - b);
  const lines = new Set<number>(all ? core.storylineList.map((_, i) => i) : core.dirtyStorylines);
  for (const ev of evs) lines.add(core.eventList[ev].storyline);
  const vocab = core.vocab;
  const terms = blocks ? [] : (all ? vocab.keys.map((_, i) => i) : [...vocab.changed].sort((a, b) => a - b)).filter((id) => vocab.isLive(id));
  // with all: every retired id, so a store that kept rows of them drops them
  const termsDropped = blocks
    ? []
    : all
      ? vocab.keys.flatMap((k, i) => (k === '' ? [i] : []))
      : [...vocab.dropped].filter((id) => !vocab.isLive(id)).sort((a, b) => a - b);
  const postings = all ? [...core.postings.keys()] : [...core.dirtyPostings].filter((f) => core.postings.has(f));
  const actorPostings = all ? [...core.actorPostings.keys()] : [...core.dirtyActorPostings].filter((f) => core.actorPostings.has(f));
  const postingsDropped = all ? [] : [...core.dirtyPostings].filter((f) => !core.postings.has(f)).sort((a, b) => a - b);
  const actorPostingsDropped = all ? [] : [...core.dirtyActorPostings].filter((f) => !core.actorPostings.has(f)).sort((a, b) => a - b);
  const recentIds = all ? core.recent.toState().map((r) => r.id) : [...core.recent.changed];
  const rows: WeaveRows = {
    meta: { version: 2, config: structuredClone(core.config), docs: core.vocab.docs, seq: core.seq },
    events: evs.map((ev) => ({ index: ev, ...eventStateOf(core, core.eventList[ev]) })),
    storylines: [...lines]
      .sort((a, b) => a - b)
      .map((i) => {
        const s = core.storylineList[i];
        return { index: i, id: s.id, events: [...s.events], reasons: s.reasons };
      }),
    terms: terms.map((id) => ({ id, key: vocab.keys[id], df: vocab.df[id], seen: vocab.seen[id] })),
    postings: postings.map((feature) => ({ feature, events: [...(core.postings.get(feature) ?? [])] })),
    actorPostings: actorPostings.map((feature) => ({ feature, events: [...(core.actorPostings.get(feature) ?? [])] })),
    recent: recentIds.map((id) => core.recent.stateOf(id)).filter((r): r is RecentState => r !== null),
    recentDropped: all ? [] : [...core.recent.dropped],
    termsDropped,
    postingsDropped,
    actorPostingsDropped,
  };
  if (blocks) rows.termBlocks = changedTermBlocks(vocab, all);
  core.dirtyEvents.clear();
  core.dirtyStorylines.clear();
  core.dirtyPostings.clear();
  core.dirtyActorPostings.clear();
  core.vocab.changed.clear();
  core.vocab.keysChanged.clear();
  core.vocab.dropped.clear();
  core.recent.changed.clear();
  core.recent.dropped.clear();
  return rows;
}

function dense<T>(rows: T[], key: (r: T) => number, what: string): T[] {
  const out = [...rows].sort((a, b) => key(a) - key(b));
  out.forEach((r, i) => {
    if (key(r) !== i)
      throw new WeaveError(`weave rows: ${what} ${i} is missing (found ${key(r)}); the stored rows are incomplete, re-cluster the articles to rebuild them`);
  });
  return out;
}

/** A weave core rebuilt from all stored rows (each key's latest upsert, dropped rows deleted); ids without a term row are forgotten ones. */
export function coreFromRows(set: WeaveRowSet): WeaveCore {
  if (set?.meta?.version !== 2) throw new WeaveError(`weave rows: unsupported version ${String(set?.meta?.version)}; re-cluster the articles to rebuild them`);
  const core = new WeaveCore(set.meta.config);
  const size = set.terms.reduce((m, t) => Math.max(m, t.id + 1), 0);
  const keys: string[] = new Array(size).fill('');
  const df: number[] = new Array(size).fill(0);
  const seen: number[] = new Array(size).fill(0);
  for (const t of set.terms) {
    if (!t.key) throw new WeaveError(`weave rows: term ${t.id} has no key; the stored rows are corrupt, re-cluster the articles to rebuild them`);
    keys[t.id] = t.key;
    df[t.id] = t.df;
    seen[t.id] = t.seen ?? 0;
  }
  core.vocab = new Vocabulary(keys, df, set.meta.docs, seen);
  const lines = dense(set.storylines, (s) => s.index, 'storyline');
  const slIndex = new Map(lines.map((s) => [s.id, s.index]));
  for (const s of lines) {
    core.storylineList.push({ id: s.id, events: [...s.events], reasons: s.reasons });
    core.usedIds.add(s.id);
  }
  for (const e of dense(set.events, (x) => x.index, 'event')) {
    const storyline = slIndex.get(e.storyline);
    if (storyline === undefined) throw new WeaveError(`weave rows: event ${e.id} names unknown storyline ${e.storyline}`);
    core.eventList.push(eventRecordOf(e, storyline));
    core.eventIndexById.set(e.id, e.index);
    core.usedIds.add(e.id);
  }
  // an article belongs to the live event that holds it (events merged away keep stale member lists)
  core.eventList.forEach((e, i) => {
    if (e.mergedInto < 0) for (const m of e.members) core.articleEvent.set(m, i);
  });
  for (const p of set.postings) core.postings.set(p.feature, [...p.events]);
  for (const p of set.actorPostings) core.actorPostings.set(p.feature, [...p.events]);
  core.seq = set.meta.seq;
  // the archive clock: events touched within archiveAfterArticles adds, oldest first
  const limit = core.seq - core.config.archiveAfterArticles;
  core.touchLog = TouchLog.from(
    core.eventList
      .map((e, i) => [i, e.lastSeq] as [number, number])
      .filter(([i, at]) => at > limit && core.eventList[i].mergedInto < 0)
      .sort((a, b) => a[1] - b[1]),
  );
  core.recent = RecentWindow.fromState(
    core.config.refineWindow,
    [...set.recent].sort((a, b) => a.seq - b.seq),
  );
  core.recent.alignMemberSeqs(core.eventList);
  core.vocab.changed.clear();
  core.vocab.keysChanged.clear();
  core.vocab.dropped.clear();
  core.recent.changed.clear();
  return core;
}

/** Apply one flush to a row set held in memory (what a store's upserts and deletes do), e.g. in tests and benchmarks. */
export function applyRows(into: Map<string, Map<string | number, unknown>>, rows: WeaveRows): void {
  const table = (name: string): Map<string | number, unknown> => {
    let t = into.get(name);
    if (!t) {
      t = new Map();
      into.set(name, t);
    }
    return t;
  };
  table('meta').set(0, rows.meta);
  for (const e of rows.events) table('events').set(e.index, e);
  for (const s of rows.storylines) table('storylines').set(s.index, s);
  for (const t of rows.terms) table('terms').set(t.id, t);
  for (const p of rows.postings) table('postings').set(p.feature, p);
  for (const p of rows.actorPostings) table('actorPostings').set(p.feature, p);
  for (const r of rows.recent) table('recent').set(r.seq, r);
  for (const seq of rows.recentDropped) table('recent').delete(seq);
  for (const id of rows.termsDropped ?? []) table('terms').delete(id);
  for (const f of rows.postingsDropped ?? []) table('postings').delete(f);
  for (const f of rows.actorPostingsDropped ?? []) table('actorPostings').delete(f);
}

/** The row set held by applyRows(). */
export function rowSetOf(tables: Map<string, Map<string | number, unknown>>): WeaveRowSet {
  const all = <T>(name: string): T[] => [...(tables.get(name)?.values() ?? [])] as T[];
  return {
    meta: tables.get('meta')?.get(0) as WeaveMetaRow,
    events: all('events'),
    storylines: all('storylines'),
    terms: all('terms'),
    postings: all('postings'),
    actorPostings: all('actorPostings'),
    recent: all('recent'),
  };
}
