// The outlet statistics on PostgreSQL: articles, dates and languages per outlet, and who copies whom.
import type { CopyFlow, OutletStats } from '../store.js';
import type { Run } from './session.js';

export async function pgOutletStats(run: Run): Promise<OutletStats[]> {
  const rows = await run(
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

export async function pgCopyFlows(run: Run): Promise<CopyFlow[]> {
  return (await run(
    `SELECT c.outlet AS copier, o.outlet AS origin, count(*)::int AS articles FROM fingerprints f
         JOIN articles c ON c.id = f.article_id JOIN articles o ON o.id = f.copy_of
        WHERE c.outlet IS NOT NULL AND o.outlet IS NOT NULL GROUP BY c.outlet, o.outlet ORDER BY articles DESC, copier, origin`,
  )) as CopyFlow[];
}
