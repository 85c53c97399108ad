// Turning what a user types into a PostgreSQL tsquery by the same rules as the SQLite search, and the text its tsvector is built from.
import { ftsQuery } from '../fts-query.js';
import { WORD, foldWord } from '../search-terms.js';

/**
 * What the tsvector is built from: the folded words of `s` separated by single spaces. Every run of other characters
 * becomes a word break, as in SQLite's tokenizer, so PostgreSQL's parser never sees "U.S." as a host or "3,000" as one number.
 */
export function searchText(s: string | null): string {
  return s ? (foldWord(s).match(WORD) ?? []).join(' ') : '';
}

/**
 * A `to_tsquery('simple', …)` expression for free text, or null when nothing searchable remains.
 * It is derived from `ftsQuery`, so both stores read input identically: every word must match,
 * "quoted phrases" stay phrases (words adjacent, in order) and a trailing `*` makes a prefix search.
 */
export function tsQuery(input: string): string | null {
  const fts = ftsQuery(input);
  if (!fts) return null;
  const parts: string[] = [];
  for (const m of fts.matchAll(/"([^"]*)"(\*?)/g)) {
    const words = m[1]!.split(' ').flatMap((w) => foldWord(w).match(WORD) ?? []);
    if (!words.length) continue;
    // ftsQuery keeps only letters and digits inside a phrase, so quoting each word is enough to make it a plain lexeme
    const terms = words.map((w, i) => `'${w}'${m[2] && i === words.length - 1 ? ':*' : ''}`);
    parts.push(terms.length > 1 ? `(${terms.join(' <-> ')})` : terms[0]!);
  }
  return parts.length ? parts.join(' & ') : null;
}
