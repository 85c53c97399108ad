// The lists' read queries on PostgreSQL: filtered and sorted articles, the events or storylines holding matching articles,
// coverage per day and outlet, and what was added after a point (the live view).
import { LINK_SQL, rowToLink } from '../rows.js';
import { type ArticleFilter, type ArticleSort, type CoverageRow, type NewArticle, articleConditions, articleOrder, entityOnly } from '../list-filter.js';
import type { ArticleLink, Page } from '../store.js';
import type { Run } from './session.js';

/** Conditions numbered after the `args` already given. */
export function pgWhere(f: ArticleFilter, args: unknown[]): string {
  const conds = articleConditions(f, 'postgres', (v) => {
    args.push(v);
    return `$${args.length}`;
  });
  return conds.length ? `WHERE ${conds.join(' AND ')}` : '';
}

function pgOrder(sort: ArticleSort | undefined): string {
  // PostgreSQL sorts false before true too, so "x IS NULL" first puts NULLs last as in SQLite.
  return articleOrder(sort);
}

/**
 * The newest dated articles matching a filter, in an order an index on the date gives (a frequent name's page is among
 * the newest few, so the planner may walk articles_published and stop at the limit instead of sorting every match);
 * null when the dated ones run out before the page is full (undated and partial dates sort after them).
 */
async function pgNewestDated(run: Run, f: ArticleFilter, limit: number, offset: number): Promise<ArticleLink[] | null> {
  const args: unknown[] = [limit, offset];
  const w = pgWhere(f, args);
  const rows = await run(`${LINK_SQL} ${w ? `${w} AND` : 'WHERE'} a.published >= '0' ORDER BY a.published DESC, a.seq DESC LIMIT $1 OFFSET $2`, args);
  return rows.length < limit ? null : rows.map(rowToLink);
}

export async function pgFilterArticles(run: Run, f: ArticleFilter, page: Page & { sort?: ArticleSort }): Promise<{ items: ArticleLink[]; total: number }> {
  const args: unknown[] = [page.limit ?? 50, page.offset ?? 0];
  const w = pgWhere(f, args);
  const dated = page.sort === 'newest' && entityOnly(f) !== undefined ? await pgNewestDated(run, f, page.limit ?? 50, page.offset ?? 0) : null;
  const items = dated ?? (await run(`${LINK_SQL} ${w} ORDER BY ${pgOrder(page.sort)} LIMIT $1 OFFSET $2`, args)).map(rowToLink);
  const countArgs: unknown[] = [];
  const total = Number((await run(`SELECT count(*)::int AS n FROM articles a ${pgWhere(f, countArgs)}`, countArgs))[0]!.n);
  return { items, total };
}

export async function pgGroupsWith(run: Run, kind: 'event' | 'storyline', f: ArticleFilter): Promise<string[]> {
  const entity = entityOnly(f);
  // one name alone: its mentions give the members without a read of every article's row
  if (entity !== undefined)
    return (
      await run(`SELECT DISTINCT m.${kind} AS g FROM entity_mentions e JOIN event_members m ON m.article_id = e.article_id WHERE e.name = $1`, [entity])
    ).map((r) => r.g as string);
  const args: unknown[] = [];
  const w = pgWhere(f, args);
  return (await run(`SELECT DISTINCT m.${kind} AS g FROM event_members m JOIN articles a ON a.id = m.article_id ${w}`, args)).map((r) => r.g as string);
}

export async function pgCoverage(run: Run, f: ArticleFilter): Promise<CoverageRow[]> {
  const args: unknown[] = [];
  const w = pgWhere(f, args);
  const day = "CASE WHEN a.published ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN substr(a.published, 1, 10) END";
  const rows = await run(
    `SELECT ${day} AS day, a.outlet AS outlet, count(*)::int AS articles FROM articles a ${w} GROUP BY 1, 2 ORDER BY 1 NULLS FIRST, 2 NULLS FIRST`,
    args,
  );
  return rows.map((r) => ({ day: (r.day as string | null) ?? null, outlet: (r.outlet as string | null) ?? null, articles: Number(r.articles) }));
}

export async function pgArticlesAfter(run: Run, seq: number, limit: number): Promise<NewArticle[]> {
  const rows = await run(
    `SELECT a.seq, a.id, a.title, a.outlet, a.published, m.event, m.storyline FROM articles a LEFT JOIN event_members m ON m.article_id = a.id
      WHERE a.seq > $1 ORDER BY a.seq LIMIT $2`,
    [seq, limit],
  );
  return rows.map((r) => ({ ...(r as unknown as NewArticle), seq: Number(r.seq) }));
}

export async function pgLastSeq(run: Run): Promise<number> {
  return Number((await run('SELECT coalesce(max(seq), 0) AS n FROM articles'))[0]!.n);
}
