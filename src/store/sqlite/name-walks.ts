// Reads of one frequent name on SQLite (issue 16): date-ordered walks that stop at the limit, and the name's articles read from the index of names.
import { type Row, rowToLink, rowToQuote, SQLITE_LINK_SQL } from '../rows.js';
import type { CoverageRow } from '../list-filter.js';
import { nameTokenQuery } from '../name-token.js';
import type { ArticleLink, StoredQuote } from '../store.js';
import type { Prepare } from './connection.js';
import { StoreError } from '../../errors.js';

/**
 * How much more a row read through a name's own rows costs than an article passed on a walk: the former reads the row,
 * its article's row (a page each: articles hold their text) and sorts it; the latter reads an index entry and probes one
 * b-tree. Measured at 80k (Donald Trump, 39,328 quotes; docs/BENCHMARKS.md section 9, session 26): cold 1.4, warm 0.7; a walk over
 * 13% of the store (5,000 quotes) 2.4 s cold, 0.44 s warm, against 12.7 s and 2.0 s; over half of it about even.
 */
const ROW_OVER_PROBE = 1;

/**
 * Whether walking the articles in date order reaches `wanted` rows of a name sooner than reading all `held` of them:
 * with its rows spread over the store, the walk passes about size * wanted / held articles.
 */
export function walkPays(stmt: Prepare, wanted: number, held: number): boolean {
  return held > 0 && (wanted * storeSize(stmt)) / held < held * ROW_OVER_PROBE;
}

/** The store's size in articles, near enough for a choice of plan (the last seq: no count of every row). */
function storeSize(stmt: Prepare): number {
  return (stmt('SELECT coalesce(max(seq), 0) AS n FROM articles').get() as { n: number }).n;
}

/** A speaker's kept quote count (exact name; 0 when none is kept). */
export function keptQuotes(stmt: Prepare, speaker: string): number {
  return (stmt('SELECT quotes FROM speaker_stats WHERE name = ?').pluck().get(speaker) as number | undefined) ?? 0;
}

/** An entity's kept article count (exact name; 0 when none is kept). */
export function keptArticles(stmt: Prepare, entity: string): number {
  return (stmt('SELECT articles FROM entity_stats WHERE name = ?').pluck().get(entity) as number | undefined) ?? 0;
}

/** A quote by a speaker (two arguments: the name twice). NOCASE folds ASCII letters, as lower() does, and lets the two speaker indexes answer. */
export const SPEAKER_MATCH = '(q.speaker_entity = ? COLLATE NOCASE OR (q.speaker_entity IS NULL AND q.speaker = ? COLLATE NOCASE))';
const QUOTE_WALK = `SELECT q.*, a.id AS article_id, a.published, a.outlet, m.event
  FROM articles a INDEXED BY articles_published CROSS JOIN quotes q ON q.article_seq = a.seq LEFT JOIN event_members m ON m.article_seq = a.seq`;

/**
 * Quotes (all, or one speaker's) in the ledger's order (quoteOrder: by date, undated last; newest: by date descending,
 * the partial dates after the full ones, undated last), walking the articles by date and stopping at the limit: the
 * dated ones, then the undated ones by ingest order. The order is the index's, so nothing is sorted.
 */
export function walkQuotes(stmt: Prepare, speaker: string | null, newest: boolean, limit: number): StoredQuote[] {
  const dir = newest ? 'DESC' : 'ASC';
  const who = speaker === null ? '' : ` AND ${SPEAKER_MATCH}`;
  const args = speaker === null ? [] : [speaker, speaker];
  const dated = stmt(`${QUOTE_WALK} WHERE a.published IS NOT NULL${who} ORDER BY a.published ${dir}, a.seq ${dir}, q.idx LIMIT ?`).all(...args, limit) as Row[];
  const undated =
    dated.length < limit
      ? (stmt(`${QUOTE_WALK} WHERE a.published IS NULL${who} ORDER BY a.seq ${dir}, q.idx LIMIT ?`).all(...args, limit - dated.length) as Row[])
      : [];
  return [...dated, ...undated].map(rowToQuote);
}

const LINK_WALK = SQLITE_LINK_SQL.replace('FROM articles a ', 'FROM articles a INDEXED BY articles_published ');
if (LINK_WALK === SQLITE_LINK_SQL) throw new StoreError('name-walks: the article link query no longer reads "FROM articles a"');

/**
 * The newest dated articles naming an entity (articleOrder 'newest'), walking the articles by date and probing each
 * one's mention of the name; null when the dated ones run out before the page is full (the caller's query then answers,
 * undated and partial dates included).
 */
export function walkEntityArticles(stmt: Prepare, entity: string, limit: number, offset: number): ArticleLink[] | null {
  const rows = stmt(
    `${LINK_WALK} WHERE a.published >= '0' AND EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_seq = a.seq AND m.name = ?)
      ORDER BY a.published DESC, a.seq DESC LIMIT ? OFFSET ?`,
  ).all(entity, limit, offset) as Row[];
  return rows.length < limit ? null : rows.map(rowToLink);
}

/**
 * The full-text query of an entity's token when the index of names holds exactly the articles naming it: every one of
 * them holds its token, so as many token rows as kept articles means no other name's article shares it (a hash
 * collision) and the rows need no check of the name. Null otherwise (then each article's mention is checked).
 */
export function exactNameToken(stmt: Prepare, entity: string): string | null {
  const token = nameTokenQuery([entity]);
  const rows = (stmt('SELECT count(*) AS n FROM mention_names(?)').get(token) as { n: number }).n;
  return rows === keptArticles(stmt, entity) ? token : null;
}

/** The day of `articles a` (YYYY-MM-DD), null when undated or partial. */
export const SQLITE_DAY = "CASE WHEN a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(a.published, 1, 10) END";

/** Coverage of the articles holding a name token: their date and outlet read from the index by seq (migration 21), not their rows. */
export function tokenCoverage(stmt: Prepare, token: string): CoverageRow[] {
  return stmt(
    `SELECT ${SQLITE_DAY} AS day, a.outlet AS outlet, count(*) AS articles FROM mention_names(?) n JOIN articles a INDEXED BY articles_seq_day ON a.seq = n.rowid
      GROUP BY 1, 2 ORDER BY 1 NULLS FIRST, 2 NULLS FIRST`,
  ).all(token) as CoverageRow[];
}

/**
 * A member row holds its reasons (~1 KB): past one article in 64, reading the whole index of members by event (or
 * storyline), a few dozen bytes an entry, costs fewer pages than the rows of the name's articles (at 80k, a name in half
 * the articles: 0.5 s cold instead of 2-7 s).
 */
const MEMBER_ROWS_OVER_ENTRY = 64;

/** The events (or storylines) of the articles holding a name token (members are keyed by their article's seq: no article row read). */
export function tokenGroups(stmt: Prepare, kind: 'event' | 'storyline', token: string, held: number): string[] {
  const sql =
    held * MEMBER_ROWS_OVER_ENTRY > storeSize(stmt)
      ? `SELECT DISTINCT m.${kind} FROM event_members m INDEXED BY event_members_${kind} WHERE m.article_seq IN (SELECT rowid FROM mention_names(?))`
      : `SELECT DISTINCT m.${kind} FROM mention_names(?) n JOIN event_members m ON m.article_seq = n.rowid`;
  return stmt(sql).pluck().all(token) as string[];
}
