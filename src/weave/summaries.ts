// Event and storyline summaries: names from representative headlines, clean key terms, dates or estimates, events in time order.
import type { EventSummary, HeadlineEntry, StorylineSummary } from './types.js';
import { isoDay } from './dates.js';
import { featureLabel } from './explain.js';
import { type HeadlineWords, headlineWords, isJunkTerm, representativeHeadline } from './labels.js';
import { stem as stemIn } from '../lang/terms.js';
import { type DateEstimate, estimateDate, partialDatesOf, timelineKey } from './timeline.js';
import type { StorylineRecord } from './records.js';
import type { WeaveCore } from './core.js';
import { appendAll } from '../util/append.js';

/** How a label's words are compared: as written (lower case), or folded to their stems in a language ("Томске", "Томска", "томск"). */
type Fold = (word: string) => string;
const asWritten: Fold = (w) => w;
const always = (): boolean => true;

/** A label's words as compared, each label's read once per list of key terms. */
function labelWords(fold: Fold): (label: string) => string[] {
  const seen = new Map<string, string[]>();
  return (label) => {
    let words = seen.get(label);
    if (words === undefined) {
      words = label
        .toLowerCase()
        .split(/[\s-]+/)
        .filter(Boolean)
        .map(fold);
      seen.set(label, words);
    }
    return words;
  };
}

/**
 * Add a key term unless a chosen one already says it: "Bellen" after "Van der Bellen" adds nothing; "Van der Bellen"
 * after "Bellen" takes its place, where `replaces` allows (a word pair of a non-English headline, "zaragoza deja", does
 * not take the place of the name "Zaragoza").
 */
function addLabel(out: string[], label: string, wordsOf: (label: string) => string[], replaces: (chosen: string) => boolean): void {
  const words = wordsOf(label);
  for (let i = 0; i < out.length; i++) {
    const have = wordsOf(out[i]!);
    if (words.every((w) => have.includes(w))) return;
    if (have.every((w) => words.includes(w))) {
      if (!replaces(out[i]!)) return;
      out[i] = label;
      // the longer name may also cover later labels: keep the first of any now-equal pair
      for (let j = out.length - 1; j > i; j--) if (replaces(out[j]!) && wordsOf(out[j]!).every((w) => words.includes(w))) out.splice(j, 1);
      return;
    }
  }
  out.push(label);
}

/** The IDF key terms and names are ranked by (key-idf.ts: a snapshot's, not the live one). */
export type TermIdf = (id: number) => number;

/**
 * The k key terms of a centroid, strongest first. `surface`: the words of its headlines by stem (headlineWords) when it
 * is of a Snowball-stemmed language: a word term is shown as its headline word, one no headline holds is passed over
 * (a bare stem such as "financ" or "землетрясен" is no word a reader can use), and terms are told apart by their
 * words' stems in that language ("Томске" after "Томска" adds nothing).
 */
export function labelTerms(
  core: WeaveCore,
  idf: TermIdf,
  ids: ArrayLike<number>,
  weights: ArrayLike<number>,
  k: number,
  surface: HeadlineWords | null = null,
): string[] {
  const scored: [number, number][] = [];
  for (let i = 0; i < ids.length; i++) {
    const key = core.vocab.keys[ids[i]];
    // key terms name what happened: never quotes' fragments, dates or bare numbers (furniture is skipped below)
    if (key.startsWith('q:') || key.startsWith('d:') || key.startsWith('n:')) continue;
    // idf squared: a label names what sets the event apart, not what its whole storyline shares
    scored.push([ids[i], weights[i] * idf(ids[i]) ** 2]);
  }
  scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const out: string[] = [];
  const wordsOf = labelWords(surface ? (w) => stemIn(w, surface.language) : asWritten);
  const names = new Set<string>();
  const notAName = (chosen: string): boolean => !names.has(chosen);
  // junk terms are skipped in score order, only as far as the labels need (a storyline's summed centroid holds tens of
  // thousands of terms): the same labels as filtering them all first
  for (const [id] of scored) {
    const key = core.vocab.keys[id];
    const label = surface && key.startsWith('w:') ? surfaceOf(key, surface.words) : featureLabel(key);
    if (label === null || isJunkTerm(label)) continue;
    if (surface && key.startsWith('e:')) names.add(label);
    addLabel(out, label, wordsOf, surface && key.includes('_') ? notAName : always);
    if (out.length >= k) break;
  }
  return out;
}

