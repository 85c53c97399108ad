// The read views every face shows: storylines, events, articles, the ledger, entities, outlets (with copy flows and lags),
// search; each one cached until the data moves.
import { groupStatements, type StatementInput } from '../analyze/index.js';
import type { Article, Quote, Reason } from '../model.js';
import type { ArticleFilter, ArticleLink, ArticleSort, Page, SearchHit, Store } from '../store/store.js';
import type {
  ArticleDetail,
  ArticleRef,
  EntityView,
  EventDetail,
  EventView,
  LedgerPage,
  ListFilter,
  OutletView,
  Paged,
  StorylineDetail,
  StorylineView,
} from '../views.js';
import type { EventSummary, StorylineSummary } from '../weave/index.js';
import { dateAfter as dateAfterOf } from '../store/list-filter.js';
import { foldName } from './name-lookup.js';
import { needsText, readableTitle } from './display-name.js';
import { alsoReportedOf } from './read-links.js';
import { medianLagHours } from './outlet-lags.js';
import type { WovenState } from './woven-state.js';

const UNKNOWN_OUTLET = 'unknown outlet';
/** The ledger groups at most this many quotes at once (the earliest first); ask for one speaker to see all of theirs. */
const LEDGER_MAX_QUOTES = 50000;
/** A search counts its matches up to this many ("more than 1,000"): counting every match of a common word walks its whole posting list. */
const SEARCH_COUNT_CAP = 1_000;
/** A filtered or name-sorted entity list reads at most this many entities. */
const ENTITY_SCAN_MAX = 100_000;

