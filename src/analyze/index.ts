// The analyze stage: sentences, entities, quotes with speakers; the ledger and the `newsloom quotes` row shape.
import type { Analysis, Article, Entity } from '../model.js';
import { tokenise } from './tokens.js';
import { findEntities } from './entities.js';
import { findQuotes } from './quotes.js';
import { findEntitiesLang } from './entities-lang.js';
import { findQuotesLang } from './quotes-lang.js';
import { findQuoteSegmentsWith } from './quote-marks.js';
import { AliasLists } from './alias-list.js';
import { canonicalAlias, detectTextLanguage, profileFor } from '../lang/index.js';

export { sentences } from './sentences.js';
export { groupStatements, type Statement, type StatementInput } from './ledger.js';

/** Thrown when analyze() is given something other than a string. */
export class AnalyzeInputError extends Error {
  override name = 'AnalyzeInputError';
  constructor(what: string) {
    super(`analyze: expected the article text as a string, got ${what}; pass Article.text`);
  }
}

/** The language rules to apply: the caller's language, else the detected one; with a note saying how it was decided. */
function chooseLanguage(text: string, given: string | null | undefined): { code: string | null; how: string } {
  if (given) return { code: given.toLowerCase().split(/[-_]/)[0] ?? null, how: 'given' };
  return detectTextLanguage(text);
}

/**
 * Entities (people, organisations, places) with one canonical entity per name, and quotes with
 * speakers and reporters, by the rules of the text's language (`opts.language`, else detected). A language without
 * rules gets neutral processing: quotes by their marks without speakers, no entities, and a note saying so.
 * Offsets are into `text`. `opts.title` is accepted for callers that keep the title apart from the body; it is not
 * analysed for quotes.
 */
export function analyze(text: string, opts: { title?: string | null; language?: string | null } = {}): Analysis {
  if (typeof text !== 'string') throw new AnalyzeInputError(typeof text);
  const lang = chooseLanguage(text, opts.language);
  const profile = profileFor(lang.code);
  if (profile.code === 'en') return { ...analyzeEnglish(text), language: 'en', note: `English rules (language: ${lang.how})` };
  const tk = tokenise(text);
  if (!profile.rules) {
    const quotes = findQuoteSegmentsWith(text, profile.quoteMarks)
      .filter((s) => text.slice(s.innerStart, s.innerEnd).split(/\s+/).length >= 6)
      .map((s) => ({
        text: text.slice(s.innerStart, s.innerEnd),
        start: s.innerStart,
        end: s.innerEnd,
        kind: 'direct' as const,
        cue: null,
        speaker: null,
        reporter: null,
      }));
    const what = lang.code ? `no language rules for '${lang.code}'` : `language unknown (${lang.how})`;
    return { entities: [], mentions: [], quotes, language: null, note: `${what}: neutral processing, quotes by their marks only; no entities or speakers` };
  }
  const ents = findEntitiesLang(text, tk.tokens, profile);
  const quotes = findQuotesLang(text, tk, ents, profile);
  // a name that speaks with a cue is a person (or the organisation it already was)
  const speakers = new Set(quotes.filter((q) => q.cue && q.speaker?.via === 'name').map((q) => q.speaker!.entity));
  for (const e of ents.entities) if (e.type === 'other' && speakers.has(e.name)) e.type = 'person';
  for (const m of ents.mentions) if (m.type === 'other' && speakers.has(m.entity)) m.type = 'person';
  const mentions = ents.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: m.type, entity: m.entity }));
  const note = profile.uncased
    ? `${profile.code} rules (language: ${lang.how}); no capitals in this script: names only from the gazetteer and after titles`
    : `${profile.code} rules (language: ${lang.how})`;
  return { entities: ents.entities, mentions, quotes, language: profile.code, note };
}

/** The English analysis: the analyzer's English rules, then known aliases (`U.S.` = `United States`, `Intel` an organisation). */
function analyzeEnglish(text: string): Analysis {
  const tk = tokenise(text);
  const ents = findEntities(text, tk.tokens);
  for (const m of ents.mentions) {
    const a = canonicalAlias(m.entity);
    if (!a) continue;
    // people keep the spelling the article gives them (the English rules merge their names); places and organisations
    // take their one canonical name
    if (a.type !== 'person') m.entity = a.name;
    if (a.type !== 'person' || m.type === 'other') m.type = a.type;
  }
  const quotes = findQuotes({ text, tk, ents });
  // recount entities after quote resolution may have promoted names to people
  const byName = new Map<string, Entity>();
  const aliases = new AliasLists();
  for (const m of ents.mentions) {
    const cur = byName.get(m.entity);
    if (cur) {
      cur.mentions++;
      aliases.add(cur.aliases, m.text);
      if (cur.type === 'other' && m.type !== 'other') cur.type = m.type;
    } else byName.set(m.entity, { name: m.entity, type: m.type, aliases: [m.text], mentions: 1 });
  }
  const mentions = ents.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: byName.get(m.entity)!.type, entity: m.entity }));
  return { entities: [...byName.values()], mentions, quotes };
}

/** The engine's stage signature: analyze(a: Article) over the article's cleaned text. */
export function analyzeArticle(a: Pick<Article, 'text' | 'title'> & Partial<Pick<Article, 'language'>>): Analysis {
  return analyze(a.text, { title: a.title, language: a.language ?? null });
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
