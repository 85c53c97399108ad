// The lists' read queries on SQLite: filtered and sorted articles, the events or storylines holding matching articles,
// coverage per day and outlet, and what was added after a point (the live view).
import { type Row, rowToLink, SQLITE_LINK_SQL } from '../rows.js';
import { type ArticleFilter, type ArticleSort, type CoverageRow, type NewArticle, articleConditions, articleOrder, entityOnly } from '../list-filter.js';
import type { ArticleLink, Page } from '../store.js';
import type { Prepare } from './connection.js';
import { SQLITE_DAY, exactNameToken, keptArticles, tokenCoverage, tokenGroups, walkEntityArticles, walkPays } from './name-walks.js';

function where(f: ArticleFilter): { sql: string; args: unknown[] } {
  const args: unknown[] = [];
  const conds = articleConditions(f, 'sqlite', (v) => {
    args.push(v);
    return '?';
  });
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', args };
}

export function sqliteFilterArticles(stmt: Prepare, f: ArticleFilter, page: Page & { sort?: ArticleSort }): { items: ArticleLink[]; total: number } {
  const entity = entityOnly(f);
  if (entity !== undefined) {
    // a frequent name, newest first: walk the articles by date (the page is in its first few); the total is kept
    const kept = keptArticles(stmt, entity);
    const [limit, offset] = [page.limit ?? 50, page.offset ?? 0];
    const items = page.sort === 'newest' && walkPays(stmt, limit + offset, kept) ? walkEntityArticles(stmt, entity, limit, offset) : null;
    if (items) return { items, total: kept };
  }
  const w = where(f);
  const items = (
    stmt(`${SQLITE_LINK_SQL} ${w.sql} ORDER BY ${articleOrder(page.sort)} LIMIT ? OFFSET ?`).all(...w.args, page.limit ?? 50, page.offset ?? 0) as Row[]
  ).map(rowToLink);
  const total = (stmt(`SELECT count(*) AS n FROM articles a ${w.sql}`).get(...w.args) as { n: number }).n;
  return { items, total };
}

export function sqliteGroupsWith(stmt: Prepare, kind: 'event' | 'storyline', f: ArticleFilter): string[] {
  const entity = entityOnly(f);
  const token = entity === undefined ? null : exactNameToken(stmt, entity);
  if (entity !== undefined && token) return tokenGroups(stmt, kind, token, keptArticles(stmt, entity));
  const w = where(f);
  return stmt(`SELECT DISTINCT m.${kind} FROM event_members m JOIN articles a ON a.seq = m.article_seq ${w.sql}`)
    .pluck()
    .all(...w.args) as string[];
}

export function sqliteCoverage(stmt: Prepare, f: ArticleFilter): CoverageRow[] {
  const entity = entityOnly(f);
  const token = entity === undefined ? null : exactNameToken(stmt, entity);
  if (token) return tokenCoverage(stmt, token);
  const w = where(f);
  return stmt(
    `SELECT ${SQLITE_DAY} AS day, a.outlet AS outlet, count(*) AS articles FROM articles a ${w.sql} GROUP BY 1, 2 ORDER BY 1 NULLS FIRST, 2 NULLS FIRST`,
  ).all(...w.args) as CoverageRow[];
}

export function sqliteArticlesAfter(stmt: Prepare, seq: number, limit: number): NewArticle[] {
  return stmt(`SELECT a.seq, a.id, a.title, a.outlet, a.published, m.event, m.storyline FROM articles a LEFT JOIN event_members m ON m.article_seq = a.seq
               WHERE a.seq > ? ORDER BY a.seq LIMIT ?`).all(seq, limit) as NewArticle[];
}

export function sqliteLastSeq(stmt: Prepare): number {
  return (stmt('SELECT coalesce(max(seq), 0) AS n FROM articles').get() as { n: number }).n;
}

/** The SQL and arguments limiting quotes or mentions to the articles of a filter (a `column IN (…)` condition on their seq). */
export function sqliteArticlesIn(f: ArticleFilter, column: string): { sql: string; args: unknown[] } {
  const w = where(f);
  return { sql: `${column} IN (SELECT a.seq FROM articles a ${w.sql})`, args: w.args };
}
