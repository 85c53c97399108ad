// The online weaver: each article joins the best event (or founds one); recent articles move when another event fits them better, mixed events split and fragments merge; new events link into storylines; state snapshots to JSON.
import type { Assignment, Reason } from '../model.js';
import type { EventSummary, StorylineSummary, WeaveConfig, WeaveInput, WeaveSnapshot } from './types.js';
import { dayGap, dayNumber, decay, isoDay, leadDate } from './dates.js';
import { featureLabel } from './explain.js';
import { sharedReasons } from './shared-reasons.js';
import { headlineEntry, headlineOf } from './labels.js';
import { WeaveError } from './config.js';
import { type EventRecord, HEADLINES_KEPT, NO_COUNTS, NO_IDS, NO_WEIGHTS, groupCache, round } from './records.js';
import { type PairKind, WeaveCore } from './core.js';
import { restoreCore, snapshotOf } from './snapshot.js';
import { type WeaveRowSet, type WeaveRows, coreFromRows, flushRows } from './rows.js';
import { memberWeight, similarity, similarityTo, vectorize } from './scoring.js';
import { grow, trim } from './centroid.js';
import { type SeenScores, linkStoryline } from './storyline-link.js';
import { refine, settle } from './refine.js';
import { splitIfTwo } from './split.js';
import { groupLook, mergeBridged } from './merge.js';
import { lateLook } from './late-look.js';
import { type SummaryChanges, changedSummaries, events, storylines } from './summaries.js';
import { RAW_MAX, scoreBound } from './score-bound.js';
import { KeyIdf, type KeyIdfState } from './key-idf.js';

export { WeaveError, defaultWeaveConfig } from './config.js';

export type { ArticleVector } from './records.js';

/** The key-term IDF snapshot in a JSON snapshot(). */
interface KeyIdfJson {
  point: number;
  docs: number;
  df: number[];
  hash: number[];
}

/** Online event and storyline clustering over a stream of articles. */
export class Weaver {
  private core: WeaveCore;
  /** The IDF key terms and names are ranked by: a snapshot at fixed points of the stream (key-idf.ts). */
  private keyIdf: KeyIdf;

  constructor(config: Partial<WeaveConfig> = {}) {
    this.core = new WeaveCore(config);
    this.keyIdf = new KeyIdf(this.core.vocab);
  }

  /** The key-term IDF of a feature id (the snapshot in force). */
  private readonly termIdf = (id: number): number => this.keyIdf.idf(this.core.vocab, id, this.core.config.idfPrior);

  /** Events as they stand: members, name, key terms, dates or estimates, reasons. */
  events(): EventSummary[] {
    return events(this.core, this.termIdf);
  }

  /** Storylines as they stand, their events in time order. */
  storylines(): StorylineSummary[] {
    return storylines(this.core, this.termIdf);
  }

  /** The current id of an event id handed out earlier (an event merged into another answers with the survivor's id). */
  resolveEvent(eventId: string): string {
    return this.core.resolveEvent(eventId);
  }

  /** Article ids of an event (any id it was ever known by), e.g. to re-store members' assignments after an events-merged reason. */
  membersOf(eventId: string): string[] {
    return this.core.membersOf(eventId);
  }

  /** The current event and storyline of an article woven earlier (e.g. to re-store one movedByLastAdd() names), or null when it was never added. */
  placeOf(articleId: string): { event: string; storyline: string } | null {
    return this.core.placeOf(articleId);
  }

  /** The current event of an article woven earlier, or null when it was never added. */
  eventOf(articleId: string): string | null {
    return this.core.eventOf(articleId);
  }

  /** The resolved tunables. */
  get config(): WeaveConfig {
    return this.core.config;
  }

  /** Weave one article in: join the best event or found a new one; returns the decision with its score and reasons. */
  add(a: WeaveInput): Assignment {
    try {
      return this.weave(a);
    } finally {
      this.core.unload();
      this.core.afterAdd();
      this.keyIdf.afterAdd(this.core.vocab);
    }
  }

