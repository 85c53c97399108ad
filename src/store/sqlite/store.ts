// The embedded SQLite store (better-sqlite3, WAL, schema migrations, FTS5 over title and text).
import type Database from 'better-sqlite3';
import type { Analysis, Article, Assignment, RawDoc, Rejection } from '../../model.js';
import type { AlertState } from '../alert-state.js';
import { rowToAnalysis, rowToArticle, rowToFingerprint, rowToLink, rowToRaw, rowToRejection, type Row, SQLITE_LINK_SQL } from '../rows.js';
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
import { SqliteWeaveTables } from './weave-tables.js';
import { sqliteFilterArticles, sqliteGroupsWith, sqliteCoverage, sqliteArticlesAfter, sqliteLastSeq } from './list-queries.js';
import type { ArticleFilter, ArticleSort, CoverageRow, NewArticle } from '../list-filter.js';
import { sqliteCopyFlows, sqliteOutletStats } from './outlet-queries.js';
import type { WatchState } from '../watch-state.js';
import { articleColumnValues, bodyToKeep, notStored, rejectionKey, resolveArticleRef } from '../write-rules.js';
import { SqliteAlertState } from './alert-state.js';
import { type ConnectionOptions, READER_PRAGMAS, openDatabase, statementCache } from './connection.js';
import { countArticleMatches, searchArticles } from './search.js';
import { SearchPool } from './search-pool.js';
import { SqliteWatchState } from './watch-state.js';
import { sqliteEntities, sqliteQuotes } from './ledger-queries.js';
import { sqliteLinkCandidates } from './link-queries.js';
import { writeAnalysisRows } from './analysis-rows.js';
import { getSqliteAssignment, putSqliteAssignment, sqliteAssignmentsOf, sqliteDatedMembers, sqliteFirstTitleIn, sqliteOutletsIn } from './member-rows.js';
import { KnownNames } from '../known-names.js';
import { FtsBacklog } from './fts-backlog.js';
import { StatsBacklog } from './stats-backlog.js';
import { SqliteBatch } from './batch.js';
import type { LinkCandidate, LinkCandidateQuery } from '../link-candidates.js';

export interface SqliteOptions extends ConnectionOptions {
  /** Run full-text searches on this many threads, each with its own read-only connection (0, the default: on the caller's). */
  searchThreads?: number;
}

/** The SQLite store; its weave tables (rows, summaries, snapshot) are the base class's. */
export class SqliteStore extends SqliteWeaveTables implements Store {
  private watch: SqliteWatchState | null = null;
  private alert: SqliteAlertState | null = null;
  /** Entity names whose key rows this connection wrote (their keys are not computed and inserted again). */
  private readonly names = new KnownNames();
  /** Articles inserted in the open batch, indexed for full-text search before it commits or anything searches. */
  private readonly fts: FtsBacklog;
  /** Entity and speaker statistics of the rows written in the open batch, written before it commits or anything reads them. */
  private readonly stats: StatsBacklog;
  /** The open batch (one transaction over many documents), if any. */
  private readonly batch: SqliteBatch;

  private constructor(
    readonly location: string,
    db: Database.Database,
    private readonly searchPool: SearchPool | null,
  ) {
    super(db, statementCache(db));
    this.fts = new FtsBacklog(this.stmt);
    this.stats = new StatsBacklog(this.stmt);
    this.batch = new SqliteBatch(db, this.names, this.fts, this.stats);
  }

  /**
   * Open (creating if needed) a newsloom database at `path`; ":memory:" for a throwaway one. With `searchThreads`, full-text
   * searches run on that many threads with read-only connections of their own (for a server; ignored for ":memory:").
   */
  static open(path: string, opts: SqliteOptions = {}): SqliteStore {
    const db = openDatabase(path, opts);
    const threads = path === ':memory:' ? 0 : (opts.searchThreads ?? 0);
    return new SqliteStore(path, db, threads > 0 ? new SearchPool(path, threads, READER_PRAGMAS) : null);
  }

  watchState(): WatchState {
    return (this.watch ??= new SqliteWatchState(this.db, this.stmt));
  }

  alertState(): AlertState {
    return (this.alert ??= new SqliteAlertState(this.db, this.stmt));
  }

