// The online weaver: each article joins the best event (or founds one); recent articles move when another event fits them better, mixed events split and fragments merge; new events link into storylines; state snapshots to JSON.
import defaults from '../../data/weave-config.json' with { type: 'json' };
import type { Assignment, Reason } from '../model.js';
import type { EventState, EventSummary, StorylineState, StorylineSummary, WeaveConfig, WeaveInput, WeaveSnapshot } from './types.js';
import { extractFeatures, type Namespace } from './text-features.js';
import { Vocabulary } from './vocabulary.js';
import { dayGap, dayNumber, decay, isoDay, leadDate } from './dates.js';
import { describeShared, featureLabel, sharedContributions } from './explain.js';
import { stableId } from './ids.js';
import { SubsetScores } from './subset-scores.js';
import { RecentWindow, type RecentArticle } from './recent-window.js';
import { headlineOf, isJunkTerm, representativeHeadline } from './labels.js';
import { type DateEstimate, estimateDate, partialDatesOf, timelineKey } from './timeline.js';

/** Headlines kept per event for its name (the first ones; enough to pick a representative one). */
const HEADLINES_KEPT = 12;

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
  /** Per feature group: true when the vector has a feature in it. */
  hasGroup: boolean[];
  /** Distinct content words (unigrams) once furniture is cut: very short items need stronger evidence to join. */
  words?: number;
}

interface EventRecord {
  id: string;
  storyline: number;
  members: string[];
  firstDay: number | null;
  lastDay: number | null;
  centroidIds: Int32Array;
  centroidWeights: Float32Array;
  /** Members holding each centroid feature, aligned with centroidIds. */
  centroidCounts: Uint32Array;
  /** The founding article's strongest features: later members must stay close to it (keeps sister events from snowballing). */
  founderIds: Int32Array;
  founderWeights: Float32Array;
  reasons: Reason[];
  /** Sequence number of the last article that joined (or founded) it. */
  lastSeq: number;
  /** Index of the event this one was merged into (-1 while it is live). */
  mergedInto: number;
  /** [article id, headline] of its first members: the event is named by the most representative one. */
  headlines: [string, string][];
}

interface StorylineRecord {
  id: string;
  events: number[];
  reasons: Reason[];
}

