// What a search looks for, read from what the user typed by the same rules as the FTS5 query: words, prefixes, phrases, folded.
import { ftsQuery } from './fts-query.js';

/** A word as SQLite's unicode61 tokenizer sees one: a run of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, and Latin letters without their accents ("Calderón" -> "calderon"), as SQLite's unicode61 remove_diacritics does. */
export function foldWord(s: string): string {
  return s
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
}

/** One thing the user searched for: a word (maybe a prefix) or a phrase of adjacent words, folded. */
export interface Term {
  words: string[];
  prefix: boolean;
}

/** The words and phrases of a search, read by the same rules as the query itself. */
export function searchTerms(input: string): Term[] {
  const fts = ftsQuery(input);
  if (!fts) return [];
  return [...fts.matchAll(/"([^"]*)"(\*?)/g)]
    .map((m) => ({ words: m[1]!.split(' ').flatMap((w) => foldWord(w).match(WORD) ?? []), prefix: !!m[2] }))
    .filter((t) => t.words.length > 0);
}
