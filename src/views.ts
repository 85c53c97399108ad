// The JSON shapes every face (CLI --json, HTTP API, web page) shows, each written once as a JSON Schema with its
// TypeScript type derived from it: the engine produces these types, the API validates and documents with the schemas.
import type { Analysis, Article, Rejection } from './model.js';
import { type Schema, type Static, t } from './util/json-schema.js';

const str = t.string();
const nstr = t.nullable(t.string());
const int = t.integer();
const nnum = t.nullable(t.number());
const strings = t.array(t.string());

/** Why an article joined an event, or an event a storyline. */
export const Reason = t.object({ kind: str, detail: str, weight: t.number() }, ['weight']);
export type Reason = Static<typeof Reason>;

/** One metadata field's value with where it came from and how sure we are. */
export const Field = t.object(
  {
    value: t.opaque<unknown>({ description: 'the value (a string, a list of strings, or null)' }),
    source: str,
    confidence: t.number(),
    note: str,
    partial: t.string({ description: 'a partial value that must not be completed by guessing, e.g. "--12-13"' }),
  },
  ['note', 'partial'],
);
export type Field = Static<typeof Field>;

/** An article in a list: its link fields (copyOf: the earliest article it copies, or null) plus, inside an event, its membership. */
export const ArticleRef = t.object(
  { id: str, title: nstr, outlet: nstr, published: nstr, url: nstr, copyOf: nstr, similarity: nnum, score: t.number(), reasons: t.array(Reason) },
  ['score', 'reasons'],
);
export type ArticleRef = Static<typeof ArticleRef>;

const storylineViewProps = {
  id: str,
  headline: t.nullable(t.string({ description: "a readable name: the headline of the storyline's earliest event" })),
  label: str,
  topTerms: strings,
  firstDate: nstr,
  lastDate: nstr,
  events: int,
  articles: int,
  outlets: strings,
  reasons: t.array(Reason, { description: 'why each later event was linked in (in list responses only the first three; the detail has all)' }),
};
export const StorylineView = t.object(storylineViewProps);
export type StorylineView = Static<typeof StorylineView>;

const eventViewProps = {
  id: str,
  storyline: str,
  headline: t.nullable(t.string({ description: "a readable name: the title of the event's earliest article (dated first, else first ingested)" })),
  label: str,
  topTerms: strings,
  firstDate: nstr,
  lastDate: nstr,
  /** For an event without a full date: its estimated date (from = to) or range and why; null when dated or when it cannot be placed. */
  estimated: t.nullable(t.object({ from: str, to: str, reason: str })),
  articles: int,
  outlets: strings,
  reasons: t.array(Reason),
};
export const EventView = t.object(eventViewProps);
export type EventView = Static<typeof EventView>;

/** A quote as faces show it: its text, kind, cue, speaker words and entity, reporter, offsets, date and outlet. */
export const QuoteView = t.object({
  articleId: str,
  text: str,
  kind: str,
  cue: nstr,
  speaker: nstr,
  speakerEntity: nstr,
  reporter: nstr,
  start: int,
  end: int,
  published: nstr,
  outlet: nstr,
});
export type QuoteView = Static<typeof QuoteView>;

export const ENTITY_TYPES = ['person', 'org', 'place', 'other'] as const;
export const EntityView = t.object({ name: str, type: t.enum(ENTITY_TYPES), articles: int });
export type EntityView = Static<typeof EntityView>;

/** The same happening reported in another language: that event, its language, title and outlets, and why they are one. */
export const AlsoReported = t.object({
  language: t.string({ description: 'ISO 639-1 code of the other report' }),
  languageName: t.string({ description: 'the language in English ("German")' }),
  eventId: str,
  title: nstr,
  outlets: strings,
  reason: t.string({ description: 'the names, numbers and dates the two events share' }),
  score: t.number(),
});
export type AlsoReported = Static<typeof AlsoReported>;

