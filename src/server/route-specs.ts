// The API's routes as data: path, validation schemas and documentation; Fastify validates with them and the OpenAPI document is built from them.
import type { ServerConfig } from './config.js';
import { SORTS, TIMELINE_BUCKETS, pagedOf, type viewSchemas } from '../views.js';
import { ISO_DATE } from '../store/list-filter.js';

type Schema = Record<string, unknown>;

export type OperationId =
  | 'health'
  | 'storylines'
  | 'storyline'
  | 'events'
  | 'event'
  | 'articles'
  | 'article'
  | 'search'
  | 'ledger'
  | 'speakers'
  | 'entities'
  | 'outlets'
  | 'outlet'
  | 'timeline'
  | 'entity'
  | 'export'
  | 'live'
  | 'ingest'
  | 'openapi';

export interface RouteSpec {
  operationId: OperationId;
  method: 'GET' | 'POST';
  /** Fastify path syntax ("/api/event/:id"). */
  url: string;
  summary: string;
  params?: Schema;
  querystring?: Schema;
  /** 200 response schema. */
  response: Schema;
  /** Needs the bearer token. */
  write?: boolean;
  /** Statuses besides 200/400 the route can answer with. */
  errors?: number[];
  /** Answers other than JSON (a CSV or JSONL download, server-sent events): streamed, never cached. */
  contentTypes?: string[];
  stream?: boolean;
}

/** A reference to a named view in the OpenAPI document's components (src/views.ts). */
function schemaRef(name: keyof typeof viewSchemas): Schema {
  return { $ref: `#/components/schemas/${name}` };
}

function objectSchema(properties: Record<string, Schema>, required: string[] = []): Schema {
  return { type: 'object', properties, required, additionalProperties: false };
}

function withoutSort(f: Record<string, Schema>): Record<string, Schema> {
  const { sort: _sort, ...rest } = f;
  return rest;
}

