// The ledger's read queries on PostgreSQL (quotes by article or speaker, entity counts), kept apart from the store's write side.
import { rowToQuote } from '../rows.js';
import type { EntityCount, EntityFilter, QuoteFilter, StoredQuote } from '../store.js';
import type { Run } from './session.js';
import { isFiltered, quoteOrder } from '../list-filter.js';
import { pgWhere } from './list-queries.js';

/** Quotes with their article's date, outlet and event: all of them in date order, or those of some articles or one speaker. */
export async function pgQuotes(run: Run, filter: QuoteFilter): Promise<StoredQuote[]> {
  const conds: string[] = [];
  const args: unknown[] = [filter.limit ?? 100000];
  if (filter.articleIds) {
    if (!filter.articleIds.length) return [];
    args.push(filter.articleIds);
    conds.push(`q.article_id = ANY($${args.length}::text[])`);
  }
  if (filter.speaker) {
    args.push(filter.speaker);
    conds.push(`(lower(q.speaker_entity) = lower($${args.length}) OR (q.speaker_entity IS NULL AND lower(q.speaker) = lower($${args.length})))`);
  }
  if (filter.within && isFiltered(filter.within)) conds.push(`q.article_id IN (SELECT a.id FROM articles a ${pgWhere(filter.within, args)})`);
  if (filter.text) {
    args.push(filter.text);
    conds.push(`strpos(lower(q.text), lower($${args.length})) > 0`);
  }
  const from =
    'SELECT q.*, a.published, a.outlet, m.event FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN event_members m ON m.article_id = q.article_id';
  if (filter.speaker && conds.length === 1) {
    // a speaker alone: first the dated quotes in an order an index on the date gives (a frequent speaker's page is among
    // the first articles of a walk by date, which then stops at the limit); the general order only when they run out
    // (oldest first, partial dates sort before full ones; newest first, after them, with the undated)
    const [dir, dated] = filter.newest ? ['DESC', "a.published >= '0'"] : ['ASC', 'a.published IS NOT NULL'];
    const rows = await run(`${from} WHERE ${conds[0]} AND ${dated} ORDER BY a.published ${dir}, a.seq ${dir}, q.idx LIMIT $1`, args);
    if (rows.length === args[0]) return rows.map(rowToQuote);
  }
  const sql = `${from} ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''} ORDER BY ${quoteOrder(filter.newest)} LIMIT $1`;
  return (await run(sql, args)).map(rowToQuote);
}

/** Entities by the number of articles naming them, over the store or over some articles. */
export async function pgEntities(run: Run, filter: EntityFilter): Promise<EntityCount[]> {
  const conds: string[] = [];
  const args: unknown[] = [filter.limit ?? 50, filter.offset ?? 0];
  if (filter.articleIds) {
    if (!filter.articleIds.length) return [];
    args.push(filter.articleIds);
    conds.push(`article_id = ANY($${args.length}::text[])`);
  }
  if (filter.type) {
    args.push(filter.type);
    conds.push(`type = $${args.length}`);
  }
  if (filter.within && isFiltered(filter.within)) conds.push(`article_id IN (SELECT a.id FROM articles a ${pgWhere(filter.within, args)})`);
  const sql = `SELECT name, max(type) AS type, count(DISTINCT article_id)::int AS articles FROM entity_mentions ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
               GROUP BY name ORDER BY articles DESC, sum(mentions) DESC, name LIMIT $1 OFFSET $2`;
  return (await run(sql, args)) as EntityCount[];
}

/** Speakers with how often and in how many articles they are quoted, most quoted first. */
export async function pgSpeakers(run: Run): Promise<{ name: string; quotes: number; articles: number }[]> {
  return (await run(
    `SELECT speaker_entity AS name, count(*)::int AS quotes, count(DISTINCT article_id)::int AS articles FROM quotes
      WHERE speaker_entity IS NOT NULL GROUP BY speaker_entity ORDER BY quotes DESC, name`,
  )) as { name: string; quotes: number; articles: number }[];
}

/** Distinct entity names, of one type or all. */
export async function pgCountEntities(run: Run, type?: string): Promise<number> {
  const rows = type
    ? await run('SELECT count(DISTINCT name)::int AS n FROM entity_mentions WHERE type = $1', [type])
    : await run('SELECT count(DISTINCT name)::int AS n FROM entity_mentions');
  return rows[0]!.n as number;
}
