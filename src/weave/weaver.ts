// The online weaver: each article joins the best event (or founds one), and new events link into storylines; state snapshots to JSON.
import defaults from '../../data/weave-config.json' with { type: 'json' };
import type { Assignment, Reason } from '../model.js';
import type { EventState, EventSummary, StorylineState, StorylineSummary, WeaveConfig, WeaveInput, WeaveSnapshot } from './types.js';
import { extractFeatures, type Namespace } from './text-features.js';
import { Vocabulary } from './vocabulary.js';
import { dayGap, dayNumber, decay, isoDay, leadDate } from './dates.js';
import { describeShared, featureLabel, sharedContributions } from './explain.js';
import { stableId } from './ids.js';

/** A weaver snapshot or configuration that cannot be used. */
export class WeaveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WeaveError';
  }
}

/** The default tunables, read from data/weave-config.json. */
export function defaultWeaveConfig(): WeaveConfig {
  const { _about: _ignored, ...rest } = defaults as typeof defaults & { _about?: string };
  return structuredClone(rest) as WeaveConfig;
}

/** One article as weighted features: ids sorted by weight (strongest first). */
export interface ArticleVector {
  ids: number[];
  /** IDF-weighted, unit-length weights, aligned with ids. */
  weights: number[];
  /** Pre-IDF unit-length weights (what the centroid accumulates), aligned with ids. */
  raw: number[];
  /** id -> IDF-weighted weight. */
  byId: Map<number, number>;
}

interface EventRecord {
  id: string;
  storyline: number;
  members: string[];
  firstDay: number | null;
  lastDay: number | null;
  centroidIds: Int32Array;
  centroidWeights: Float32Array;
  reasons: Reason[];
}

interface StorylineRecord {
  id: string;
  events: number[];
  reasons: Reason[];
}

const NAMESPACES: Namespace[] = ['w', 'e', 'n', 'd', 'q'];
const NS_COUNT = NAMESPACES.length;

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Online event and storyline clustering over a stream of articles. */
export class Weaver {
  readonly config: WeaveConfig;
  private vocab: Vocabulary;
  private readonly eventList: EventRecord[] = [];
  private readonly storylineList: StorylineRecord[] = [];
  private readonly postings = new Map<number, number[]>();
  private readonly actorPostings = new Map<number, number[]>();
  private readonly articleEvent = new Map<string, number>();
  private readonly usedIds = new Set<string>();
  private readonly alpha: number[];
  private readonly alphaSum: number;

  constructor(config: Partial<WeaveConfig> = {}) {
    const base = defaultWeaveConfig();
    this.config = { ...base, ...config, namespaceWeights: { ...base.namespaceWeights, ...(config.namespaceWeights ?? {}) } };
    if (!(this.config.joinThreshold > 0 && this.config.joinThreshold <= 1)) {
      throw new WeaveError(`weave config: joinThreshold must be in (0, 1], got ${this.config.joinThreshold}`);
    }
    this.vocab = new Vocabulary();
    this.alpha = NAMESPACES.map((ns) => this.config.namespaceWeights[ns] ?? 0);
    this.alphaSum = this.alpha.reduce((t, x) => t + x, 0);
    if (!(this.alphaSum > 0)) throw new WeaveError('weave config: namespaceWeights must give at least one namespace a positive weight');
  }

  /** Build the weighted vector of an article against the current corpus statistics; each namespace is unit length on its own. */
  private vectorize(a: WeaveInput, observe: boolean): ArticleVector {
    const rawFeatures = extractFeatures(a, this.config);
    const ids: number[] = [];
    const raw: number[] = [];
    for (const [key, v] of rawFeatures) {
      if (v <= 0) continue;
      ids.push(this.vocab.intern(key));
      raw.push(v);
    }
    if (observe) this.vocab.observe(ids);
    const weights = ids.map((id, i) => raw[i] * this.vocab.idf(id, this.config.idfPrior));
    const norm = new Float64Array(NS_COUNT);
    const rawNorm = new Float64Array(NS_COUNT);
    ids.forEach((id, i) => {
      const ns = this.vocab.ns[id];
      norm[ns] += weights[i] * weights[i];
      rawNorm[ns] += raw[i] * raw[i];
    });
    const order = ids.map((_, i) => i).sort((x, y) => weights[y] - weights[x] || ids[x] - ids[y]);
    const out: ArticleVector = { ids: [], weights: [], raw: [], byId: new Map() };
    for (const i of order) {
      const ns = this.vocab.ns[ids[i]];
      const w = weights[i] / (Math.sqrt(norm[ns]) || 1);
      out.ids.push(ids[i]);
      out.weights.push(w);
      out.raw.push(raw[i] / (Math.sqrt(rawNorm[ns]) || 1));
      out.byId.set(ids[i], w);
    }
    return out;
  }

