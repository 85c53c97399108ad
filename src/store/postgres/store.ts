// The PostgreSQL store (pg Pool, schema migrations, tsvector full-text search): the same Store as SQLite, for data one machine cannot hold.
import type { Analysis, Article, Assignment, RawDoc, Rejection } from '../../model.js';
import type { AlertState } from '../alert-state.js';
import { LINK_SQL, rowToAnalysis, rowToArticle, rowToAssignment, rowToFingerprint, rowToLink, rowToRaw, rowToRejection, rowToSummary } from '../rows.js';
import { snippetCutter } from '../snippet.js';
import type {
  ArticleLink,
  EntityCount,
  EntityFilter,
  FingerprintRecord,
  LineageUpdate,
  OutletStats,
  Page,
  QuoteFilter,
  SearchHit,
  CopyFlow,
  Store,
  StoredQuote,
  StoredRejection,
} from '../store.js';
import { PgWeaveTables } from './weave-tables.js';
import { pgFilterArticles, pgGroupsWith, pgCoverage, pgArticlesAfter, pgLastSeq } from './list-queries.js';
import type { ArticleFilter, ArticleSort, CoverageRow, NewArticle } from '../list-filter.js';
import { pgCopyFlows, pgOutletStats } from './outlet-queries.js';
import type { WatchState } from '../watch-state.js';
import { articleColumnValues, bodyToKeep, rejectionKey, resolveArticleRef } from '../write-rules.js';
import { PgAlertState } from './alert-state.js';
import { UPSERT_ANALYSIS, UPSERT_ARTICLE, analysisParams } from './write-statements.js';
import { pgLinkCandidates } from './link-queries.js';
import type { LinkCandidate, LinkCandidateQuery } from '../link-candidates.js';
import { parsePgLocation } from './location.js';
import { connectAndMigrate } from './migrate.js';
import { searchText, tsQuery } from './query.js';
import { PgSession } from './session.js';
import { PgWatchState } from './watch-state.js';
import { pgCountEntities, pgEntities, pgQuotes, pgSpeakers } from './ledger-queries.js';

const ARTICLE_COLS = 'seq, id, raw_id, source_id, url, outlet, title, authors, published, dateline, language, text, paragraphs, removed, provenance, words';

/** The PostgreSQL store; its weave tables (rows, summaries, snapshot) are the base class's. */
export class PostgresStore extends PgWeaveTables implements Store {
  /** Articles inserted since the planner's statistics were last refreshed, and how many there were then. */
  private insertedSinceAnalyze = 0;
  private articlesAtAnalyze = 0;
  private watch: PgWatchState | null = null;
  private alert: PgAlertState | null = null;

  private constructor(
    /** The URL without its password. */
    readonly location: string,
    private readonly session: PgSession,
  ) {
    super((sql, params) => session.run(sql, params));
  }

  /** Connect to `url` (postgres://user[:password]@host[:port]/database[?schema=name]) and bring the schema up to date. */
  static async open(url: string): Promise<PostgresStore> {
    const loc = parsePgLocation(url);
    const { pool, client } = await connectAndMigrate(loc);
    const store = new PostgresStore(loc.display, new PgSession(loc.display, pool));
    try {
      store.articlesAtAnalyze = Math.max(
        0,
        Number((await client.query("SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass")).rows[0]?.reltuples ?? 0),
      );
    } finally {
      client.release();
    }
    return store;
  }

  watchState(): WatchState {
    return (this.watch ??= new PgWatchState(this.run));
  }

  alertState(): AlertState {
    return (this.alert ??= new PgAlertState(this.run));
  }

  async hasRaw(id: string): Promise<boolean> {
    return (await this.run('SELECT 1 FROM raw_docs WHERE id = $1', [id])).length > 0;
  }

  async putRaw(raw: RawDoc): Promise<void> {
    const kept = bodyToKeep(raw);
    await this.run(
      'INSERT INTO raw_docs (id, origin, format, bytes, fetched_at, hints, body) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING',
      [
        raw.id,
        JSON.stringify(raw.origin),
        raw.format,
        Buffer.from(raw.bytes),
        raw.fetchedAt,
        JSON.stringify(raw.hints),
        kept === null ? null : Buffer.from(kept, 'utf8'),
      ],
    );
  }

