// The PostgreSQL store (pg Pool, schema migrations, tsvector full-text search): the same Store as SQLite, for data one machine cannot hold.
import pg from 'pg';
import { StoreError } from '../errors.js';
import type { Analysis, Article, Assignment, Origin, RawDoc, Rejection } from '../model.js';
import { shortHash } from '../util/hash.js';
import { PG_MIGRATIONS } from './postgres-migrations.js';
import { parsePgLocation, type PgLocation } from './postgres-location.js';
import { searchText, tsQuery } from './postgres-query.js';
import { snippetCutter } from './snippet.js';
import type { ArticleLink, ArticleSummary, FingerprintRecord, LineageUpdate, OutletStats, Page, SearchHit, Store, StoredQuote, StoredRejection } from './store.js';
import { LINK_SQL, bodyOfRow, rowToArticle, rowToAssignment, rowToFingerprint, rowToLink, rowToQuote, rowToRejection, rowToSummary, type Row } from './rows.js';


const APP = 'newsloom';
const ARTICLE_COLS = 'seq, id, raw_id, source_id, url, outlet, title, authors, published, dateline, language, text, paragraphs, removed, provenance, words';

export class PostgresStore implements Store {
  private batchDepth = 0;
  private batchClient: Promise<pg.PoolClient> | null = null;
  private batchFailure: Error | null = null;
  private closed = false;
  private readonly names = new Map<string, string>();
  /** Articles inserted since the planner's statistics were last refreshed, and how many there were then. */
  private insertedSinceAnalyze = 0;
  private articlesAtAnalyze = 0;

  private constructor(
    /** The URL without its password. */
    readonly location: string,
    readonly schema: string,
    private readonly pool: pg.Pool,
  ) {}