  /** Weighted sum of per-namespace cosines (words, entities, numbers, dates, quotes) between an article and an event centroid. */
  private similarity(v: ArticleVector, e: EventRecord): number {
    const dot = new Float64Array(NS_COUNT);
    const norm = new Float64Array(NS_COUNT);
    const prior = this.config.idfPrior;
    for (let i = 0; i < e.centroidIds.length; i++) {
      const id = e.centroidIds[i];
      const ns = this.vocab.ns[id];
      const w = e.centroidWeights[i] * this.vocab.idf(id, prior);
      norm[ns] += w * w;
      const a = v.byId.get(id);
      if (a !== undefined) dot[ns] += a * w;
    }
    let score = 0;
    for (let ns = 0; ns < NS_COUNT; ns++) if (norm[ns] > 0) score += this.alpha[ns] * (dot[ns] / Math.sqrt(norm[ns]));
    return score / this.alphaSum;
  }

  private centroidMap(e: EventRecord): Map<number, number> {
    const m = new Map<number, number>();
    for (let i = 0; i < e.centroidIds.length; i++) m.set(e.centroidIds[i], e.centroidWeights[i]);
    return m;
  }

  /** Add an article's pre-IDF vector to an event centroid, keeping the strongest maxCentroidTerms features. */
  private grow(e: EventRecord, v: ArticleVector): void {
    const m = this.centroidMap(e);
    v.ids.forEach((id, i) => m.set(id, (m.get(id) ?? 0) + v.raw[i]));
    const prior = this.config.idfPrior;
    let entries = [...m.entries()];
    if (entries.length > this.config.maxCentroidTerms) {
      entries = entries
        .map(([id, w]) => [id, w, w * this.vocab.idf(id, prior)] as const)
        .sort((x, y) => y[2] - x[2] || x[0] - y[0])
        .slice(0, this.config.maxCentroidTerms)
        .map(([id, w]) => [id, w] as [number, number]);
    }
    entries.sort((x, y) => x[0] - y[0]);
    e.centroidIds = Int32Array.from(entries.map((x) => x[0]));
    e.centroidWeights = Float32Array.from(entries.map((x) => x[1]));
  }

  /** Append an event to a bounded posting list (most recent kept; no duplicates). */
  private post(index: Map<number, number[]>, id: number, event: number): void {
    let list = index.get(id);
    if (!list) {
      list = [];
      index.set(id, list);
    }
    const at = list.lastIndexOf(event);
    if (at >= 0) list.splice(at, 1);
    list.push(event);
    if (list.length > this.config.postingCap) list.splice(0, list.length - this.config.postingCap);
  }

  /** Candidate events: those posted under the article's strongest features, inside the time window. */
  private candidates(v: ArticleVector, day: number | null): number[] {
    const votes = new Map<number, number>();
    const n = Math.min(this.config.queryTerms, v.ids.length);
    for (let i = 0; i < n; i++) {
      const list = this.postings.get(v.ids[i]);
      if (!list) continue;
      for (const ev of list) votes.set(ev, (votes.get(ev) ?? 0) + v.weights[i]);
    }
    const out: [number, number][] = [];
    for (const [ev, w] of votes) {
      const e = this.eventList[ev];
      const gap = dayGap(day, e.firstDay, e.lastDay);
      if (gap !== null && gap > this.config.eventWindowDays) continue;
      out.push([ev, w]);
    }
    out.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return out.slice(0, this.config.maxCandidates).map((x) => x[0]);
  }