  async getRaw(id: string): Promise<RawDoc | null> {
    const r = (await this.run('SELECT * FROM raw_docs WHERE id = $1', [id]))[0];
    return r ? rowToRaw(r, r.body ? (r.body as Buffer).toString('utf8') : null) : null;
  }

  /** Insert or replace the article with its search vector (see UPSERT_ARTICLE). */
  async putArticle(a: Article): Promise<number> {
    const rows = await this.run(UPSERT_ARTICLE, [a.id, ...articleColumnValues(a), new Date().toISOString(), searchText(a.title), searchText(a.text)]);
    if (rows[0]!.inserted) this.insertedSinceAnalyze++;
    return Number(rows[0]!.seq);
  }

  async getArticle(id: string): Promise<Article | null> {
    const r = (await this.run(`SELECT ${ARTICLE_COLS} FROM articles WHERE id = $1`, [id]))[0];
    return r ? rowToArticle(r) : null;
  }

  async resolveArticleId(ref: string): Promise<string | null> {
    return resolveArticleRef(
      ref,
      async (r) => (await this.run('SELECT id FROM articles WHERE id = $1 OR source_id = $1 LIMIT 2', [r])).map((x) => x.id as string),
      async (from, to) => (await this.run('SELECT id FROM articles WHERE id >= $1 AND id < $2 LIMIT 2', [from, to])).map((x) => x.id as string),
    );
  }

  async countArticles(): Promise<number> {
    return (await this.run('SELECT count(*)::int AS n FROM articles'))[0]!.n as number;
  }

  /** Read in pages by seq (not a live cursor), so callers may write while they iterate. */
  async *allArticles(): AsyncIterable<Article> {
    for (let after = 0; ; ) {
      const rows = await this.run(`SELECT ${ARTICLE_COLS} FROM articles WHERE seq > $1 ORDER BY seq LIMIT 500`, [after]);
      if (!rows.length) return;
      after = Number(rows[rows.length - 1]!.seq);
      for (const r of rows) yield rowToArticle(r);
    }
  }

  async search(query: string, page: Page = {}): Promise<SearchHit[]> {
    const q = tsQuery(query);
    if (!q) return [];
    const rows = await this.run("SELECT * FROM newsloom_search(to_tsquery('simple', $1), $2, $3)", [q, page.limit ?? 20, page.offset ?? 0]);
    const snippet = snippetCutter(query);
    return rows.map((r) => ({ ...rowToSummary(r), snippet: snippet(r.text as string), score: Number(r.score) }));
  }

  async countSearch(query: string, cap?: number): Promise<number> {
    const q = tsQuery(query);
    if (!q) return 0;
    if (cap !== undefined)
      return (await this.run("SELECT count(*)::int AS n FROM (SELECT 1 FROM articles WHERE fts @@ to_tsquery('simple', $1) LIMIT $2) m", [q, cap]))[0]!
        .n as number;
    return (await this.run("SELECT newsloom_search_count(to_tsquery('simple', $1)) AS n", [q]))[0]!.n as number;
  }

  async putRejection(r: Rejection): Promise<void> {
    await this.run(
      `INSERT INTO rejections (key, raw_id, origin, stage, reason, bytes, first_at, last_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$7)
       ON CONFLICT (key) DO UPDATE SET count = rejections.count + 1, last_at = excluded.last_at`,
      [rejectionKey(r), r.rawId, JSON.stringify(r.origin), r.stage, r.reason, r.bytes ? Buffer.from(r.bytes) : null, r.at],
    );
  }

  async clearRejectionsFor(rawId: string): Promise<void> {
    await this.run('DELETE FROM rejections WHERE raw_id = $1', [rawId]);
  }

  async listRejections(): Promise<StoredRejection[]> {
    const rows = await this.run('SELECT * FROM rejections ORDER BY first_at, key');
    return rows.map(rowToRejection);
  }

  async putAnalysis(articleId: string, a: Analysis): Promise<void> {
    await this.run(UPSERT_ANALYSIS, analysisParams(articleId, a));
  }

  async getAnalysis(articleId: string): Promise<Analysis | null> {
    const r = (await this.run('SELECT * FROM analyses WHERE article_id = $1', [articleId]))[0];
    return r ? rowToAnalysis(r) : null;
  }

