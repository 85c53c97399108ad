// The engine: wires ingest -> extract -> analyze -> fingerprint -> weave -> store; the one API the CLI, the HTTP API and the web page call.
import { resolve } from 'node:path';
import { analyze, groupStatements, type StatementInput } from './analyze/index.js';
import { extract, isRejection } from './extract/index.js';
import { CopyIndex, fingerprint, signatureFromBuffer, signatureToBuffer, signatureVersion } from './fingerprint/index.js';
import { rawDocFromRow } from './ingest/jsonl.js';
import { readSources, type ReadOptions } from './ingest/sources.js';
import type { Analysis, Article, Assignment, Quote, RawDoc, Reason, Rejection } from './model.js';
import type { ArticleLink, Page, SearchHit, Store } from './store/store.js';
import type {
  ArticleDetail,
  ArticleRef,
  EntityView,
  EventDetail,
  EventView,
  OutletView,
  Paged,
  StatementView,
  StorylineDetail,
  StorylineView,
} from './views.js';
import { Weaver, type EventSummary, type StorylineSummary, type WeaveConfig, type WeaveInput, type WeaveSnapshot } from './weave/index.js';

export interface IngestReport {
  /** Documents read (articles plus rejections). */
  read: number;
  added: string[];
  /** Documents already in the store (same original bytes): nothing new was written. */
  unchanged: number;
  rejected: Rejection[];
}

export interface IngestOptions extends ReadOptions {
  /** Called after each document with the running report. */
  onProgress?: (r: IngestReport, label: string) => void;
}

export type IngestOutcome =
  | { status: 'added'; article: Article; processed: ProcessedArticle }
  | { status: 'unchanged'; rawId: string }
  | { status: 'rejected'; rejection: Rejection };

/** What the pipeline produced for one new article. */
export interface ProcessedArticle {
  article: Article;
  analysis: Analysis;
  assignment: Assignment;
  copyOf: string | null;
}

const UNKNOWN_OUTLET = 'unknown outlet';
/** The ledger groups at most this many quotes at once (the earliest first); ask for one speaker to see all of theirs. */
const LEDGER_MAX_QUOTES = 50000;
/** A search counts its matches up to this many ("more than 1,000"): counting every match of a common word walks its whole posting list. */
const SEARCH_COUNT_CAP = 1_000;
/** Meta key of the event and storyline summaries saved with each weave snapshot (what readers list without loading the weave). */
const SUMMARIES_KEY = 'weave.summaries';
interface SavedSummaries {
  /** The store's weave version they were saved at, when (ms), and how many articles were stored then. */
  savedAt: string;
  writtenAt: number;
  articles: number;
  events: EventSummary[];
  storylines: StorylineSummary[];
}
/** Writes are committed in batches of this many documents during a long ingest. */
const BATCH = 200;
/** The weave snapshot is saved at the end of every ingest and at most this often during a long one. */
const SNAPSHOT_EVERY_MS = 60_000;

/** What the weaver reads of an article and its analysis. */
export function weaveInputOf(a: Article, analysis: Analysis): WeaveInput {
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    published: a.published,
    entities: analysis.entities.map((e) => ({ name: e.name, type: e.type })),
    quotes: analysis.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text),
  };
}

export class Engine {
  private readonly listeners: ((p: ProcessedArticle) => void | Promise<void>)[] = [];
  private copies: CopyIndex | null = null;
  private weaverState: Weaver | null = null;
  private weaveDirty = false;
  private lastSnapshot = Date.now();
  private summaries: {
    events: EventSummary[];
    storylines: StorylineSummary[];
    eventById: Map<string, EventSummary>;
    storylineById: Map<string, StorylineSummary>;
  } | null = null;

  /** Read results keyed by call, valid while the store's data version stays the same. */
  private readonly readCache = new Map<string, unknown>();
  private readVersion: string | null = null;
  /** The data version this process last produced or loaded its in-memory state (weaver, copy index) at. */
  private stateVersion: string | null = null;

  /** `weave` overrides the weave configuration (data/weave-config.json) for a weave started from scratch; a saved weave keeps its own. */
  constructor(
    readonly store: Store,
    private readonly opts: { weave?: Partial<WeaveConfig> } = {},
  ) {}