  private newId(prefix: string, seed: string): string {
    let id = stableId(prefix, seed);
    for (let k = 2; this.usedIds.has(id); k++) id = stableId(prefix, `${seed}#${k}`);
    this.usedIds.add(id);
    return id;
  }

  private labelTerms(ids: ArrayLike<number>, weights: ArrayLike<number>, k: number): string[] {
    const prior = this.config.idfPrior;
    const scored: [number, number][] = [];
    for (let i = 0; i < ids.length; i++) {
      const key = this.vocab.keys[ids[i]];
      if (key.startsWith('q:')) continue;
      scored.push([ids[i], weights[i] * this.vocab.idf(ids[i], prior)]);
    }
    scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const out: string[] = [];
    for (const [id] of scored) {
      const label = featureLabel(this.vocab.keys[id]);
      if (!out.some((o) => o.toLowerCase() === label.toLowerCase())) out.push(label);
      if (out.length >= k) break;
    }
    return out;
  }

  /** Find the storyline a newly founded event belongs to: earlier events sharing actors, statements and topic, at any distance in time. */
  private linkStoryline(v: ArticleVector, self: number): { storyline: number; score: number; reasons: Reason[] } | null {
    const votes = new Map<number, number>();
    for (let i = 0; i < v.ids.length; i++) {
      const key = this.vocab.keys[v.ids[i]];
      if (!(key.startsWith('e:') || key.startsWith('q:'))) continue;
      const list = this.actorPostings.get(v.ids[i]);
      if (!list) continue;
      for (const ev of list) if (ev !== self) votes.set(ev, (votes.get(ev) ?? 0) + v.weights[i]);
    }
    const ranked = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, this.config.storylineCandidates);
    let best: { storyline: number; score: number; reasons: Reason[] } | null = null;
    for (const [ev] of ranked) {
      const e = this.eventList[ev];
      const shared = sharedContributions(v, e.centroidIds, e.centroidWeights, (id) => this.vocab.idf(id, this.config.idfPrior), this.vocab.keys);
      const actors = shared.filter((s) => s.key.startsWith('e:')).length;
      if (actors < this.config.storylineMinSharedActors) continue;
      const score = this.similarity(v, e);
      if (score < this.config.storylineThreshold) continue;
      if (!best || score > best.score) {
        const reasons: Reason[] = [{ kind: 'storyline-link', detail: `linked to event ${e.id} (score ${round(score)} >= ${this.config.storylineThreshold})`, weight: round(score) }];
        reasons.push(...describeShared(shared));
        best = { storyline: e.storyline, score, reasons };
      }
    }
    return best;
  }

  /** Weave one article in: join the best event or found a new one; returns the decision with its score and reasons. */
  add(a: WeaveInput): Assignment {
    if (!a || typeof a.id !== 'string' || a.id.length === 0) throw new WeaveError('weave: article needs a non-empty string id');
    if (typeof a.text !== 'string') throw new WeaveError(`weave: article ${a.id} has no text (give the cleaned body as "text")`);
    const again = this.articleEvent.get(a.id);
    if (again !== undefined) {
      const e = this.eventList[again];
      return { event: e.id, storyline: this.storylineList[e.storyline].id, score: 1, newEvent: false, newStoryline: false, reasons: [{ kind: 'duplicate-id', detail: `article ${a.id} was already woven into ${e.id}` }] };
    }
    let day = dayNumber(a.published);
    const dateReasons: Reason[] = [];
    if (day === null && this.config.leadDateChars > 0) {
      const found = leadDate(a.text, this.config.leadDateChars);
      if (found) {
        day = found.day;
        dateReasons.push({ kind: 'date-from-text', detail: `no published date; used "${found.text}" from the article's lead (${isoDay(day)})` });
      }
    }
    const v = this.vectorize(a, true);
    let bestEv = -1;
    let bestScore = 0;
    let bestGap: number | null = null;
    for (const ev of this.candidates(v, day)) {
      const e = this.eventList[ev];
      const gap = dayGap(day, e.firstDay, e.lastDay);
      const s = this.similarity(v, e) * decay(gap, this.config.decayGraceDays, this.config.decayHalfLifeDays);
      if (s > bestScore || (s === bestScore && bestEv >= 0 && ev < bestEv)) {
        bestScore = s;
        bestEv = ev;
        bestGap = gap;
      }
    }
    const reasons: Reason[] = [...dateReasons];
    const idf = (id: number): number => this.vocab.idf(id, this.config.idfPrior);
    if (bestEv >= 0 && bestScore >= this.config.joinThreshold) {
      const e = this.eventList[bestEv];
      reasons.push({ kind: 'joined', detail: `score ${round(bestScore)} >= join threshold ${this.config.joinThreshold}`, weight: round(bestScore) });
      reasons.push(...describeShared(sharedContributions(v, e.centroidIds, e.centroidWeights, idf, this.vocab.keys)));
      if (bestGap !== null) reasons.push({ kind: 'date-gap', detail: `${bestGap} day(s) from the event's dates` });
      else reasons.push({ kind: 'date-gap', detail: 'no date on the article or the event: no time decay' });
      this.grow(e, v);
      e.members.push(a.id);
      if (day !== null) {
        e.firstDay = e.firstDay === null ? day : Math.min(e.firstDay, day);
        e.lastDay = e.lastDay === null ? day : Math.max(e.lastDay, day);
      }
      this.index(v, bestEv);
      this.articleEvent.set(a.id, bestEv);
      return { event: e.id, storyline: this.storylineList[e.storyline].id, score: round(bestScore, 4), newEvent: false, newStoryline: false, reasons };
    }
    // found a new event
    if (bestEv >= 0) {
      const e = this.eventList[bestEv];
      reasons.push({ kind: 'new-event', detail: `closest event ${e.id} scored ${round(bestScore)} < join threshold ${this.config.joinThreshold}`, weight: round(bestScore) });
      const own = new Set<number>(e.centroidIds);
      const distinct: string[] = [];
      for (let i = 0; i < v.ids.length && distinct.length < 6; i++) {
        const key = this.vocab.keys[v.ids[i]];
        if (!own.has(v.ids[i]) && /^[edn]:/.test(key)) distinct.push(featureLabel(key));
      }
      if (distinct.length > 0) reasons.push({ kind: 'distinct-occasion', detail: `not in ${e.id}: ${distinct.join(', ')}` });
      if (bestGap !== null && bestGap > this.config.decayGraceDays) reasons.push({ kind: 'date-gap', detail: `${bestGap} day(s) from ${e.id}: score decayed` });
    } else {
      reasons.push({ kind: 'new-event', detail: 'no earlier event in the time window shares its salient terms' });
    }
    const evIndex = this.eventList.length;
    const record: EventRecord = {
      id: this.newId('e', a.id), storyline: -1, members: [a.id], firstDay: day, lastDay: day,
      centroidIds: new Int32Array(0), centroidWeights: new Float32Array(0), reasons: [],
    };
    this.eventList.push(record);
    this.grow(record, v);
    const link = this.linkStoryline(v, evIndex);
    let newStoryline = false;
    if (link) {
      record.storyline = link.storyline;
      this.storylineList[link.storyline].events.push(evIndex);
      this.storylineList[link.storyline].reasons.push(...link.reasons.map((r) => ({ ...r, detail: `${record.id}: ${r.detail}` })));
      reasons.push(...link.reasons);
    } else {
      newStoryline = true;
      record.storyline = this.storylineList.length;
      this.storylineList.push({ id: this.newId('s', a.id), events: [evIndex], reasons: [] });
      reasons.push({ kind: 'new-storyline', detail: 'no earlier event shares enough actors and topic' });
    }
    record.reasons = reasons;
    this.index(v, evIndex);
    this.articleEvent.set(a.id, evIndex);
    return { event: record.id, storyline: this.storylineList[record.storyline].id, score: round(bestScore, 4), newEvent: true, newStoryline, reasons };
  }

  private index(v: ArticleVector, ev: number): void {
    const n = Math.min(this.config.indexTermsPerArticle, v.ids.length);
    for (let i = 0; i < n; i++) this.post(this.postings, v.ids[i], ev);
    let actors = 0;
    for (let i = 0; i < v.ids.length && actors < this.config.indexTermsPerArticle; i++) {
      const key = this.vocab.keys[v.ids[i]];
      if (key.startsWith('e:') || key.startsWith('q:')) {
        this.post(this.actorPostings, v.ids[i], ev);
        actors++;
      }
    }
  }

  events(): EventSummary[] {
    return this.eventList.map((e) => {
      const top = this.labelTerms(e.centroidIds, e.centroidWeights, 8);
      return {
        id: e.id, storyline: this.storylineList[e.storyline].id, members: [...e.members], label: top.slice(0, 4).join(', '), topTerms: top,
        firstDate: isoDay(e.firstDay), lastDate: isoDay(e.lastDay), reasons: e.reasons.map((r) => ({ ...r })),
      };
    });
  }

  storylines(): StorylineSummary[] {
    return this.storylineList.map((s) => {
      const sum = new Map<number, number>();
      let first: number | null = null;
      let last: number | null = null;
      const members: string[] = [];
      for (const ev of s.events) {
        const e = this.eventList[ev];
        members.push(...e.members);
        for (let i = 0; i < e.centroidIds.length; i++) sum.set(e.centroidIds[i], (sum.get(e.centroidIds[i]) ?? 0) + e.centroidWeights[i]);
        if (e.firstDay !== null) first = first === null ? e.firstDay : Math.min(first, e.firstDay);
        if (e.lastDay !== null) last = last === null ? e.lastDay : Math.max(last, e.lastDay);
      }
      const top = this.labelTerms([...sum.keys()], [...sum.values()], 8);
      return {
        id: s.id, events: s.events.map((ev) => this.eventList[ev].id), members, label: top.slice(0, 4).join(', '), topTerms: top,
        firstDate: isoDay(first), lastDate: isoDay(last), reasons: s.reasons.map((r) => ({ ...r })),
      };
    });
  }

  /** Number of articles woven so far. */
  get size(): number {
    return this.articleEvent.size;
  }

  snapshot(): WeaveSnapshot {
    const events: EventState[] = this.eventList.map((e) => ({
      id: e.id, storyline: this.storylineList[e.storyline].id, members: [...e.members], firstDay: e.firstDay, lastDay: e.lastDay,
      centroidIds: Array.from(e.centroidIds), centroidWeights: Array.from(e.centroidWeights), reasons: e.reasons,
    }));
    const storylines: StorylineState[] = this.storylineList.map((s) => ({ id: s.id, events: [...s.events], reasons: s.reasons }));
    return {
      version: 1, config: structuredClone(this.config), docs: this.vocab.docs, vocab: [...this.vocab.keys], df: [...this.vocab.df],
      events, storylines,
      postings: [...this.postings.entries()].map(([k, l]) => [k, [...l]]),
      actorPostings: [...this.actorPostings.entries()].map(([k, l]) => [k, [...l]]),
      articleEvent: [...this.articleEvent.entries()],
    };
  }

  static restore(s: WeaveSnapshot): Weaver {
    if (!s || s.version !== 1) throw new WeaveError(`weave snapshot: unsupported version ${String(s?.version)}; re-cluster the articles to rebuild it`);
    const w = new Weaver(s.config);
    w.vocab = new Vocabulary(s.vocab, s.df, s.docs);
    const slIndex = new Map(s.storylines.map((sl, i) => [sl.id, i]));
    for (const sl of s.storylines) {
      w.storylineList.push({ id: sl.id, events: [...sl.events], reasons: sl.reasons });
      w.usedIds.add(sl.id);
    }
    for (const e of s.events) {
      const storyline = slIndex.get(e.storyline);
      if (storyline === undefined) throw new WeaveError(`weave snapshot: event ${e.id} names unknown storyline ${e.storyline}`);
      w.eventList.push({
        id: e.id, storyline, members: [...e.members], firstDay: e.firstDay, lastDay: e.lastDay,
        centroidIds: Int32Array.from(e.centroidIds), centroidWeights: Float32Array.from(e.centroidWeights), reasons: e.reasons,
      });
      w.usedIds.add(e.id);
    }
    for (const [k, l] of s.postings) w.postings.set(k, [...l]);
    for (const [k, l] of s.actorPostings) w.actorPostings.set(k, [...l]);
    for (const [id, ev] of s.articleEvent) w.articleEvent.set(id, ev);
    return w;
  }
}