const NAMESPACES: Namespace[] = ['w', 'e', 'n', 'd', 'q'];
/** Vocabulary namespace index of entity features. */
const ENTITY_NS = NAMESPACES.indexOf('e');
const NS_NAMES: Record<Namespace, string> = { w: 'words', e: 'entities', n: 'numbers', d: 'dates', q: 'quotes' };

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
  private readonly eventIndexById = new Map<string, number>();
  /** Articles added so far (sequence clock for archiving). */
  private seq = 0;
  /** [event, seq] per add, oldest first from archiveCursor: events idle long enough get their centroids trimmed. */
  private touchLog: [number, number][] = [];
  private archiveCursor = 0;
  /** The last refineWindow articles: these may still move to an event that fits them better. */
  private recent: RecentWindow;
  /** Articles the last add() moved to another event. */
  private moved: string[] = [];
  private readonly alpha: number[];
  private readonly gamma: number;
  /** Squared pseudo-norm added to every group (sparseSmoothing^2): one shared feature alone cannot make a cosine of 1. */
  private readonly smooth2: number;
  private readonly alphaSum: number;
  /** Per group: share of its weight kept in the mean when neither side has a feature in it. */
  private readonly absent: number[];
  private readonly nsMult: number[];
  private readonly groupOf: number[];
  private readonly groupCount: number;
  private readonly groupNames: string[];
  /** Feature group of dates (-1 when dates share a group with content): it only supports a join content already supports. */
  private readonly dateGroup: number;
  private readonly cosines: Float64Array;
  private readonly wordGroup: number;

  constructor(config: Partial<WeaveConfig> = {}) {
    const base = defaultWeaveConfig();
    this.config = {
      ...base,
      ...config,
      namespaceWeights: { ...base.namespaceWeights, ...(config.namespaceWeights ?? {}) },
      entityTypeWeights: { ...base.entityTypeWeights, ...(config.entityTypeWeights ?? {}) },
      featureGroups: { ...base.featureGroups, ...(config.featureGroups ?? {}) },
      groupWeights: [...(config.groupWeights ?? base.groupWeights)],
      absentGroupWeights: [...(config.absentGroupWeights ?? base.absentGroupWeights)],
    };
    if (!(this.config.joinThreshold > 0 && this.config.joinThreshold <= 1)) {
      throw new WeaveError(`weave config: joinThreshold must be in (0, 1], got ${this.config.joinThreshold}`);
    }
    this.vocab = new Vocabulary();
    this.recent = new RecentWindow(this.config.refineWindow);
    this.nsMult = NAMESPACES.map((ns) => this.config.namespaceWeights[ns] ?? 0);
    this.groupOf = NAMESPACES.map((ns) => this.config.featureGroups[ns] ?? 0);
    this.groupCount = Math.max(...this.groupOf) + 1;
    this.alpha = Array.from({ length: this.groupCount }, (_, g) => this.config.groupWeights[g] ?? 0);
    this.alphaSum = this.alpha.reduce((t, x) => t + x, 0);
    this.absent = Array.from({ length: this.groupCount }, (_, g) => this.config.absentGroupWeights[g] ?? 1);
    this.groupNames = Array.from({ length: this.groupCount }, (_, g) =>
      NAMESPACES.filter((_ns, i) => this.groupOf[i] === g)
        .map((ns) => NS_NAMES[ns])
        .join('+'),
    );
    const dg = this.groupOf[NAMESPACES.indexOf('d')];
    this.dateGroup = this.groupOf.filter((g) => g === dg).length === 1 ? dg : -1;
    this.cosines = new Float64Array(this.groupCount);
    this.wordGroup = this.groupOf[NAMESPACES.indexOf('w')];
    this.gamma = this.config.consensusPower;
    this.smooth2 = this.config.sparseSmoothing ** 2;
    for (const key of ['smallEventMargin', 'founderGate', 'sparseSmoothing'] as const) {
      if (!Number.isFinite(this.config[key])) throw new WeaveError(`weave config: ${key} must be a number, got ${String(this.config[key])}`);
    }
    if (!(this.alphaSum > 0)) throw new WeaveError('weave config: groupWeights must give at least one feature group a positive weight');
  }

  /** Build the weighted vector of an article against the current corpus statistics; each namespace is unit length on its own. */
  private vectorize(a: WeaveInput, observe: boolean): ArticleVector {
    const rawFeatures = extractFeatures(a, this.config);
    const ids: number[] = [];
    const raw: number[] = [];
    for (const [key, v] of rawFeatures) {
      const id = this.vocab.intern(key);
      const w = v * this.nsMult[this.vocab.ns[id]];
      if (!(w > 0)) continue;
      ids.push(id);
      raw.push(w);
    }
    if (observe) this.vocab.observe(ids);
    const weights = ids.map((id, i) => raw[i] * this.vocab.idf(id, this.config.idfPrior));
    const norm = new Float64Array(this.groupCount);
    const rawNorm = new Float64Array(this.groupCount);
    ids.forEach((id, i) => {
      const g = this.groupOf[this.vocab.ns[id]];
      norm[g] += weights[i] * weights[i];
      rawNorm[g] += raw[i] * raw[i];
    });
    const order = ids.map((_, i) => i).sort((x, y) => weights[y] - weights[x] || ids[x] - ids[y]);
    let words = 0;
    for (const key of rawFeatures.keys()) if (key.startsWith('w:') && !key.includes('_')) words++;
    const out: ArticleVector = { ids: [], weights: [], raw: [], byId: new Map(), hasGroup: Array.from(norm, (x) => x > 0), words };
    for (const i of order) {
      const g = this.groupOf[this.vocab.ns[ids[i]]];
      const w = weights[i] / (Math.sqrt(norm[g] + this.smooth2) || 1);
      out.ids.push(ids[i]);
      out.weights.push(w);
      out.raw.push(raw[i] / (Math.sqrt(rawNorm[g]) || 1));
      out.byId.set(ids[i], w);
    }
    return out;
  }

  /** Weighted sum of per-group cosines (words; entities, numbers, dates; quotes) between an article and an event centroid. */
  private similarity(v: ArticleVector, e: EventRecord, parts?: number[]): number {
    return this.similarityTo(v, e.centroidIds, e.centroidWeights, parts);
  }

  private similarityTo(v: ArticleVector, cIds: Int32Array, cWeights: Float32Array, parts?: number[]): number {
    const dot = new Float64Array(this.groupCount);
    const norm = new Float64Array(this.groupCount);
    const prior = this.config.idfPrior;
    for (let i = 0; i < cIds.length; i++) {
      const id = cIds[i];
      const g = this.groupOf[this.vocab.ns[id]];
      const w = (this.gamma === 1 ? cWeights[i] : cWeights[i] ** this.gamma) * this.vocab.idf(id, prior);
      norm[g] += w * w;
      const a = v.byId.get(id);
      if (a !== undefined) dot[g] += a * w;
    }
    return this.combine(dot, norm, v.hasGroup, parts);
  }

  /** The score from per-group dot products with a centroid and its squared norms: the weighted mean of the group cosines. */
  private combine(dot: Float64Array, norm: Float64Array, hasGroup: boolean[], parts?: number[]): number {
    const cos = this.cosines;
    for (let g = 0; g < this.groupCount; g++) cos[g] = norm[g] > 0 ? dot[g] / Math.sqrt(norm[g] + this.smooth2) : 0;
    return this.gatedMean(cos, (g) => norm[g] > 0 || hasGroup[g], parts);
  }

  /**
   * The weighted mean of group cosines, where context (the date group) only supports content: unless the content groups
   * alone reach dateSupportFloor, the date cosine counts as 0. Shared days never carry a join on their own.
   */
  private gatedMean(cos: Float64Array, present: (g: number) => boolean, parts?: number[]): number {
    let score = 0;
    let weight = 0;
    let content = 0;
    let contentWeight = 0;
    for (let g = 0; g < this.groupCount; g++) {
      // a group neither side has counts only absentGroupWeights[g] of its weight (0: says nothing either way)
      const w = this.alpha[g] * (present(g) ? 1 : this.absent[g]);
      weight += w;
      if (g === this.dateGroup) continue;
      content += this.alpha[g] * cos[g];
      contentWeight += w;
    }
    const contentScore = contentWeight > 0 ? content / contentWeight : 0;
    const dateCos = this.dateGroup >= 0 && contentScore >= this.config.dateSupportFloor ? cos[this.dateGroup] : 0;
    score = content + (this.dateGroup >= 0 ? this.alpha[this.dateGroup] * dateCos : 0);
    if (parts) for (let g = 0; g < this.groupCount; g++) parts[g] = g === this.dateGroup ? dateCos : cos[g];
    const mean = weight > 0 ? score / weight : 0;
    // names alone (one famous person both mention) do not make one happening: the words must say the same thing too
    const floor = this.config.wordSupportFloor;
    if (floor > 0 && cos[this.wordGroup] < floor) return Math.min(mean, (this.config.joinThreshold * cos[this.wordGroup]) / floor);
    return mean;
  }

  /** Add an article's pre-IDF vector to an event centroid (a merge of id-sorted arrays), keeping the strongest maxCentroidTerms features. */
  private grow(e: EventRecord, v: ArticleVector, weight = 1): void {
    const order = v.ids.map((_, i) => i).sort((x, y) => v.ids[x] - v.ids[y]);
    const ids = new Int32Array(e.centroidIds.length + order.length);
    const ws = new Float32Array(ids.length);
    const cs = new Uint32Array(ids.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < e.centroidIds.length || j < order.length) {
      const ci = i < e.centroidIds.length ? e.centroidIds[i] : Infinity;
      const aj = j < order.length ? v.ids[order[j]] : Infinity;
      if (ci < aj) {
        ids[k] = ci;
        cs[k] = e.centroidCounts[i];
        ws[k++] = e.centroidWeights[i++];
      } else if (aj < ci) {
        ids[k] = aj;
        cs[k] = 1;
        ws[k++] = weight * v.raw[order[j++]];
      } else {
        ids[k] = ci;
        cs[k] = e.centroidCounts[i] + 1;
        ws[k++] = e.centroidWeights[i++] + weight * v.raw[order[j++]];
      }
    }
    e.centroidIds = ids.slice(0, k);
    e.centroidWeights = ws.slice(0, k);
    e.centroidCounts = cs.slice(0, k);
    if (k > this.config.maxCentroidTerms) this.trim(e, this.config.maxCentroidTerms);
  }

  /** Trim centroids of events idle for archiveAfterArticles adds to archivedTerms features (bounded memory; enough for storyline links). */
  private archiveIdle(): void {
    const limit = this.seq - this.config.archiveAfterArticles;
    let i = this.archiveCursor;
    while (i < this.touchLog.length && this.touchLog[i][1] <= limit) {
      const [ev, at] = this.touchLog[i];
      const e = this.eventList[ev];
      if (e.lastSeq === at && e.centroidIds.length > this.config.archivedTerms) this.trim(e, this.config.archivedTerms);
      i++;
    }
    this.archiveCursor = i;
    if (i > 4096 && i * 2 > this.touchLog.length) {
      this.touchLog = this.touchLog.slice(i);
      this.archiveCursor = 0;
    }
  }

  private trim(e: EventRecord, keep: number): void {
    const prior = this.config.idfPrior;
    const entries: [number, number, number, number][] = [];
    for (let i = 0; i < e.centroidIds.length; i++)
      entries.push([e.centroidIds[i], e.centroidWeights[i], e.centroidWeights[i] * this.vocab.idf(e.centroidIds[i], prior), e.centroidCounts[i]]);
    entries.sort((x, y) => y[2] - x[2] || x[0] - y[0]);
    const kept = entries.slice(0, keep).sort((x, y) => x[0] - y[0]);
    e.centroidIds = Int32Array.from(kept.map((x) => x[0]));
    e.centroidWeights = Float32Array.from(kept.map((x) => x[1]));
    e.centroidCounts = Uint32Array.from(kept.map((x) => x[3]));
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
      for (const posted of list) {
        const ev = this.live(posted);
        votes.set(ev, (votes.get(ev) ?? 0) + v.weights[i]);
      }
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
      // key terms name what happened: never quotes' fragments, dates, bare numbers or furniture
      if (key.startsWith('q:') || key.startsWith('d:') || key.startsWith('n:') || isJunkTerm(featureLabel(key))) continue;
      // idf squared: a label names what sets the event apart, not what its whole storyline shares
      scored.push([ids[i], weights[i] * this.vocab.idf(ids[i], prior) ** 2]);
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
      for (const posted of list) {
        const ev = this.live(posted);
        if (ev !== self) votes.set(ev, (votes.get(ev) ?? 0) + v.weights[i]);
      }
    }
    const ranked = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, this.config.storylineCandidates);
    let best: { ev: number; score: number; actors: string[]; words: number } | null = null;
    for (const [ev] of ranked) {
      const e = this.eventList[ev];
      const parts: number[] = [];
      const score = this.similarity(v, e, parts);
      if (score < this.config.storylineThreshold || (best && score <= best.score)) continue;
      // the same issue: the words must agree, not only the names
      if ((parts[this.wordGroup] ?? 0) < this.config.storylineWordFloor) continue;
      const actors = this.distinctActors(v, e);
      if (actors.length < this.config.storylineMinSharedActors) continue;
      best = { ev, score, actors, words: parts[this.wordGroup] ?? 0 };
    }
    if (!best) return null;
    const e = this.eventList[best.ev];
    const shared = sharedContributions(v, e.centroidIds, e.centroidWeights, (id) => this.vocab.idf(id, this.config.idfPrior), this.vocab.keys);
    const reasons: Reason[] = [
      {
        kind: 'storyline-link',
        detail: `same actors (${best.actors.slice(0, 4).join(', ')}) and the same issue (words cosine ${round(best.words)} >= ${this.config.storylineWordFloor}) as event ${e.id}: score ${round(best.score)} >= ${this.config.storylineThreshold}`,
        weight: round(best.score),
      },
    ];
    reasons.push(...describeShared(shared));
    return { storyline: e.storyline, score: best.score, reasons };
  }

  /**
   * Entities an article shares with an event, counted once per actor: a surname alias ("trump" beside "donald trump") is the
   * same person, and an entity most of the stream names (df share above storylineActorMaxShare) is not specific evidence.
   */
  private distinctActors(v: ArticleVector, e: EventRecord): string[] {
    const shared: string[] = [];
    const docs = Math.max(1, this.vocab.docs);
    for (let i = 0; i < e.centroidIds.length; i++) {
      const id = e.centroidIds[i];
      if (this.vocab.ns[id] !== ENTITY_NS || !v.byId.has(id)) continue;
      if (this.vocab.docs >= 50 && this.vocab.df[id] / docs > this.config.storylineActorMaxShare) continue;
      shared.push(this.vocab.keys[id].slice(2));
    }
    return shared.filter((k) => !shared.some((o) => o !== k && (o.endsWith(` ${k}`) || o.startsWith(`${k} `))));
  }

  /** Weave one article in: join the best event or found a new one; returns the decision with its score and reasons. */
  add(a: WeaveInput): Assignment {
    if (!a || typeof a.id !== 'string' || a.id.length === 0) throw new WeaveError('weave: article needs a non-empty string id');
    if (typeof a.text !== 'string') throw new WeaveError(`weave: article ${a.id} has no text (give the cleaned body as "text")`);
    this.moved = [];
    const again = this.articleEvent.get(a.id);
    if (again !== undefined) {
      const e = this.eventList[again];
      return {
        event: e.id,
        storyline: this.storylineList[e.storyline].id,
        score: 1,
        newEvent: false,
        newStoryline: false,
        reasons: [{ kind: 'duplicate-id', detail: `article ${a.id} was already woven into ${e.id}` }],
      };
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
    const headline = headlineOf(a.title, a.text, this.config.headlineMaxWords);
    let bestEv = -1;
    let bestScore = 0;
    let bestGap: number | null = null;
    const scored: [number, number][] = [];
    for (const ev of this.candidates(v, day)) {
      const e = this.eventList[ev];
      const gap = dayGap(day, e.firstDay, e.lastDay);
      let s = this.similarity(v, e) * decay(gap, this.config.decayGraceDays, this.config.decayHalfLifeDays) - this.config.smallEventMargin / e.members.length;
      if (this.config.founderGate > 0 && e.members.length > 1 && this.similarityTo(v, e.founderIds, e.founderWeights) < this.config.founderGate)
        s = Math.min(s, this.config.joinThreshold - 1e-6);
      scored.push([ev, s]);
      if (s > bestScore || (s === bestScore && bestEv >= 0 && ev < bestEv)) {
        bestScore = s;
        bestEv = ev;
        bestGap = gap;
      }
    }
    const reasons: Reason[] = [...dateReasons];
    if (bestEv >= 0) {
      const parts: number[] = [];
      this.similarity(v, this.eventList[bestEv], parts);
      reasons.push({
        kind: 'score-parts',
        detail: `cosines with ${this.eventList[bestEv].id}: ${parts.map((c, i) => `${this.groupNames[i]} ${round(c)}`).join(', ')}`,
      });
    }
    const idf = (id: number): number => this.vocab.idf(id, this.config.idfPrior);
    const short = (v.words ?? 0) < this.config.shortItemWords;
    const need = short ? Math.max(this.config.joinThreshold, this.config.shortJoinThreshold) : this.config.joinThreshold;
    const needText = short ? `short-item threshold ${need} (${v.words ?? 0} content words < ${this.config.shortItemWords})` : `join threshold ${need}`;
    if (bestEv >= 0 && bestScore >= need) {
      const e = this.eventList[bestEv];
      reasons.push({ kind: 'joined', detail: `score ${round(bestScore)} >= ${needText}`, weight: round(bestScore) });
      reasons.push(...describeShared(sharedContributions(v, e.centroidIds, e.centroidWeights, idf, this.vocab.keys)));
      if (bestGap !== null) reasons.push({ kind: 'date-gap', detail: `${bestGap} day(s) from the event's dates` });
      else reasons.push({ kind: 'date-gap', detail: 'no date on the article or the event: no time decay' });
      // a marginal member moves the centroid less, so one doubtful join does not pull the next look-alike in
      const weight = this.memberWeight(bestScore);
      this.grow(e, v, weight);
      e.members.push(a.id);
      if (headline && e.headlines.length < HEADLINES_KEPT) e.headlines.push([a.id, headline]);
      if (day !== null) {
        e.firstDay = e.firstDay === null ? day : Math.min(e.firstDay, day);
        e.lastDay = e.lastDay === null ? day : Math.max(e.lastDay, day);
      }
      this.index(v, bestEv);
      this.articleEvent.set(a.id, bestEv);
      this.touch(bestEv);
      const target = this.mergeBridged(bestEv, scored, reasons);
      this.remember(a.id, v, weight, day, target);
      this.refine(target, scored, reasons, a.id);
      this.splitIfTwo(this.live(target), reasons);
      this.groupLook(this.live(target), reasons);
      return { ...this.settle(a.id), score: round(bestScore, 4), newEvent: false, newStoryline: false, reasons };
    }
    // found a new event
    if (bestEv >= 0) {
      const e = this.eventList[bestEv];
      reasons.push({
        kind: 'new-event',
        detail: `closest event ${e.id} scored ${round(bestScore)} < ${needText}`,
        weight: round(bestScore),
      });
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
      id: this.newId('e', a.id),
      storyline: -1,
      headlines: headline ? [[a.id, headline]] : [],
      members: [a.id],
      firstDay: day,
      lastDay: day,
      centroidIds: new Int32Array(0),
      centroidWeights: new Float32Array(0),
      centroidCounts: new Uint32Array(0),
      reasons: [],
      lastSeq: 0,
      mergedInto: -1,
      founderIds: new Int32Array(0),
      founderWeights: new Float32Array(0),
    };
    this.eventList.push(record);
    this.eventIndexById.set(record.id, evIndex);
    this.grow(record, v);
    if (this.config.founderGate > 0) {
      const keepF = Math.min(record.centroidIds.length, this.config.founderTerms);
      const tmp = { ...record };
      this.trim(tmp, keepF);
      record.founderIds = tmp.centroidIds;
      record.founderWeights = tmp.centroidWeights;
    }
    const link = this.linkStoryline(v, evIndex);
    let newStoryline = false;
    if (link) {
      record.storyline = link.storyline;
      this.storylineList[link.storyline].events.push(evIndex);
      const line = this.storylineList[link.storyline];
      // a storyline keeps the link reasons of its first events (each event keeps its own in full)
      if (line.reasons.length < this.config.storylineReasonsKept)
        line.reasons.push(...link.reasons.slice(0, 2).map((r) => ({ ...r, detail: `${record.id}: ${r.detail}` })));
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
    this.touch(evIndex);
    this.remember(a.id, v, 1, day, evIndex);
    this.refine(evIndex, scored, reasons, a.id);
    return { ...this.settle(a.id), score: round(bestScore, 4), newEvent: true, newStoryline, reasons };
  }

  /**
   * Correction for attenuation: a centroid of n articles carries 1/n of their noise, so the cosine of two centroids (an article
   * is a centroid of 1) understates how close their happenings are by sqrt((1 + k/a)(1 + k/b)), k = noiseRatio.
   */
  private attenuation(a: number, b: number): number {
    const k = this.config.noiseRatio;
    return k > 0 ? Math.sqrt((1 + k / a) * (1 + k / b)) : 1;
  }

  /** Centroid weight of a joining article: a marginal member moves the centroid less, so one doubtful join does not pull the next look-alike in. */
  private memberWeight(score: number): number {
    const c = this.config;
    return c.memberWeightScore > 0 ? Math.min(1, (score / c.memberWeightScore) ** c.memberWeightPower) : 1;
  }

  /** Keep an article's contribution for later re-assignment; the oldest falls out after refineWindow adds. */
  private remember(id: string, v: ArticleVector, weight: number, day: number | null, event: number): void {
    if (!(this.config.refineWindow > 0)) return;
    const order = v.ids.map((_, i) => i).sort((x, y) => v.ids[x] - v.ids[y]);
    this.recent.add({ id, ids: Int32Array.from(order, (i) => v.ids[i]), raw: Float32Array.from(order, (i) => v.raw[i]), weight, day, event, seq: this.seq });
  }

  /**
   * Re-assignment around the article just woven: recent articles of its event and of the events it was compared with
   * move to whichever of these events now fits them best (their own scored without them), when that is clearly better.
   * Early joins are made with little evidence; this lets an article that went to a look-alike event return once its own happening has gathered.
   */
  private refine(at: number, scored: [number, number][], reasons: Reason[], adding: string): void {
    const c = this.config;
    if (!(c.refineWindow > 0)) return;
    const near = new Set<number>([this.live(at)]);
    for (const [ev, s] of [...scored].sort((x, y) => y[1] - x[1] || x[0] - y[0])) {
      if (near.size > c.refineEvents || s < c.refineFloor) break;
      near.add(this.live(ev));
    }
    if (near.size < 2) return;
    const events = [...near];
    const movedHere: string[] = [];
    for (const ev of events) {
      const e = this.eventList[ev];
      if (e.mergedInto >= 0) continue;
      let checked = 0;
      for (let i = e.members.length - 1; i >= 0 && checked < c.refineMembers; i--) {
        const r = this.recent.get(e.members[i]);
        if (!r || r.id === adding) continue;
        checked++;
        const own = this.live(r.event);
        const rw = this.recentWeights(r);
        const ownScore = this.eventList[own].members.length > 1 ? this.scoreRecent(r, rw, own, true) : 0;
        let best = -1;
        let bestScore = -1;
        for (const other of events) {
          if (other === own || this.eventList[other].mergedInto >= 0) continue;
          const s = this.scoreRecent(r, rw, other, false);
          if (s > bestScore || (s === bestScore && other < best)) {
            best = other;
            bestScore = s;
          }
        }
        if (best < 0 || bestScore < c.joinThreshold || bestScore < ownScore + c.refineMargin) continue;
        this.moveArticle(r, own, best);
        movedHere.push(`${r.id} (${this.eventList[own].id} -> ${this.eventList[best].id}, ${round(ownScore)} -> ${round(bestScore)})`);
        if (e.mergedInto >= 0) break;
      }
    }
    if (movedHere.length > 0) reasons.push({ kind: 'articles-moved', detail: `earlier articles now fit another event better: ${movedHere.join('; ')}` });
  }

  /** A remembered article's IDF-weighted weights under the current corpus statistics, unit length per group, aligned with its ids. */
  private recentWeights(r: RecentArticle): { weights: Float64Array; hasGroup: boolean[] } {
    const prior = this.config.idfPrior;
    const norm = new Float64Array(this.groupCount);
    const weights = Float64Array.from(r.ids, (id, i) => r.raw[i] * this.vocab.idf(id, prior));
    r.ids.forEach((id, i) => {
      norm[this.groupOf[this.vocab.ns[id]]] += weights[i] * weights[i];
    });
    r.ids.forEach((id, i) => {
      weights[i] /= Math.sqrt(norm[this.groupOf[this.vocab.ns[id]]] + this.smooth2) || 1;
    });
    return { weights, hasGroup: Array.from(norm, (x) => x > 0) };
  }

  /** A remembered article's score against an event (time decay included); with leaveOut, against the event without the article's own share. */
  private scoreRecent(r: RecentArticle, rw: { weights: Float64Array; hasGroup: boolean[] }, ev: number, leaveOut: boolean): number {
    const e = this.eventList[ev];
    const dot = new Float64Array(this.groupCount);
    const norm = new Float64Array(this.groupCount);
    const prior = this.config.idfPrior;
    let j = 0;
    for (let i = 0; i < e.centroidIds.length; i++) {
      const id = e.centroidIds[i];
      while (j < r.ids.length && r.ids[j] < id) j++;
      const shared = j < r.ids.length && r.ids[j] === id;
      let cw = e.centroidWeights[i];
      if (shared && leaveOut) cw = Math.max(0, cw - r.weight * r.raw[j]);
      const g = this.groupOf[this.vocab.ns[id]];
      const w = (this.gamma === 1 ? cw : cw ** this.gamma) * this.vocab.idf(id, prior);
      norm[g] += w * w;
      if (shared) dot[g] += rw.weights[j] * w;
    }
    const gap = dayGap(r.day, e.firstDay, e.lastDay);
    return this.combine(dot, norm, rw.hasGroup) * decay(gap, this.config.decayGraceDays, this.config.decayHalfLifeDays);
  }

  /** Move a remembered article from one event to another: members, centroids (its share out of one, into the other), index and dates. */
  private moveArticle(r: RecentArticle, from: number, to: number): void {
    const a = this.eventList[from];
    const b = this.eventList[to];
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
    a.members = a.members.filter((m) => m !== r.id);
    const v: ArticleVector = { ids: Array.from(r.ids), weights: [], raw: Array.from(r.raw), byId: new Map(), hasGroup: [] };
    this.grow(b, v, r.weight);
    b.members.push(r.id);
    if (r.day !== null) {
      b.firstDay = b.firstDay === null ? r.day : Math.min(b.firstDay, r.day);
      b.lastDay = b.lastDay === null ? r.day : Math.max(b.lastDay, r.day);
    }
    const n = Math.min(this.config.indexTermsPerArticle, r.ids.length);
    const strongest = Array.from(r.ids.keys())
      .sort((x, y) => r.raw[y] - r.raw[x] || r.ids[x] - r.ids[y])
      .slice(0, n);
    for (const i of strongest) this.post(this.postings, r.ids[i], to);
    r.event = to;
    this.articleEvent.set(r.id, to);
    this.moved.push(r.id);
    if (a.members.length === 0) {
      // an event left without articles answers with the event that took its last one
      const line = this.storylineList[a.storyline];
      line.events = line.events.filter((ev) => ev !== from);
      a.mergedInto = to;
      a.storyline = b.storyline;
    }
  }

  /** Where the article just added ended up (a split may have carried it to a new event); it is not among the moved. */
  private settle(id: string): { event: string; storyline: string } {
    this.moved = this.moved.filter((m) => m !== id);
    return this.placeOf(id) as { event: string; storyline: string };
  }

  /** Ids of earlier articles the last add() moved to another event (their stored assignments are stale; eventOf gives the new one). */
  movedByLastAdd(): string[] {
    return [...this.moved];
  }

  /** The live event an event index stands for now (follows merges). */
  private live(ev: number): number {
    let at = ev;
    while (this.eventList[at].mergedInto >= 0) at = this.eventList[at].mergedInto;
    return at;
  }

  /** An event centroid as an IDF-weighted vector normalised per feature group, so two events can be compared like an article and an event. */
  private centroidVector(e: { centroidIds: ArrayLike<number>; centroidWeights: ArrayLike<number> }): ArticleVector {
    const prior = this.config.idfPrior;
    const norm = new Float64Array(this.groupCount);
    const weights: number[] = [];
    for (let i = 0; i < e.centroidIds.length; i++) {
      const w = e.centroidWeights[i] * this.vocab.idf(e.centroidIds[i], prior);
      weights.push(w);
      norm[this.groupOf[this.vocab.ns[e.centroidIds[i]]]] += w * w;
    }
    const out: ArticleVector = { ids: [], weights: [], raw: [], byId: new Map(), hasGroup: Array.from(norm, (x) => x > 0) };
    for (let i = 0; i < e.centroidIds.length; i++) {
      const g = this.groupOf[this.vocab.ns[e.centroidIds[i]]];
      const w = weights[i] / (Math.sqrt(norm[g] + this.smooth2) || 1);
      out.ids.push(e.centroidIds[i]);
      out.weights.push(w);
      out.raw.push(e.centroidWeights[i]);
      out.byId.set(e.centroidIds[i], w);
    }
    return out;
  }

  /**
   * Split an event whose recent articles fall into two groups that look like two happenings (the two-means split of them
   * scores below splitThreshold by the same corrected centroid score a merge uses): the group without the founder becomes its own event.
   */
  private splitIfTwo(ev: number, reasons: Reason[]): void {
    const c = this.config;
    if (!(c.splitThreshold > 0)) return;
    const e = this.eventList[ev];
    const n = e.members.length;
    if (e.mergedInto >= 0 || n < 2 * c.splitMinMembers) return;
    // past splitMembers articles, check at a fixed fraction of the event's growth (bounded work per article)
    if (n > c.splitMembers && n % Math.ceil(n / c.splitMembers) !== 0) return;
    const rs: RecentArticle[] = [];
    for (let i = e.members.length - 1; i >= 0 && rs.length < c.splitMembers; i--) {
      const r = this.recent.get(e.members[i]);
      if (r) rs.push(r);
    }
    if (rs.length < 2 * c.splitMinMembers) return;
    const scores = this.subsetScores(rs);
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
      ) * this.attenuation(sizes[0], sizes[1]);
    if (score >= c.splitThreshold) return;
    // the founder's side keeps the event; with the founder no longer recent, the larger side does
    const founder = rs.findIndex((r) => r.id === e.members[0]);
    const goSide = founder >= 0 ? !side[founder] : sizes[1] < sizes[0];
    const go = rs.filter((_, i) => side[i] === goSide).sort((x, y) => x.seq - y.seq);
    const evIndex = this.eventList.length;
    const record: EventRecord = {
      id: this.newId('e', go[0].id),
      storyline: e.storyline,
      headlines: e.headlines.filter(([id]) => go.some((r) => r.id === id)),
      members: [],
      firstDay: null,
      lastDay: null,
      centroidIds: new Int32Array(0),
      centroidWeights: new Float32Array(0),
      centroidCounts: new Uint32Array(0),
      reasons: [],
      lastSeq: this.seq,
      mergedInto: -1,
      founderIds: new Int32Array(0),
      founderWeights: new Float32Array(0),
    };
    this.eventList.push(record);
    this.eventIndexById.set(record.id, evIndex);
    this.storylineList[e.storyline].events.push(evIndex);
    for (const r of go) this.moveArticle(r, ev, evIndex);
    const detail = `${e.id}'s recent articles form two groups scoring ${round(score)} < split threshold ${c.splitThreshold}: ${go.length} article(s) (${go.map((r) => r.id).join(', ')}) split off as ${record.id}`;
    record.reasons = [{ kind: 'split-from', detail, weight: round(score) }];
    reasons.push({ kind: 'event-split', detail, weight: round(score) });
  }

  /** Scores among remembered articles under the current corpus statistics (the same group-weighted cosine as everywhere). */
  private subsetScores(rs: RecentArticle[]): SubsetScores {
    const prior = this.config.idfPrior;
    const rows = rs.map((r) => ({
      ids: r.ids,
      values: Float64Array.from(r.ids, (id, i) => r.raw[i] * this.vocab.idf(id, prior)),
      groups: Int8Array.from(r.ids, (id) => this.groupOf[this.vocab.ns[id]]),
      weight: r.weight,
    }));
    return new SubsetScores(rows, this.groupCount, (dots, na, nb) => {
      const cos = new Float64Array(this.groupCount);
      for (let g = 0; g < this.groupCount; g++)
        if (na[g] > 0 && nb[g] > 0) cos[g] = dots[g] / (Math.sqrt(na[g] + this.smooth2) * Math.sqrt(nb[g] + this.smooth2));
      return this.gatedMean(cos, (g) => na[g] > 0 || nb[g] > 0);
    });
  }

  /** Similarity of two events' centroids (the same group-weighted cosine an article gets). */
  private eventSimilarity(a: EventRecord, b: EventRecord, parts?: number[]): number {
    return this.similarityTo(this.centroidVector(a), b.centroidIds, b.centroidWeights, parts);
  }

  /**
   * After an article joined an event, other candidate events it also scored well against are checked: when the two
   * events' centroids are close enough they are one happening told twice, and the smaller is merged into the larger.
   */
  private mergeBridged(joined: number, scored: [number, number][], reasons: Reason[]): number {
    let target = joined;
    if (!(this.config.mergeThreshold > 0)) return target;
    const others = scored.filter(([ev, s]) => ev !== joined && s >= this.config.mergeArticleScore).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    for (const [ev, s] of others) {
      const other = this.live(ev);
      if (other === target) continue;
      const parts: number[] = [];
      const es =
        this.eventSimilarity(this.eventList[target], this.eventList[other], parts) *
        this.attenuation(this.eventList[target].members.length, this.eventList[other].members.length);
      if (es < this.config.mergeThreshold) continue;
      const [keep, drop] = this.eventList[other].members.length > this.eventList[target].members.length ? [other, target] : [target, other];
      const lost = this.eventList[drop];
      reasons.push({
        kind: 'events-merged',
        detail: `this article also scored ${round(s)} against ${this.eventList[other].id}; events ${this.eventList[target].id} and ${this.eventList[other].id} are close (centroid score ${round(es)} >= merge threshold ${this.config.mergeThreshold}): ${lost.id} (${lost.members.length} article(s)) merged into ${this.eventList[keep].id}`,
        weight: round(es),
      });
      this.merge(keep, drop, es);
      target = keep;
    }
    return target;
  }

  /**
   * Group evidence: when an event reaches one of groupLookSizes members, its centroid looks for sister events (through the
   * inverted index of its strongest terms) whose centroids agree with it once corrected for their sizes; those are one
   * happening that no single article bridged, and merge.
   */
  private groupLook(ev: number, reasons: Reason[]): void {
    const c = this.config;
    const e = this.eventList[ev];
    if (!(c.groupMergeThreshold > 0) || e.mergedInto >= 0 || !c.groupLookSizes.includes(e.members.length)) return;
    const cv = this.centroidVector(e);
    const order = cv.ids.map((_, i) => i).sort((x, y) => cv.weights[y] - cv.weights[x] || cv.ids[x] - cv.ids[y]);
    const query: ArticleVector = { ...cv, ids: order.map((i) => cv.ids[i]), weights: order.map((i) => cv.weights[i]), raw: order.map((i) => cv.raw[i]) };
    let target = ev;
    for (const other of this.candidates(query, e.firstDay)) {
      const o = this.live(other);
      if (o === target) continue;
      const a = this.eventList[target];
      const b = this.eventList[o];
      const es = this.eventSimilarity(a, b) * this.attenuation(a.members.length, b.members.length);
      if (es < c.groupMergeThreshold) continue;
      const [keep, drop] = b.members.length > a.members.length ? [o, target] : [target, o];
      const lost = this.eventList[drop];
      reasons.push({
        kind: 'events-merged',
        detail: `second look at ${a.id} (${a.members.length} articles): ${b.id} tells the same happening (corrected centroid score ${round(es)} >= ${c.groupMergeThreshold}); ${lost.id} (${lost.members.length} article(s)) merged into ${this.eventList[keep].id}`,
        weight: round(es),
      });
      this.merge(keep, drop, es);
      target = keep;
    }
  }

  /** Merge event drop into event keep: members, dates and centroid move over; drop becomes an alias of keep. */
  private merge(keep: number, drop: number, score: number): void {
    const k = this.eventList[keep];
    const d = this.eventList[drop];
    const ids = new Int32Array(k.centroidIds.length + d.centroidIds.length);
    const ws = new Float32Array(ids.length);
    const cs = new Uint32Array(ids.length);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < k.centroidIds.length || j < d.centroidIds.length) {
      const a = i < k.centroidIds.length ? k.centroidIds[i] : Infinity;
      const b = j < d.centroidIds.length ? d.centroidIds[j] : Infinity;
      if (a < b) {
        ids[n] = a;
        cs[n] = k.centroidCounts[i];
        ws[n++] = k.centroidWeights[i++];
      } else if (b < a) {
        ids[n] = b;
        cs[n] = d.centroidCounts[j];
        ws[n++] = d.centroidWeights[j++];
      } else {
        ids[n] = a;
        cs[n] = k.centroidCounts[i] + d.centroidCounts[j];
        ws[n++] = k.centroidWeights[i++] + d.centroidWeights[j++];
      }
    }
    k.centroidIds = ids.slice(0, n);
    k.centroidWeights = ws.slice(0, n);
    k.centroidCounts = cs.slice(0, n);
    if (n > this.config.maxCentroidTerms) this.trim(k, this.config.maxCentroidTerms);
    for (const m of d.members) this.articleEvent.set(m, keep);
    k.headlines.push(...d.headlines.slice(0, Math.max(0, HEADLINES_KEPT - k.headlines.length)));
    k.members.push(...d.members);
    for (const day of [d.firstDay, d.lastDay]) {
      if (day === null) continue;
      k.firstDay = k.firstDay === null ? day : Math.min(k.firstDay, day);
      k.lastDay = k.lastDay === null ? day : Math.max(k.lastDay, day);
    }
    k.lastSeq = Math.max(k.lastSeq, d.lastSeq);
    k.reasons.push({
      kind: 'merged-event',
      detail: `absorbed ${d.id} (${d.members.length} article(s)); centroid score ${round(score)} >= merge threshold ${this.config.mergeThreshold}`,
      weight: round(score),
    });
    const line = this.storylineList[d.storyline];
    line.events = line.events.filter((ev) => ev !== drop);
    d.mergedInto = keep;
    d.storyline = k.storyline;
    d.centroidIds = new Int32Array(0);
    d.centroidWeights = new Float32Array(0);
    d.centroidCounts = new Uint32Array(0);
    d.founderIds = new Int32Array(0);
    d.founderWeights = new Float32Array(0);
  }

  /** The current id of an event id handed out earlier (an event merged into another answers with the survivor's id). */
  resolveEvent(eventId: string): string {
    const at = this.eventIndexById.get(eventId);
    if (at === undefined) throw new WeaveError(`weave: unknown event id ${eventId}`);
    return this.eventList[this.live(at)].id;
  }

  /** Article ids of an event (any id it was ever known by), e.g. to re-store members' assignments after an events-merged reason. */
  membersOf(eventId: string): string[] {
    const at = this.eventIndexById.get(eventId);
    if (at === undefined) throw new WeaveError(`weave: unknown event id ${eventId}`);
    return [...this.eventList[this.live(at)].members];
  }

  /** The current event and storyline of an article woven earlier (e.g. to re-store one movedByLastAdd() names), or null when it was never added. */
  placeOf(articleId: string): { event: string; storyline: string } | null {
    const at = this.articleEvent.get(articleId);
    if (at === undefined) return null;
    const e = this.eventList[this.live(at)];
    return { event: e.id, storyline: this.storylineList[e.storyline].id };
  }

  /** The current event of an article woven earlier, or null when it was never added. */
  eventOf(articleId: string): string | null {
    const at = this.articleEvent.get(articleId);
    return at === undefined ? null : this.eventList[this.live(at)].id;
  }

  private touch(ev: number): void {
    this.seq += 1;
    this.eventList[ev].lastSeq = this.seq;
    this.touchLog.push([ev, this.seq]);
    this.archiveIdle();
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

  /** The most representative headline among an event's (or storyline's) live members' headlines. */
  private nameOf(headlines: [string, string][], members: Set<string>, ids: ArrayLike<number>, weights: ArrayLike<number>): string | null {
    const live = headlines.filter(([id]) => members.has(id)).map(([, h]) => h);
    if (live.length <= 1) return live[0] ?? null;
    const salience = new Map<string, number>();
    const prior = this.config.idfPrior;
    for (let i = 0; i < ids.length; i++) {
      const key = this.vocab.keys[ids[i]];
      if (key.startsWith('w:') && !key.includes('_')) salience.set(key.slice(2), weights[i] * this.vocab.idf(ids[i], prior));
    }
    return representativeHeadline(live, (st) => salience.get(st) ?? 0);
  }

  /** Estimated dates of a storyline's undated events, from their partial dates and the dated events around them. */
  private estimates(line: StorylineRecord): Map<number, DateEstimate | null> {
    const out = new Map<number, DateEstimate | null>();
    const evs = line.events;
    for (let i = 0; i < evs.length; i++) {
      const e = this.eventList[evs[i]];
      if (e.firstDay !== null) continue;
      let before: number | null = null;
      let after: number | null = null;
      for (let j = i - 1; j >= 0 && before === null; j--) before = this.eventList[evs[j]].firstDay;
      for (let j = i + 1; j < evs.length && after === null; j++) after = this.eventList[evs[j]].firstDay;
      const keys = Array.from(e.centroidIds, (id) => this.vocab.keys[id]);
      out.set(evs[i], estimateDate(partialDatesOf(keys, e.centroidWeights), before, after));
    }
    return out;
  }

  events(): EventSummary[] {
    const estimated = new Map<number, DateEstimate | null>();
    for (const line of this.storylineList) if (line.events.length > 0) for (const [ev, est] of this.estimates(line)) estimated.set(ev, est);
    return this.eventList
      .map((e, ev) => ({ e, ev }))
      .filter(({ e }) => e.mergedInto < 0)
      .map(({ e, ev }) => {
        const top = this.labelTerms(e.centroidIds, e.centroidWeights, 8);
        const est = estimated.get(ev) ?? null;
        return {
          id: e.id,
          storyline: this.storylineList[e.storyline].id,
          members: [...e.members],
          label: top.slice(0, 4).join(', '),
          headline: this.nameOf(e.headlines, new Set(e.members), e.centroidIds, e.centroidWeights),
          topTerms: top,
          firstDate: isoDay(e.firstDay),
          lastDate: isoDay(e.lastDay),
          estimated: est,
          reasons: e.reasons.map((r) => ({ ...r })),
        };
      });
  }

  storylines(): StorylineSummary[] {
    return this.storylineList
      .filter((s) => s.events.length > 0)
      .map((s) => {
        const sum = new Map<number, number>();
        let first: number | null = null;
        let last: number | null = null;
        const members: string[] = [];
        const headlines: [string, string][] = [];
        for (const ev of s.events) {
          const e = this.eventList[ev];
          members.push(...e.members);
          headlines.push(...e.headlines);
          for (let i = 0; i < e.centroidIds.length; i++) sum.set(e.centroidIds[i], (sum.get(e.centroidIds[i]) ?? 0) + e.centroidWeights[i]);
          if (e.firstDay !== null) first = first === null ? e.firstDay : Math.min(first, e.firstDay);
          if (e.lastDay !== null) last = last === null ? e.lastDay : Math.max(last, e.lastDay);
        }
        const top = this.labelTerms([...sum.keys()], [...sum.values()], 8);
        const est = this.estimates(s);
        // events in time order: known dates, then estimates (by the middle of their range), then those that cannot be placed
        const ordered = s.events
          .map((ev, i) => ({ ev, i, key: timelineKey(isoDay(this.eventList[ev].firstDay), est.get(ev) ?? null) }))
          .sort((a, b) => a.key - b.key || a.i - b.i);
        return {
          id: s.id,
          events: ordered.map((x) => this.eventList[x.ev].id),
          members,
          label: top.slice(0, 4).join(', '),
          headline: this.nameOf(headlines, new Set(members), [...sum.keys()], [...sum.values()]),
          topTerms: top,
          firstDate: isoDay(first),
          lastDate: isoDay(last),
          reasons: s.reasons.map((r) => ({ ...r })),
        };
      });
  }

  /** Number of events so far. */
  get eventCount(): number {
    return this.eventList.filter((e) => e.mergedInto < 0).length;
  }

  /** Number of storylines so far. */
  get storylineCount(): number {
    return this.storylineList.filter((s) => s.events.length > 0).length;
  }

  /** Number of articles woven so far. */
  get size(): number {
    return this.articleEvent.size;
  }

  snapshot(): WeaveSnapshot {
    const events: EventState[] = this.eventList.map((e) => ({
      id: e.id,
      storyline: this.storylineList[e.storyline].id,
      members: [...e.members],
      firstDay: e.firstDay,
      lastDay: e.lastDay,
      centroidIds: Array.from(e.centroidIds),
      centroidWeights: Array.from(e.centroidWeights),
      centroidCounts: Array.from(e.centroidCounts),
      reasons: e.reasons,
      lastSeq: e.lastSeq,
      founderIds: Array.from(e.founderIds),
      founderWeights: Array.from(e.founderWeights),
      mergedInto: e.mergedInto,
      headlines: e.headlines.map(([id, h]) => [id, h] as [string, string]),
    }));
    const storylines: StorylineState[] = this.storylineList.map((s) => ({ id: s.id, events: [...s.events], reasons: s.reasons }));
    return {
      version: 1,
      config: structuredClone(this.config),
      docs: this.vocab.docs,
      vocab: [...this.vocab.keys],
      df: [...this.vocab.df],
      events,
      storylines,
      postings: [...this.postings.entries()].map(([k, l]) => [k, [...l]]),
      actorPostings: [...this.actorPostings.entries()].map(([k, l]) => [k, [...l]]),
      articleEvent: [...this.articleEvent.entries()],
      seq: this.seq,
      touchLog: this.touchLog.slice(this.archiveCursor).map(([ev, at]) => [ev, at]),
      recent: this.recent.toState(),
    };
  }

  static restore(s: WeaveSnapshot): Weaver {
    if (s?.version !== 1) throw new WeaveError(`weave snapshot: unsupported version ${String(s?.version)}; re-cluster the articles to rebuild it`);
    for (const key of ['config', 'vocab', 'df', 'events', 'storylines', 'postings', 'actorPostings', 'articleEvent', 'touchLog'] as const) {
      if (s[key] === undefined || s[key] === null)
        throw new WeaveError(`weave snapshot: field "${key}" is missing (written by another version?); re-cluster the articles to rebuild it`);
    }
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
        id: e.id,
        storyline,
        members: [...e.members],
        firstDay: e.firstDay,
        lastDay: e.lastDay,
        centroidIds: Int32Array.from(e.centroidIds),
        centroidWeights: Float32Array.from(e.centroidWeights),
        reasons: e.reasons,
        lastSeq: e.lastSeq,
        centroidCounts: e.centroidCounts ? Uint32Array.from(e.centroidCounts) : new Uint32Array(e.centroidIds.length).fill(1),
        founderIds: Int32Array.from(e.founderIds ?? []),
        founderWeights: Float32Array.from(e.founderWeights ?? []),
        mergedInto: e.mergedInto ?? -1,
        headlines: (e.headlines ?? []).map(([id, h]) => [id, h] as [string, string]),
      });
      w.eventIndexById.set(e.id, w.eventList.length - 1);
      w.usedIds.add(e.id);
    }
    for (const [k, l] of s.postings) w.postings.set(k, [...l]);
    for (const [k, l] of s.actorPostings) w.actorPostings.set(k, [...l]);
    for (const [id, ev] of s.articleEvent) w.articleEvent.set(id, ev);
    w.seq = s.seq;
    w.touchLog = s.touchLog.map(([ev, at]) => [ev, at]);
    w.recent = RecentWindow.fromState(w.config.refineWindow, s.recent ?? []);
    return w;
  }
}
