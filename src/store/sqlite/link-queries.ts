// The cross-lingual link's candidate query on SQLite: entity key -> names -> articles mentioning them (mention_names) ->
// dated articles of other languages.
import type { LinkCandidate, LinkCandidateQuery } from '../link-candidates.js';
import { entityKeyRows } from '../link-candidates.js';
import { nameTokenQuery } from '../name-token.js';
import type { Prepare } from './connection.js';

/** Keep the keys of these entity names (a name already indexed is left as it is). */
export function sqliteIndexEntityKeys(stmt: Prepare, names: Iterable<string>): void {
  const ins = stmt('INSERT OR IGNORE INTO entity_keys (key, name) VALUES (?, ?)');
  for (const r of entityKeyRows(names)) ins.run(r.key, r.name);
}

/** Articles of another language in the window naming an entity under one of the keys (indexed: key, name; names, article). */
export function sqliteLinkCandidates(stmt: Prepare, q: LinkCandidateQuery): LinkCandidate[] {
  if (!q.keys.length) return [];
  const names = stmt('SELECT DISTINCT name FROM entity_keys WHERE key IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(q.keys)) as string[];
  if (!names.length) return [];
  return stmt(
    `SELECT a.id AS articleId, m.event AS event, a.language AS language, em.name AS name
       FROM mention_names(?) f JOIN entity_mentions em ON em.article_seq = f.rowid AND em.name IN (SELECT value FROM json_each(?))
       JOIN articles a ON a.seq = f.rowid JOIN event_members m ON m.article_seq = a.seq
      WHERE a.published >= ? AND a.published < ? AND a.language IS NOT NULL AND a.language <> ?
      LIMIT ?`,
  ).all(nameTokenQuery(names), JSON.stringify(names), q.from, q.to, q.notLanguage, q.limit) as LinkCandidate[];
}