  /** Connect to `url` (postgres://user[:password]@host[:port]/database[?schema=name]) and bring the schema up to date. */
  static async open(url: string): Promise<PostgresStore> {
    const loc = parsePgLocation(url);
    const pool = new pg.Pool({ connectionString: loc.connectionString, max: 8, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
    pool.on('error', () => {}); // an idle connection dropped by the server: the next query reports it
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      await pool.end().catch(() => {});
      throw new StoreError(`cannot connect to ${loc.display}: ${reasonOf(e)}`);
    }
    try {
      await migrate(client, loc);
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      client.release();
      await pool.end().catch(() => {});
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot prepare schema "${loc.schema}" in ${loc.display}: ${reasonOf(e)}`);
    }
    const store = new PostgresStore(loc.display, loc.schema, pool);
    try {
      store.articlesAtAnalyze = Math.max(0, Number((await client.query("SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass")).rows[0]?.reltuples ?? 0));
    } finally {
      client.release();
    }
    return store;
  }

  async hasRaw(id: string): Promise<boolean> {
    return (await this.run('SELECT 1 FROM raw_docs WHERE id = $1', [id])).length > 0;
  }

  async putRaw(raw: RawDoc): Promise<void> {
    const bytes = Buffer.from(raw.bytes);
    const keepBody = raw.origin.kind !== 'jsonl' && bytes.toString('utf8') !== raw.body;
    await this.run('INSERT INTO raw_docs (id, origin, format, bytes, fetched_at, hints, body) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING', [
      raw.id,
      JSON.stringify(raw.origin),
      raw.format,
      bytes,
      raw.fetchedAt,
      JSON.stringify(raw.hints),
      keepBody ? Buffer.from(raw.body, 'utf8') : null,
    ]);
  }

  async getRaw(id: string): Promise<RawDoc | null> {
    const r = (await this.run('SELECT * FROM raw_docs WHERE id = $1', [id]))[0];
    if (!r) return null;
    const bytes = r.bytes as Buffer;
    const origin = JSON.parse(r.origin as string) as Origin;
    const body = r.body ? (r.body as Buffer).toString('utf8') : origin.kind === 'jsonl' ? bodyOfRow(bytes) : bytes.toString('utf8');
    return { id: r.id as string, origin, format: r.format as RawDoc['format'], bytes: new Uint8Array(bytes), body, fetchedAt: r.fetched_at as string, hints: JSON.parse(r.hints as string) };
  }

  /** The tsvector is title (weight A), one "|" that no search can produce (so no phrase runs from the title into the text), then text (weight B). */
  async putArticle(a: Article): Promise<number> {
    const words = a.text.split(/\s+/).filter(Boolean).length;
    const rows = await this.run(
      `INSERT INTO articles (id, raw_id, source_id, url, outlet, title, authors, published, dateline, language, text, paragraphs, removed, provenance, words, ingested_at, fts)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,
               setweight(to_tsvector('simple', $17), 'A') || $$'|':1$$::tsvector || setweight(to_tsvector('simple', $18), 'B'))
       ON CONFLICT (id) DO UPDATE SET raw_id = excluded.raw_id, source_id = excluded.source_id, url = excluded.url, outlet = excluded.outlet,
         title = excluded.title, authors = excluded.authors, published = excluded.published, dateline = excluded.dateline, language = excluded.language,
         text = excluded.text, paragraphs = excluded.paragraphs, removed = excluded.removed, provenance = excluded.provenance, words = excluded.words,
         fts = excluded.fts
       RETURNING seq, (xmax = 0) AS inserted`,
      [a.id, a.rawId, a.sourceId, a.url, a.outlet, a.title, JSON.stringify(a.authors), a.published, a.dateline, a.language, a.text, JSON.stringify(a.paragraphs), JSON.stringify(a.removed), JSON.stringify(a.provenance), words, new Date().toISOString(), searchText(a.title), searchText(a.text)],
    );
    if (rows[0]!.inserted) this.insertedSinceAnalyze++;
    return Number(rows[0]!.seq);
  }

  async getArticle(id: string): Promise<Article | null> {
    const r = (await this.run(`SELECT ${ARTICLE_COLS} FROM articles WHERE id = $1`, [id]))[0];
    return r ? rowToArticle(r) : null;
  }

  async resolveArticleId(ref: string): Promise<string | null> {
    const exact = await this.run('SELECT id FROM articles WHERE id = $1 OR source_id = $1 LIMIT 2', [ref]);
    if (exact.length === 1) return exact[0]!.id as string;
    if (ref.length < 4 || !/^[0-9a-f]+$/.test(ref)) return null;
    const prefix = await this.run('SELECT id FROM articles WHERE id >= $1 AND id < $2 LIMIT 2', [ref, ref + 'g']);
    return prefix.length === 1 ? (prefix[0]!.id as string) : null;
  }

  async listArticles(page: Page = {}): Promise<ArticleSummary[]> {
    const rows = await this.run('SELECT id, title, outlet, published, language, words FROM articles ORDER BY seq LIMIT $1 OFFSET $2', [page.limit ?? 1000, page.offset ?? 0]);
    return rows.map(rowToSummary);
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
    if (cap !== undefined) return (await this.run("SELECT count(*)::int AS n FROM (SELECT 1 FROM articles WHERE fts @@ to_tsquery('simple', $1) LIMIT $2) m", [q, cap]))[0]!.n as number;
    return (await this.run("SELECT newsloom_search_count(to_tsquery('simple', $1)) AS n", [q]))[0]!.n as number;
  }

  async putRejection(r: Rejection): Promise<void> {
    const key = shortHash('rejection', r.stage, r.origin.kind, r.origin.path ?? '', String(r.origin.line ?? ''), r.origin.url ?? '', r.reason);
    await this.run(
      `INSERT INTO rejections (key, raw_id, origin, stage, reason, bytes, first_at, last_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$7)
       ON CONFLICT (key) DO UPDATE SET count = rejections.count + 1, last_at = excluded.last_at`,
      [key, r.rawId, JSON.stringify(r.origin), r.stage, r.reason, r.bytes ? Buffer.from(r.bytes) : null, r.at],
    );
  }

  async clearRejectionsFor(rawId: string): Promise<void> {
    await this.run('DELETE FROM rejections WHERE raw_id = $1', [rawId]);
  }

  async listRejections(): Promise<StoredRejection[]> {
    const rows = await this.run('SELECT * FROM rejections ORDER BY first_at, key');
    return rows.map(rowToRejection);
  }

  /**
   * One statement (so one round trip, atomic without a transaction): upsert the analysis, upsert its quotes and entities,
   * and delete the quotes and entities the new analysis no longer has. Each row is touched by one part only.
   */
  async putAnalysis(articleId: string, a: Analysis): Promise<void> {
    const q = a.quotes;
    const e = [...new Map(a.entities.map((x) => [x.name, x])).values()]; // one row per name; a later duplicate replaces an earlier one
    await this.run(
      `WITH up AS (INSERT INTO analyses (article_id, entities, mentions, quotes) VALUES ($1, $2, $3, $4)
                   ON CONFLICT (article_id) DO UPDATE SET entities = excluded.entities, mentions = excluded.mentions, quotes = excluded.quotes),
            dq AS (DELETE FROM quotes WHERE article_id = $1 AND idx >= cardinality($5::int[])),
            iq AS (INSERT INTO quotes (article_id, idx, text, kind, cue, speaker, speaker_entity, reporter, qstart, qend)
                   SELECT $1::text, * FROM unnest($5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::int[])
                   ON CONFLICT (article_id, idx) DO UPDATE SET text = excluded.text, kind = excluded.kind, cue = excluded.cue, speaker = excluded.speaker,
                     speaker_entity = excluded.speaker_entity, reporter = excluded.reporter, qstart = excluded.qstart, qend = excluded.qend),
            de AS (DELETE FROM entity_mentions WHERE article_id = $1 AND NOT (name = ANY($14::text[])))
       INSERT INTO entity_mentions (article_id, name, type, mentions) SELECT $1::text, * FROM unnest($14::text[], $15::text[], $16::int[])
       ON CONFLICT (article_id, name) DO UPDATE SET type = excluded.type, mentions = excluded.mentions`,
      [
        articleId,
        JSON.stringify(a.entities),
        JSON.stringify(a.mentions),
        JSON.stringify(a.quotes),
        q.map((_, i) => i),
        q.map((x) => x.text),
        q.map((x) => x.kind),
        q.map((x) => x.cue),
        q.map((x) => x.speaker?.name ?? null),
        q.map((x) => x.speaker?.entity ?? null),
        q.map((x) => x.reporter),
        q.map((x) => x.start),
        q.map((x) => x.end),
        e.map((x) => x.name),
        e.map((x) => x.type),
        e.map((x) => x.mentions),
      ],
    );
  }

  async getAnalysis(articleId: string): Promise<Analysis | null> {
    const r = (await this.run('SELECT * FROM analyses WHERE article_id = $1', [articleId]))[0];
    return r ? { entities: JSON.parse(r.entities as string), mentions: JSON.parse(r.mentions as string), quotes: JSON.parse(r.quotes as string) } : null;
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
    return (await this.run('SELECT m.* FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.event = $1 ORDER BY a.seq', [event])).map(rowToAssignment);
  }

  async countAssignments(): Promise<number> {
    return (await this.run('SELECT count(*)::int AS n FROM event_members'))[0]!.n as number;
  }

  async outletsIn(group: { event?: string; storyline?: string }): Promise<(string | null)[]> {
    const rows = group.event
      ? await this.run('SELECT DISTINCT a.outlet FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.event = $1', [group.event])
      : await this.run('SELECT DISTINCT a.outlet FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.storyline = $1', [group.storyline ?? '']);
    return rows.map((r) => (r.outlet as string | null) ?? null);
  }

  async datedMembers(): Promise<{ event: string; outlet: string; published: string }[]> {
    return (await this.run('SELECT m.event, a.outlet, a.published FROM event_members m JOIN articles a ON a.id = m.article_id WHERE a.outlet IS NOT NULL AND a.published IS NOT NULL')) as { event: string; outlet: string; published: string }[];
  }

  async firstTitleIn(event: string): Promise<string | null> {
    const r = (await this.run('SELECT a.title FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.event = $1 ORDER BY a.published IS NULL, a.published, a.seq LIMIT 1', [event]))[0];
    return (r?.title as string | null | undefined) ?? null;
  }

  async saveWeaveState(snapshot: string): Promise<void> {
    await this.run(
      'INSERT INTO weave_state (id, snapshot, updated_at) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at',
      [snapshot, new Date().toISOString()],
    );
  }

  async weaveVersion(): Promise<string> {
    return ((await this.run('SELECT updated_at FROM weave_state WHERE id = 1'))[0]?.updated_at as string | undefined) ?? '';
  }

  async loadWeaveState(): Promise<string | null> {
    return ((await this.run('SELECT snapshot FROM weave_state WHERE id = 1'))[0]?.snapshot as string | undefined) ?? null;
  }

  async quotes(filter: { articleIds?: string[]; speaker?: string; limit?: number }): Promise<StoredQuote[]> {
    const conds: string[] = [];
    const args: unknown[] = [filter.limit ?? 100000];
    if (filter.articleIds) {
      if (!filter.articleIds.length) return [];
      args.push(filter.articleIds);
      conds.push(`q.article_id = ANY($${args.length}::text[])`);
    }
    if (filter.speaker) {
      args.push(filter.speaker);
      conds.push(`(lower(q.speaker_entity) = lower($${args.length}) OR (q.speaker_entity IS NULL AND lower(q.speaker) = lower($${args.length})))`);
    }
    const sql = `SELECT q.*, a.published, a.outlet, m.event FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN event_members m ON m.article_id = q.article_id
                 ${conds.length ? 'WHERE ' + conds.join(' AND ') : ''} ORDER BY a.published IS NULL, a.published, a.seq, q.idx LIMIT $1`;
    return (await this.run(sql, args)).map(rowToQuote);
  }

  async speakers(): Promise<{ name: string; quotes: number; articles: number }[]> {
    return (await this.run(
      `SELECT speaker_entity AS name, count(*)::int AS quotes, count(DISTINCT article_id)::int AS articles FROM quotes
        WHERE speaker_entity IS NOT NULL GROUP BY speaker_entity ORDER BY quotes DESC, name`,
    )) as { name: string; quotes: number; articles: number }[];
  }

  async entities(filter: { articleIds?: string[]; type?: string; limit?: number; offset?: number }): Promise<{ name: string; type: string; articles: number }[]> {
    const conds: string[] = [];
    const args: unknown[] = [filter.limit ?? 50, filter.offset ?? 0];
    if (filter.articleIds) {
      if (!filter.articleIds.length) return [];
      args.push(filter.articleIds);
      conds.push(`article_id = ANY($${args.length}::text[])`);
    }
    if (filter.type) {
      args.push(filter.type);
      conds.push(`type = $${args.length}`);
    }
    const sql = `SELECT name, max(type) AS type, count(DISTINCT article_id)::int AS articles FROM entity_mentions ${conds.length ? 'WHERE ' + conds.join(' AND ') : ''}
                 GROUP BY name ORDER BY articles DESC, sum(mentions) DESC, name LIMIT $1 OFFSET $2`;
    return (await this.run(sql, args)) as { name: string; type: string; articles: number }[];
  }

  async countEntities(type?: string): Promise<number> {
    const rows = type
      ? await this.run('SELECT count(DISTINCT name)::int AS n FROM entity_mentions WHERE type = $1', [type])
      : await this.run('SELECT count(DISTINCT name)::int AS n FROM entity_mentions');
    return rows[0]!.n as number;
  }

  async outletStats(): Promise<OutletStats[]> {
    const rows = await this.run(
      `SELECT outlet, count(*)::int AS articles, min(published) AS first, max(published) AS last,
              array_remove(array_agg(DISTINCT language), NULL) AS langs
         FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY articles DESC, outlet`,
    );
    return rows.map((r) => ({
      outlet: r.outlet as string,
      articles: r.articles as number,
      firstDate: (r.first as string | null) ?? null,
      lastDate: (r.last as string | null) ?? null,
      languages: (r.langs as string[] | null) ?? [],
    }));
  }

  async copyFlows(): Promise<{ copier: string; origin: string; articles: number }[]> {
    return (await this.run(
      `SELECT c.outlet AS copier, o.outlet AS origin, count(*)::int AS articles FROM fingerprints f
         JOIN articles c ON c.id = f.article_id JOIN articles o ON o.id = f.copy_of
        WHERE c.outlet IS NOT NULL AND o.outlet IS NOT NULL GROUP BY c.outlet, o.outlet ORDER BY articles DESC, copier, origin`,
    )) as { copier: string; origin: string; articles: number }[];
  }

  async dataVersion(): Promise<string> {
    const r = (await this.run("SELECT (SELECT coalesce(max(seq), 0) FROM articles) AS seq, (SELECT coalesce(max(updated_at), '') FROM weave_state) AS woven"))[0]!;
    return `${Number(r.seq)}|${r.woven as string}`;
  }

  async getMeta(key: string): Promise<string | null> {
    return ((await this.run('SELECT value FROM meta WHERE key = $1', [key]))[0]?.value as string | undefined) ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.run('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  /** Check out one connection and open a transaction on it; every call until the matching endBatch goes through it. */
  async beginBatch(): Promise<void> {
    this.assertOpen();
    if (this.batchDepth++ > 0) {
      await this.batchClient;
      return;
    }
    this.batchFailure = null;
    this.batchClient = (async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
      } catch (e) {
        client.release(true);
        throw e;
      }
      return client;
    })();
    try {
      await this.batchClient;
    } catch (e) {
      this.batchDepth = 0;
      this.batchClient = null;
      throw new StoreError(`cannot start a batch on ${this.location}: ${reasonOf(e)}`);
    }
  }

  /** Commit when the outermost batch ends; if a statement in it failed, roll the whole batch back instead. */
  async endBatch(): Promise<void> {
    if (this.batchDepth === 0 || --this.batchDepth > 0) return;
    const pending = this.batchClient;
    const failure = this.batchFailure;
    this.batchClient = null;
    this.batchFailure = null;
    if (!pending) return;
    const client = await pending.catch(() => null);
    if (!client) return;
    try {
      await client.query(failure ? 'ROLLBACK' : 'COMMIT');
      client.release();
    } catch (e) {
      client.release(true);
      throw new StoreError(`cannot commit a batch to ${this.location}: ${reasonOf(e)}`);
    }
    if (failure) this.insertedSinceAnalyze = 0; // nothing of the batch was kept
    else await this.refreshStatistics();
  }

  /**
   * After a bulk load, refresh the planner's statistics (autovacuum would, up to a minute later): without them PostgreSQL
   * scans every article's tsvector for a rare search word instead of using the GIN index.
   */
  private async refreshStatistics(): Promise<void> {
    if (this.insertedSinceAnalyze < 200 || this.insertedSinceAnalyze < 0.2 * this.articlesAtAnalyze) return;
    this.articlesAtAnalyze += this.insertedSinceAnalyze;
    this.insertedSinceAnalyze = 0;
    await this.exec(this.pool, 'ANALYZE articles');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const pending = this.batchClient;
    this.batchClient = null;
    this.batchDepth = 0;
    if (pending) {
      // like closing SQLite mid-transaction: uncommitted batch writes are discarded
      const client = await pending.catch(() => null);
      if (client) {
        await client.query('ROLLBACK').catch(() => {});
        client.release();
      }
    }
    await this.pool.end();
  }

  /** One statement: on the batch connection during a batch, else on any pooled connection. */
  private async run(sql: string, params: unknown[] = []): Promise<Row[]> {
    this.assertOpen();
    if (this.batchDepth > 0 && this.batchClient) {
      const client = await this.batchClient;
      if (this.batchFailure) {
        throw new StoreError(`an earlier statement in this batch failed (${this.batchFailure.message}); its writes will be rolled back, so nothing more can be done in it`);
      }
      try {
        return await this.exec(client, sql, params);
      } catch (e) {
        this.batchFailure = e as Error;
        throw e;
      }
    }
    return this.exec(this.pool, sql, params);
  }

  /** Execute a named (prepared once per connection) statement, turning driver errors into StoreErrors. */
  private async exec(on: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = []): Promise<Row[]> {
    let name = this.names.get(sql);
    if (!name) this.names.set(sql, (name = `nl${this.names.size}`));
    try {
      return (await on.query({ name, text: sql, values: params.map(withoutNul) })).rows as Row[];
    } catch (e) {
      throw new StoreError(`PostgreSQL store ${this.location}: ${reasonOf(e)} (in: ${sql.replace(/\s+/g, ' ').slice(0, 60)}…)`);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError(`the store ${this.location} is closed`);
  }
}

/** Create the schema if needed and apply missing migrations, under a lock so two processes cannot migrate at once. */
async function migrate(client: pg.PoolClient, loc: PgLocation): Promise<void> {
  const ident = `"${loc.schema}"`;
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`newsloom:${loc.schema}`]);
  const exists = (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [loc.schema])).rowCount;
  if (!exists) await client.query(`CREATE SCHEMA ${ident}`);
  await client.query(`SET LOCAL search_path TO ${ident}`);
  const hasVersion = (await client.query('SELECT to_regclass($1) AS t', [`${ident}.schema_version`])).rows[0].t;
  if (!hasVersion) {
    const others = Number((await client.query('SELECT count(*) AS n FROM pg_tables WHERE schemaname = $1', [loc.schema])).rows[0].n);
    if (others > 0) {
      throw new StoreError(`schema "${loc.schema}" in ${loc.display} already holds other tables and is not a newsloom schema; choose another with ?schema=NAME`);
    }
    await client.query('CREATE TABLE schema_version (app TEXT NOT NULL, version INTEGER NOT NULL)');
    await client.query('INSERT INTO schema_version (app, version) VALUES ($1, 0)', [APP]);
  }
  const row = (await client.query('SELECT app, version FROM schema_version')).rows[0] as { app: string; version: number } | undefined;
  if (!row || row.app !== APP) {
    throw new StoreError(`schema "${loc.schema}" in ${loc.display} is not a newsloom schema (its schema_version table belongs to something else); choose another with ?schema=NAME`);
  }
  if (row.version > PG_MIGRATIONS.length) {
    throw new StoreError(`schema "${loc.schema}" in ${loc.display} was written by a newer newsloom (schema ${row.version}, this one knows ${PG_MIGRATIONS.length}); upgrade newsloom`);
  }
  for (let v = row.version; v < PG_MIGRATIONS.length; v++) await client.query(PG_MIGRATIONS[v]!);
  if (row.version < PG_MIGRATIONS.length) await client.query('UPDATE schema_version SET version = $1', [PG_MIGRATIONS.length]);
  await client.query('COMMIT');
}

/** A readable reason from a driver or network error (Node reports a refused dual-stack connect as an AggregateError with no message). */
function reasonOf(e: unknown): string {
  const err = e as Error & { errors?: Error[]; code?: string };
  const msg = err?.message || (err?.errors ?? []).map((x) => x.message).filter(Boolean).join('; ') || err?.code || String(e);
  const refused = err?.code === 'ECONNREFUSED' || (err?.errors ?? []).some((x) => (x as { code?: string }).code === 'ECONNREFUSED');
  return refused ? `${msg} (is PostgreSQL running and listening there?)` : msg;
}

/**
 * PostgreSQL text cannot hold U+0000, which SQLite keeps. It becomes U+FFFD (one UTF-16 unit, so quote and mention offsets stay right);
 * originals are bytea and keep every byte.
 */
function withoutNul(v: unknown): unknown {
  if (typeof v === 'string') return v.includes('\u0000') ? v.replaceAll('\u0000', '\uFFFD') : v;
  if (Array.isArray(v)) return v.map(withoutNul);
  return v;
}





