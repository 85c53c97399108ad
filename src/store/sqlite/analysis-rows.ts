// Writing one article's analysis on SQLite: the analysis row, its entity keys, and the quote and entity-mention rows the
// ledger reads (their per-entity and per-speaker statistics are added up in the store's StatsBacklog).
import type { Analysis } from '../../model.js';
import { analysisJson } from '../analysis-json.js';
import { notStored } from '../write-rules.js';
import type { KnownNames } from '../known-names.js';
import type { Prepare } from './connection.js';
import { sqliteIndexEntityKeys } from './link-queries.js';
import type { StatsBacklog } from './stats-backlog.js';

/**
 * Replace an article's analysis and the rows derived from it (call inside a transaction); `names`: entity names whose keys
 * are written; `first`: the article has no analysis rows yet (inserted in this transaction, none written since), so there
 * are no older quote and mention rows to delete. Returns the article's seq (its mentioned names are indexed by it).
 */
export function writeAnalysisRows(stmt: Prepare, articleId: string, a: Analysis, names: KnownNames, stats: StatsBacklog, first = false): number {
  const json = analysisJson(a);
  // keyed by the article's seq (arrival order: appended, see migration 18)
  const seq = stmt('SELECT seq FROM articles WHERE id = ?').pluck().get(articleId) as number | undefined;
  // (a NULL key would be given a new rowid: the rows would belong to whichever article has it)
  if (seq === undefined) throw notStored('an analysis', articleId);
  stmt('INSERT OR REPLACE INTO analyses (article_seq, entities, mentions, quotes, language, note) VALUES (?,?,?,?,?,?)').run(
    seq,
    json.entities,
    json.mentions,
    json.quotes,
    a.language ?? null,
    a.note ?? null,
  );
  sqliteIndexEntityKeys(stmt, names.fresh(a.entities.map((x) => x.name)));
  if (!first) deleteAnalysisRows(stmt, seq, stats);
  const q = stmt('INSERT INTO quotes (article_seq, idx, text, kind, cue, speaker, speaker_entity, reporter, qstart, qend) VALUES (?,?,?,?,?,?,?,?,?,?)');
  const speakers = new Set<string | null>();
  a.quotes.forEach((x, i) => {
    const speaker = x.speaker?.entity ?? null;
    q.run(seq, i, x.text, x.kind, x.cue, x.speaker?.name ?? null, speaker, x.reporter, x.start, x.end);
    stats.quote(speaker, 1, !speakers.has(speaker));
    speakers.add(speaker);
  });
  const e = stmt(
    'INSERT INTO entity_mentions (article_seq, name, type, mentions) VALUES (?,?,?,?) ON CONFLICT (article_seq, name) DO UPDATE SET type = excluded.type, mentions = excluded.mentions',
  );
  // a name twice in one analysis updates its row in place: its mentions change, it counts one article
  const written = new Map<string, number>();
  for (const x of a.entities) {
    e.run(seq, x.name, x.type, x.mentions);
    const before = written.get(x.name);
    stats.mention(x.name, x.type, before === undefined ? 1 : 0, x.mentions - (before ?? 0));
    written.set(x.name, x.mentions);
  }
  return seq;
}

/** Delete an article's quote and mention rows, taking them out of the statistics. */
function deleteAnalysisRows(stmt: Prepare, seq: number, stats: StatsBacklog): void {
  const oldQuotes = stmt('DELETE FROM quotes WHERE article_seq = ? RETURNING speaker_entity').pluck().all(seq) as (string | null)[];
  oldQuotes.forEach((s, i) => {
    stats.quote(s, -1, oldQuotes.indexOf(s) === i);
  });
  const oldMentions = stmt('DELETE FROM entity_mentions WHERE article_seq = ? RETURNING name, mentions').all(seq) as { name: string; mentions: number }[];
  if (oldMentions.length) stats.mentionsRemoved(oldMentions);
}
