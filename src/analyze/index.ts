// The analyze stage: sentences, entities, quotes with speakers; the ledger and the `newsloom quotes` row shape.
import type { Analysis, Article, Entity } from '../model.js';
import { tokenise } from './tokens.js';
import { findEntities } from './entities.js';
import { findQuotes } from './quotes.js';

export { sentences } from './sentences.js';
export { groupStatements, type Statement, type StatementInput } from './ledger.js';

/** Thrown when analyze() is given something other than a string. */
export class AnalyzeInputError extends Error {
  override name = 'AnalyzeInputError';
  constructor(what: string) {
    super(`analyze: expected the article text as a string, got ${what}; pass Article.text`);
  }
}

/**
 * Entities (people, organisations, places) with one canonical entity per name, and quotes with
 * speakers and reporters. Offsets are into `text`. `opts.title` is accepted for callers that keep the
 * title apart from the body; it is not analysed for quotes.
 */
export function analyze(text: string, opts: { title?: string | null } = {}): Analysis {
  void opts;
  if (typeof text !== 'string') throw new AnalyzeInputError(typeof text);
  const tk = tokenise(text);
  const ents = findEntities(text, tk.tokens);
  const quotes = findQuotes({ text, tk, ents });
  // recount entities after quote resolution may have promoted names to people
  const byName = new Map<string, Entity>();
  const aliasSeen = new Set<string>();
  for (const m of ents.mentions) {
    const cur = byName.get(m.entity);
    const aliasKey = `${m.entity}\u0000${m.text}`;
    const fresh = !aliasSeen.has(aliasKey);
    aliasSeen.add(aliasKey);
    if (cur) {
      cur.mentions++;
      if (fresh) cur.aliases.push(m.text);
      if (cur.type === 'other' && m.type !== 'other') cur.type = m.type;
    } else byName.set(m.entity, { name: m.entity, type: m.type, aliases: [m.text], mentions: 1 });
  }
  const mentions = ents.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: byName.get(m.entity)!.type, entity: m.entity }));
  return { entities: [...byName.values()], mentions, quotes };
}

/** The engine's stage signature: analyze(a: Article) over the article's cleaned text. */
export function analyzeArticle(a: Pick<Article, 'text' | 'title'>): Analysis {
  return analyze(a.text, { title: a.title });
}

/** One output row of `newsloom quotes`. */
export interface QuotesRow {
  id: string;
  quotes: {
    text: string;
    start: number;
    end: number;
    kind: 'direct' | 'indirect' | 'mixed';
    cue: string | null;
    speaker: { name: string; start: number; end: number; entity: string | null } | null;
    reporter: string | null;
  }[];
}

/** The `newsloom quotes` contract: `{id, text}` in, `{id, quotes:[...]}` out, offsets into the input text. */
export function quotesBatch(row: { id: string; text: string }): QuotesRow {
  const a = analyze(row.text);
  return {
    id: row.id,
    quotes: a.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      kind: q.kind,
      cue: q.cue,
      speaker: q.speaker ? { name: q.speaker.name, start: q.speaker.start, end: q.speaker.end, entity: q.speaker.entity } : null,
      reporter: q.reporter,
    })),
  };
}
