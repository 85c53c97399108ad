// JSON Schemas of the shared view shapes (src/views.ts), for the OpenAPI document's components.
type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const nstr: Schema = { type: ['string', 'null'] };
const num: Schema = { type: 'number' };
const nnum: Schema = { type: ['number', 'null'] };
const int: Schema = { type: 'integer' };
const arr = (items: Schema): Schema => ({ type: 'array', items });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nref = (name: string): Schema => ({ oneOf: [ref(name), { type: 'null' }] });
function obj(properties: Record<string, Schema>, optional: string[] = []): Schema {
  return { type: 'object', properties, required: Object.keys(properties).filter((k) => !optional.includes(k)) };
}
const counted = obj({ outlet: str, articles: int });

const field: Schema = obj({ value: {}, source: str, confidence: num, note: str, partial: str }, ['note', 'partial']);

const eventViewProps = {
  id: str,
  storyline: str,
  label: str,
  topTerms: arr(str),
  firstDate: nstr,
  lastDate: nstr,
  articles: int,
  outlets: arr(str),
  reasons: arr(ref('Reason')),
};
const storylineViewProps = {
  id: str,
  label: str,
  topTerms: arr(str),
  firstDate: nstr,
  lastDate: nstr,
  events: int,
  articles: int,
  outlets: arr(str),
  reasons: arr(ref('Reason')),
};

export const viewSchemas: Record<string, Schema> = {
  Error: obj({ error: str, message: str, statusCode: int }),
  Reason: obj({ kind: str, detail: str, weight: num }, ['weight']),
  Field: field,
  ArticleRef: obj({ id: str, title: nstr, outlet: nstr, published: nstr, url: nstr, copyOf: nstr, similarity: nnum, score: num, reasons: arr(ref('Reason')) }, [
    'score',
    'reasons',
  ]),
  StorylineView: obj(storylineViewProps),
  StorylineDetail: obj({ ...storylineViewProps, timeline: arr(ref('EventView')) }),
  EventView: obj(eventViewProps),
  EventDetail: obj({
    ...eventViewProps,
    members: arr(ref('ArticleRef')),
    byOutlet: arr(obj({ outlet: str, articles: arr(ref('ArticleRef')) })),
    quotes: arr(ref('QuoteView')),
    entities: arr(ref('EntityView')),
  }),
  QuoteView: obj({
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
  }),
  EntityView: obj({ name: str, type: { type: 'string', enum: ['person', 'org', 'place', 'other'] }, articles: int }),
  Article: obj({
    id: str,
    rawId: str,
    sourceId: nstr,
    url: nstr,
    outlet: nstr,
    title: nstr,
    authors: arr(str),
    published: nstr,
    dateline: nstr,
    language: nstr,
    text: str,
    paragraphs: arr(str),
    removed: arr(obj({ text: str, reason: str })),
    provenance: { type: 'object', additionalProperties: ref('Field') },
  }),
  ArticleDetail: obj({
    article: ref('Article'),
    analysis: { type: ['object', 'null'] },
    event: nref('EventView'),
    storyline: nref('StorylineView'),
    copyOf: nref('ArticleRef'),
    copies: arr(ref('ArticleRef')),
    similarity: nnum,
  }),
  StatementView: obj({ id: str, speaker: nstr, text: str, firstDate: nstr, articles: arr(str), outlets: arr(str), events: arr(str) }),
  Speaker: obj({ name: str, quotes: int, articles: int }),
  OutletView: obj({
    outlet: str,
    articles: int,
    firstDate: nstr,
    lastDate: nstr,
    languages: arr(str),
    copiesFrom: arr(counted),
    copiedBy: arr(counted),
    medianLagHours: nnum,
    topEntities: arr(str),
  }),
  SearchHit: obj({
    id: str,
    title: nstr,
    outlet: nstr,
    published: nstr,
    language: nstr,
    words: int,
    snippet: str,
    score: {
      type: 'number',
      description:
        'Higher first. bm25 relevance (title weighted) for a one-word query matching fewer than 500 articles; otherwise the 500 newest matches come first, title matches (1) ahead of text matches (0), then older matches newest first (0).',
    },
  }),
  IngestResult: obj({
    read: int,
    added: arr(str),
    unchanged: int,
    rejected: arr(obj({ origin: { type: 'object' }, stage: str, reason: str })),
  }),
  Health: obj({ ok: { type: 'boolean' }, articles: int, db: str }),
};

/** The schema of a Paged<T> of the named component. */
export function pagedOf(name: string): Schema {
  return obj(
    {
      items: arr(ref(name)),
      total: int,
      limit: int,
      offset: int,
      totalCapped: { type: 'boolean', description: 'present and true when total is a lower bound (counting stopped there)' },
    },
    ['totalCapped'],
  );
}

export { ref as schemaRef, arr as arrayOf };