  /** Serve a read from the cache while the data has not changed; another process's writes drop stale in-memory state too. */
  private async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.store.dataVersion();
    if (version !== this.readVersion) {
      this.readCache.clear();
      this.readVersion = version;
      if (this.stateVersion !== null && version !== this.stateVersion && !this.weaveDirty) {
        // Another process wrote (ingest, watch, recluster): reload the weave and copy state from the store.
        this.weaverState = null;
        this.copies = null;
        this.summaries = null;
        this.stateVersion = null;
      }
    }
    if (this.readCache.has(key)) return this.readCache.get(key) as T;
    const value = await compute();
    if (this.readCache.size >= 2000) this.readCache.delete(this.readCache.keys().next().value!);
    this.readCache.set(key, value);
    return value;
  }

  // ---------------------------------------------------------------- writing

  /** Read inputs, keep every original, take each through every stage and store it; bad inputs become stored rejections. */
  async ingest(inputs: string[], opts: IngestOptions = {}): Promise<IngestReport> {
    const report: IngestReport = { read: 0, added: [], unchanged: 0, rejected: [] };
    const db = resolve(this.store.location);
    const skip = new Set([db, `${db}-wal`, `${db}-shm`, `${db}-journal`]);
    await this.prepare();
    await this.store.beginBatch();
    try {
      for await (const item of readSources(inputs, { ...opts, skip })) {
        report.read++;
        if (item.rejection) {
          report.rejected.push(item.rejection);
          await this.store.putRejection(item.rejection);
          opts.onProgress?.(report, item.rejection.origin.path ?? '');
        } else {
          const raw = item.raw;
          this.count(report, await this.ingestRaw(raw));
          opts.onProgress?.(report, raw.origin.line ? `${raw.origin.path}:${raw.origin.line}` : (raw.origin.path ?? raw.origin.url ?? ''));
        }
        if (report.read % BATCH === 0) {
          // Commit often; save the (large) weave snapshot only now and then: articles after it are rewoven on a restart.
          if (Date.now() - this.lastSnapshot > SNAPSHOT_EVERY_MS) await this.flush();
          await this.store.endBatch();
          await this.store.beginBatch();
        }
      }
      await this.flush();
    } finally {
      await this.store.endBatch();
    }
    return report;
  }

  /** Ingest rows shaped like JSONL input ({id?, url?, title?, text?, html?, published?, outlet?}), as the HTTP API receives them. */
  async ingestRows(rows: Record<string, unknown>[], source = 'api'): Promise<IngestReport> {
    const report: IngestReport = { read: 0, added: [], unchanged: 0, rejected: [] };
    await this.prepare();
    await this.store.beginBatch();
    try {
      for (let i = 0; i < rows.length; i++) {
        report.read++;
        const origin = { kind: 'jsonl' as const, path: source, line: i + 1 };
        const row = rows[i];
        try {
          if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new Error(`${source}:${i + 1}: must be a JSON object`);
          const raw = rawDocFromRow(row, origin, `${source}:${i + 1}`);
          this.count(report, await this.ingestRaw(raw));
        } catch (e) {
          const rejection: Rejection = { rawId: null, origin, stage: 'ingest', reason: (e as Error).message, at: new Date().toISOString() };
          report.rejected.push(rejection);
          await this.store.putRejection(rejection);
        }
      }
      await this.flush();
    } finally {
      await this.store.endBatch();
    }
    return report;
  }

  private count(report: IngestReport, o: IngestOutcome): void {
    if (o.status === 'unchanged') report.unchanged++;
    else if (o.status === 'rejected') report.rejected.push(o.rejection);
    else report.added.push(o.article.id);
  }

  /** Take one original document through every stage into the store (the path `ingest`, `watch` and the API share). */
  async ingestRaw(raw: RawDoc): Promise<IngestOutcome> {
    if (await this.store.hasRaw(raw.id)) return { status: 'unchanged', rawId: raw.id };
    await this.store.putRaw(raw);
    const article = extract(raw);
    if (isRejection(article)) {
      await this.store.putRejection(article);
      return { status: 'rejected', rejection: article };
    }
    const seq = await this.store.putArticle(article);
    await this.store.clearRejectionsFor(raw.id);
    const processed = await this.process(article, seq);
    for (const fn of this.listeners) await fn(processed);
    return { status: 'added', article, processed };
  }

  /** analyze -> fingerprint -> weave for a stored article. */
  private async process(article: Article, seq: number): Promise<ProcessedArticle> {
    const analysis = analyze(article.text, { title: article.title });
    await this.store.putAnalysis(article.id, analysis);
    const fp = fingerprint(article.text);
    const copies = await this.copyIndex();
    const { result, changed } = copies.addDetailed({ id: article.id, fp, published: article.published, seq });
    await this.store.putFingerprint({
      articleId: article.id,
      seq,
      exact: fp.exact,
      minhash: signatureToBuffer(fp.minhash),
      shingles: fp.shingles,
      published: article.published,
      ...result,
    });
    if (changed.length) await this.store.updateLineage(changed);
    const weaver = await this.weaver();
    const assignment = await this.weave(weaver, article, analysis);
    this.weaveDirty = true;
    this.summaries = null;
    return { article, analysis, assignment, copyOf: result.copyOf };
  }

  /** Weave one article and store its assignment; earlier articles the weaver moved (to a better event, or a split-off one) and the members of an absorbed event follow. */
  private async weave(weaver: Weaver, article: Article, analysis: Analysis): Promise<Assignment> {
    const assignment = weaver.add(weaveInputOf(article, analysis));
    await this.store.putAssignment(article.id, assignment);
    for (const id of weaver.movedByLastAdd()) {
      const place = weaver.placeOf(id);
      const old = place ? await this.store.getAssignment(id) : null;
      if (place && old && (old.event !== place.event || old.storyline !== place.storyline)) {
        // The reasons it joined its first event no longer hold: say where it came from instead.
        const reasons = [{ kind: 'moved', detail: `moved from ${old.event}: articles added later fit it to ${place.event} better` }];
        await this.store.putAssignment(id, { ...old, ...place, newEvent: false, reasons });
      }
    }
    if (assignment.reasons.some((r) => r.kind === 'events-merged')) {
      for (const id of weaver.membersOf(assignment.event)) {
        const old = await this.store.getAssignment(id);
        if (old && old.event !== assignment.event) await this.store.putAssignment(id, { ...old, event: assignment.event, storyline: assignment.storyline });
      }
    }
    return assignment;
  }

  /** Be told of every article newly added (alerts listen here). */
  onArticle(fn: (p: ProcessedArticle) => void | Promise<void>): void {
    this.listeners.push(fn);
  }

  /** Persist the weave state (done at the end of every ingest). */
  async flush(): Promise<void> {
    this.lastSnapshot = Date.now();
    if (this.weaveDirty && this.weaverState) {
      const w = this.weaverState;
      await this.store.saveWeaveState(JSON.stringify(w.snapshot()));
      const summaries: SavedSummaries = {
        savedAt: await this.store.weaveVersion(),
        writtenAt: Date.now(),
        articles: await this.store.countArticles(),
        events: w.events(),
        storylines: w.storylines(),
      };
      await this.store.setMeta(SUMMARIES_KEY, JSON.stringify(summaries));
      this.weaveDirty = false;
    }
    this.stateVersion = await this.store.dataVersion();
  }

  /** Re-run the weave from scratch over every article in ingest order (event ids may change). */
  async recluster(onProgress?: (done: number) => void): Promise<{ articles: number; events: number; storylines: number }> {
    const weaver = new Weaver(this.opts.weave);
    let n = 0;
    await this.store.beginBatch();
    try {
      for await (const a of this.store.allArticles()) {
        const analysis = (await this.store.getAnalysis(a.id)) ?? analyze(a.text, { title: a.title });
        await this.weave(weaver, a, analysis);
        n++;
        onProgress?.(n);
      }
      this.weaverState = weaver;
      this.weaveDirty = true;
      this.summaries = null;
      await this.flush();
    } finally {
      await this.store.endBatch();
    }
    return { articles: n, events: weaver.eventCount, storylines: weaver.storylineCount };
  }

  /** Load the copy index and the weaver before a write, so their cost is not charged to the first article. */
  private async prepare(): Promise<void> {
    await this.copyIndex();
    await this.weaver();
  }

  private async copyIndex(): Promise<CopyIndex> {
    if (this.copies) return this.copies;
    const index = new CopyIndex(undefined, Math.max(1024, await this.store.countArticles()));
    const version = signatureVersion();
    if ((await this.store.getMeta('fingerprint.version')) === version) {
      for await (const f of this.store.allFingerprints()) {
        index.add({
          id: f.articleId,
          fp: { exact: f.exact, minhash: signatureFromBuffer(f.minhash), shingles: f.shingles },
          published: f.published,
          seq: f.seq,
        });
      }
    } else {
      // Signatures made under other parameters cannot be compared: fingerprint every stored article again.
      let s = 0; // ingest order; never above an article's own seq, so later articles still sort after these
      for await (const a of this.store.allArticles()) {
        const fp = fingerprint(a.text);
        s++;
        index.add({ id: a.id, fp, published: a.published, seq: s });
        await this.store.putFingerprint({
          articleId: a.id,
          seq: s,
          exact: fp.exact,
          minhash: signatureToBuffer(fp.minhash),
          shingles: fp.shingles,
          published: a.published,
          copyOf: null,
          similarity: 0,
          group: a.id,
        });
      }
      await this.store.updateLineage([...index.lineage()]);
      await this.store.setMeta('fingerprint.version', version);
    }
    return (this.copies = index);
  }

  private async weaver(): Promise<Weaver> {
    if (this.weaverState) return this.weaverState;
    const saved = await this.store.loadWeaveState();
    let weaver: Weaver;
    let replay: string[];
    try {
      if (!saved) throw new Error('no saved weave state');
      const snapshot = JSON.parse(saved) as WeaveSnapshot;
      weaver = Weaver.restore(snapshot);
      // Articles stored after the last saved snapshot (a crash mid-ingest) are woven again, in ingest order.
      const known = new Set(snapshot.articleEvent.map(([id]) => id));
      replay = [];
      if (known.size < (await this.store.countArticles())) for await (const a of this.store.allArticles()) if (!known.has(a.id)) replay.push(a.id);
    } catch {
      // No snapshot, or one this version cannot read (written by another version): rebuild it from the stored articles.
      weaver = new Weaver(this.opts.weave);
      replay = [];
      for await (const a of this.store.allArticles()) replay.push(a.id);
    }
    for (const id of replay) {
      const a = await this.store.getArticle(id);
      if (!a) continue;
      const analysis = (await this.store.getAnalysis(id)) ?? analyze(a.text, { title: a.title });
      await this.weave(weaver, a, analysis);
      this.weaveDirty = true;
    }
    this.weaverState = weaver;
    if (this.weaveDirty) await this.flush();
    else this.stateVersion ??= await this.store.dataVersion();
    return weaver;
  }

  // ---------------------------------------------------------------- reading

  /** Find an article by full id, unique id prefix or the caller's source id. */
  async article(ref: string): Promise<Article | null> {
    const id = await this.store.resolveArticleId(ref);
    return id ? this.store.getArticle(id) : null;
  }

  /** The id an event has now (an event merged into another answers to the other's id); the id itself when unknown. */
  private async currentEventId(id: string): Promise<string> {
    try {
      return (await this.weaver()).resolveEvent(id);
    } catch {
      return id;
    }
  }

  /** Event and storyline summaries: from the weaver this process holds, else from those saved with the last weave snapshot (a reader need not load the whole weave). */
  private async weaveSummaries() {
    if (this.summaries) return this.summaries;
    const saved = this.weaverState ? null : await this.savedSummaries();
    const w = saved ? null : await this.weaver();
    const events = saved?.events ?? w!.events();
    const storylines = saved?.storylines ?? w!.storylines();
    this.summaries = { events, storylines, eventById: new Map(events.map((e) => [e.id, e])), storylineById: new Map(storylines.map((s) => [s.id, s])) };
    return this.summaries;
  }

  /** The summaries saved with the current weave snapshot, or null when there are none for it (saved by an older version, or unreadable). */
  private async savedSummaries(): Promise<SavedSummaries | null> {
    const [raw, savedAt] = await Promise.all([this.store.getMeta(SUMMARIES_KEY), this.store.weaveVersion()]);
    if (!raw || !savedAt) return null;
    let s: SavedSummaries;
    try {
      s = JSON.parse(raw) as SavedSummaries;
    } catch {
      return null;
    }
    if (s.savedAt !== savedAt || !Array.isArray(s.events) || !Array.isArray(s.storylines)) return null;
    // Articles stored since: a writer still at work saves again within a minute (keep these meanwhile); a writer that
    // stopped without saving (a crash) left them unwoven, and loading the weave weaves them.
    if (s.articles !== (await this.store.countArticles()) && Date.now() - s.writtenAt > 2 * SNAPSHOT_EVERY_MS) return null;
    return s;
  }

  private async outletsIn(group: { event?: string; storyline?: string }): Promise<string[]> {
    return [...new Set((await this.store.outletsIn(group)).map((o) => o ?? UNKNOWN_OUTLET))].sort();
  }

  private async eventView(e: EventSummary): Promise<EventView> {
    return {
      id: e.id,
      storyline: e.storyline,
      headline: await this.store.firstTitleIn(e.id),
      label: e.label,
      topTerms: e.topTerms,
      firstDate: e.firstDate,
      lastDate: e.lastDate,
      articles: e.members.length,
      outlets: await this.outletsIn({ event: e.id }),
      reasons: e.reasons,
    };
  }

  private async storylineView(s: StorylineSummary): Promise<StorylineView> {
    const { eventById } = await this.weaveSummaries();
    const first = s.events
      .map((id) => eventById.get(id)!)
      .filter(Boolean)
      .sort(byDateThenId)[0];
    return {
      id: s.id,
      headline: first ? await this.store.firstTitleIn(first.id) : null,
      label: s.label,
      topTerms: s.topTerms,
      firstDate: s.firstDate,
      lastDate: s.lastDate,
      events: s.events.length,
      articles: s.members.length,
      outlets: await this.outletsIn({ storyline: s.id }),
      reasons: s.reasons,
    };
  }

  /** Storylines, largest and latest first. */
  async storylines(page: Page = {}): Promise<Paged<StorylineView>> {
    return this.cached(`storylines:${JSON.stringify(page)}`, async () => {
      const { storylines } = await this.weaveSummaries();
      const sorted = [...storylines].sort(
        (a, b) => b.events.length - a.events.length || b.members.length - a.members.length || cmpDesc(a.lastDate, b.lastDate) || a.id.localeCompare(b.id),
      );
      return this.paged(sorted, page, async (s) => listed(await this.storylineView(s)));
    });
  }

  async storyline(id: string): Promise<StorylineDetail | null> {
    return this.cached(`storyline:${id}`, async () => {
      const { storylineById, eventById } = await this.weaveSummaries();
      const s = storylineById.get(id);
      if (!s) return null;
      const events = s.events
        .map((e) => eventById.get(e)!)
        .filter(Boolean)
        .sort(byDateThenId);
      return { ...(await this.storylineView(s)), timeline: await Promise.all(events.map((e) => this.eventView(e))) };
    });
  }

  /** Events, latest first (or one storyline's, in time order). */
  async events(page: Page & { storyline?: string } = {}): Promise<Paged<EventView>> {
    return this.cached(`events:${JSON.stringify(page)}`, async () => {
      const { events } = await this.weaveSummaries();
      const list = page.storyline
        ? events.filter((e) => e.storyline === page.storyline).sort(byDateThenId)
        : [...events].sort((a, b) => cmpDesc(a.lastDate, b.lastDate) || b.members.length - a.members.length || a.id.localeCompare(b.id));
      return this.paged(list, page, async (e) => listed(await this.eventView(e)));
    });
  }

  async event(id: string): Promise<EventDetail | null> {
    return this.cached(`event:${id}`, async () => {
      const { eventById } = await this.weaveSummaries();
      const e = eventById.get(id) ?? eventById.get(await this.currentEventId(id));
      if (!e) return null;
      const links = await this.store.articleLinks(e.members);
      const assignments = new Map((await this.store.assignmentsOf(id)).map((a) => [a.articleId, a]));
      const members: ArticleRef[] = links.map((l) => ({ ...l, score: assignments.get(l.id)?.score, reasons: assignments.get(l.id)?.reasons }));
      const groups = new Map<string, ArticleRef[]>();
      for (const m of [...members].sort((a, b) => cmpAsc(a.published, b.published))) {
        const key = m.outlet ?? UNKNOWN_OUTLET;
        groups.set(key, [...(groups.get(key) ?? []), m]);
      }
      const byOutlet = [...groups.entries()]
        .map(([outlet, articles]) => ({ outlet, articles }))
        .sort((a, b) => cmpAsc(a.articles[0]!.published, b.articles[0]!.published) || a.outlet.localeCompare(b.outlet));
      const quotes = (await this.store.quotes({ articleIds: e.members })).map(({ idx: _i, event: _e, ...q }) => q);
      const entities = (await this.store.entities({ articleIds: e.members, limit: 30 })) as EntityView[];
      return { ...(await this.eventView(e)), members, byOutlet, quotes, entities };
    });
  }

  async articles(page: Page & { outlet?: string } = {}): Promise<Paged<ArticleRef>> {
    return this.cached(`articles:${JSON.stringify(page)}`, async () => {
      const limit = page.limit ?? 50;
      const offset = page.offset ?? 0;
      const items = await this.store.listArticleLinks({ limit, offset, outlet: page.outlet });
      const total = page.outlet ? ((await this.store.outletStats()).find((o) => o.outlet === page.outlet)?.articles ?? 0) : await this.store.countArticles();
      return { items, total, limit, offset };
    });
  }

  async articleDetail(ref: string): Promise<ArticleDetail | null> {
    return this.cached(`article:${ref}`, async () => {
      const article = await this.article(ref);
      if (!article) return null;
      const [analysis, assignment, self, copies] = await Promise.all([
        this.store.getAnalysis(article.id),
        this.store.getAssignment(article.id),
        this.store.articleLinks([article.id]),
        this.store.copiesOf(article.id),
      ]);
      const { eventById, storylineById } = await this.weaveSummaries();
      const ev = assignment ? eventById.get(assignment.event) : undefined;
      const sl = ev ? storylineById.get(ev.storyline) : undefined;
      const copyOfId = self[0]?.copyOf ?? null;
      const copyOf: ArticleLink | null = copyOfId ? ((await this.store.articleLinks([copyOfId]))[0] ?? null) : null;
      return {
        article,
        analysis,
        event: ev ? await this.eventView(ev) : null,
        storyline: sl ? await this.storylineView(sl) : null,
        copyOf,
        copies,
        similarity: self[0]?.similarity ?? null,
      };
    });
  }

  async search(q: string, page: Page = {}): Promise<Paged<SearchHit>> {
    return this.cached(`search:${q}:${JSON.stringify(page)}`, async () => {
      const limit = page.limit ?? 20;
      const offset = page.offset ?? 0;
      const [items, counted] = await Promise.all([this.store.search(q, { limit, offset }), this.store.countSearch(q, SEARCH_COUNT_CAP + 1)]);
      return counted > SEARCH_COUNT_CAP ? { items, total: SEARCH_COUNT_CAP, limit, offset, totalCapped: true } : { items, total: counted, limit, offset };
    });
  }

  /** Statements grouped across articles (the same words reported by several outlets), optionally for one speaker. */
  async ledger(opts: Page & { speaker?: string } = {}): Promise<Paged<StatementView>> {
    return this.cached(`ledger:${JSON.stringify(opts)}`, async () => {
      const quotes = await this.store.quotes({ speaker: opts.speaker, limit: LEDGER_MAX_QUOTES });
      const items: StatementInput[] = quotes.map((q) => ({
        articleId: q.articleId,
        published: q.published,
        outlet: q.outlet,
        event: q.event,
        quote: {
          text: q.text,
          start: q.start,
          end: q.end,
          kind: q.kind as Quote['kind'],
          cue: q.cue,
          reporter: q.reporter,
          speaker: q.speaker ? { name: q.speaker, start: 0, end: 0, entity: q.speakerEntity, via: 'name' } : null,
        },
      }));
      const statements = groupStatements(items);
      return this.paged(statements, opts, async (s) => s);
    });
  }

  async speakers(): Promise<{ name: string; quotes: number; articles: number }[]> {
    return this.cached('speakers', async () => {
      return this.store.speakers();
    });
  }

  async entities(page: Page & { type?: string } = {}): Promise<Paged<EntityView>> {
    return this.cached(`entities:${JSON.stringify(page)}`, async () => {
      const limit = page.limit ?? 50;
      const offset = page.offset ?? 0;
      const items = (await this.store.entities({ type: page.type, limit, offset })) as EntityView[];
      return { items, total: await this.store.countEntities(page.type), limit, offset };
    });
  }

  /** Outlets: what they publish, whom they copy and who copies them, how fast they follow events. */
  async outlets(): Promise<OutletView[]> {
    return this.cached('outlets', async () => {
      const [stats, flows, lags] = await Promise.all([this.store.outletStats(), this.store.copyFlows(), this.outletLags()]);
      return stats.map((s) => ({
        ...s,
        copiesFrom: flows.filter((f) => f.copier === s.outlet && f.origin !== s.outlet).map((f) => ({ outlet: f.origin, articles: f.articles })),
        copiedBy: flows.filter((f) => f.origin === s.outlet && f.copier !== s.outlet).map((f) => ({ outlet: f.copier, articles: f.articles })),
        medianLagHours: median(lags.get(s.outlet) ?? []),
        topEntities: [],
      }));
    });
  }

  async outlet(name: string): Promise<OutletView | null> {
    return this.cached(`outlet:${name.toLowerCase()}`, async () => {
      const o = (await this.outlets()).find((x) => x.outlet.toLowerCase() === name.toLowerCase());
      if (!o) return null;
      const ids = (await this.store.listArticleLinks({ outlet: o.outlet, limit: 5000 })).map((l) => l.id);
      return { ...o, topEntities: (await this.store.entities({ articleIds: ids, limit: 10 })).map((e) => e.name) };
    });
  }

  /** Hours from each event's first dated article to each outlet's first article on it (events with two or more dated articles). */
  private async outletLags(): Promise<Map<string, number[]>> {
    const byEvent = new Map<string, { dated: number; firstBy: Map<string, number> }>();
    for (const m of await this.store.datedMembers()) {
      const t = Date.parse(m.published);
      if (Number.isNaN(t)) continue; // a partial date ("--12-13") cannot be placed in time
      let e = byEvent.get(m.event);
      if (!e) byEvent.set(m.event, (e = { dated: 0, firstBy: new Map() }));
      e.dated++;
      e.firstBy.set(m.outlet, Math.min(e.firstBy.get(m.outlet) ?? Infinity, t));
    }
    const lags = new Map<string, number[]>();
    for (const { dated, firstBy } of byEvent.values()) {
      if (dated < 2) continue;
      const t0 = Math.min(...firstBy.values());
      for (const [outlet, t] of firstBy) lags.set(outlet, [...(lags.get(outlet) ?? []), (t - t0) / 3.6e6]);
    }
    return lags;
  }

  async dataVersion(): Promise<string> {
    return this.store.dataVersion();
  }

  async health(): Promise<{ ok: true; articles: number; db: string }> {
    return { ok: true, articles: await this.store.countArticles(), db: this.store.location };
  }

  private async paged<T, U>(list: T[], page: Page, view: (t: T) => Promise<U>): Promise<Paged<U>> {
    const limit = page.limit ?? 50;
    const offset = page.offset ?? 0;
    return { items: await Promise.all(list.slice(offset, offset + limit).map(view)), total: list.length, limit, offset };
  }
}

/** In lists, a view carries only its first reasons (a long storyline has one per linked event); the detail has them all. */
const LIST_REASONS = 3;

function listed<T extends { reasons: Reason[] }>(v: T): T {
  return v.reasons.length > LIST_REASONS ? { ...v, reasons: v.reasons.slice(0, LIST_REASONS) } : v;
}

function cmpAsc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function cmpDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

function byDateThenId(a: EventSummary, b: EventSummary): number {
  return cmpAsc(a.firstDate, b.firstDate) || a.id.localeCompare(b.id);
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return Math.round((s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) * 10) / 10;
}
