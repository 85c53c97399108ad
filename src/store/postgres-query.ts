// Turning what a user types into a PostgreSQL tsquery by the same rules as the SQLite search, and cutting snippets like SQLite's.
import { ftsQuery } from './fts-query.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, and Latin letters without their accents ("Calderón" -> "calderon"), as SQLite's unicode61 remove_diacritics does. */
export function foldWord(s: string): string {
  return s.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC').toLowerCase();
}

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

/** One thing the user searched for: a word (maybe a prefix) or a phrase of adjacent words, lower-cased. */
interface Term {
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

const SNIPPET_TOKENS = 14;

/**
 * A short window of `text` around the search's matches, matches marked with [ and ] and '…' where text was cut,
 * like SQLite's snippet(…, '[', ']', '…', 14). Done here rather than with ts_headline, which re-parses every hit's whole text in the database.
 */
export function snippetFor(text: string, input: string): string {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ word: foldWord(m[0]), start: m.index!, end: m.index! + m[0].length }));
  if (!tokens.length) return '';
  const terms = searchTerms(input);
  const marked = new Uint8Array(tokens.length);
  const termAt = new Int32Array(tokens.length).fill(-1); // which term starts a match at each token
  terms.forEach((t, ti) => {
    for (let i = 0; i + t.words.length <= tokens.length; i++) {
      const ok = t.words.every((w, k) => {
        const tok = tokens[i + k]!.word;
        return t.prefix && k === t.words.length - 1 ? tok.startsWith(w) : tok === w;
      });
      if (!ok) continue;
      termAt[i] = ti;
      marked.fill(1, i, i + t.words.length);
    }
  });
  // the window of SNIPPET_TOKENS tokens holding the most distinct terms, then the most marked tokens; the earliest wins ties.
  // Windows worth trying start at the text's start or a couple of tokens before a match (for context).
  const span = Math.min(SNIPPET_TOKENS, tokens.length);
  const starts = new Set([0]);
  marked.forEach((m, i) => m && starts.add(Math.max(0, Math.min(i - 2, tokens.length - span))));
  let best = 0;
  let bestKey = -1;
  for (const s of [...starts].sort((x, y) => x - y)) {
    const seen = new Set<number>();
    let hits = 0;
    for (let i = s; i < s + span; i++) {
      if (termAt[i]! >= 0 && i + terms[termAt[i]!]!.words.length <= s + span) seen.add(termAt[i]!);
      hits += marked[i]!;
    }
    const key = seen.size * 1000 + hits;
    if (key > bestKey) [best, bestKey] = [s, key];
  }
  const last = best + span - 1;
  let out = '';
  let at = best === 0 ? 0 : tokens[best]!.start;
  for (let i = best; i <= last; i++) {
    const tok = tokens[i]!;
    out += text.slice(at, tok.start);
    const opens = marked[i] && !(i > best && marked[i - 1] && /^\s*$/.test(text.slice(tokens[i - 1]!.end, tok.start)));
    const closes = marked[i] && !(i < last && marked[i + 1] && /^\s*$/.test(text.slice(tok.end, tokens[i + 1]!.start)));
    out += `${opens ? '[' : ''}${text.slice(tok.start, tok.end)}${closes ? ']' : ''}`;
    at = tok.end;
  }
  // like SQLite: '…' only where words were left out; at either end of the text its punctuation stays
  const before = best > 0 ? '…' : '';
  const after = last < tokens.length - 1 ? '…' : text.slice(tokens[last]!.end).trimEnd();
  return `${before}${out}${after}`;
}
