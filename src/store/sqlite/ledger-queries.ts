// The ledger's read queries on SQLite (quotes by article or speaker, entity counts), kept apart from the store's write side.
import type { Row } from '../rows.js';
import { rowToQuote } from '../rows.js';
import type { EntityCount, EntityFilter, QuoteFilter, StoredQuote } from '../store.js';
import type { Prepare } from './connection.js';
import { isFiltered, quoteOrder } from '../list-filter.js';
import { sqliteArticlesIn } from './list-queries.js';
import { SPEAKER_MATCH, keptQuotes, walkPays, walkQuotes } from './name-walks.js';

/**
 * Some articles' ids as one argument, a JSON array: one statement whatever their number (one `?` each would be a new
 * statement for every count, past SQLite's 32,766 variables an error, and spread as arguments past ~100k a stack overflow).
 */
const ID_LIST = '(SELECT value FROM json_each(?))';
/** The seqs of some articles given by id (quotes and mentions are keyed by their article's seq: migration 18). */
const SEQ_LIST = `(SELECT seq FROM articles WHERE id IN ${ID_LIST})`;

/** Quotes with their article's date, outlet and event: all of them in date order, or those of some articles or one speaker. */
export function sqliteQuotes(stmt: Prepare, filter: QuoteFilter): StoredQuote[] {
  const limit = filter.limit ?? 100000;
  const cols = 'q.*, a.id AS article_id, a.published, a.outlet, m.event';
  const within = filter.within && isFiltered(filter.within) ? filter.within : undefined;
  // Every quote: walk the articles in date order and stop at the limit (sorting all quotes first reads every one of them).
  if (!filter.articleIds && !filter.speaker && !within && !filter.text) return walkQuotes(stmt, null, false, limit);
  // a frequent speaker alone: the same walk (reading all their quotes to sort them took seconds for a name quoted
  // hundreds of thousands of times)
  if (filter.speaker && !filter.articleIds && !within && !filter.text && walkPays(stmt, limit, keptQuotes(stmt, filter.speaker)))
    return walkQuotes(stmt, filter.speaker, !!filter.newest, limit);
  const conds: string[] = [];
  const args: unknown[] = [];
  if (filter.articleIds) {
    if (!filter.articleIds.length) return [];
    conds.push(`q.article_seq IN ${SEQ_LIST}`);
    args.push(JSON.stringify(filter.articleIds));
  }
  if (filter.speaker) {
    conds.push(SPEAKER_MATCH);
    args.push(filter.speaker, filter.speaker);
  }
  if (within) {
    const w = sqliteArticlesIn(within, 'q.article_seq');
    conds.push(w.sql);
    args.push(...w.args);
  }
  if (filter.text) {
    conds.push('instr(lower(q.text), lower(?)) > 0');
    args.push(filter.text);
  }
  const sql = `SELECT ${cols} FROM quotes q JOIN articles a ON a.seq = q.article_seq LEFT JOIN event_members m ON m.article_seq = a.seq
               WHERE ${conds.join(' AND ')} ORDER BY ${quoteOrder(filter.newest)} LIMIT ?`;
  return (stmt(sql).all(...args, limit) as Row[]).map(rowToQuote);
}

/** Entities by the number of articles naming them: over the whole store (kept counts) or over some articles. */
export function sqliteEntities(stmt: Prepare, filter: EntityFilter): EntityCount[] {
  const page = [filter.limit ?? 50, filter.offset ?? 0];
  const within = filter.within && isFiltered(filter.within) ? filter.within : undefined;
  if (!filter.articleIds && !within) {
    // Every article: the counts the triggers keep (a GROUP BY over every mention would read millions of rows).
    const sql = `SELECT name, type, articles FROM entity_stats WHERE articles > 0 ${filter.type ? 'AND type = ?' : ''} ORDER BY articles DESC, mentions DESC, name LIMIT ? OFFSET ?`;
    return stmt(sql).all(...(filter.type ? [filter.type] : []), ...page) as { name: string; type: string; articles: number }[];
  }
  if (filter.articleIds && !filter.articleIds.length) return [];
  const conds: string[] = [];
  const args: unknown[] = [];
  if (filter.articleIds) {
    conds.push(`article_seq IN ${SEQ_LIST}`);
    args.push(JSON.stringify(filter.articleIds));
  }
  if (within) {
    const w = sqliteArticlesIn(within, 'article_seq');
    conds.push(w.sql);
    args.push(...w.args);
  }
  if (filter.type) {
    conds.push('type = ?');
    args.push(filter.type);
  }
  const sql = `SELECT name, max(type) AS type, count(DISTINCT article_seq) AS articles FROM entity_mentions
               WHERE ${conds.join(' AND ')}
               GROUP BY name ORDER BY articles DESC, sum(mentions) DESC, name LIMIT ? OFFSET ?`;
  return stmt(sql).all(...args, ...page) as { name: string; type: string; articles: number }[];
}
