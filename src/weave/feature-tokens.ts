// The weave features' tokens: words with their position facts (sentence start, a break before, the line), found by scanTokens.
import lexicon from '../../data/weave-lexicon.json' with { type: 'json' };
import { type WordEntry, scanTokens } from './word-table.js';

/** Month names (lower case) to their number. */
export const MONTHS = new Map<string, number>(Object.entries(lexicon.months));

/** PTB-style tokens and typographic marks that carry no content. */
const PTB_JUNK = /-(LRB|RRB|LSB|RSB|LCB|RCB)-/g;

/** One surface token with its position facts. */
export interface Token {
  raw: string;
  lower: string;
  /** True when the token begins a sentence or a line (capitalisation says little there). */
  sentenceStart: boolean;
  /** True when punctuation separates this token from the previous one (a name cannot run across it). */
  breakBefore: boolean;
  /** 0-based line of the text the token is on. */
  line: number;
  /** Position among the text's tokens. */
  index: number;
  /** Its single-word feature ids (tokenised with a word lookup; else none). */
  ids: number[];
  /** Whether it can give a date or a number (holds a digit, or is a month name). */
  dateish: boolean;
}

/** No feature ids (tokens of a text tokenised without a word lookup). */
const NO_IDS: number[] = [];

/** Marks that end a sentence (or a line), so the next word's capital says little: . ! ? newline " “ ” ` « » | – — */
const SENTENCE_END = new Set([...'.!?\n"“”`«»|–—'].map((c) => c.charCodeAt(0)));

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether a lower-case token can give a date or a number: it holds a digit or is a month name. */
export function isDateish(lower: string): boolean {
  return hasDigit(lower) || MONTHS.has(lower);
}

/** The entry of a word token made afresh (no cache, no feature ids). */
function freshEntry(text: string, start: number, end: number): WordEntry {
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  return { raw, lower, ids: NO_IDS, dateish: isDateish(lower) };
}

function withoutJunk(text: string): string {
  return text.includes('B-') ? text.replace(PTB_JUNK, ' ') : text;
}

/** Tokens of a text; each word token's text, lower-case form and word ids come from `words` (a cache finds a known token by its range, no string made). */
export function tokenize(text: string, words: (text: string, start: number, end: number) => WordEntry = freshEntry): Token[] {
  const out: Token[] = [];
  let start = true;
  let brk = false;
  let line = 0;
  const clean = withoutJunk(text);
  scanTokens(
    clean,
    (from, to) => {
      const w = words(clean, from, to);
      out.push({ raw: w.raw, lower: w.lower, sentenceStart: start, breakBefore: brk, line, index: out.length, ids: w.ids, dateish: w.dateish });
      start = false;
      brk = false;
    },
    (code) => {
      if (SENTENCE_END.has(code)) start = true;
      if (code === 10) line++;
      brk = true;
    },
  );
  return out;
}

/** A quote's words: its word tokens in lower case. */
export function quoteWords(q: string): string[] {
  const out: string[] = [];
  const clean = withoutJunk(q);
  scanTokens(
    clean,
    (from, to) => out.push(clean.slice(from, to).toLowerCase()),
    () => {},
  );
  return out;
}