  async hasRaw(id: string): Promise<boolean> {
    return !!this.stmt('SELECT 1 FROM raw_docs WHERE id = ?').get(id);
  }

  async putRaw(raw: RawDoc): Promise<void> {
    this.stmt('INSERT OR IGNORE INTO raw_docs (id, origin, format, bytes, fetched_at, hints, body) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      raw.id,
      JSON.stringify(raw.origin),
      raw.format,
      Buffer.from(raw.bytes),
      raw.fetchedAt,
      JSON.stringify(raw.hints),
      bodyToKeep(raw),
    );
  }

  async getRaw(id: string): Promise<RawDoc | null> {
    const r = this.stmt('SELECT * FROM raw_docs WHERE id = ?').get(id) as Row | undefined;
    return r ? rowToRaw(r, (r.body as string | null) ?? null) : null;
  }

  async putArticle(a: Article): Promise<number> {
    const existing = this.stmt('SELECT seq FROM articles WHERE id = ?').get(a.id) as { seq: number } | undefined;
    const values = articleColumnValues(a);
    if (existing) {
      this.fts.sync(); // the update trigger takes the old text out of the index: it must be there
      this.stmt(
        'UPDATE articles SET raw_id=?, source_id=?, url=?, outlet=?, title=?, authors=?, published=?, dateline=?, language=?, text=?, paragraphs=?, removed=?, provenance=?, words=? WHERE id = ?',
      ).run(...values, a.id);
      return existing.seq;
    }
    const info = this.stmt(
      'INSERT INTO articles (raw_id, source_id, url, outlet, title, authors, published, dateline, language, text, paragraphs, removed, provenance, words, id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
    ).run(...values, a.id, new Date().toISOString());
    const seq = Number(info.lastInsertRowid);
    this.fts.added(seq);
    this.batch.inserted(a.id);
    if (!this.batch.open) this.fts.sync();
    return seq;
  }

