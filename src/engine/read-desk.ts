// The analyst's desk views: forgiving name look-up, coverage over time, an entity in full, and what is new since a point
// (the live view); each read through the one read cache.
import type { ArticleFilter, NewArticle, Page, Store } from '../store/store.js';
import type { EntityDetail, EntityView, LedgerPage, ListFilter, LookupChoices, TimelineView } from '../views.js';
import { lookUpName, mergeNamed, type NameIndex, type NamedThing, nameIndex } from './name-lookup.js';
import type { Cached, ReadViews } from './read-views.js';
import { type Bucket, bucketFor, timelineOf } from './timeline-buckets.js';

/** Every entity and speaker name is read for a look-up (cached until the data moves). */
const NAMES_MAX = 1_000_000;
const ENTITY_QUOTES = 50;
const ENTITY_EVENTS = 30;
const COOCCURRING = 20;
/** Names seen with an entity are counted over its latest this many articles (all of them cost seconds for a frequent name). */
const COOCCURRING_ARTICLES = 1000;
/** Articles whose analyses are read for an entity's aliases. */
const ALIAS_ARTICLES = 40;

export class DeskViews {
  constructor(
    private readonly store: Store,
    private readonly views: ReadViews,
    private readonly cached: Cached,
  ) {}

  /** Every entity and speaker with the number of articles naming or quoting it. */
  private names(only: 'speaker' | 'any'): Promise<NameIndex> {
    return this.cached(`desk:names:${only}`, async () => {
      const [entities, speakers] = await Promise.all([this.store.entities({ limit: NAMES_MAX }), this.store.speakers()]);
      const merged = mergeNamed(
        entities,
        speakers.map((s) => ({ name: s.name, type: 'person', articles: s.articles })),
      );
      const said = new Set(speakers.map((s) => s.name));
      return nameIndex(only === 'speaker' ? merged.filter((t) => said.has(t.name)) : merged);
    });
  }

  /** The entities or speakers a typed name fits, most cited first (one: the answer; several: choices). */
  async lookUp(asked: string, only: 'speaker' | 'any' = 'any'): Promise<NamedThing[]> {
    return this.cached(`desk:lookup:${only}:${asked}`, async () => lookUpName(asked, await this.names(only)));
  }

  /** The ledger with a forgiving speaker: settled to one name, or the choices when it fits several. */
  async ledger(opts: Page & ListFilter & { speaker?: string } = {}): Promise<LedgerPage> {
    if (!opts.speaker) return this.views.ledger(opts);
    const found = await this.lookUp(opts.speaker, 'speaker');
    if (found.length > 1) return { items: [], total: 0, limit: opts.limit ?? 50, offset: opts.offset ?? 0, choices: found.slice(0, 50) };
    // No known speaker: the words as typed still match a speaker's words in a quote ("the minister").
    const speaker = found[0]?.name ?? opts.speaker;
    const page = await this.views.ledger({ ...opts, speaker });
    return found[0] ? { ...page, speaker } : page;
  }

  /** Articles per day, week or month (chosen from the span when not given) for any filter. */
  async timeline(filter: ArticleFilter, bucket?: Bucket): Promise<TimelineView> {
    return this.cached(`desk:timeline:${JSON.stringify(filter)}:${bucket ?? ''}`, async () => {
      const rows = await this.store.coverage(filter);
      return timelineOf(rows, bucket ?? bucketFor(rows));
    });
  }

  /** An entity in full, found by a forgiving name; the choices when the name fits several; null when it fits none. */
  async entity(asked: string): Promise<EntityDetail | LookupChoices | null> {
    return this.cached(`desk:entity:${asked}`, async () => {
      const found = await this.lookUp(asked);
      if (!found.length) return null;
      if (found.length > 1) return { asked, matches: found.slice(0, 50) };
      const e = found[0]!;
      const within: ArticleFilter = { entity: e.name };
      const [coverage, quotes, quotesTotal, latest, eventIds] = await Promise.all([
        this.timeline(within),
        this.store.quotes({ speaker: e.name, newest: true, limit: ENTITY_QUOTES }),
        this.store.countQuotes(e.name),
        this.store.filterArticles(within, { limit: COOCCURRING_ARTICLES, sort: 'newest' }),
        this.store.groupsWith('event', within),
      ]);
      const ids = latest.items.map((l) => l.id);
      const cooccurring = await this.store.entities({ articleIds: ids, limit: COOCCURRING + 1 });
      const aliases = new Set<string>();
      for (const a of await Promise.all(ids.slice(0, ALIAS_ARTICLES).map((id) => this.store.getAnalysis(id))))
        for (const x of a?.entities ?? []) if (x.name === e.name) for (const al of x.aliases) if (al !== e.name) aliases.add(al);
      const events = await this.views.eventsByIds(eventIds, ENTITY_EVENTS);
      return {
        name: e.name,
        type: (['person', 'org', 'place'].includes(e.type) ? e.type : 'other') as EntityView['type'],
        articles: coverage.total || e.articles,
        aliases: [...aliases].sort(),
        coverage,
        quotes: quotes.map(({ idx: _i, ...q }) => q),
        quotesTotal,
        cooccurring: cooccurring.filter((c) => c.name !== e.name).slice(0, COOCCURRING) as EntityView[],
        events,
      };
    });
  }

  /** Articles added after ingest sequence number `seq` (at most `limit`), with their event and storyline. */
  newSince(seq: number, limit = 200): Promise<NewArticle[]> {
    return this.store.articlesAfter(seq, limit);
  }

  lastSeq(): Promise<number> {
    return this.store.lastArticleSeq();
  }
}
