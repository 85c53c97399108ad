// The JSON shapes every face (CLI --json, HTTP API, web page) shows: one schema, produced only by the engine.
import type { Statement } from './analyze/ledger.js';
import type { Analysis, Article, Entity, Reason } from './model.js';
import type { ArticleLink, StoredQuote } from './store/store.js';

/** An article in a list: its link fields (copyOf: the earliest article it copies, or null) plus, inside an event, its membership. */
export interface ArticleRef extends ArticleLink {
  /** Event membership score and reasons, when shown inside an event. */
  score?: number;
  reasons?: Reason[];
}

export interface StorylineView {
  id: string;
  /** A readable name: the headline of the storyline's earliest event. */
  headline: string | null;
  label: string;
  topTerms: string[];
  firstDate: string | null;
  lastDate: string | null;
  events: number;
  articles: number;
  outlets: string[];
  /** Why each later event was linked in (in list responses only the first three; the detail has all). */
  reasons: Reason[];
}

export interface EventView {
  id: string;
  storyline: string;
  /** A readable name: the title of the event's earliest article (dated first, else first ingested). */
  headline: string | null;
  label: string;
  topTerms: string[];
  firstDate: string | null;
  lastDate: string | null;
  articles: number;
  outlets: string[];
  reasons: Reason[];
}

/** A quote as faces show it: its text, kind, cue, speaker words and entity, reporter, offsets, date and outlet. */
export type QuoteView = Omit<StoredQuote, 'idx' | 'event'>;

export interface EntityView {
  name: string;
  type: Entity['type'];
  articles: number;
}

export interface EventDetail extends EventView {
  members: ArticleRef[];
  /** Outlets with their articles, earliest publisher first. */
  byOutlet: { outlet: string; articles: ArticleRef[] }[];
  quotes: QuoteView[];
  entities: EntityView[];
}

export interface StorylineDetail extends StorylineView {
  /** Events in time order (undated last). */
  timeline: EventView[];
}

export interface ArticleDetail {
  article: Article;
  analysis: Analysis | null;
  event: EventView | null;
  storyline: StorylineView | null;
  copyOf: ArticleRef | null;
  copies: ArticleRef[];
  similarity: number | null;
}

/** A statement in the ledger: the same quoted words across articles (id, speaker, text, firstDate, articles, outlets, events). */
export type StatementView = Statement;

export interface OutletView {
  outlet: string;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  languages: string[];
  /** Outlets whose articles this one republished (its copies' origins), with counts. */
  copiesFrom: { outlet: string; articles: number }[];
  /** Outlets that republished this one's articles. */
  copiedBy: { outlet: string; articles: number }[];
  /** Median hours after an event's first article that this outlet's first article on it appeared (dated events only). */
  medianLagHours: number | null;
  topEntities: string[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** Set when `total` is a lower bound: counting stopped there (search counts at most 1,000 matches). */
  totalCapped?: boolean;
}