  async getArticle(id: string): Promise<Article | null> {
    const r = this.stmt('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return r ? rowToArticle(r) : null;
  }

  async resolveArticleId(ref: string): Promise<string | null> {
    return resolveArticleRef(
      ref,
      async (r) => this.stmt('SELECT id FROM articles WHERE id = ? OR source_id = ? LIMIT 2').pluck().all(r, r) as string[],
      async (from, to) => this.stmt('SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2').pluck().all(from, to) as string[],
    );
  }

  async countArticles(): Promise<number> {
    return (this.stmt('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /** Read in pages by seq (not a live cursor), so callers may write while they iterate. */
  async *allArticles(): AsyncIterable<Article> {
    for (let after = 0; ; ) {
      const rows = this.stmt('SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT 500').all(after) as Row[];
      if (!rows.length) return;
      after = rows[rows.length - 1]!.seq as number;
      for (const r of rows) yield rowToArticle(r);
    }
  }

  async search(query: string, page: Page = {}): Promise<SearchHit[]> {
    this.fts.sync();
    return this.searchThreads()?.search(query, page) ?? searchArticles((sql) => this.stmt(sql), query, page);
  }

  /** Searches go to the search threads, if any, unless a batch is open: its writes are visible on this connection only. */
  private searchThreads(): SearchPool | null {
    return this.db.inTransaction ? null : this.searchPool;
  }

  async putRejection(r: Rejection): Promise<void> {
    this.stmt(
      `INSERT INTO rejections (key, raw_id, origin, stage, reason, bytes, first_at, last_at) VALUES (?,?,?,?,?,?,?,?)
         ON CONFLICT(key) DO UPDATE SET count = count + 1, last_at = excluded.last_at`,
    ).run(rejectionKey(r), r.rawId, JSON.stringify(r.origin), r.stage, r.reason, r.bytes ? Buffer.from(r.bytes) : null, r.at, r.at);
  }

  async clearRejectionsFor(rawId: string): Promise<void> {
    this.stmt('DELETE FROM rejections WHERE raw_id = ?').run(rawId);
  }

  async listRejections(): Promise<StoredRejection[]> {
    const rows = this.stmt('SELECT * FROM rejections ORDER BY first_at, key').all() as Row[];
    return rows.map(rowToRejection);
  }

  async putAnalysis(articleId: string, a: Analysis): Promise<void> {
    const first = this.batch.firstAnalysis(articleId);
    const seq = this.batch.run(() => writeAnalysisRows(this.stmt, articleId, a, this.names, this.stats, first));
    // the names it mentions are indexed with the batch's full text (or now, outside a batch)
    this.fts.mentioned(seq, !first);
    if (!this.batch.open) this.fts.sync();
  }

  async getAnalysis(articleId: string): Promise<Analysis | null> {
    const r = this.stmt('SELECT * FROM analyses WHERE article_seq = (SELECT seq FROM articles WHERE id = ?)').get(articleId) as Row | undefined;
    return r ? rowToAnalysis(r) : null;
  }

  async putFingerprint(f: FingerprintRecord): Promise<void> {
    // keyed by the article's seq (migration 20); f.seq is the copy index's order, kept beside it
    const info = this.stmt(
      `INSERT OR REPLACE INTO fingerprints (article_seq, article_id, seq, exact, minhash, shingles, published, copy_of, similarity, grp)
         SELECT seq, id, ?, ?, ?, ?, ?, ?, ?, ? FROM articles WHERE id = ?`,
    ).run(f.seq, f.exact, Buffer.from(f.minhash), f.shingles, f.published, f.copyOf, f.similarity, f.group, f.articleId);
    if (info.changes === 0) throw notStored('the fingerprint', f.articleId);
  }

  async updateLineage(rows: LineageUpdate[]): Promise<void> {
    const st = this.stmt('UPDATE fingerprints SET copy_of = ?, similarity = ?, grp = ? WHERE article_seq = (SELECT seq FROM articles WHERE id = ?)');
    this.batch.run(() => {
      for (const r of rows) st.run(r.copyOf, r.similarity, r.group, r.id);
    });
  }

  async *allFingerprints(): AsyncIterable<FingerprintRecord> {
    for (let after = -1; ; ) {
      const rows = this.stmt('SELECT * FROM fingerprints WHERE seq > ? ORDER BY seq LIMIT 2000').all(after) as Row[];
      if (!rows.length) return;
      after = rows[rows.length - 1]!.seq as number;
      for (const r of rows) yield rowToFingerprint(r);
    }
  }

  async copiesOf(articleId: string): Promise<ArticleLink[]> {
    return (this.stmt(`${SQLITE_LINK_SQL} WHERE f.copy_of = ? ORDER BY a.published IS NULL, a.published, a.seq`).all(articleId) as Row[]).map(rowToLink);
  }

  async articleLinks(ids: string[]): Promise<ArticleLink[]> {
    if (!ids.length) return [];
    const byId = new Map<string, ArticleLink>();
    const st = this.stmt(`${SQLITE_LINK_SQL} WHERE a.id = ?`);
    for (const id of ids) {
      const r = st.get(id) as Row | undefined;
      if (r) byId.set(id, rowToLink(r));
    }
    return ids.map((id) => byId.get(id)).filter((x): x is ArticleLink => !!x);
  }

  async listArticleLinks(page: Page & { outlet?: string } = {}): Promise<ArticleLink[]> {
    const where = page.outlet ? 'WHERE a.outlet = ?' : '';
    const args: unknown[] = page.outlet ? [page.outlet] : [];
    return (this.stmt(`${SQLITE_LINK_SQL} ${where} ORDER BY a.seq LIMIT ? OFFSET ?`).all(...args, page.limit ?? 50, page.offset ?? 0) as Row[]).map(rowToLink);
  }

  async putAssignment(articleId: string, a: Assignment): Promise<void> {
    putSqliteAssignment(this.stmt, articleId, a);
  }

  async getAssignment(articleId: string): Promise<(Assignment & { articleId: string }) | null> {
    return getSqliteAssignment(this.stmt, articleId);
  }

  async assignmentsOf(event: string): Promise<(Assignment & { articleId: string })[]> {
    return sqliteAssignmentsOf(this.stmt, event);
  }

  async outletsIn(group: { event?: string; storyline?: string }): Promise<(string | null)[]> {
    return sqliteOutletsIn(this.stmt, group);
  }

  async datedMembers(): Promise<{ event: string; outlet: string; published: string }[]> {
    return sqliteDatedMembers(this.stmt);
  }

  async firstTitleIn(event: string): Promise<string | null> {
    return sqliteFirstTitleIn(this.stmt, event);
  }

  async quotes(filter: QuoteFilter): Promise<StoredQuote[]> {
    this.fts.sync(); // a filter of the articles may read the full-text indexes
    this.stats.sync(); // a frequent name's reads go by its kept counts
    return sqliteQuotes(this.stmt, filter);
  }

  async speakers(): Promise<{ name: string; quotes: number; articles: number }[]> {
    this.stats.sync();
    return this.stmt('SELECT name, quotes, articles FROM speaker_stats WHERE quotes > 0 ORDER BY quotes DESC, name').all() as {
      name: string;
      quotes: number;
      articles: number;
    }[];
  }

  async entities(filter: EntityFilter): Promise<EntityCount[]> {
    this.stats.sync();
    this.fts.sync(); // a filter of the articles may read the full-text indexes
    return sqliteEntities(this.stmt, filter);
  }

  async linkCandidates(q: LinkCandidateQuery): Promise<LinkCandidate[]> {
    this.fts.sync(); // articles are found by the names they mention (mention_names)
    return sqliteLinkCandidates(this.stmt, q);
  }

  async countEntities(type?: string): Promise<number> {
    this.stats.sync();
    const r = (
      type
        ? this.stmt('SELECT count(*) AS n FROM entity_stats WHERE type = ? AND articles > 0').get(type)
        : this.stmt('SELECT count(*) AS n FROM entity_stats WHERE articles > 0').get()
    ) as { n: number };
    return r.n;
  }

  async outletStats(): Promise<OutletStats[]> {
    return sqliteOutletStats(this.stmt);
  }

  async copyFlows(): Promise<CopyFlow[]> {
    return sqliteCopyFlows(this.stmt);
  }

  async countSearch(query: string, cap?: number): Promise<number> {
    this.fts.sync();
    return this.searchThreads()?.count(query, cap) ?? countArticleMatches((sql) => this.stmt(sql), query, cap);
  }

  async filterArticles(filter: ArticleFilter, page: Page & { sort?: ArticleSort } = {}): Promise<{ items: ArticleLink[]; total: number }> {
    this.fts.sync(); // a words filter reads the full-text index
    this.stats.sync(); // a frequent name's reads go by its kept counts
    return sqliteFilterArticles(this.stmt, filter, page);
  }

  async groupsWith(kind: 'event' | 'storyline', filter: ArticleFilter): Promise<string[]> {
    this.fts.sync(); // a words filter reads the full-text index
    this.stats.sync(); // a frequent name's reads go by its kept counts
    return sqliteGroupsWith(this.stmt, kind, filter);
  }

  async coverage(filter: ArticleFilter): Promise<CoverageRow[]> {
    this.fts.sync(); // a words filter reads the full-text index
    this.stats.sync(); // a frequent name's reads go by its kept counts
    return sqliteCoverage(this.stmt, filter);
  }

  async articlesAfter(seq: number, limit: number): Promise<NewArticle[]> {
    return sqliteArticlesAfter(this.stmt, seq, limit);
  }

  async countQuotes(speaker: string): Promise<number> {
    this.stats.sync(); // the kept counts of the names equal in any case: a scan of the speakers, not of a frequent one's quotes
    return (this.stmt('SELECT coalesce(sum(quotes), 0) AS n FROM speaker_stats WHERE name = ? COLLATE NOCASE').get(speaker) as { n: number }).n;
  }

  async lastArticleSeq(): Promise<number> {
    return sqliteLastSeq(this.stmt);
  }

  async dataVersion(): Promise<string> {
    // The weave time is read from meta, not weave_state: reaching a column after the large snapshot costs a read of the whole snapshot.
    const r = this.stmt(
      "SELECT (SELECT coalesce(max(seq), 0) FROM articles) AS seq, (SELECT coalesce(max(value), '') FROM meta WHERE key = 'weave.saved_at') AS woven",
    ).get() as { seq: number; woven: string };
    return `${r.seq}|${r.woven}`;
  }

  async getMeta(key: string): Promise<string | null> {
    return (this.stmt('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.stmt('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  async beginBatch(): Promise<void> {
    this.batch.begin();
  }

  async endBatch(): Promise<void> {
    this.batch.end();
  }

  async close(): Promise<void> {
    await this.searchPool?.close();
    if (this.db.open) this.db.close();
  }
}
