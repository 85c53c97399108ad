// The Store interface: everything newsloom keeps (originals, articles, rejections, search, watch and alert state), independent of the database behind it.
import type { Analysis, Article, Assignment, RawDoc, Rejection } from '../model.js';
import type { AlertState } from './alert-state.js';
import type { ArticleFilter, ArticleSort, CoverageRow, NewArticle } from './list-filter.js';
import type { WatchState } from './watch-state.js';
import type { LinkCandidate, LinkCandidateQuery } from './link-candidates.js';

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  words: number;
}

export interface SearchHit extends ArticleSummary {
  snippet: string;
  score: number;
}

export interface StoredRejection extends Rejection {
  key: string;
  count: number;
  lastAt: string;
}

export interface Page {
  limit?: number;
  offset?: number;
}

/** A fingerprint as stored, with the article's place in its copy lineage. */
export interface FingerprintRecord {
  articleId: string;
  seq: number;
  exact: string;
  minhash: Uint8Array;
  shingles: number;
  published: string | null;
  copyOf: string | null;
  similarity: number;
  group: string;
}

export interface LineageUpdate {
  id: string;
  copyOf: string | null;
  similarity: number;
  group: string;
}

export interface ArticleLink {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  copyOf: string | null;
  similarity: number | null;
}

export interface StoredQuote {
  articleId: string;
  idx: number;
  text: string;
  kind: string;
  cue: string | null;
  speaker: string | null;
  speakerEntity: string | null;
  reporter: string | null;
  start: number;
  end: number;
  published: string | null;
  outlet: string | null;
  event: string | null;
}

export interface OutletStats {
  outlet: string;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  languages: string[];
}

/** One stored row of the weave's state: its kind (event, term...), its key within the kind, its JSON or packed bytes. */
export interface WeaveRowRecord {
  kind: string;
  key: string;
  data: string | Uint8Array;
}

/** One flush of the weave's rows: upserts by (kind, key) and deletes; `replace` drops every stored row first (a weave rebuilt). */
export interface WeaveRowChanges {
  replace: boolean;
  upserts: WeaveRowRecord[];
  deletes: { kind: string; key: string }[];
}

/**
 * One event's or storyline's summary as stored: its id, what lists filter and sort on (its storyline for an event, its
 * dates, its article count), the summary itself as JSON, and the weave version (weaveVersion()) of the flush that wrote it.
 */
export interface SummaryRecord {
  id: string;
  storyline: string | null;
  firstDate: string | null;
  lastDate: string | null;
  articles: number;
  data: string;
  savedAt: string;
}

export type SummaryVersion = Pick<SummaryRecord, 'id' | 'savedAt'>;

/** The summaries a flush changed: upserts and ids to delete; `replace` drops every stored summary first (all are given). */
export interface SummaryRowChanges {
  replace: boolean;
  events: SummaryRecord[];
  storylines: SummaryRecord[];
  eventsRemoved: string[];
  storylinesRemoved: string[];
}

/** One outlet copying another's articles, and how many. */
export type CopyFlow = { copier: string; origin: string; articles: number };

