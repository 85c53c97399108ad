// The outlet statistics on SQLite: articles, dates and languages per outlet, and who copies whom.
import type { Row } from '../rows.js';
import type { CopyFlow, OutletStats } from '../store.js';
import type { Prepare } from './connection.js';

export function sqliteOutletStats(stmt: Prepare): OutletStats[] {
  const rows = stmt(`SELECT outlet, count(*) AS articles, min(published) AS first, max(published) AS last, group_concat(DISTINCT language) AS langs
                FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY articles DESC, outlet`).all() as Row[];
  return rows.map((r) => ({
    outlet: r.outlet as string,
    articles: r.articles as number,
    firstDate: (r.first as string | null) ?? null,
    lastDate: (r.last as string | null) ?? null,
    languages: r.langs ? String(r.langs).split(',') : [],
  }));
}

/**
 * Who copies whom: driven from the copies (CROSS JOIN fixes the order: the planner would otherwise walk every article by
 * outlet), both articles by id, so that articles_id_outlet answers with no article row read (by seq each copy's row was
 * read: a minute at a million copies).
 */
export const COPY_FLOWS_SQL = `SELECT c.outlet AS copier, o.outlet AS origin, count(*) AS articles FROM fingerprints f
                CROSS JOIN articles c ON c.id = f.article_id CROSS JOIN articles o ON o.id = f.copy_of
                WHERE f.copy_of IS NOT NULL AND c.outlet IS NOT NULL AND o.outlet IS NOT NULL GROUP BY c.outlet, o.outlet ORDER BY articles DESC`;

export function sqliteCopyFlows(stmt: Prepare): CopyFlow[] {
  return stmt(COPY_FLOWS_SQL).all() as CopyFlow[];
}
