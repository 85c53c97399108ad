// The engine methods the HTTP API calls: the read and write surface every face shares (Engine implements it).
import type { IngestReport } from '../engine/index.js';
import type {
  ArticleDetail,
  ArticleRef,
  EntityView,
  EventDetail,
  EventView,
  Health,
  OutletView,
  Paged,
  PageRequest,
  SearchHit,
  Speaker,
  StatementView,
  StorylineDetail,
  StorylineView,
} from '../views.js';

export type { PageRequest };

/** What the server needs from the engine; `Engine` satisfies it structurally, tests may hand in the real engine only. */
export interface NewsloomApi {
  /** Changes whenever the data does (any process's write): read answers are kept until it moves. */
  dataVersion(): Promise<string>;
  /** Serve a read from the engine's one read cache while the data version stays the same. */
  cachedRead<T>(key: string, compute: () => Promise<T>): Promise<T>;
  storylines(page?: PageRequest): Promise<Paged<StorylineView>>;
  storyline(id: string): Promise<StorylineDetail | null>;
  events(page?: PageRequest & { storyline?: string }): Promise<Paged<EventView>>;
  event(id: string): Promise<EventDetail | null>;
  articles(page?: PageRequest & { outlet?: string }): Promise<Paged<ArticleRef>>;
  articleDetail(ref: string): Promise<ArticleDetail | null>;
  search(q: string, page?: PageRequest): Promise<Paged<SearchHit>>;
  ledger(opts?: PageRequest & { speaker?: string }): Promise<Paged<StatementView>>;
  speakers(): Promise<Speaker[]>;
  entities(page?: PageRequest & { type?: string }): Promise<Paged<EntityView>>;
  outlets(): Promise<OutletView[]>;
  outlet(name: string): Promise<OutletView | null>;
  ingestRows(rows: Record<string, unknown>[]): Promise<IngestReport>;
  health(): Promise<Health>;
}
