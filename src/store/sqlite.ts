// The embedded SQLite store (better-sqlite3, WAL, schema migrations, FTS5 over title and text).
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { StoreError } from '../errors.js';
import type { Article, Origin, RawDoc, Rejection } from '../model.js';
import { shortHash } from '../util/hash.js';
import type { ArticleSummary, Page, SearchHit, Store, StoredRejection } from './store.js';
import { ftsQuery } from './fts-query.js';
import { MIGRATIONS } from './sqlite-migrations.js';

const APP_ID = 0x4e4c4d31; // "NLM1": marks a file as a newsloom database

type Row = Record<string, unknown>;

export class SqliteStore implements Store {
  readonly db: Database.Database;

  private constructor(
    readonly location: string,
    db: Database.Database,
  ) {
    this.db = db;
  }

  /** Open (creating if needed) a newsloom database at `path`; ":memory:" for a throwaway one. */
  static open(path: string): SqliteStore {
    const fresh = path === ':memory:' || !existsSync(path);
    let db: Database.Database;
    try {
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    } catch (e) {
      throw new StoreError(`cannot open database ${path}: ${(e as Error).message}`);
    }
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (!fresh && appId !== APP_ID && (appId !== 0 || version !== 0 || hasTables(db))) {
      db.close();
      throw new StoreError(`${path} is not a newsloom database (it already holds other data); choose another path with --db`);
    }
    if (version > MIGRATIONS.length) {
      db.close();
      throw new StoreError(`${path} was written by a newer newsloom (schema ${version}, this one knows ${MIGRATIONS.length}); upgrade newsloom`);
    }
    db.transaction(() => {
      for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${MIGRATIONS.length}`);
      db.pragma(`application_id = ${APP_ID}`);
    })();
    return new SqliteStore(path, db);
  }

  async hasRaw(id: string): Promise<boolean> {
    return !!this.db.prepare('SELECT 1 FROM raw_docs WHERE id = ?').get(id);
  }

  async putRaw(raw: RawDoc): Promise<void> {
    this.db
      .prepare('INSERT OR IGNORE INTO raw_docs (id, origin, format, bytes, fetched_at, hints) VALUES (?, ?, ?, ?, ?, ?)')
      .run(raw.id, JSON.stringify(raw.origin), raw.format, Buffer.from(raw.bytes), raw.fetchedAt, JSON.stringify(raw.hints));
  }

  async getRaw(id: string): Promise<RawDoc | null> {
    const r = this.db.prepare('SELECT * FROM raw_docs WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    const bytes = r.bytes as Buffer;
    const origin = JSON.parse(r.origin as string) as Origin;
    const hints = JSON.parse(r.hints as string);
    const body = origin.kind === 'jsonl' ? bodyOfRow(bytes) : bytes.toString('utf8');
    return { id: r.id as string, origin, format: r.format as RawDoc['format'], bytes: new Uint8Array(bytes), body, fetchedAt: r.fetched_at as string, hints };
  }

  async putArticle(a: Article): Promise<number> {
    const words = a.text.split(/\s+/).filter(Boolean).length;
    const existing = this.db.prepare('SELECT seq FROM articles WHERE id = ?').get(a.id) as { seq: number } | undefined;
    const values = [a.rawId, a.sourceId, a.url, a.outlet, a.title, JSON.stringify(a.authors), a.published, a.dateline, a.language, a.text, JSON.stringify(a.paragraphs), JSON.stringify(a.removed), JSON.stringify(a.provenance), words];
    if (existing) {
      this.db
        .prepare('UPDATE articles SET raw_id=?, source_id=?, url=?, outlet=?, title=?, authors=?, published=?, dateline=?, language=?, text=?, paragraphs=?, removed=?, provenance=?, words=? WHERE id = ?')
        .run(...values, a.id);
      return existing.seq;
    }
    const info = this.db
      .prepare('INSERT INTO articles (raw_id, source_id, url, outlet, title, authors, published, dateline, language, text, paragraphs, removed, provenance, words, id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)')
      .run(...values, a.id, new Date().toISOString());
    return Number(info.lastInsertRowid);
  }

  async getArticle(id: string): Promise<Article | null> {
    const r = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return r ? rowToArticle(r) : null;
  }

  async resolveArticleId(ref: string): Promise<string | null> {
    const exact = this.db.prepare('SELECT id FROM articles WHERE id = ? OR source_id = ? LIMIT 2').all(ref, ref) as { id: string }[];
    if (exact.length === 1) return exact[0]!.id;
    if (ref.length < 4 || !/^[0-9a-f]+$/.test(ref)) return null;
    const prefix = this.db.prepare("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2").all(ref, ref + 'g') as { id: string }[];
    return prefix.length === 1 ? prefix[0]!.id : null;
  }

  async listArticles(page: Page = {}): Promise<ArticleSummary[]> {
    const rows = this.db
      .prepare('SELECT id, title, outlet, published, language, words FROM articles ORDER BY seq LIMIT ? OFFSET ?')
      .all(page.limit ?? 1000, page.offset ?? 0) as Row[];
    return rows.map(rowToSummary);
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async *allArticles(): AsyncIterable<Article> {
    for (const r of this.db.prepare('SELECT * FROM articles ORDER BY seq').iterate() as Iterable<Row>) yield rowToArticle(r);
  }

  async search(query: string, page: Page = {}): Promise<SearchHit[]> {
    const q = ftsQuery(query);
    if (!q) return [];
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.outlet, a.published, a.language, a.words,
                snippet(articles_fts, 1, '[', ']', '…', 14) AS snippet, bm25(articles_fts, 4.0, 1.0) AS score
           FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
          WHERE articles_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?`,
      )
      .all(q, page.limit ?? 20, page.offset ?? 0) as Row[];
    return rows.map((r) => ({ ...rowToSummary(r), snippet: r.snippet as string, score: -(r.score as number) }));
  }

  async putRejection(r: Rejection): Promise<void> {
    const key = shortHash('rejection', r.stage, r.origin.kind, r.origin.path ?? '', String(r.origin.line ?? ''), r.origin.url ?? '', r.reason);
    this.db
      .prepare(
        `INSERT INTO rejections (key, raw_id, origin, stage, reason, bytes, first_at, last_at) VALUES (?,?,?,?,?,?,?,?)
         ON CONFLICT(key) DO UPDATE SET count = count + 1, last_at = excluded.last_at`,
      )
      .run(key, r.rawId, JSON.stringify(r.origin), r.stage, r.reason, r.bytes ? Buffer.from(r.bytes) : null, r.at, r.at);
  }

  async clearRejectionsFor(rawId: string): Promise<void> {
    this.db.prepare('DELETE FROM rejections WHERE raw_id = ?').run(rawId);
  }

  async listRejections(): Promise<StoredRejection[]> {
    const rows = this.db.prepare('SELECT * FROM rejections ORDER BY first_at, key').all() as Row[];
    return rows.map((r) => ({
      key: r.key as string,
      rawId: (r.raw_id as string | null) ?? null,
      origin: JSON.parse(r.origin as string),
      stage: r.stage as Rejection['stage'],
      reason: r.reason as string,
      at: r.first_at as string,
      lastAt: r.last_at as string,
      count: r.count as number,
      ...(r.bytes ? { bytes: new Uint8Array(r.bytes as Buffer) } : {}),
    }));
  }

  /** Run `fn` in one transaction (much faster for bulk writes). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function hasTables(db: Database.Database): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get();
}

function bodyOfRow(bytes: Buffer): string {
  const row = JSON.parse(bytes.toString('utf8')) as { html?: string; text?: string };
  return row.html?.trim() ? row.html : (row.text ?? '');
}

function rowToSummary(r: Row): ArticleSummary {
  return {
    id: r.id as string,
    title: (r.title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    language: (r.language as string | null) ?? null,
    words: r.words as number,
  };
}

function rowToArticle(r: Row): Article {
  return {
    id: r.id as string,
    rawId: r.raw_id as string,
    sourceId: (r.source_id as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    authors: JSON.parse(r.authors as string),
    published: (r.published as string | null) ?? null,
    dateline: (r.dateline as string | null) ?? null,
    language: (r.language as string | null) ?? null,
    text: r.text as string,
    paragraphs: JSON.parse(r.paragraphs as string),
    removed: JSON.parse(r.removed as string),
    provenance: JSON.parse(r.provenance as string),
  };
}
