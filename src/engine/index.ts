// The engine: the one API the CLI, the HTTP API and the web page call. A facade over the write path (ingest ->
// extract -> analyze -> fingerprint -> weave -> store), the woven state, the read views and the one read cache.
import type { Article, RawDoc } from '../model.js';
import type { Store, StoredRejection } from '../store/store.js';
import type {
  ArticleDetail,
  ArticleRef,
  EntityView,
  EventDetail,
  EventView,
  EntityDetail,
  LedgerPage,
  ListFilter,
  LookupChoices,
  OutletView,
  Paged,
  PageRequest,
  SearchHit,
  Speaker,
  StorylineDetail,
  TimelineView,
  StorylineView,
} from '../views.js';
import type { WeaveConfig } from '../weave/index.js';
import type { ArticleFilter, NewArticle } from '../store/store.js';
import { type ReadCache, readCache } from './read-cache.js';
import type { Prepared } from './prepare.js';
import { DeskViews } from './read-desk.js';
import type { NamedThing } from './name-lookup.js';
import type { Bucket } from './timeline-buckets.js';
import { ReadViews } from './read-views.js';
import { type IngestOptions, type IngestOutcome, type IngestReport, type ProcessedArticle, WritePath } from './write-path.js';
import { WovenState } from './woven-state.js';

export { type BatchPrepared, clusterRows, dedupRows, extractRow, quotesRow, type WholeBatch } from './batch.js';
export { prepareDoc, type Prepared, weaveInputOf } from './prepare.js';
export type { IngestOptions, IngestOutcome, IngestReport, ProcessedArticle } from './write-path.js';

export class Engine {
  private readonly state: WovenState;
  private readonly writes: WritePath;
  private readonly views: ReadViews;
  private readonly desk: DeskViews;
  /** The one read cache: engine views and the API's serialised answers, valid while the store's data version stays the same. */
  private readonly cache: ReadCache<unknown> = readCache<unknown>();
  private readVersion: string | null = null;

  /** `weave` overrides the weave configuration (data/weave-config.json) for a weave started from scratch; a saved weave keeps its own. */
  constructor(
    private readonly store: Store,
    opts: { weave?: Partial<WeaveConfig> } = {},
  ) {
    this.state = new WovenState(store, opts.weave);
    this.writes = new WritePath(store, this.state);
    this.views = new ReadViews(store, this.state, (key, compute) => this.cachedRead(key, compute));
    this.desk = new DeskViews(store, this.views, (key, compute) => this.cachedRead(key, compute));
  }

