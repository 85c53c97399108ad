// Full-text search over a SQLite newsloom database (FTS5): ranking, paging, capped counts and snippets, on any connection
// (the store's own, or a search thread's read-only one).
import type Database from 'better-sqlite3';
import { ftsQuery } from '../fts-query.js';
import { rowToSummary, type Row } from '../rows.js';
import { snippetCutter } from '../snippet.js';
import type { Page, SearchHit } from '../store.js';

/**
 * A one-word query matching fewer articles than this is ranked by bm25. Other queries are not: FTS5's bm25 first counts
 * the matches of every word on its own (a walk over each word's whole posting list), which makes a cold search slow on a
 * large store whenever one of its words is common. They show their RANK_WINDOW newest matches, title matches first,
 * then older matches newest first.
 */
const RANK_WINDOW = 500;

type Prepare = (sql: string) => Database.Statement;
interface Ranked {
  rowid: number;
  score: number;
}

/** A page of hits for what the user typed, each with a snippet of its text. */
export function searchArticles(prepare: Prepare, query: string, page: Page = {}): SearchHit[] {
  const q = ftsQuery(query);
  if (!q) return [];
  const limit = page.limit ?? 20;
  const offset = page.offset ?? 0;
  const newest = prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?').pluck().all(q, RANK_WINDOW) as number[];
  if (!newest.length) return [];
  const oneWord = /^"[^"\s]+"\*?$/.test(q);
  const ranked = oneWord && newest.length < RANK_WINDOW ? rankByRelevance(prepare, q, limit, offset) : rankNewest(prepare, q, newest, limit, offset);
  const one = prepare('SELECT id, title, outlet, published, language, words, text FROM articles WHERE seq = ?');
  const snippet = snippetCutter(query);
  const hits: SearchHit[] = [];
  for (const r of ranked) {
    const row = one.get(r.rowid) as Row | undefined;
    if (row) hits.push({ ...rowToSummary(row), snippet: snippet(row.text as string), score: r.score });
  }
  return hits;
}

/** How many articles match, counting at most `cap` when given (a common word's whole posting list is not walked). */
export function countArticleMatches(prepare: Prepare, query: string, cap?: number): number {
  const q = ftsQuery(query);
  if (!q) return 0;
  if (cap === undefined) return (prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(q) as { n: number }).n;
  return (prepare('SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)').get(q, cap) as { n: number }).n;
}

/** bm25 with the title weighted 4:1, for a one-word query with fewer than RANK_WINDOW matches (its word count is cheap). */
function rankByRelevance(prepare: Prepare, q: string, limit: number, offset: number): Ranked[] {
  const rows = prepare('SELECT rowid, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?').all(
    q,
    limit,
    offset,
  ) as Ranked[];
  return rows.map((r) => ({ rowid: r.rowid, score: -r.score }));
}

/** The RANK_WINDOW newest matches (`newest`, all of them when fewer) with title matches first (score 1, else 0), then older matches newest first. */
function rankNewest(prepare: Prepare, q: string, newest: number[], limit: number, offset: number): Ranked[] {
  const bound = newest[newest.length - 1]!;
  const page: Ranked[] = [];
  if (offset < RANK_WINDOW) {
    // Title matches in the window are among the newest RANK_WINDOW title matches, found in the titles' own index.
    const newestTitled = prepare('SELECT rowid FROM titles_fts WHERE titles_fts MATCH ? ORDER BY rowid DESC LIMIT ?').pluck().all(q, RANK_WINDOW) as number[];
    const titled = new Set(newestTitled.filter((r) => r >= bound));
    const ordered = [...newest.filter((r) => titled.has(r)), ...newest.filter((r) => !titled.has(r))];
    page.push(...ordered.slice(offset, offset + limit).map((rowid) => ({ rowid, score: titled.has(rowid) ? 1 : 0 })));
  }
  if (page.length < limit) {
    const skip = Math.max(0, offset - RANK_WINDOW);
    const older = prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?')
      .pluck()
      .all(q, bound, limit - page.length, skip) as number[];
    page.push(...older.map((rowid) => ({ rowid, score: 0 })));
  }
  return page;
}