/** A word feature ("w:stem" or "w:stem_stem") as the headline words of its stems, or null when a headline lacks one. */
function surfaceOf(key: string, surface: ReadonlyMap<string, string>): string | null {
  const out: string[] = [];
  for (const s of key.slice(2).split('_')) {
    const w = surface.get(s);
    if (w === undefined) return null;
    out.push(w);
  }
  return out.join(' ');
}

/** The headlines of an event's (or storyline's) live members. */
function liveHeadlines(headlines: readonly HeadlineEntry[], members: Set<string>): HeadlineEntry[] {
  return headlines.filter(([id]) => members.has(id));
}

/** The most representative headline among live members' headlines. */
export function nameOf(core: WeaveCore, idf: TermIdf, live: readonly HeadlineEntry[], ids: ArrayLike<number>, weights: ArrayLike<number>): string | null {
  if (live.length <= 1) return live[0]?.[1] ?? null;
  const salience = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const key = core.vocab.keys[ids[i]];
    if (key.startsWith('w:') && !key.includes('_')) salience.set(key.slice(2), weights[i] * idf(ids[i]));
  }
  return representativeHeadline(live, (st) => salience.get(st) ?? 0);
}

/** Estimated dates of a storyline's undated events, from their partial dates and the dated events around them. */
export function estimates(core: WeaveCore, line: StorylineRecord): Map<number, DateEstimate | null> {
  const out = new Map<number, DateEstimate | null>();
  const evs = line.events;
  for (let i = 0; i < evs.length; i++) {
    const e = core.eventList[evs[i]];
    if (e.firstDay !== null) continue;
    let before: number | null = null;
    let after: number | null = null;
    for (let j = i - 1; j >= 0 && before === null; j--) before = core.eventList[evs[j]].firstDay;
    for (let j = i + 1; j < evs.length && after === null; j++) after = core.eventList[evs[j]].firstDay;
    const keys = Array.from(e.centroidIds, (id) => core.vocab.keys[id]);
    out.set(evs[i], estimateDate(partialDatesOf(keys, e.centroidWeights), before, after));
  }
  return out;
}

/** One live event's summary; `estimated`: its date estimate when undated (see estimates()). */
export function eventSummary(core: WeaveCore, idf: TermIdf, ev: number, estimated: DateEstimate | null): EventSummary {
  const e = core.eventList[ev];
  const live = liveHeadlines(e.headlines, new Set(e.members));
  const top = labelTerms(core, idf, e.centroidIds, e.centroidWeights, 8, headlineWords(live));
  return {
    id: e.id,
    storyline: core.storylineList[e.storyline].id,
    members: [...e.members],
    label: top.slice(0, 4).join(', '),
    headline: nameOf(core, idf, live, e.centroidIds, e.centroidWeights),
    topTerms: top,
    firstDate: isoDay(e.firstDay),
    lastDate: isoDay(e.lastDay),
    estimated,
    reasons: core.reasonArena.of(e).map((r) => ({ ...r })),
  };
}

export function events(core: WeaveCore, idf: TermIdf): EventSummary[] {
  const estimated = new Map<number, DateEstimate | null>();
  for (const line of core.storylineList) if (line.events.length > 0) for (const [ev, est] of estimates(core, line)) estimated.set(ev, est);
  const out: EventSummary[] = [];
  core.eventList.forEach((e, ev) => {
    if (e.mergedInto < 0) out.push(eventSummary(core, idf, ev, estimated.get(ev) ?? null));
  });
  return out;
}

