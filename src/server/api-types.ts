// The engine methods the HTTP API calls: the read and write surface every face shares (Engine implements it).
import type { IngestReport } from '../engine/index.js';
import type { ArticleFilter, NewArticle } from '../store/store.js';
import type {
  ArticleDetail,
  ArticleRef,
  EntityDetail,
  EntityView,
  EventDetail,
  EventView,
  Health,
  LedgerPage,
  ListFilter,
  LookupChoices,
  OutletView,
  Paged,
  PageRequest,
  SearchHit,
  Speaker,
  StorylineDetail,
  StorylineView,
  TimelineView,
} from '../views.js';

export type { PageRequest };

/** What the server needs from the engine; `Engine` satisfies it structurally, tests may hand in the real engine only. */
export interface NewsloomApi {
  /** Changes whenever the data does (any process's write): read answers are kept until it moves. */
  dataVersion(): Promise<string>;
  /** Serve a read from the engine's one read cache while the data version stays the same. */
  cachedRead<T>(key: string, compute: () => Promise<T>): Promise<T>;
  storylines(page?: PageRequest & ListFilter): Promise<Paged<StorylineView>>;
  storyline(id: string): Promise<StorylineDetail | null>;
  events(page?: PageRequest & ListFilter & { storyline?: string }): Promise<Paged<EventView>>;
  event(id: string): Promise<EventDetail | null>;
  articles(page?: PageRequest & ListFilter): Promise<Paged<ArticleRef>>;
  articleDetail(ref: string): Promise<ArticleDetail | null>;
  search(q: string, page?: PageRequest): Promise<Paged<SearchHit>>;
  ledger(opts?: PageRequest & ListFilter & { speaker?: string }): Promise<LedgerPage>;
  speakers(): Promise<Speaker[]>;
  entities(page?: PageRequest & ListFilter & { type?: string }): Promise<Paged<EntityView>>;
  lookUp(name: string, only?: 'speaker' | 'any'): Promise<{ name: string; type: string; articles: number }[]>;
  timeline(filter: ArticleFilter, bucket?: 'day' | 'week' | 'month'): Promise<TimelineView>;
  entity(name: string): Promise<EntityDetail | LookupChoices | null>;
  newSince(seq: number, limit?: number): Promise<NewArticle[]>;
  lastSeq(): Promise<number>;
  outlets(): Promise<OutletView[]>;
  outlet(name: string): Promise<OutletView | null>;
  ingestRows(rows: Record<string, unknown>[]): Promise<IngestReport>;
  health(): Promise<Health>;
}