  private weave(a: WeaveInput): Assignment {
    if (!a || typeof a.id !== 'string' || a.id.length === 0) throw new WeaveError('weave: article needs a non-empty string id');
    if (typeof a.text !== 'string') throw new WeaveError(`weave: article ${a.id} has no text (give the cleaned body as "text")`);
    this.core.moved = [];
    const again = this.core.articleEvent.get(a.id);
    if (again !== undefined) {
      const e = this.core.eventList[again];
      return {
        event: e.id,
        storyline: this.core.storylineList[e.storyline].id,
        score: 1,
        newEvent: false,
        newStoryline: false,
        reasons: [{ kind: 'duplicate-id', detail: `article ${a.id} was already woven into ${e.id}` }],
      };
    }
    let day = dayNumber(a.published);
    const dateReasons: Reason[] = [];
    if (day === null && this.core.config.leadDateChars > 0) {
      const found = leadDate(a.text, this.core.config.leadDateChars);
      if (found) {
        day = found.day;
        dateReasons.push({ kind: 'date-from-text', detail: `no published date; used "${found.text}" from the article's lead (${isoDay(day)})` });
      }
    }
    const v = vectorize(this.core, a, true);
    this.core.load(v);
    const headline = headlineOf(a.title, a.text, this.core.config.headlineMaxWords);
    let bestEv = -1;
    let bestScore = 0;
    let bestGap: number | null = null;
    const scored: [number, number][] = [];
    // each candidate's score and cosines before time decay: the reasons and the storyline link read them again (nothing changes in between)
    const seen: SeenScores = new Map();
    // a candidate whose score cannot reach the best so far nor any score the merge and refine steps read cannot change a
    // decision: it is not scored (the storyline link scores it if it needs it). The bound: the time decay alone (a raw score
    // is at most 1), then the features it shares with the article (score-bound.ts)
    const c = this.core.config;
    const unread = Math.min(c.refineFloor, c.mergeArticleScore);
    for (const ev of this.core.candidates(v, day)) {
      const e = this.core.eventList[ev];
      const gap = dayGap(day, e.firstDay, e.lastDay);
      const fade = decay(gap, c.decayGraceDays, c.decayHalfLifeDays);
      const margin = c.smallEventMargin / e.members.length;
      const floor = Math.min(bestScore, unread);
      if (RAW_MAX * fade - margin < floor || scoreBound(this.core, v, e.centroidIds, e.centroidGroups) * fade - margin < floor) continue;
      const parts: number[] = [];
      const raw = similarity(this.core, v, e, parts);
      seen.set(ev, { score: raw, parts });
      let s = raw * fade - margin;
      if (
        this.core.config.founderGate > 0 &&
        e.members.length > 1 &&
        similarityTo(this.core, v, e.founderIds, e.founderWeights, e.founderGroups) < this.core.config.founderGate
      )
        s = Math.min(s, this.core.config.joinThreshold - 1e-6);
      scored.push([ev, s]);
      if (s > bestScore || (s === bestScore && bestEv >= 0 && ev < bestEv)) {
        bestScore = s;
        bestEv = ev;
        bestGap = gap;
      }
    }
    const reasons: Reason[] = [...dateReasons];
    if (bestEv >= 0) {
      const parts = seen.get(bestEv)?.parts ?? [];
      reasons.push({
        kind: 'score-parts',
        detail: `cosines with ${this.core.eventList[bestEv].id}: ${parts.map((c, i) => `${this.core.groupNames[i]} ${round(c)}`).join(', ')} (dates count only once the content scores ${this.core.config.dateSupportFloor}; below a words cosine of ${this.core.config.wordSupportFloor} names alone cannot join)`,
      });
    }
    const short = (v.words ?? 0) < this.core.config.shortItemWords;
    const need = short ? Math.max(this.core.config.joinThreshold, this.core.config.shortJoinThreshold) : this.core.config.joinThreshold;
    const needText = short ? `short-item threshold ${need} (${v.words ?? 0} content words < ${this.core.config.shortItemWords})` : `join threshold ${need}`;
    if (bestEv >= 0 && bestScore >= need) {
      const e = this.core.eventList[bestEv];
      reasons.push({ kind: 'joined', detail: `score ${round(bestScore)} >= ${needText}`, weight: round(bestScore) });
      reasons.push(...sharedReasons(this.core, v, e.centroidIds, e.centroidWeights));
      if (bestGap !== null) reasons.push({ kind: 'date-gap', detail: `${bestGap} day(s) from the event's dates` });
      else reasons.push({ kind: 'date-gap', detail: 'no date on the article or the event: no time decay' });
      // a marginal member moves the centroid less, so one doubtful join does not pull the next look-alike in
      const weight = memberWeight(this.core, bestScore);
      grow(this.core, e, v, weight);
      e.members.push(a.id);
      // its add sequence number: touch() below moves the clock on to it
      e.memberSeq.push(this.core.seq + 1);
      if (headline && e.headlines.length < HEADLINES_KEPT) e.headlines.push(headlineEntry(a.id, headline, a.language));
      this.core.widenDays(bestEv, day);
      this.core.index(v, bestEv);
      this.core.articleEvent.set(a.id, bestEv);
      this.core.touch(bestEv);
      const target = mergeBridged(this.core, bestEv, scored, reasons);
      this.core.remember(a.id, v, weight, day, target);
      refine(this.core, target, scored, reasons, a.id);
      splitIfTwo(this.core, this.core.live(target), reasons);
      groupLook(this.core, this.core.live(target), reasons);
      lateLook(this.core, reasons);
      return { ...settle(this.core, a.id), score: round(bestScore, 4), newEvent: false, newStoryline: false, reasons };
    }
    // found a new event
    if (bestEv >= 0) {
      const e = this.core.eventList[bestEv];
      reasons.push({
        kind: 'new-event',
        detail: `closest event ${e.id} scored ${round(bestScore)} < ${needText}`,
        weight: round(bestScore),
      });
      const own = new Set<number>(e.centroidIds);
      const distinct: string[] = [];
      for (let i = 0; i < v.ids.length && distinct.length < 6; i++) {
        const key = this.core.vocab.keys[v.ids[i]];
        if (!own.has(v.ids[i]) && /^[edn]:/.test(key)) distinct.push(featureLabel(key));
      }
      if (distinct.length > 0) reasons.push({ kind: 'distinct-occasion', detail: `not in ${e.id}: ${distinct.join(', ')}` });
      if (bestGap !== null && bestGap > this.core.config.decayGraceDays)
        reasons.push({ kind: 'date-gap', detail: `${bestGap} day(s) from ${e.id}: score decayed` });
    } else {
      reasons.push({ kind: 'new-event', detail: 'no earlier event in the time window shares its salient terms' });
    }
    const evIndex = this.core.eventList.length;
    const record: EventRecord = {
      id: this.core.newId('e', a.id),
      storyline: -1,
      headlines: headline ? [headlineEntry(a.id, headline, a.language)] : [],
      members: [a.id],
      memberSeq: [this.core.seq + 1],
      firstDay: day,
      lastDay: day,
      centroidIds: NO_IDS,
      centroidWeights: NO_WEIGHTS,
      centroidCounts: NO_COUNTS,
      reasons: [],
      reasonsAt: -1,
      lastSeq: 0,
      mergedInto: -1,
      founderIds: NO_IDS,
      founderWeights: NO_WEIGHTS,
      centroidGroups: groupCache(),
      founderGroups: groupCache(),
    };
    this.core.eventList.push(record);
    this.core.eventIndexById.set(record.id, evIndex);
    grow(this.core, record, v);
    if (this.core.config.founderGate > 0) {
      const keepF = Math.min(record.centroidIds.length, this.core.config.founderTerms);
      const tmp = { ...record };
      trim(this.core, tmp, keepF);
      record.founderIds = tmp.centroidIds;
      record.founderWeights = tmp.centroidWeights;
    }
    const link = linkStoryline(this.core, v, evIndex, seen);
    let newStoryline = false;
    if (link) {
      record.storyline = link.storyline;
      this.core.storylineList[link.storyline].events.push(evIndex);
      const line = this.core.storylineList[link.storyline];
      // a storyline keeps the link reasons of its first events (each event keeps its own in full)
      if (line.reasons.length < this.core.config.storylineReasonsKept)
        line.reasons.push(...link.reasons.slice(0, 2).map((r) => ({ ...r, detail: `${record.id}: ${r.detail}` })));
      reasons.push(...link.reasons);
    } else {
      newStoryline = true;
      record.storyline = this.core.storylineList.length;
      this.core.storylineList.push({ id: this.core.newId('s', a.id), events: [evIndex], reasons: [] });
      reasons.push({ kind: 'new-storyline', detail: 'no earlier event shares enough actors and topic' });
    }
    record.reasons = reasons;
    this.core.index(v, evIndex);
    this.core.articleEvent.set(a.id, evIndex);
    this.core.touch(evIndex);
    this.core.remember(a.id, v, 1, day, evIndex);
    refine(this.core, evIndex, scored, reasons, a.id);
    lateLook(this.core, reasons);
    return { ...settle(this.core, a.id), score: round(bestScore, 4), newEvent: true, newStoryline, reasons };
  }