  async putFingerprint(f: FingerprintRecord): Promise<void> {
    await this.run(
      `INSERT INTO fingerprints (article_id, seq, exact, minhash, shingles, published, copy_of, similarity, grp) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
       ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq, exact = excluded.exact, minhash = excluded.minhash, shingles = excluded.shingles,
         published = excluded.published, copy_of = excluded.copy_of, similarity = excluded.similarity, grp = excluded.grp`,
      [f.articleId, f.seq, f.exact, Buffer.from(f.minhash), f.shingles, f.published, f.copyOf, f.similarity, f.group],
    );
  }

  async updateLineage(rows: LineageUpdate[]): Promise<void> {
    if (!rows.length) return;
    const last = [...new Map(rows.map((r) => [r.id, r])).values()]; // as sequential updates would leave it: the last row for an id wins
    await this.run(
      `UPDATE fingerprints f SET copy_of = u.copy_of, similarity = u.similarity, grp = u.grp
         FROM unnest($1::text[], $2::text[], $3::float8[], $4::text[]) AS u(id, copy_of, similarity, grp) WHERE f.article_id = u.id`,
      [last.map((r) => r.id), last.map((r) => r.copyOf), last.map((r) => r.similarity), last.map((r) => r.group)],
    );
  }

  /** In pages keyed by (seq, article id): rebuilt fingerprints may share a seq with others. */
  async *allFingerprints(): AsyncIterable<FingerprintRecord> {
    for (let after: [number, string] = [-1, '']; ; ) {
      const rows = await this.run('SELECT * FROM fingerprints WHERE (seq, article_id) > ($1, $2) ORDER BY seq, article_id LIMIT 2000', after);
      if (!rows.length) return;
      const tail = rows[rows.length - 1]!;
      after = [Number(tail.seq), tail.article_id as string];
      for (const r of rows) yield rowToFingerprint(r);
    }
  }

  async copiesOf(articleId: string): Promise<ArticleLink[]> {
    return (await this.run(`${LINK_SQL} WHERE f.copy_of = $1 ORDER BY a.published IS NULL, a.published, a.seq`, [articleId])).map(rowToLink);
  }

  async articleLinks(ids: string[]): Promise<ArticleLink[]> {
    if (!ids.length) return [];
    const byId = new Map((await this.run(`${LINK_SQL} WHERE a.id = ANY($1::text[])`, [[...new Set(ids)]])).map((r) => [r.id as string, rowToLink(r)]));
    return ids.map((id) => byId.get(id)).filter((x): x is ArticleLink => !!x);
  }

  async listArticleLinks(page: Page & { outlet?: string } = {}): Promise<ArticleLink[]> {
    const limit = page.limit ?? 50;
    const offset = page.offset ?? 0;
    const rows = page.outlet
      ? await this.run(`${LINK_SQL} WHERE a.outlet = $3 ORDER BY a.seq LIMIT $1 OFFSET $2`, [limit, offset, page.outlet])
      : await this.run(`${LINK_SQL} ORDER BY a.seq LIMIT $1 OFFSET $2`, [limit, offset]);
    return rows.map(rowToLink);
  }

  async putAssignment(articleId: string, a: Assignment): Promise<void> {
    await this.run(
      `INSERT INTO event_members (article_id, event, storyline, score, new_event, reasons, at) VALUES ($1,$2,$3,$4,$5,$6,$7)
       ON CONFLICT (article_id) DO UPDATE SET event = excluded.event, storyline = excluded.storyline, score = excluded.score,
         new_event = excluded.new_event, reasons = excluded.reasons, at = excluded.at`,
      [articleId, a.event, a.storyline, a.score, a.newEvent, JSON.stringify({ reasons: a.reasons, newStoryline: a.newStoryline }), new Date().toISOString()],
    );
  }

  async getAssignment(articleId: string): Promise<(Assignment & { articleId: string }) | null> {
    const r = (await this.run('SELECT * FROM event_members WHERE article_id = $1', [articleId]))[0];
    return r ? rowToAssignment(r) : null;
  }

  async assignmentsOf(event: string): Promise<(Assignment & { articleId: string })[]> {
    return (await this.run('SELECT m.* FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.event = $1 ORDER BY a.seq', [event])).map(
      rowToAssignment,
    );
  }