  /** Serve a read from the cache while the data has not changed; another process's writes drop stale in-memory state too. */
  async cachedRead<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.store.dataVersion();
    if (version !== this.readVersion) {
      this.cache.clear();
      this.readVersion = version;
      this.state.dataMoved(version);
    }
    return this.cache.get(key, version, compute) as Promise<T>;
  }

  /** Where the store is (a file path or a postgres:// URL). */
  get location(): string {
    return this.store.location;
  }

  // ---------------------------------------------------------------- writing

  async ingest(inputs: string[], opts: IngestOptions = {}): Promise<IngestReport> {
    return this.wrote(await this.writes.ingest(inputs, opts));
  }

  async ingestRows(rows: Record<string, unknown>[], source = 'api'): Promise<IngestReport> {
    return this.wrote(await this.writes.ingestRows(rows, source));
  }

  async ingestRaw(raw: RawDoc): Promise<IngestOutcome> {
    return this.wrote(await this.writes.ingestRaw(raw));
  }

  /** Store documents prepared by workers elsewhere, in order (the job queue's one writer). */
  async applyPrepared(items: { raw: RawDoc; prepared: Prepared }[]): Promise<IngestOutcome[]> {
    return this.wrote(await this.writes.applyPrepared(items));
  }

  async recluster(onProgress?: (done: number) => void): Promise<{ articles: number; events: number; storylines: number }> {
    return this.wrote(await this.writes.recluster(onProgress));
  }

  /** Be told of every article newly added (alerts listen here). */
  onArticle(fn: (p: ProcessedArticle) => void | Promise<void>): void {
    this.writes.onArticle(fn);
  }

  /** Persist the weave state (done at the end of every ingest). */
  async flush(): Promise<void> {
    await this.state.flush();
  }

  /** After a write the cached answers are stale (the data version moved): free them now. */
  private wrote<T>(result: T): T {
    this.cache.clear();
    return result;
  }

  // ---------------------------------------------------------------- reading

  article(ref: string): Promise<Article | null> {
    return this.views.article(ref);
  }
  storylines(page: PageRequest & ListFilter = {}): Promise<Paged<StorylineView>> {
    return this.views.storylines(page);
  }
  storyline(id: string): Promise<StorylineDetail | null> {
    return this.views.storyline(id);
  }
  events(page: PageRequest & ListFilter & { storyline?: string } = {}): Promise<Paged<EventView>> {
    return this.views.events(page);
  }
  event(id: string): Promise<EventDetail | null> {
    return this.views.event(id);
  }
  articles(page: PageRequest & ListFilter = {}): Promise<Paged<ArticleRef>> {
    return this.views.articles(page);
  }
  articleDetail(ref: string): Promise<ArticleDetail | null> {
    return this.views.articleDetail(ref);
  }
  search(q: string, page: PageRequest = {}): Promise<Paged<SearchHit>> {
    return this.views.search(q, page);
  }
  /** The ledger; `speaker` is looked up forgivingly ("Putin" -> Vladimir Putin), several fits come back as `choices`. */
  ledger(opts: PageRequest & ListFilter & { speaker?: string } = {}): Promise<LedgerPage> {
    return this.desk.ledger(opts);
  }
  /** Entities and speakers a typed name fits (surname, any case, accents or not), most cited first. */
  lookUp(name: string, only: 'speaker' | 'any' = 'any'): Promise<NamedThing[]> {
    return this.desk.lookUp(name, only);
  }
  /** Articles per day, week or month for a filter (storyline, event, entity, outlet, words, dates). */
  timeline(filter: ArticleFilter, bucket?: Bucket): Promise<TimelineView> {
    return this.desk.timeline(filter, bucket);
  }
  /** An entity in full by a forgiving name; the choices when it fits several; null when none. */
  entity(name: string): Promise<EntityDetail | LookupChoices | null> {
    return this.desk.entity(name);
  }
  /** Articles added after ingest sequence number `seq`, with their event and storyline (the live view). */
  newSince(seq: number, limit?: number): Promise<NewArticle[]> {
    return this.desk.newSince(seq, limit);
  }
  /** The latest article's ingest sequence number. */
  lastSeq(): Promise<number> {
    return this.desk.lastSeq();
  }
  speakers(): Promise<Speaker[]> {
    return this.views.speakers();
  }
  entities(page: PageRequest & ListFilter & { type?: string } = {}): Promise<Paged<EntityView>> {
    return this.views.entities(page);
  }
  outlets(): Promise<OutletView[]> {
    return this.views.outlets();
  }
  outlet(name: string): Promise<OutletView | null> {
    return this.views.outlet(name);
  }

  /** Search hits only (no count), best first: what `newsloom search` prints. */
  searchHits(q: string, page: PageRequest = {}): Promise<SearchHit[]> {
    return this.store.search(q, page);
  }

  /** Every input that could not be ingested, with where it is and why. */
  rejections(): Promise<StoredRejection[]> {
    return this.store.listRejections();
  }

  /** Every stored article, in ingest order (what `newsloom export` writes). */
  allArticles(): AsyncIterable<Article> {
    return this.store.allArticles();
  }

  async countArticles(): Promise<number> {
    return this.store.countArticles();
  }

  async dataVersion(): Promise<string> {
    return this.store.dataVersion();
  }

  async health(): Promise<{ ok: true; articles: number; db: string }> {
    return { ok: true, articles: await this.store.countArticles(), db: this.store.location };
  }
}
