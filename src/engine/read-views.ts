// The read views every face shows: storylines, events, articles, the ledger, entities, outlets (with copy flows and lags),
// search; each one cached until the data moves.
import { groupStatements, type StatementInput } from '../analyze/index.js';
import type { Article, Quote, Reason } from '../model.js';
import type { ArticleLink, Page, SearchHit, Store } from '../store/store.js';
import type {
  ArticleDetail,
  ArticleRef,
  EntityView,
  EventDetail,
  EventView,
  OutletView,
  Paged,
  StatementView,
  StorylineDetail,
  StorylineView,
} from '../views.js';
import type { EventSummary, StorylineSummary } from '../weave/index.js';
import type { WovenState } from './woven-state.js';

const UNKNOWN_OUTLET = 'unknown outlet';
/** The ledger groups at most this many quotes at once (the earliest first); ask for one speaker to see all of theirs. */
const LEDGER_MAX_QUOTES = 50000;
/** A search counts its matches up to this many ("more than 1,000"): counting every match of a common word walks its whole posting list. */
const SEARCH_COUNT_CAP = 1_000;

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

  private async outletsIn(group: { event?: string; storyline?: string }): Promise<string[]> {
    return [...new Set((await this.store.outletsIn(group)).map((o) => o ?? UNKNOWN_OUTLET))].sort();
  }

  private async eventView(e: EventSummary): Promise<EventView> {
    return {
      id: e.id,
      storyline: e.storyline,
      headline: e.headline ?? (await this.store.firstTitleIn(e.id)),
      label: e.label,
      topTerms: e.topTerms,
      firstDate: e.firstDate,
      lastDate: e.lastDate,
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
      headline: s.headline ?? (first ? await this.store.firstTitleIn(first.id) : null),
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

  /** Storylines, largest and latest first. */
  async storylines(page: Page = {}): Promise<Paged<StorylineView>> {
    return this.cached(`storylines:${JSON.stringify(page)}`, async () => {
      const { storylines } = await this.state.weaveSummaries();
      const sorted = [...storylines].sort(
        (a, b) => b.events.length - a.events.length || b.members.length - a.members.length || cmpDesc(a.lastDate, b.lastDate) || a.id.localeCompare(b.id),
      );
      return this.paged(sorted, page, async (s) => listed(await this.storylineView(s)));
    });
  }

  async storyline(id: string): Promise<StorylineDetail | null> {
    return this.cached(`storyline:${id}`, async () => {
      const { storylineById, eventById } = await this.state.weaveSummaries();
      const s = storylineById.get(id);
      if (!s) return null;
      const events = s.events
        .map((e) => eventById.get(e)!)
        .filter(Boolean)
        .sort(byDateThenId);
      return { ...(await this.storylineView(s)), timeline: await Promise.all(events.map((e) => this.eventView(e))) };
    });
  }

  /** Events, latest first (or one storyline's, in time order). */
  async events(page: Page & { storyline?: string } = {}): Promise<Paged<EventView>> {
    return this.cached(`events:${JSON.stringify(page)}`, async () => {
      const { events } = await this.state.weaveSummaries();
      const list = page.storyline
        ? events.filter((e) => e.storyline === page.storyline).sort(byDateThenId)
        : [...events].sort((a, b) => cmpDesc(a.lastDate, b.lastDate) || b.members.length - a.members.length || a.id.localeCompare(b.id));
      return this.paged(list, page, async (e) => listed(await this.eventView(e)));
    });
  }

  async event(id: string): Promise<EventDetail | null> {
    return this.cached(`event:${id}`, async () => {
      const { eventById } = await this.state.weaveSummaries();
      const e = eventById.get(id) ?? eventById.get(await this.state.currentEventId(id));
      if (!e) return null;
      const links = await this.store.articleLinks(e.members);
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
      return { ...(await this.eventView(e)), members, byOutlet, quotes, entities };
    });
  }

  async articles(page: Page & { outlet?: string } = {}): Promise<Paged<ArticleRef>> {
    return this.cached(`articles:${JSON.stringify(page)}`, async () => {
      const limit = page.limit ?? 50;
      const offset = page.offset ?? 0;
      const items = await this.store.listArticleLinks({ limit, offset, outlet: page.outlet });
      const total = page.outlet ? ((await this.store.outletStats()).find((o) => o.outlet === page.outlet)?.articles ?? 0) : await this.store.countArticles();
      return { items, total, limit, offset };
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
      const copyOf: ArticleLink | null = copyOfId ? ((await this.store.articleLinks([copyOfId]))[0] ?? null) : null;
      return {
        article,
        analysis,
        event: ev ? await this.eventView(ev) : null,
        storyline: sl ? await this.storylineView(sl) : null,
        copyOf,
        copies,
        similarity: self[0]?.similarity ?? null,
      };
    });
  }

  async search(q: string, page: Page = {}): Promise<Paged<SearchHit>> {
    return this.cached(`search:${q}:${JSON.stringify(page)}`, async () => {
      const limit = page.limit ?? 20;
      const offset = page.offset ?? 0;
      const [items, counted] = await Promise.all([this.store.search(q, { limit, offset }), this.store.countSearch(q, SEARCH_COUNT_CAP + 1)]);
      return counted > SEARCH_COUNT_CAP ? { items, total: SEARCH_COUNT_CAP, limit, offset, totalCapped: true } : { items, total: counted, limit, offset };
    });
  }

  /** Statements grouped across articles (the same words reported by several outlets), optionally for one speaker. */
  async ledger(opts: Page & { speaker?: string } = {}): Promise<Paged<StatementView>> {
    return this.cached(`ledger:${JSON.stringify(opts)}`, async () => {
      const quotes = await this.store.quotes({ speaker: opts.speaker, limit: LEDGER_MAX_QUOTES });
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
      return this.paged(statements, opts, async (s) => s);
    });
  }

  async speakers(): Promise<{ name: string; quotes: number; articles: number }[]> {
    return this.cached('speakers', async () => {
      return this.store.speakers();
    });
  }

  async entities(page: Page & { type?: string } = {}): Promise<Paged<EntityView>> {
    return this.cached(`entities:${JSON.stringify(page)}`, async () => {
      const limit = page.limit ?? 50;
      const offset = page.offset ?? 0;
      const items = (await this.store.entities({ type: page.type, limit, offset })) as EntityView[];
      return { items, total: await this.store.countEntities(page.type), limit, offset };
    });
  }

  /** Outlets: what they publish, whom they copy and who copies them, how fast they follow events. */
  async outlets(): Promise<OutletView[]> {
    return this.cached('outlets', async () => {
      const [stats, flows, lags] = await Promise.all([this.store.outletStats(), this.store.copyFlows(), this.outletLags()]);
      return stats.map((s) => ({
        ...s,
        copiesFrom: flows.filter((f) => f.copier === s.outlet && f.origin !== s.outlet).map((f) => ({ outlet: f.origin, articles: f.articles })),
        copiedBy: flows.filter((f) => f.origin === s.outlet && f.copier !== s.outlet).map((f) => ({ outlet: f.copier, articles: f.articles })),
        medianLagHours: median(lags.get(s.outlet) ?? []),
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

  /** Hours from each event's first dated article to each outlet's first article on it (events with two or more dated articles). */
  private async outletLags(): Promise<Map<string, number[]>> {
    const byEvent = new Map<string, { dated: number; firstBy: Map<string, number> }>();
    for (const m of await this.store.datedMembers()) {
      const t = Date.parse(m.published);
      if (Number.isNaN(t)) continue; // a partial date ("--12-13") cannot be placed in time
      let e = byEvent.get(m.event);
      if (!e) byEvent.set(m.event, (e = { dated: 0, firstBy: new Map() }));
      e.dated++;
      e.firstBy.set(m.outlet, Math.min(e.firstBy.get(m.outlet) ?? Infinity, t));
    }
    const lags = new Map<string, number[]>();
    for (const { dated, firstBy } of byEvent.values()) {
      if (dated < 2) continue;
      const t0 = Math.min(...firstBy.values());
      for (const [outlet, t] of firstBy) lags.set(outlet, [...(lags.get(outlet) ?? []), (t - t0) / 3.6e6]);
    }
    return lags;
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

function byDateThenId(a: EventSummary, b: EventSummary): number {
  return cmpAsc(a.firstDate, b.firstDate) || a.id.localeCompare(b.id);
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return Math.round((s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) * 10) / 10;
}