/** Serve a read from the one read cache while the data has not changed. */
export type Cached = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export class ReadViews {
  constructor(
    private readonly store: Store,
    private readonly state: WovenState,
    private readonly cached: Cached,
  ) {}

  /** Find an article by full id, unique id prefix or the caller's source id. */
  async article(ref: string): Promise<Article | null> {
    const id = await this.store.resolveArticleId(ref);
    return id ? this.store.getArticle(id) : null;
  }

  /** Untitled articles, and those whose "title" is a date or dateline, named by the first sentence of their text. */
  async named<T extends { id: string; title: string | null }>(xs: T[]): Promise<T[]> {
    return Promise.all(
      xs.map(async (x) => {
        if (!needsText(x.title)) return x;
        const a = await this.store.getArticle(x.id);
        return { ...x, title: readableTitle(x.title, a?.text ?? null) };
      }),
    );
  }

  /** An event's or storyline's headline, readable: a missing or date-like one becomes its first article's name. */
  private async readableHeadline(headline: string | null, event: EventSummary | undefined): Promise<string | null> {
    if (!needsText(headline) || !event?.members.length) return headline;
    const first = (await this.store.articleLinks([event.members[0]!]))[0];
    return first ? ((await this.named([first]))[0]!.title ?? headline) : headline;
  }

  private async outletsIn(group: { event?: string; storyline?: string }): Promise<string[]> {
    return [...new Set((await this.store.outletsIn(group)).map((o) => o ?? UNKNOWN_OUTLET))].sort();
  }

  private async eventView(e: EventSummary): Promise<EventView> {
    return {
      id: e.id,
      storyline: e.storyline,
      headline: await this.readableHeadline(e.headline ?? (await this.store.firstTitleIn(e.id)), e),
      label: e.label,
      topTerms: e.topTerms,
      firstDate: e.firstDate,
      lastDate: e.lastDate,
      estimated: e.firstDate ? null : (e.estimated ?? null),
      articles: e.members.length,
      outlets: await this.outletsIn({ event: e.id }),
      reasons: e.reasons,
    };
  }

  private async storylineView(s: StorylineSummary): Promise<StorylineView> {
    const { eventById } = await this.state.weaveSummaries();
    const first = s.events
      .map((id) => eventById.get(id)!)
      .filter(Boolean)
      .sort(byDateThenId)[0];
    return {
      id: s.id,
      headline: await this.readableHeadline(s.headline ?? (first ? await this.store.firstTitleIn(first.id) : null), first),
      label: s.label,
      topTerms: s.topTerms,
      firstDate: s.firstDate,
      lastDate: s.lastDate,
      events: s.events.length,
      articles: s.members.length,
      outlets: await this.outletsIn({ storyline: s.id }),
      reasons: s.reasons,
    };
  }

  /** Storylines, largest and latest first (or newest, oldest), narrowed by a filter. */
  async storylines(page: Page & ListFilter = {}): Promise<Paged<StorylineView>> {
    return this.cached(`storylines:${JSON.stringify(page)}`, async () => {
      const { storylines } = await this.state.weaveSummaries();
      const keep = await this.groupFilter('storyline', page);
      const sorted = storylines
        .filter(keep)
        .sort(
          page.sort === 'newest' || page.sort === 'oldest'
            ? byDates(page.sort)
            : (a, b) => b.events.length - a.events.length || b.members.length - a.members.length || cmpDesc(a.lastDate, b.lastDate) || a.id.localeCompare(b.id),
        );
      return this.paged(sorted, page, async (s) => listed(await this.storylineView(s)));
    });
  }

  /**
   * Which events or storylines a filter keeps: those whose dates overlap from..to, and (for outlet, language or words)
   * that hold at least one matching article.
   */
  private async groupFilter(
    kind: 'event' | 'storyline',
    f: ListFilter,
  ): Promise<(g: { id: string; firstDate: string | null; lastDate: string | null }) => boolean> {
    const narrowing: ArticleFilter = { outlet: f.outlet, language: f.language, q: f.q };
    const ids = f.outlet || f.language || f.q !== undefined ? new Set(await this.store.groupsWith(kind, narrowing)) : null;
    const after = f.to ? dateAfterOf(f.to) : null;
    return (g) =>
      (!ids || ids.has(g.id)) &&
      (!f.from || (g.lastDate !== null && g.lastDate >= f.from)) &&
      (!after || (g.firstDate !== null && g.firstDate < after && g.firstDate >= '0'));
  }

  async storyline(id: string): Promise<StorylineDetail | null> {
    return this.cached(`storyline:${id}`, async () => {
      const { storylineById, eventById } = await this.state.weaveSummaries();
      const s = storylineById.get(id);
      if (!s) return null;
      // the weave's timeline order: known dates, then estimates, then events it cannot place
      const events = s.events.map((e) => eventById.get(e)!).filter(Boolean);
      return { ...(await this.storylineView(s)), timeline: await Promise.all(events.map((e) => this.eventView(e))) };
    });
  }

  /** Events, latest first (or one storyline's, in time order; or as `sort` says), narrowed by a filter. */
  async events(page: Page & ListFilter & { storyline?: string } = {}): Promise<Paged<EventView>> {
    return this.cached(`events:${JSON.stringify(page)}`, async () => {
      const { events } = await this.state.weaveSummaries();
      const keep = await this.groupFilter('event', page);
      const chosen = events.filter((e) => (!page.storyline || e.storyline === page.storyline) && keep(e));
      const order =
        page.sort === 'oldest' || (page.storyline && !page.sort)
          ? byDateThenId
          : page.sort === 'size'
            ? (a: EventSummary, b: EventSummary) => b.members.length - a.members.length || cmpDesc(a.lastDate, b.lastDate) || a.id.localeCompare(b.id)
            : (a: EventSummary, b: EventSummary) => cmpDesc(a.lastDate, b.lastDate) || b.members.length - a.members.length || a.id.localeCompare(b.id);
      const list = chosen.sort(order);
      return this.paged(list, page, async (e) => listed(await this.eventView(e)));
    });
  }

  /** These events' views as lists show them (the first reasons), latest first, at most `max`. */
  async eventsByIds(ids: string[], max: number): Promise<EventView[]> {
    const { eventById } = await this.state.weaveSummaries();
    const chosen = ids
      .map((id) => eventById.get(id))
      .filter((e): e is EventSummary => !!e)
      .sort((a, b) => cmpDesc(a.lastDate, b.lastDate) || b.members.length - a.members.length || a.id.localeCompare(b.id))
      .slice(0, max);
    return Promise.all(chosen.map(async (e) => listed(await this.eventView(e))));
  }

  async event(id: string): Promise<EventDetail | null> {
    return this.cached(`event:${id}`, async () => {
      const { eventById } = await this.state.weaveSummaries();
      const e = eventById.get(id) ?? eventById.get(await this.state.currentEventId(id));
      if (!e) return null;
      const links = await this.named(await this.store.articleLinks(e.members));
      const assignments = new Map((await this.store.assignmentsOf(id)).map((a) => [a.articleId, a]));
      const members: ArticleRef[] = links.map((l) => ({ ...l, score: assignments.get(l.id)?.score, reasons: assignments.get(l.id)?.reasons }));
      const groups = new Map<string, ArticleRef[]>();
      for (const m of [...members].sort((a, b) => cmpAsc(a.published, b.published))) {
        const key = m.outlet ?? UNKNOWN_OUTLET;
        groups.set(key, [...(groups.get(key) ?? []), m]);
      }
      const byOutlet = [...groups.entries()]
        .map(([outlet, articles]) => ({ outlet, articles }))
        .sort((a, b) => cmpAsc(a.articles[0]!.published, b.articles[0]!.published) || a.outlet.localeCompare(b.outlet));
      const quotes = (await this.store.quotes({ articleIds: e.members })).map(({ idx: _i, event: _e, ...q }) => q);
      const entities = (await this.store.entities({ articleIds: e.members, limit: 30 })) as EntityView[];
      const alsoReported = await alsoReportedOf(this.store, e, eventById);
      return { ...(await this.eventView(e)), members, byOutlet, quotes, entities, alsoReported };
    });
  }

  /** Articles in ingest order (or newest, oldest, by outlet), narrowed by a filter. */
  async articles(page: Page & ListFilter = {}): Promise<Paged<ArticleRef>> {
    return this.cached(`articles:${JSON.stringify(page)}`, async () => {
      const limit = page.limit ?? 50;
      const offset = page.offset ?? 0;
      const { from, to, outlet, language, q } = page;
      const { items, total } = await this.store.filterArticles(
        { from, to, outlet, language, q },
        { limit, offset, sort: page.sort as ArticleSort | undefined },
      );
      return { items: await this.named(items), total, limit, offset };
    });
  }

  async articleDetail(ref: string): Promise<ArticleDetail | null> {
    return this.cached(`article:${ref}`, async () => {
      const article = await this.article(ref);
      if (!article) return null;
      const [analysis, assignment, self, copies] = await Promise.all([
        this.store.getAnalysis(article.id),
        this.store.getAssignment(article.id),
        this.store.articleLinks([article.id]),
        this.store.copiesOf(article.id),
      ]);
      const { eventById, storylineById } = await this.state.weaveSummaries();
      const ev = assignment ? eventById.get(assignment.event) : undefined;
      const sl = ev ? storylineById.get(ev.storyline) : undefined;
      const copyOfId = self[0]?.copyOf ?? null;
      const copyOf: ArticleLink | null = copyOfId ? ((await this.named(await this.store.articleLinks([copyOfId])))[0] ?? null) : null;
      return {
        article,
        analysis,
        event: ev ? await this.eventView(ev) : null,
        storyline: sl ? await this.storylineView(sl) : null,
        copyOf,
        copies: await this.named(copies),
        similarity: self[0]?.similarity ?? null,
      };
    });
  }

  async search(q: string, page: Page = {}): Promise<Paged<SearchHit>> {
    return this.cached(`search:${q}:${JSON.stringify(page)}`, async () => {
      const limit = page.limit ?? 20;
      const offset = page.offset ?? 0;
      const [found, counted] = await Promise.all([this.store.search(q, { limit, offset }), this.store.countSearch(q, SEARCH_COUNT_CAP + 1)]);
      const items = await this.named(found);
      return counted > SEARCH_COUNT_CAP ? { items, total: SEARCH_COUNT_CAP, limit, offset, totalCapped: true } : { items, total: counted, limit, offset };
    });
  }

  /**
   * Statements grouped across articles (the same words reported by several outlets), optionally for one speaker (an exact
   * name: the desk's look-up settles a forgiving one first), narrowed by a filter (`q`: words of the quote).
   */
  async ledger(opts: Page & ListFilter & { speaker?: string } = {}): Promise<LedgerPage> {
    return this.cached(`ledger:${JSON.stringify(opts)}`, async () => {
      const within: ArticleFilter = { from: opts.from, to: opts.to, outlet: opts.outlet, language: opts.language };
      const quotes = await this.store.quotes({ speaker: opts.speaker, within, text: opts.q, limit: LEDGER_MAX_QUOTES });
      const items: StatementInput[] = quotes.map((q) => ({
        articleId: q.articleId,
        published: q.published,
        outlet: q.outlet,
        event: q.event,
        quote: {
          text: q.text,
          start: q.start,
          end: q.end,
          kind: q.kind as Quote['kind'],
          cue: q.cue,
          reporter: q.reporter,
          speaker: q.speaker ? { name: q.speaker, start: 0, end: 0, entity: q.speakerEntity, via: 'name' } : null,
        },
      }));
      const statements = groupStatements(items);
      if (opts.sort === 'newest') statements.sort((a, b) => cmpDesc(a.firstDate, b.firstDate) || a.id.localeCompare(b.id));
      if (opts.sort === 'reach')
        statements.sort((a, b) => b.outlets.length - a.outlets.length || b.articles.length - a.articles.length || a.id.localeCompare(b.id));
      return this.paged(statements, opts, async (s) => s);
    });
  }

  async speakers(): Promise<{ name: string; quotes: number; articles: number }[]> {
    return this.cached('speakers', async () => {
      return this.store.speakers();
    });
  }

  /** Entities by articles naming them (or by name); `q` keeps names holding its words (any case or accents), the rest counts only matching articles. */
  async entities(page: Page & ListFilter & { type?: string } = {}): Promise<Paged<EntityView>> {
    return this.cached(`entities:${JSON.stringify(page)}`, async () => {
      const limit = page.limit ?? 50;
      const offset = page.offset ?? 0;
      const within: ArticleFilter = { from: page.from, to: page.to, outlet: page.outlet, language: page.language };
      if (!page.q && page.sort !== 'name' && !Object.values(within).some(Boolean)) {
        const items = (await this.store.entities({ type: page.type, limit, offset })) as EntityView[];
        return { items, total: await this.store.countEntities(page.type), limit, offset };
      }
      let all = (await this.store.entities({ type: page.type, within, limit: ENTITY_SCAN_MAX })) as EntityView[];
      if (page.q) {
        const words = foldName(page.q).split(' ');
        all = all.filter((e) => {
          const name = ` ${foldName(e.name)} `;
          return words.every((w) => name.includes(` ${w}`));
        });
      }
      if (page.sort === 'name') all.sort((a, b) => a.name.localeCompare(b.name));
      return this.paged(all, page, async (e) => e);
    });
  }

  /** Outlets: what they publish, whom they copy and who copies them, how fast they follow events. */
  async outlets(): Promise<OutletView[]> {
    return this.cached('outlets', async () => {
      const [stats, flows, members] = await Promise.all([this.store.outletStats(), this.store.copyFlows(), this.store.datedMembers()]);
      const lags = medianLagHours(members);
      return stats.map((s) => ({
        ...s,
        copiesFrom: flows.filter((f) => f.copier === s.outlet && f.origin !== s.outlet).map((f) => ({ outlet: f.origin, articles: f.articles })),
        copiedBy: flows.filter((f) => f.origin === s.outlet && f.copier !== s.outlet).map((f) => ({ outlet: f.copier, articles: f.articles })),
        medianLagHours: lags.get(s.outlet) ?? null,
        topEntities: [],
      }));
    });
  }

  async outlet(name: string): Promise<OutletView | null> {
    return this.cached(`outlet:${name.toLowerCase()}`, async () => {
      const o = (await this.outlets()).find((x) => x.outlet.toLowerCase() === name.toLowerCase());
      if (!o) return null;
      const ids = (await this.store.listArticleLinks({ outlet: o.outlet, limit: 5000 })).map((l) => l.id);
      return { ...o, topEntities: (await this.store.entities({ articleIds: ids, limit: 10 })).map((e) => e.name) };
    });
  }

  private async paged<T, U>(list: T[], page: Page, view: (t: T) => Promise<U>): Promise<Paged<U>> {
    const limit = page.limit ?? 50;
    const offset = page.offset ?? 0;
    return { items: await Promise.all(list.slice(offset, offset + limit).map(view)), total: list.length, limit, offset };
  }
}

/** In lists, a view carries only its first reasons (a long storyline has one per linked event); the detail has them all. */
const LIST_REASONS = 3;

function listed<T extends { reasons: Reason[] }>(v: T): T {
  return v.reasons.length > LIST_REASONS ? { ...v, reasons: v.reasons.slice(0, LIST_REASONS) } : v;
}

function cmpAsc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function cmpDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

function byDates(sort: 'newest' | 'oldest'): (a: StorylineSummary, b: StorylineSummary) => number {
  return sort === 'newest'
    ? (a, b) => cmpDesc(a.lastDate, b.lastDate) || a.id.localeCompare(b.id)
    : (a, b) => cmpAsc(a.firstDate, b.firstDate) || a.id.localeCompare(b.id);
}

function byDateThenId(a: EventSummary, b: EventSummary): number {
  return cmpAsc(a.firstDate, b.firstDate) || a.id.localeCompare(b.id);
}
