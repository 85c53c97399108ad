// The cross-lingual link's candidate query on PostgreSQL, and the entity key index it reads (as SQLite's).
import type pg from 'pg';
import type { LinkCandidate, LinkCandidateQuery } from '../link-candidates.js';
import { entityKeyRows } from '../link-candidates.js';
import type { Run } from './session.js';

/** Keep the keys of these entity names (a name already indexed is left as it is). */
export async function pgIndexEntityKeys(run: Run, names: Iterable<string>): Promise<void> {
  const rows = entityKeyRows(names);
  if (!rows.length) return;
  await run('INSERT INTO entity_keys (key, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [
    rows.map((r) => r.key),
    rows.map((r) => r.name),
  ]);
}

/** Fill the key index from every stored entity name (the migration that adds the index, on a store that has names). */
export async function pgBackfillEntityKeys(client: pg.PoolClient): Promise<void> {
  const names = (await client.query('SELECT DISTINCT name FROM entity_mentions')).rows.map((r: { name: string }) => r.name);
  const rows = entityKeyRows(names);
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000);
    await client.query('INSERT INTO entity_keys (key, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [
      part.map((r) => r.key),
      part.map((r) => r.name),
    ]);
  }
}

/** Articles of another language in the window naming an entity under one of the keys. */
export async function pgLinkCandidates(run: Run, q: LinkCandidateQuery): Promise<LinkCandidate[]> {
  if (!q.keys.length) return [];
  return (await run(
    `SELECT a.id AS "articleId", m.event AS event, a.language AS language, k.name AS name
       FROM entity_keys k JOIN entity_mentions em ON em.name = k.name JOIN articles a ON a.id = em.article_id
       JOIN event_members m ON m.article_id = a.id
      WHERE k.key = ANY($1::text[]) AND a.published >= $2 AND a.published < $3 AND a.language IS NOT NULL AND a.language <> $4
      LIMIT $5`,
    [q.keys, q.from, q.to, q.notLanguage, q.limit],
  )) as unknown as LinkCandidate[];
}
