// Writing one article's analysis on SQLite: the analysis row, its entity keys, and the quote and entity-mention rows the ledger reads.
import type { Analysis } from '../../model.js';
import { analysisJson } from '../analysis-json.js';
import type { KnownNames } from '../known-names.js';
import type { Prepare } from './connection.js';
import { sqliteIndexEntityKeys } from './link-queries.js';

/** Replace an article's analysis and the rows derived from it (call inside a transaction); `names`: entity names whose keys are written. */
export function writeAnalysisRows(stmt: Prepare, articleId: string, a: Analysis, names: KnownNames): void {
  const json = analysisJson(a);
  stmt('INSERT OR REPLACE INTO analyses (article_id, entities, mentions, quotes, language, note) VALUES (?,?,?,?,?,?)').run(
    articleId,
    json.entities,
    json.mentions,
    json.quotes,
    a.language ?? null,
    a.note ?? null,
  );
  sqliteIndexEntityKeys(stmt, names.fresh(a.entities.map((x) => x.name)));
  stmt('DELETE FROM quotes WHERE article_id = ?').run(articleId);
  stmt('DELETE FROM entity_mentions WHERE article_id = ?').run(articleId);
  const q = stmt('INSERT INTO quotes (article_id, idx, text, kind, cue, speaker, speaker_entity, reporter, qstart, qend) VALUES (?,?,?,?,?,?,?,?,?,?)');
  a.quotes.forEach((x, i) => q.run(articleId, i, x.text, x.kind, x.cue, x.speaker?.name ?? null, x.speaker?.entity ?? null, x.reporter, x.start, x.end));
  const e = stmt(
    'INSERT INTO entity_mentions (article_id, name, type, mentions) VALUES (?,?,?,?) ON CONFLICT (article_id, name) DO UPDATE SET type = excluded.type, mentions = excluded.mentions',
  );
  for (const x of a.entities) e.run(articleId, x.name, x.type, x.mentions);
}
