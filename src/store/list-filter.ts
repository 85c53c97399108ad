// The read filters of the lists (date range, outlet, language, words, event, storyline, entity) as SQL conditions both stores share.
import { ftsQuery } from './fts-query.js';
import { nameTokenQuery } from './name-token.js';
import { tsQuery } from './postgres/query.js';

/** Which articles a list, a timeline or an export covers; every field narrows it. */
export interface ArticleFilter {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD): published on or after its start. */
  from?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD): published on or before its end (the whole day, month or year). */
  to?: string;
  outlet?: string;
  language?: string;
  /** Words that must all occur in the title or text (the search's rules). */
  q?: string;
  event?: string;
  storyline?: string;
  /** An entity's canonical name: articles naming it. */
  entity?: string;
}

export const ARTICLE_SORTS = ['ingested', 'newest', 'oldest', 'outlet'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/** A date of the forms the filters take. */
export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The first date string after the whole of `to` (2016-11-30 -> 2016-12-01, 2016-11 -> 2016-12, 2016 -> 2017). */
export function dateAfter(to: string): string {
  const [y, m, d] = to.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return String(y + 1).padStart(4, '0');
  if (d === undefined) return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export type Dialect = 'sqlite' | 'postgres';

/** SQL conditions on `articles a` for a filter; `arg` adds a parameter and returns its placeholder. */
export function articleConditions(f: ArticleFilter, dialect: Dialect, arg: (v: unknown) => string): string[] {
  const conds: string[] = [];
  // A partial date ("--12-13") sorts before every full one, so a lower bound leaves it out, as it should.
  if (f.from) conds.push(`a.published >= ${arg(f.from)}`);
  if (f.to) conds.push(`a.published < ${arg(dateAfter(f.to))}`, "a.published >= '0'");
  if (f.outlet) conds.push(dialect === 'sqlite' ? `a.outlet = ${arg(f.outlet)} COLLATE NOCASE` : `lower(a.outlet) = lower(${arg(f.outlet)})`);
  if (f.language) conds.push(`a.language = ${arg(f.language.toLowerCase())}`);
  // SQLite keys members by their article's seq (its migration 20), PostgreSQL by the article's id
  const member = dialect === 'sqlite' ? 'a.seq IN (SELECT article_seq' : 'a.id IN (SELECT article_id';
  if (f.event) conds.push(`${member} FROM event_members WHERE event = ${arg(f.event)})`);
  if (f.storyline) conds.push(`${member} FROM event_members WHERE storyline = ${arg(f.storyline)})`);
  // SQLite finds the articles naming it in the index of their names (its migrations 18-19: keyed by seq), PostgreSQL by
  // the mentions' name index
  if (f.entity)
    conds.push(
      dialect === 'sqlite'
        ? `a.seq IN (SELECT m.article_seq FROM mention_names(${arg(nameTokenQuery([f.entity]))}) n
                       JOIN entity_mentions m ON m.article_seq = n.rowid AND m.name = ${arg(f.entity)})`
        : `a.id IN (SELECT article_id FROM entity_mentions WHERE name = ${arg(f.entity)})`,
    );
  if (f.q !== undefined) {
    if (dialect === 'sqlite') {
      const m = ftsQuery(f.q);
      conds.push(m ? `a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${arg(m)})` : '0 = 1');
    } else {
      const m = tsQuery(f.q);
      conds.push(m ? `a.fts @@ to_tsquery('simple', ${arg(m)})` : 'false');
    }
  }
  return conds;
}

/** ORDER BY for a sort of articles (undated last when sorting by date). */
export function articleOrder(sort: ArticleSort | undefined): string {
  // undated or partial ("--12-13", which sorts before every full date) last
  const undated = "(a.published IS NULL OR a.published < '0')";
  switch (sort) {
    case 'newest':
      return `${undated}, a.published DESC, a.seq DESC`;
    case 'oldest':
      return `${undated}, a.published, a.seq`;
    case 'outlet':
      return `a.outlet IS NULL, a.outlet, ${undated}, a.published, a.seq`;
    default:
      return 'a.seq';
  }
}

/** ORDER BY for quotes joined with their articles `a`: by date (undated last), then ingest order and place in the text. */
export function quoteOrder(newest: boolean | undefined): string {
  return newest ? "(a.published IS NULL OR a.published < '0'), a.published DESC, a.seq DESC, q.idx" : 'a.published IS NULL, a.published, a.seq, q.idx';
}

/** Whether a filter narrows anything. */
export function isFiltered(f: ArticleFilter): boolean {
  return Object.values(f).some((v) => v !== undefined);
}

/** One row of coverage: articles of a day (YYYY-MM-DD, null when undated or partial) and outlet. */
export interface CoverageRow {
  day: string | null;
  outlet: string | null;
  articles: number;
}

/** An article added after some point (what a live view sends), with its event and storyline. */
export interface NewArticle {
  seq: number;
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  event: string | null;
  storyline: string | null;
}

/** The entity of a filter that names one and nothing else (the stores answer it faster: a walk by date, the index of names). */
export function entityOnly(f: ArticleFilter): string | undefined {
  return f.entity !== undefined && Object.entries(f).every(([k, v]) => k === 'entity' || v === undefined) ? f.entity : undefined;
}