export const EventDetail = t.object({
  ...eventViewProps,
  alsoReported: t.array(AlsoReported, {
    description: 'the same happening reported in other languages (shared specific names across scripts, numbers, dates within days); strongest first',
  }),
  members: t.array(ArticleRef),
  byOutlet: t.array(t.object({ outlet: str, articles: t.array(ArticleRef) }), { description: 'outlets with their articles, earliest publisher first' }),
  quotes: t.array(QuoteView),
  entities: t.array(EntityView),
});
export type EventDetail = Static<typeof EventDetail>;

export const StorylineDetail = t.object({ ...storylineViewProps, timeline: t.array(EventView, { description: 'events in time order (undated last)' }) });
export type StorylineDetail = Static<typeof StorylineDetail>;

/** A stored article (the model's shape, src/model.ts). */
export const ArticleSchema = t.opaque<Article>(
  t.object({
    id: str,
    rawId: str,
    sourceId: nstr,
    url: nstr,
    outlet: nstr,
    title: nstr,
    authors: strings,
    published: nstr,
    dateline: nstr,
    language: nstr,
    text: str,
    paragraphs: strings,
    removed: t.array(t.object({ text: str, reason: str })),
    provenance: t.record(Field),
  }),
);

export const ArticleDetail = t.object({
  article: ArticleSchema,
  analysis: t.opaque<Analysis | null>({ type: ['object', 'null'], description: 'entities, quotes and speakers found in the text' }),
  event: t.nullable(EventView),
  storyline: t.nullable(StorylineView),
  copyOf: t.nullable(ArticleRef),
  copies: t.array(ArticleRef),
  similarity: nnum,
});
export type ArticleDetail = Static<typeof ArticleDetail>;

/** A statement in the ledger: the same quoted words across articles. */
export const StatementView = t.object({ id: str, speaker: nstr, text: str, firstDate: nstr, articles: strings, outlets: strings, events: strings });
export type StatementView = Static<typeof StatementView>;

export const Speaker = t.object({ name: str, quotes: int, articles: int });
export type Speaker = Static<typeof Speaker>;

const counted = t.array(t.object({ outlet: str, articles: int }));
export const OutletView = t.object({
  outlet: str,
  articles: int,
  firstDate: nstr,
  lastDate: nstr,
  languages: strings,
  copiesFrom: counted,
  copiedBy: counted,
  medianLagHours: t.nullable(t.number({ description: "median hours after an event's first article that this outlet's first article on it appeared" })),
  topEntities: strings,
});
export type OutletView = Static<typeof OutletView>;

export const SearchHit = t.object({
  id: str,
  title: nstr,
  outlet: nstr,
  published: nstr,
  language: nstr,
  words: int,
  snippet: str,
  score: t.number({
    description:
      'Higher first. bm25 relevance (title weighted) for a one-word query matching fewer than 500 articles; otherwise the 500 newest matches come first, title matches (1) ahead of text matches (0), then older matches newest first (0).',
  }),
});
export type SearchHit = Static<typeof SearchHit>;

/** What an ingest did (the CLI's --json and the API's answer): documents read, ids added, unchanged, and each rejection. */
export const IngestReportView = t.object({
  read: int,
  added: strings,
  unchanged: int,
  rejected: t.array(t.object({ origin: t.opaque<Record<string, unknown>>({ type: 'object' }), stage: str, reason: str })),
});
export type IngestReportView = Static<typeof IngestReportView>;

export const Health = t.object({ ok: t.opaque<true>({ type: 'boolean', const: true }), articles: int, db: str });
export type Health = Static<typeof Health>;

export const ErrorView = t.object({ error: str, message: str, statusCode: int });
export type ErrorView = Static<typeof ErrorView>;

/** Coverage over time: articles per day, week (starting Monday) or month, with their outlets; undated ones counted apart. */
export const TIMELINE_BUCKETS = ['day', 'week', 'month'] as const;
export const TimelineView = t.object({
  bucket: t.enum(TIMELINE_BUCKETS),
  buckets: t.array(t.object({ start: t.string({ description: 'YYYY-MM-DD, the first day of the bucket' }), count: int, outlets: t.record(int) })),
  undated: t.integer({ description: 'matching articles without a full date (not in any bucket)' }),
  total: t.integer({ description: "matching articles: the buckets' counts plus undated" }),
});
export type TimelineView = Static<typeof TimelineView>;

