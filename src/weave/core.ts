// The weave's mutable state: events, storylines, inverted indexes, vocabulary, recent window and the derived tunables; plus the bookkeeping every step shares (live ids, postings, candidates).
import type { WeaveConfig } from './types.js';
import { Vocabulary } from './vocabulary.js';
import { stableId } from './ids.js';
import { type RecentArticle, RecentWindow } from './recent-window.js';
import { WeaveError, defaultWeaveConfig } from './config.js';
import { type ArticleVector, type EventRecord, type StorylineRecord, ENTITY_NS, NAMESPACES, NS_NAMES, QUOTE_NS } from './records.js';
import { ascending, groupCache, releaseGroups } from './records.js';
import { trim } from './centroid.js';
import { FeatureSink } from './feature-sink.js';
import { ForgetSweep } from './forget.js';
import { PostingIndex } from './posting-index.js';
import { ArticleTable } from './article-table.js';
import { TouchLog } from './touch-log.js';
import type { WeightLookup } from './explain.js';
import { Marks } from './marks.js';
import { EventFacts } from './event-facts.js';
import { ReasonArena } from './reason-arena.js';
import { IdleArrays } from './idle-arrays.js';
import { SpreadVector } from './spread-vector.js';
import { VoteTally } from './vote-tally.js';

/** Which decision weighed a pair: the second look of an event (at a look size, or a small event's late look), or the late look of a stray article. */
export type PairKind = 'group' | 'late';

/** Candidate limits up to this are kept by insertion as the votes are read; larger ones are sorted. */
const TOP_MAX = 128;

export class WeaveCore {
  readonly config: WeaveConfig;
  vocab: Vocabulary;
  readonly eventList: EventRecord[] = [];
  readonly storylineList: StorylineRecord[] = [];
  readonly postings = new PostingIndex();
  readonly actorPostings = new PostingIndex();
  /** Each woven article's event index (follow live() for merges) by article id. */
  readonly articleEvent = new ArticleTable();
  readonly usedIds = new Set<string>();
  readonly eventIndexById = new Map<string, number>();
  /** Articles added so far (sequence clock for archiving). */
  seq = 0;
  /** [event, seq] per touch, oldest first: events idle long enough get their centroids trimmed. */
  touchLog = new TouchLog();
  /** The last refineWindow articles: these may still move to an event that fits them better. */
  recent: RecentWindow;
  /** Articles the last add() moved to another event. */
  moved: string[] = [];
  /** Called with every pair the second and late looks weigh (features of pair-model.ts, both groups' members): to fit the pair model. */
  pairLog: ((features: number[], a: readonly string[], b: readonly string[], kind: PairKind) => void) | null = null;
  readonly alpha: number[];
  readonly gamma: number;
  /** Squared pseudo-norm added to every group (sparseSmoothing^2): one shared feature alone cannot make a cosine of 1. */
  readonly smooth2: number;
  readonly alphaSum: number;
  /** Per group: share of its weight kept in the mean when neither side has a feature in it. */
  readonly absent: number[];
  readonly nsMult: number[];
  readonly groupOf: number[];
  readonly groupCount: number;
  readonly groupNames: string[];
  /** Feature group of dates (-1 when dates share a group with content): it only supports a join content already supports. */
  readonly dateGroup: number;
  readonly cosines: Float64Array;
  readonly wordGroup: number;

  /** Scratch buffers of the scoring hot loop (reused: no allocation per comparison). */
  readonly dotScratch: Float64Array;
  readonly normScratch: Float64Array;
  readonly presentScratch: Uint8Array;
  /** Per group: 1 when the centroid of the last similarityTo call holds a feature of it (whatever its weight). */
  readonly centroidHas: Uint8Array;
  /** The article being woven, spread for lookups by feature id (see similarityTo). */
  readonly spread = new SpreadVector();
  loaded: ArticleVector | null = null;

  private sink: FeatureSink | null = null;

  /** The feature sink of this vocabulary (its word and pair id caches live as long as the vocabulary). */
  featureSink(): FeatureSink {
    if (!this.sink || this.sink.vocab !== this.vocab) this.sink = new FeatureSink(this.vocab);
    return this.sink;
  }

  /** Spread an article vector for lookups by id (see similarityTo). */
  load(v: ArticleVector): void {
    this.spread.spread(v, this.vocab.size);
    this.loaded = v;
  }

  /** The weights of a vector to look up by id: the spread article when it is the one loaded (no id map built), else its map. */
  view(v: ArticleVector): { byId: WeightLookup } {
    return this.loaded === v ? this.spreadView : v;
  }

  /** view() of the loaded article: its spread answers by id. */
  private readonly spreadView: { byId: WeightLookup } = { byId: this.spread };

  /** Forget the spread article after it is woven. */
  unload(): void {
    this.spread.clear();
    this.loaded = null;
  }