/** One storyline's summary (it holds at least one event): its events in time order; `est`: its events' date estimates, when already made. */
export function storylineSummary(
  core: WeaveCore,
  idf: TermIdf,
  s: StorylineRecord,
  est: Map<number, DateEstimate | null> = estimates(core, s),
): StorylineSummary {
  const sum = new Map<number, number>();
  let first: number | null = null;
  let last: number | null = null;
  const members: string[] = [];
  const headlines: HeadlineEntry[] = [];
  for (const ev of s.events) {
    const e = core.eventList[ev];
    appendAll(members, e.members);
    appendAll(headlines, e.headlines);
    for (let i = 0; i < e.centroidIds.length; i++) sum.set(e.centroidIds[i], (sum.get(e.centroidIds[i]) ?? 0) + e.centroidWeights[i]);
    if (e.firstDay !== null) first = first === null ? e.firstDay : Math.min(first, e.firstDay);
    if (e.lastDay !== null) last = last === null ? e.lastDay : Math.max(last, e.lastDay);
  }
  const live = liveHeadlines(headlines, new Set(members));
  const top = labelTerms(core, idf, [...sum.keys()], [...sum.values()], 8, headlineWords(live));
  // events in time order: known dates, then estimates (by the middle of their range), then those that cannot be placed
  const ordered = s.events
    .map((ev, i) => ({ ev, i, key: timelineKey(isoDay(core.eventList[ev].firstDay), est.get(ev) ?? null) }))
    .sort((a, b) => a.key - b.key || a.i - b.i);
  return {
    id: s.id,
    events: ordered.map((x) => core.eventList[x.ev].id),
    members,
    label: top.slice(0, 4).join(', '),
    headline: nameOf(core, idf, live, [...sum.keys()], [...sum.values()]),
    topTerms: top,
    firstDate: isoDay(first),
    lastDate: isoDay(last),
    reasons: s.reasons.map((r) => ({ ...r })),
  };
}

export function storylines(core: WeaveCore, idf: TermIdf): StorylineSummary[] {
  return core.storylineList.filter((s) => s.events.length > 0).map((s) => storylineSummary(core, idf, s));
}

/** Summaries that changed (to upsert) and ids gone (merged-away events, emptied storylines); `all`: every summary, nothing removed. */
export interface SummaryChanges {
  all: boolean;
  events: EventSummary[];
  storylines: StorylineSummary[];
  eventsRemoved: string[];
  storylinesRemoved: string[];
}

/**
 * The summaries of the events and storylines marked changed (by index), with the same functions as events() and
 * storylines(). A changed event changes its storyline; a changed storyline re-estimates the dates of its undated events
 * (their estimates come from its dated events), so those are handed out too. Key terms and names are ranked by `idf`,
 * the snapshot in force (key-idf.ts): the caller hands out all of them whenever it moves.
 */
export function changedSummaries(core: WeaveCore, idf: TermIdf, evs: ReadonlySet<number>, lines: ReadonlySet<number>, all: boolean): SummaryChanges {
  if (all) return { all, events: events(core, idf), storylines: storylines(core, idf), eventsRemoved: [], storylinesRemoved: [] };
  const lineSet = new Set(lines);
  for (const ev of evs) lineSet.add(core.eventList[ev].storyline);
  const out: SummaryChanges = { all, events: [], storylines: [], eventsRemoved: [], storylinesRemoved: [] };
  const estimated = new Map<number, DateEstimate | null>();
  const evSet = new Set(evs);
  for (const i of [...lineSet].sort((a, b) => a - b)) {
    const line = core.storylineList[i];
    if (line.events.length === 0) {
      out.storylinesRemoved.push(line.id);
      continue;
    }
    const lineEstimates = estimates(core, line);
    out.storylines.push(storylineSummary(core, idf, line, lineEstimates));
    for (const [ev, est] of lineEstimates) {
      estimated.set(ev, est);
      evSet.add(ev);
    }
  }
  for (const ev of [...evSet].sort((a, b) => a - b)) {
    const e = core.eventList[ev];
    if (e.mergedInto >= 0) out.eventsRemoved.push(e.id);
    else out.events.push(eventSummary(core, idf, ev, estimated.get(ev) ?? null));
  }
  return out;
}