/** A named thing in full: its aliases, coverage, latest quotes (with outlet, date and event), co-occurring entities and events. */
export const EntityQuote = t.object({ ...QuoteView.properties, event: nstr });
export type EntityQuote = Static<typeof EntityQuote>;
export const EntityDetail = t.object({
  name: str,
  type: t.enum(ENTITY_TYPES),
  articles: int,
  aliases: strings,
  coverage: TimelineView,
  quotes: t.array(EntityQuote, {
    description: 'its latest quotes (at most 50), each with the outlet, date and event of the article; GET /api/ledger?speaker= has all',
  }),
  quotesTotal: t.integer({ description: 'all its quotes' }),
  cooccurring: t.array(EntityView, { description: 'the names most often in the same articles (among its latest 1,000 articles)' }),
  events: t.array(EventView, { description: 'its latest events (at most 30)' }),
});
export type EntityDetail = Static<typeof EntityDetail>;

/** A name asked for that fits several entities or speakers: the choices, most cited first. */
export const LookupChoices = t.object({ asked: str, matches: t.array(t.object({ name: str, type: str, articles: int })) });
export type LookupChoices = Static<typeof LookupChoices>;

/** The ledger: a page of statements, the speaker a forgiving look-up settled on, or the choices when the name was ambiguous. */
export const LedgerPage = t.object(
  {
    items: t.array(StatementView),
    total: int,
    limit: int,
    offset: int,
    speaker: t.string({ description: 'the speaker the look-up settled on ("Putin" -> "Vladimir Putin")' }),
    choices: t.array(t.object({ name: str, type: str, articles: int }), { description: 'when the name fits several speakers: pick one' }),
  },
  ['speaker', 'choices'],
);
export type LedgerPage = Static<typeof LedgerPage>;

/** Which page of a list to show (the API's `limit` and `offset`; the CLI's `--limit`). */
export interface PageRequest {
  limit?: number;
  offset?: number;
}

/** What every list can be narrowed by (the API's and the page's `from`, `to`, `outlet`, `language`, `q`) and its order. */
export interface ListFilter {
  from?: string;
  to?: string;
  outlet?: string;
  language?: string;
  q?: string;
  sort?: string;
}

/** The orders each list offers; the first is the default. */
export const SORTS = {
  storylines: ['size', 'newest', 'oldest'],
  events: ['newest', 'oldest', 'size'],
  articles: ['ingested', 'newest', 'oldest', 'outlet'],
  ledger: ['oldest', 'newest', 'reach'],
  entities: ['articles', 'name'],
} as const;

/** A page of a list: items, the total, and the limit and offset asked for. */
export function pagedOf<T>(items: Schema<T>) {
  return t.object(
    {
      items: t.array(items),
      total: int,
      limit: int,
      offset: int,
      totalCapped: t.boolean({ description: 'present and true when total is a lower bound (counting stopped there; search counts at most 1,000)' }),
    },
    ['totalCapped'],
  );
}
export type Paged<T> = Static<ReturnType<typeof pagedOf<T>>>;

/** Every named view, as the OpenAPI document lists them. */
export const viewSchemas = {
  Error: ErrorView,
  Reason,
  Field,
  ArticleRef,
  StorylineView,
  StorylineDetail,
  EventView,
  EventDetail,
  AlsoReported,
  QuoteView,
  EntityView,
  Article: ArticleSchema,
  ArticleDetail,
  StatementView,
  Speaker,
  OutletView,
  SearchHit,
  TimelineView,
  EntityDetail,
  LookupChoices,
  LedgerPage,
  IngestResult: IngestReportView,
  Health,
} satisfies Record<string, Schema>;

/** The ingest report as faces show it: added as ids, each rejection as where, stage and reason. */
export function ingestReportView(r: { read: number; added: string[]; unchanged: number; rejected: Rejection[] }): IngestReportView {
  return {
    read: r.read,
    added: r.added,
    unchanged: r.unchanged,
    rejected: r.rejected.map((x) => ({ origin: x.origin as unknown as Record<string, unknown>, stage: x.stage, reason: x.reason })),
  };
}
