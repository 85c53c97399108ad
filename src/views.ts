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

export const EventDetail = t.object({
  ...eventViewProps,
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

/** Which page of a list to show (the API's `limit` and `offset`; the CLI's `--limit`). */
export interface PageRequest {
  limit?: number;
  offset?: number;
}

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
  QuoteView,
  EntityView,
  Article: ArticleSchema,
  ArticleDetail,
  StatementView,
  Speaker,
  OutletView,
  SearchHit,
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