export interface Store {
  /** Where the data lives, for messages ("./newsloom.db"). */
  readonly location: string;
  hasRaw(id: string): Promise<boolean>;
  /** Keep an original document; a second put of the same id is a no-op. */
  putRaw(raw: RawDoc): Promise<void>;
  getRaw(id: string): Promise<RawDoc | null>;
  /** Store an article (replacing one with the same id); returns its ingest sequence number. */
  putArticle(article: Article): Promise<number>;
  getArticle(id: string): Promise<Article | null>;
  /** Resolve a full id, a unique id prefix, or a caller's source id to an article id. */
  resolveArticleId(ref: string): Promise<string | null>;
  countArticles(): Promise<number>;
  /** All articles in ingest order. */
  allArticles(): AsyncIterable<Article>;
  search(query: string, page?: Page): Promise<SearchHit[]>;
  /** Record a rejection; the same input failing the same way again only bumps its count. */
  putRejection(r: Rejection): Promise<void>;
  /** Forget rejections of an input that has now been ingested. */
  clearRejectionsFor(rawId: string): Promise<void>;
  listRejections(): Promise<StoredRejection[]>;
  /** The article's analysis (entities, quotes); replaces an earlier one. */
  putAnalysis(articleId: string, a: Analysis): Promise<void>;
  getAnalysis(articleId: string): Promise<Analysis | null>;
  putFingerprint(f: FingerprintRecord): Promise<void>;
  /** Rewrite copy-lineage fields of articles whose origin changed. */
  updateLineage(rows: LineageUpdate[]): Promise<void>;
  /** All fingerprints in ingest order (to rebuild the copy index on start). */
  allFingerprints(): AsyncIterable<FingerprintRecord>;
  /** Articles that are copies of `articleId`. */
  copiesOf(articleId: string): Promise<ArticleLink[]>;
  articleLinks(ids: string[]): Promise<ArticleLink[]>;
  listArticleLinks(page?: Page & { outlet?: string }): Promise<ArticleLink[]>;
  putAssignment(articleId: string, a: Assignment): Promise<void>;
  getAssignment(articleId: string): Promise<(Assignment & { articleId: string }) | null>;
  assignmentsOf(event: string): Promise<(Assignment & { articleId: string })[]>;
  /** Distinct outlets of an event's or a storyline's articles (null outlet included as null). */
  outletsIn(group: { event?: string; storyline?: string }): Promise<(string | null)[]>;
  /** Every woven article that has an outlet and a published date: its event, outlet and date (for how fast outlets follow events). */
  datedMembers(): Promise<{ event: string; outlet: string; published: string }[]>;
  /** Title of an event's earliest article (dated first, then ingest order). */
  firstTitleIn(event: string): Promise<string | null>;
  saveWeaveState(snapshot: string): Promise<void>;
  loadWeaveState(): Promise<string | null>;
  /** Apply one flush of the weave's rows in one transaction (the caller's batch when open); `saved`: the weave counts as saved (weaveVersion moves, the one-blob snapshot is emptied). */
  saveWeaveRows(changes: WeaveRowChanges, saved: boolean): Promise<void>;
  /** Every stored weave row (none before the first save in rows). */
  loadWeaveRows(): Promise<WeaveRowRecord[]>;
  /**
   * Apply one flush of the event and storyline summaries (the caller's batch when open, else a transaction of its own);
   * with `replace`, the one-blob summaries an older version kept (meta 'weave.summaries') are deleted too.
   */
  saveSummaries(changes: SummaryRowChanges): Promise<void>;
  /** Every stored event and storyline summary, read at one moment (one statement). */
  loadSummaries(): Promise<{ events: SummaryRecord[]; storylines: SummaryRecord[] }>;
  /** The stored summaries of these ids (those stored; in no particular order). */
  summariesOf(kind: 'event' | 'storyline', ids: string[]): Promise<SummaryRecord[]>;
  /** The id and weave version of every stored summary, read at one moment (what changed since a reader read them, cheaply). */
  summaryVersions(): Promise<{ events: SummaryVersion[]; storylines: SummaryVersion[] }>;
  quotes(filter: QuoteFilter): Promise<StoredQuote[]>;
  speakers(): Promise<{ name: string; quotes: number; articles: number }[]>;
  entities(filter: EntityFilter): Promise<EntityCount[]>;
  countEntities(type?: string): Promise<number>;
  /** Articles of other languages in a date window naming an entity under one of some name keys (the cross-lingual link's candidates). */
  linkCandidates(q: LinkCandidateQuery): Promise<LinkCandidate[]>;
  outletStats(): Promise<OutletStats[]>;
  /** Pairs (copy outlet, origin outlet) with counts. */
  copyFlows(): Promise<CopyFlow[]>;
  /** How many articles match; with `cap`, counting stops there (a common word on a large store is counted no further). */
  countSearch(query: string, cap?: number): Promise<number>;
  /** Articles matching a filter, sorted (ingest order by default), with how many match. */
  filterArticles(filter: ArticleFilter, page?: Page & { sort?: ArticleSort }): Promise<{ items: ArticleLink[]; total: number }>;
  /** The events (or storylines) holding at least one article that matches a filter. */
  groupsWith(kind: 'event' | 'storyline', filter: ArticleFilter): Promise<string[]>;
  /** Matching articles counted per day (YYYY-MM-DD; null for undated or partial dates) and outlet. */
  coverage(filter: ArticleFilter): Promise<CoverageRow[]>;
  /** Articles added after ingest sequence number `seq`, oldest first, with their event and storyline. */
  articlesAfter(seq: number, limit: number): Promise<NewArticle[]>;
  /** The ingest sequence number of the latest article (0 when empty). */
  lastArticleSeq(): Promise<number>;
  /** How many quotes a speaker has (the canonical name, any case). */
  countQuotes(speaker: string): Promise<number>;
  /** Changes whenever the weave state is saved (by any process); empty before the first save. */
  weaveVersion(): Promise<string>;
  /** Changes whenever articles are added or the weave state is saved (by any process): read caches key on it. */
  dataVersion(): Promise<string>;
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
  /** The watched sources, their seen items and the poll log (in the same database, inside the same batches). */
  watchState(): WatchState;
  /** The alert rules, their firings and deliveries, and the alert log (in the same database, inside the same batches). */
  alertState(): AlertState;
  /** Group the writes that follow into one unit (a transaction) until endBatch; nesting is allowed. */
  beginBatch(): Promise<void>;
  endBatch(): Promise<void>;
  close(): Promise<void>;
}

/** Which quotes a ledger read asks for (none of the fields: every quote in date order). */
export interface QuoteFilter {
  articleIds?: string[];
  speaker?: string;
  /** Only quotes in articles matching this filter. */
  within?: ArticleFilter;
  /** Only quotes whose text holds these characters (case-insensitive). */
  text?: string;
  /** Newest first (the default: oldest first); applies with a speaker, articles or a filter. */
  newest?: boolean;
  limit?: number;
}
/** Which entities a read counts. */
export interface EntityFilter {
  articleIds?: string[];
  type?: string;
  /** Only mentions in articles matching this filter. */
  within?: ArticleFilter;
  limit?: number;
  offset?: number;
}
/** An entity with the number of articles naming it. */
export type EntityCount = { name: string; type: string; articles: number };

export type { LinkCandidate, LinkCandidateQuery } from './link-candidates.js';
export type { ArticleFilter, ArticleSort, CoverageRow, NewArticle } from './list-filter.js';