  /** Watch the pairs the second and late looks weigh (their pair-model features and both groups' members), e.g. to fit data/weave-config.json's pairModel (eval/weave.ts --fit-pair-model). */
  observePairs(log: ((features: number[], a: readonly string[], b: readonly string[], kind: PairKind) => void) | null): void {
    this.core.pairLog = log;
  }

  /** Ids of earlier articles the last add() moved to another event (their stored assignments are stale; eventOf gives the new one). */
  movedByLastAdd(): string[] {
    return [...this.core.moved];
  }

  /** Number of events so far. */
  get eventCount(): number {
    return this.core.eventList.filter((e) => e.mergedInto < 0).length;
  }

  /** Number of storylines so far. */
  get storylineCount(): number {
    return this.core.storylineList.filter((s) => s.events.length > 0).length;
  }

  /** Number of articles woven so far. */
  get size(): number {
    return this.core.articleEvent.size;
  }

  /** Number of distinct features (vocabulary keys) known now (forgotten ones not counted): what the weave's memory grows with besides its articles. */
  get featureCount(): number {
    return this.core.vocab.liveCount;
  }

  /** The whole state as one JSON-able snapshot (restore() reads it back), with the key-term IDF snapshot in force. */
  snapshot(): WeaveSnapshot & { keyIdf?: KeyIdfJson } {
    const s = this.keyIdf.state;
    const keyIdf = s ? { point: s.point, docs: s.docs, df: Array.from(s.df), hash: Array.from(s.hash) } : undefined;
    return keyIdf ? { ...snapshotOf(this.core), keyIdf } : snapshotOf(this.core);
  }