  /** Events, storylines and posting lists changed since the last flushRows() (ids for upserts); events and storylines also since the last flushSummaries() (`.also`). */
  readonly dirtyEvents = new Marks();
  readonly dirtyStorylines = new Marks();
  readonly dirtyPostings = new Set<number>();
  readonly dirtyActorPostings = new Set<number>();

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
    this.dotScratch = new Float64Array(this.groupCount);
    this.normScratch = new Float64Array(this.groupCount);
    this.presentScratch = new Uint8Array(this.groupCount);
    this.centroidHas = new Uint8Array(this.groupCount);
    this.gamma = this.config.consensusPower;
    this.smooth2 = this.config.sparseSmoothing ** 2;
    for (const key of ['smallEventMargin', 'founderGate', 'sparseSmoothing'] as const) {
      if (!Number.isFinite(this.config[key])) throw new WeaveError(`weave config: ${key} must be a number, got ${String(this.config[key])}`);
    }
    if (!(this.alphaSum > 0)) throw new WeaveError('weave config: groupWeights must give at least one feature group a positive weight');
  }

  /** The live event an event index stands for now (follows merges; read from the facts' mirror, not the records). */
  live(ev: number): number {
    const facts = this.facts;
    if (ev >= facts.known) facts.sync(this.eventList);
    const to = facts.mergedTo;
    let at = ev;
    while (to[at] >= 0) at = to[at];
    return at;
  }

  /** Record that event ev was merged into (or emptied into) event `into`: the record and its mirror. */
  setMerged(ev: number, into: number): void {
    this.facts.merged(this.eventList[ev], ev, into);
  }

  /** Event ev now also covers this day (null: no change): the record's date range and its mirror. */
  widenDays(ev: number, day: number | null): void {
    this.facts.widen(this.eventList[ev], ev, day);
  }

  /** Typed mirrors of the records' mergedInto and dates (event-facts.ts): live() and the votes read no record. */
  readonly facts = new EventFacts();

  /** Append an event to a bounded posting list (most recent kept; no duplicates). */
  post(index: PostingIndex, id: number, event: number): void {
    index.post(id, event, this.config.postingCap);
    (index === this.postings ? this.dirtyPostings : this.dirtyActorPostings).add(id);
  }

  /** Mark an event changed at this add (articles moved in or out, a merge): its clock moves on as a join's does, so the looks weigh it again and it stays out of the archive. */
  changed(ev: number): void {
    const e = this.eventList[ev];
    this.dirtyEvents.add(ev);
    if (e.lastSeq === this.seq) return;
    e.lastSeq = this.seq;
    this.touchLog.push(ev, this.seq);
  }

  touch(ev: number): void {
    this.seq += 1;
    this.eventList[ev].lastSeq = this.seq;
    this.dirtyEvents.add(ev);
    this.touchLog.push(ev, this.seq);
    this.archiveIdle();
  }

  /** Trim centroids of events idle for archiveAfterArticles adds to archivedTerms features (bounded memory; enough for storyline links). */
  archiveIdle(): void {
    const limit = this.seq - this.config.archiveAfterArticles;
    const log = this.touchLog;
    while (log.length > 0 && log.firstSeq() <= limit) {
      const ev = log.firstEvent();
      const at = log.firstSeq();
      log.shift();
      const e = this.eventList[ev];
      if (e.lastSeq !== at) continue;
      if (e.centroidIds.length > this.config.archivedTerms) {
        trim(this, e, this.config.archivedTerms);
        releaseGroups(e);
        this.dirtyEvents.add(ev);
      }
      this.reasonArena.packIdle(e);
      this.idleArrays.settle(e);
    }
  }

  /** Idle events' feature arrays, moved onto shared chunks (idle-arrays.ts). */
  readonly idleArrays = new IdleArrays();

  /** Reasons of idle events, packed (reason-arena.ts): read them with reasonArena.of(e), add to them through reasonArena.own(e). */
  readonly reasonArena = new ReasonArena();

  /** After an add: every forgetEvery adds, forget the features nothing holds any more (the memory bound). */
  afterAdd(): void {
    const every = this.config.forgetEvery;
    if (!(every > 0) || this.seq === 0 || this.seq % every !== 0 || this.seq === this.forgotAt) return;
    this.forgotAt = this.seq;
    this.forgetUnheld();
  }

  /** The add sequence number of the last forgetting sweep (not persisted: a sweep at the same number forgets nothing new). */
  private forgotAt = -1;

  /**
   * Forget features seen in at most forgetMaxDf articles, none of them in the last forgetAfterArticles articles, that no
   * centroid or founder of an event active in the last archiveAfterArticles (and forgetAfterArticles) adds and no recent
   * article holds, and whose posting lists name only events idle for forgetAfterArticles adds (those lists go too;
   * archived events drop them from their trimmed centroids). Below that age nothing is forgotten, so a stream shorter than it
   * weaves exactly as without the bound. Returns how many were forgotten.
   */
  forgetUnheld(): number {
    return this.sweep.run(this);
  }

  /** The sweep's state: the ids that can be forgotten and the archived centroids that cannot hold one. */
  private readonly sweep = new ForgetSweep();

  index(v: ArticleVector, ev: number): void {
    const n = Math.min(this.config.indexTermsPerArticle, v.ids.length);
    for (let i = 0; i < n; i++) this.post(this.postings, v.ids[i], ev);
    let actors = 0;
    const ns = this.vocab.ns;
    for (let i = 0; i < v.ids.length && actors < this.config.indexTermsPerArticle; i++) {
      const kind = ns[v.ids[i]];
      if (kind === ENTITY_NS || kind === QUOTE_NS) {
        this.post(this.actorPostings, v.ids[i], ev);
        actors++;
      }
    }
  }

  newId(prefix: string, seed: string): string {
    let id = stableId(prefix, seed);
    for (let k = 2; this.usedIds.has(id); k++) id = stableId(prefix, `${seed}#${k}`);
    this.usedIds.add(id);
    return id;
  }

  /** Keep an article's contribution for later re-assignment; the oldest falls out after refineWindow adds. */
  remember(id: string, v: ArticleVector, weight: number, day: number | null, event: number): void {
    if (!(this.config.refineWindow > 0)) return;
    const order = ascending(v);
    const ids = new Int32Array(order.length);
    const raw = new Float32Array(order.length);
    for (let k = 0; k < order.length; k++) {
      ids[k] = v.ids[order[k]];
      raw[k] = v.raw[order[k]];
    }
    this.recent.add({ id, ids, raw, groups: groupCache(), weight, day, event, seq: this.seq });
  }

  /** The i-th member of event record e when it is still in the recent window (as recent.get(e.members[i]), by its memberSeq). */
  recentMember(e: EventRecord, i: number): RecentArticle | undefined {
    return this.recent.atSeq(e.memberSeq[i]);
  }

  /** Index votes per event of candidates(). */
  private readonly tally = new VoteTally();

  /** Candidate events: those posted under the article's strongest features, inside the time window (the `limit` with most votes). */
  candidates(v: ArticleVector, day: number | null, limit = this.config.maxCandidates): number[] {
    const facts = this.facts;
    if (facts.known < this.eventList.length) facts.sync(this.eventList);
    const n = Math.min(this.config.queryTerms, v.ids.length);
    const postings = this.postings;
    let most = 0;
    for (let i = 0; i < n; i++) most += postings.lengthOf(v.ids[i]);
    const tally = this.tally;
    tally.reset(most);
    // the lists read in place (no copy of each)
    for (let i = 0; i < n; i++) {
      const list = postings.view(v.ids[i]);
      const end = postings.viewAt + postings.viewLength;
      for (let k = postings.viewAt; k < end; k++) tally.vote(this.live(list[k]), v.weights[i]);
    }
    // the `limit` best by votes (ties: the older event first), kept sorted as they come: most are turned away by one comparison
    if (!(limit <= TOP_MAX)) return this.allRanked(day, limit);
    const topEv = this.topEv;
    const topW = this.topW;
    let size = 0;
    for (let x = 0; x < tally.size; x++) {
      const ev = tally.events[x];
      const w = tally.sums[x];
      if (size === limit && !(w > topW[size - 1] || (w === topW[size - 1] && ev < topEv[size - 1]))) continue;
      const gap = facts.gap(ev, day);
      if (gap !== null && gap > this.config.eventWindowDays) continue;
      let k = size < limit ? size++ : size - 1;
      for (; k > 0 && (w > topW[k - 1] || (w === topW[k - 1] && ev < topEv[k - 1])); k--) {
        topW[k] = topW[k - 1];
        topEv[k] = topEv[k - 1];
      }
      topW[k] = w;
      topEv[k] = ev;
    }
    return Array.from(topEv.subarray(0, size));
  }

  /** The best `limit` of the events voted for (in the tally) by a full sort: for limits past TOP_MAX. */
  private allRanked(day: number | null, limit: number): number[] {
    const out: [number, number][] = [];
    for (let x = 0; x < this.tally.size; x++) {
      const ev = this.tally.events[x];
      const w = this.tally.sums[x];
      const gap = this.facts.gap(ev, day);
      if (gap !== null && gap > this.config.eventWindowDays) continue;
      out.push([ev, w]);
    }
    out.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return out.slice(0, limit).map((x) => x[0]);
  }

  /** Scratch of candidates(): the best events so far and their votes, best first. */
  private readonly topEv = new Int32Array(TOP_MAX);
  private readonly topW = new Float64Array(TOP_MAX);

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
}