  async outletsIn(group: { event?: string; storyline?: string }): Promise<(string | null)[]> {
    const rows = group.event
      ? await this.run('SELECT DISTINCT a.outlet FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.event = $1', [group.event])
      : await this.run('SELECT DISTINCT a.outlet FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.storyline = $1', [group.storyline ?? '']);
    return rows.map((r) => (r.outlet as string | null) ?? null);
  }

  async datedMembers(): Promise<{ event: string; outlet: string; published: string }[]> {
    return (await this.run(
      'SELECT m.event, a.outlet, a.published FROM event_members m JOIN articles a ON a.id = m.article_id WHERE a.outlet IS NOT NULL AND a.published IS NOT NULL',
    )) as { event: string; outlet: string; published: string }[];
  }

  async firstTitleIn(event: string): Promise<string | null> {
    const r = (
      await this.run(
        'SELECT a.title FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.event = $1 ORDER BY a.published IS NULL, a.published, a.seq LIMIT 1',
        [event],
      )
    )[0];
    return (r?.title as string | null | undefined) ?? null;
  }

  async quotes(filter: QuoteFilter): Promise<StoredQuote[]> {
    return pgQuotes(this.run, filter);
  }

  async speakers(): Promise<{ name: string; quotes: number; articles: number }[]> {
    return pgSpeakers(this.run);
  }

  async entities(filter: EntityFilter): Promise<EntityCount[]> {
    return pgEntities(this.run, filter);
  }

  async linkCandidates(q: LinkCandidateQuery): Promise<LinkCandidate[]> {
    return pgLinkCandidates(this.run, q);
  }

  async countEntities(type?: string): Promise<number> {
    return pgCountEntities(this.run, type);
  }

  async outletStats(): Promise<OutletStats[]> {
    return pgOutletStats(this.run);
  }

  async copyFlows(): Promise<CopyFlow[]> {
    return pgCopyFlows(this.run);
  }

  async filterArticles(filter: ArticleFilter, page: Page & { sort?: ArticleSort } = {}): Promise<{ items: ArticleLink[]; total: number }> {
    return pgFilterArticles(this.run, filter, page);
  }

  async groupsWith(kind: 'event' | 'storyline', filter: ArticleFilter): Promise<string[]> {
    return pgGroupsWith(this.run, kind, filter);
  }

  async coverage(filter: ArticleFilter): Promise<CoverageRow[]> {
    return pgCoverage(this.run, filter);
  }

  async articlesAfter(seq: number, limit: number): Promise<NewArticle[]> {
    return pgArticlesAfter(this.run, seq, limit);
  }

  async countQuotes(speaker: string): Promise<number> {
    return Number((await this.run('SELECT count(*)::int AS n FROM quotes WHERE lower(speaker_entity) = lower($1)', [speaker]))[0]!.n);
  }

  async lastArticleSeq(): Promise<number> {
    return pgLastSeq(this.run);
  }

  async dataVersion(): Promise<string> {
    const r = (
      await this.run("SELECT (SELECT coalesce(max(seq), 0) FROM articles) AS seq, (SELECT coalesce(max(updated_at), '') FROM weave_state) AS woven")
    )[0]!;
    return `${Number(r.seq)}|${r.woven as string}`;
  }

  async getMeta(key: string): Promise<string | null> {
    return ((await this.run('SELECT value FROM meta WHERE key = $1', [key]))[0]?.value as string | undefined) ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.run('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  async beginBatch(): Promise<void> {
    await this.session.begin();
  }

  /** Commit when the outermost batch ends (or roll it back if a statement in it failed); after a commit, maybe refresh the statistics. */
  async endBatch(): Promise<void> {
    const ended = await this.session.end();
    if (ended === 'rolled-back')
      this.insertedSinceAnalyze = 0; // nothing of the batch was kept
    else if (ended === 'committed') await this.refreshStatistics();
  }

  /**
   * After a bulk load, refresh the planner's statistics (autovacuum would, up to a minute later): without them PostgreSQL
   * scans every article's tsvector for a rare search word instead of using the GIN index.
   */
  private async refreshStatistics(): Promise<void> {
    if (this.insertedSinceAnalyze < 200 || this.insertedSinceAnalyze < 0.2 * this.articlesAtAnalyze) return;
    this.articlesAtAnalyze += this.insertedSinceAnalyze;
    this.insertedSinceAnalyze = 0;
    await this.session.runOutside('ANALYZE articles');
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}
