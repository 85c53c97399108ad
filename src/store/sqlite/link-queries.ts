// The cross-lingual link's candidate query on SQLite: entity key -> names -> mentions -> dated articles of other languages.
import type { LinkCandidate, LinkCandidateQuery } from '../link-candidates.js';
import { entityKeyRows } from '../link-candidates.js';
import type { Prepare } from './connection.js';

/** Keep the keys of these entity names (a name already indexed is left as it is). */
export function sqliteIndexEntityKeys(stmt: Prepare, names: Iterable<string>): void {
  const ins = stmt('INSERT OR IGNORE INTO entity_keys (key, name) VALUES (?, ?)');
  for (const r of entityKeyRows(names)) ins.run(r.key, r.name);
}

/** Articles of another language in the window naming an entity under one of the keys (indexed: key, name, article). */
export function sqliteLinkCandidates(stmt: Prepare, q: LinkCandidateQuery): LinkCandidate[] {
  if (!q.keys.length) return [];
  const marks = q.keys.map(() => '?').join(',');
  return stmt(
    `SELECT a.id AS articleId, m.event AS event, a.language AS language, k.name AS name
       FROM entity_keys k JOIN entity_mentions em ON em.name = k.name JOIN articles a ON a.seq = em.article_seq
       JOIN event_members m ON m.article_id = a.id
      WHERE k.key IN (${marks}) AND a.published >= ? AND a.published < ? AND a.language IS NOT NULL AND a.language <> ?
      LIMIT ?`,
  ).all(...q.keys, q.from, q.to, q.notLanguage, q.limit) as LinkCandidate[];
}