/** Build the route table with limits from the config. */
export function routeSpecs(cfg: ServerConfig): RouteSpec[] {
  const limitOf = (byDefault: number): Schema => ({
    type: 'integer',
    minimum: 1,
    maximum: cfg.maxLimit,
    default: byDefault,
    description: `page size, 1..${cfg.maxLimit}`,
  });
  const limit = limitOf(cfg.defaultLimit);
  const offset = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 0, description: 'items to skip' };
  const text = (description: string): Schema => ({ type: 'string', minLength: 1, maxLength: cfg.maxQueryLength, description });
  const page = (extra: Record<string, Schema> = {}, required: string[] = []): Schema => objectSchema({ limit, offset, ...extra }, required);
  const date = (description: string): Schema => ({ type: 'string', pattern: ISO_DATE.source, description: `${description} (YYYY, YYYY-MM or YYYY-MM-DD)` });
  /** The filters every list takes, and its orders (the first is the default). */
  const filters = (sorts: readonly string[]): Record<string, Schema> => ({
    from: date('only what was published on or after this date'),
    to: date('only what was published on or before this date (the whole day, month or year)'),
    outlet: text('only this outlet (any case)'),
    language: { type: 'string', pattern: '^[A-Za-z]{2,3}$', description: 'only this language (ISO 639-1 code, e.g. en)' },
    q: text('only what holds these words'),
    sort: { type: 'string', enum: [...sorts], description: `order: ${sorts.join(', ')} (${sorts[0]} by default)` },
  });
  const idParam = (name: string, description: string): Schema =>
    objectSchema({ [name]: { type: 'string', minLength: 1, maxLength: cfg.maxIdLength, description } }, [name]);

  return [
    { operationId: 'health', method: 'GET', url: '/api/health', summary: 'Liveness and the number of stored articles', response: schemaRef('Health') },
    {
      operationId: 'storylines',
      method: 'GET',
      url: '/api/storylines',
      summary: 'Storylines, paged; filtered by dates (overlapping), outlet, language or words of their articles',
      querystring: page(filters(SORTS.storylines)),
      response: pagedOf(schemaRef('StorylineView')),
    },
    {
      operationId: 'storyline',
      method: 'GET',
      url: '/api/storyline/:id',
      summary: 'One storyline with its events in time order',
      params: idParam('id', 'storyline id'),
      response: schemaRef('StorylineDetail'),
      errors: [404],
    },
    {
      operationId: 'events',
      method: 'GET',
      url: '/api/events',
      summary: 'Events, optionally of one storyline',
      querystring: page({ storyline: text('only events of this storyline id'), ...filters(SORTS.events) }),
      response: pagedOf(schemaRef('EventView')),
    },
    {
      operationId: 'event',
      method: 'GET',
      url: '/api/event/:id',
      summary: 'One event: articles grouped by outlet (first publisher, copies), quotes, entities',
      params: idParam('id', 'event id'),
      response: schemaRef('EventDetail'),
      errors: [404],
    },
    {
      operationId: 'articles',
      method: 'GET',
      url: '/api/articles',
      summary: 'Articles, filtered by dates, outlet, language or words, sorted',
      querystring: page(filters(SORTS.articles)),
      response: pagedOf(schemaRef('ArticleRef')),
    },
    {
      operationId: 'article',
      method: 'GET',
      url: '/api/article/:id',
      summary: 'One article: clean text, metadata with provenance, analysis, event, copy lineage and copies',
      params: idParam('id', 'article id, unique id prefix, or source id'),
      response: schemaRef('ArticleDetail'),
      errors: [404],
    },
    {
      operationId: 'search',
      method: 'GET',
      url: '/api/search',
      summary: 'Full-text search over titles and texts',
      // fewer hits by default than other lists: each hit costs a read of its text and a snippet
      querystring: objectSchema({ q: text('words (all must match) or "a phrase"'), limit: limitOf(cfg.searchDefaultLimit), offset }, ['q']),
      response: pagedOf(schemaRef('SearchHit')),
    },
    {
      operationId: 'ledger',
      method: 'GET',
      url: '/api/ledger',
      summary: 'The ledger of statements over time, optionally of one speaker (surname, any case or accents; several fits: choices)',
      querystring: page({ speaker: text('speaker name: full, surname or any words of it'), ...filters(SORTS.ledger) }),
      response: schemaRef('LedgerPage'),
    },
    {
      operationId: 'speakers',
      method: 'GET',
      url: '/api/speakers',
      summary: 'Speakers with their quote and article counts',
      response: { type: 'array', items: schemaRef('Speaker') },
    },
    {
      operationId: 'entities',
      method: 'GET',
      url: '/api/entities',
      summary: 'Named entities with article counts',
      querystring: page({ type: { type: 'string', enum: ['person', 'org', 'place', 'other'], description: 'entity type' }, ...filters(SORTS.entities) }),
      response: pagedOf(schemaRef('EntityView')),
    },
    {
      operationId: 'outlets',
      method: 'GET',
      url: '/api/outlets',
      summary: 'Outlets: coverage, copying, speed',
      response: { type: 'array', items: schemaRef('OutletView') },
    },
    {
      operationId: 'outlet',
      method: 'GET',
      url: '/api/outlet/:name',
      summary: 'One outlet: what it covers, whom it copies, how fast',
      params: idParam('name', 'outlet name'),
      response: schemaRef('OutletView'),
      errors: [404],
    },
    {
      operationId: 'timeline',
      method: 'GET',
      url: '/api/timeline',
      summary: 'Articles per day, week or month (with their outlets) of a storyline, event, entity, outlet or words',
      querystring: objectSchema({
        storyline: text('storyline id'),
        event: text('event id'),
        entity: text('entity name (surname, any case or accents)'),
        ...withoutSort(filters(['none'])),
        bucket: { type: 'string', enum: [...TIMELINE_BUCKETS], description: 'bucket size (chosen from the span when not given)' },
      }),
      response: schemaRef('TimelineView'),
      errors: [404],
    },
    {
      operationId: 'entity',
      method: 'GET',
      url: '/api/entity/:name',
      summary: 'One entity: aliases, type, coverage over time, quotes with outlet and event, co-occurring entities, events (several fits: choices)',
      params: idParam('name', 'entity name: full, surname or any words of it, any case or accents'),
      response: { oneOf: [schemaRef('EntityDetail'), schemaRef('LookupChoices')] },
      errors: [404],
    },
    {
      operationId: 'export',
      method: 'GET',
      url: '/api/export',
      summary: "A list as CSV (a header row; cells starting = + - @ are prefixed with ') or JSONL, streamed; the lists' filters apply",
      querystring: objectSchema(
        {
          view: { type: 'string', enum: ['articles', 'events', 'storylines', 'ledger'], description: 'which list' },
          format: { type: 'string', enum: ['csv', 'jsonl'], default: 'csv', description: 'csv (with a header row) or jsonl (one row per line)' },
          storyline: text('events: only this storyline'),
          speaker: text('ledger: only this speaker'),
          ...filters([...new Set(Object.values(SORTS).flat())]),
        },
        ['view'],
      ),
      response: { type: 'string' },
      contentTypes: ['text/csv', 'application/x-ndjson'],
      stream: true,
    },
    {
      operationId: 'live',
      method: 'GET',
      url: '/api/live',
      summary: "Server-sent events: 'article', 'event' and 'storyline' messages as any process writes (Last-Event-ID or ?since= resumes after an article seq)",
      querystring: objectSchema({ since: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'send articles after this seq' } }),
      response: { type: 'string' },
      contentTypes: ['text/event-stream'],
      stream: true,
    },
    {
      operationId: 'ingest',
      method: 'POST',
      url: '/api/ingest',
      summary: 'Ingest rows ({id?, url?, title?, text|html, published?, outlet?, authors?}) as a JSON array or JSONL; needs the bearer token',
      response: schemaRef('IngestResult'),
      write: true,
      errors: [401, 403, 413, 415],
    },
    { operationId: 'openapi', method: 'GET', url: '/api/openapi.json', summary: 'This OpenAPI 3 document', response: { type: 'object' } },
  ];
}