  /** The events, storylines, terms, posting lists and recent articles changed since the last flush, as rows keyed for upsert (all: every row, e.g. the first flush after restore(); blocks: the terms as the vocabulary's changed blocks, as a store keeps them). */
  flushRows(opts: { all?: boolean; blocks?: boolean } = {}): WeaveRows {
    return flushRows(this.core, opts.all === true, opts.blocks === true);
  }

  /**
   * The event and storyline summaries changed since the last call, as events() and storylines() give them, and the ids gone
   * (all: every summary, e.g. for a store that holds none yet); clears the marks. Every summary is handed out when the
   * key-term IDF moved since the last call (a snapshot point passed), so an event nothing changed keeps a summary equal
   * to what events() gives now.
   */
  flushSummaries(opts: { all?: boolean } = {}): SummaryChanges {
    const { dirtyEvents, dirtyStorylines } = this.core;
    const all = this.keyIdf.takeAllDue() || opts.all === true;
    const out = changedSummaries(this.core, this.termIdf, dirtyEvents.also, dirtyStorylines.also, all);
    dirtyEvents.also.clear();
    dirtyStorylines.also.clear();
    return out;
  }

  /** The key-term IDF snapshot in force (null before the first article), as fromRows() takes it. */
  get keyIdfSnapshot(): KeyIdfState | null {
    return this.keyIdf.state;
  }

  /** The key-term IDF snapshot to write with the rows (all: every row is written, e.g. after a restore), or null when none is due; marks it saved. */
  keyIdfToSave(opts: { all?: boolean } = {}): KeyIdfState | null {
    return this.keyIdf.toSave(opts.all === true);
  }

  /** Rebuild a weaver from all stored rows (what flushRows() handed out, applied as upserts and deletes) and the key-term IDF snapshot stored with them (keyIdfToSave(); none or another point's: taken now). */
  static fromRows(rows: WeaveRowSet, keyIdf: KeyIdfState | null = null): Weaver {
    const w = new Weaver();
    w.core = coreFromRows(rows);
    w.keyIdf = new KeyIdf(w.core.vocab, keyIdf);
    return w;
  }

  /** Rebuild a weaver from a snapshot(). */
  static restore(s: WeaveSnapshot & { keyIdf?: KeyIdfJson }): Weaver {
    const w = new Weaver();
    w.core = restoreCore(s);
    const k = s.keyIdf;
    w.keyIdf = new KeyIdf(w.core.vocab, k ? { point: k.point, docs: k.docs, df: Uint32Array.from(k.df), hash: Int32Array.from(k.hash) } : null);
    return w;
  }
}
