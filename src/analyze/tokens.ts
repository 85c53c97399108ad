// Tokenises text into words and punctuation with character offsets, sentence and paragraph indexes.
import { LEX, normWord } from './lexicon.js';
import { sentences } from './sentences.js';

export interface Token {
  /** surface text */
  text: string;
  /** normal form (lower case, no trailing period, straight apostrophe) */
  norm: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** is a word (letter or digit) rather than punctuation */
  word: boolean;
  /** index of the sentence holding the token */
  sent: number;
  /** first word token of its sentence (ignoring opening quotes and brackets) */
  sentStart: boolean;
  /** index of the paragraph (text between line breaks) */
  para: number;
}

export interface Tokenised {
  tokens: Token[];
  sentences: { start: number; end: number; firstTok: number; endTok: number }[];
}

// a word keeps its inner hyphens, typographic ones too ("T‑Mobile" with U+2011 is one word, not "T", "‑", "Mobile")
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'\-\u2010\u2011.&][\p{L}\p{N}]+)*\.?|\S/gu;
const WORD_START = /[\p{L}\p{N}]/u;
const CAP_START = /\p{Lu}/u;
const POSSESSIVE_RE = /^(.+?)(['’]s?)$/u;

/** Whether a token starts with a letter or digit (a word rather than punctuation). */
function isWordStart(p: string): boolean {
  const c0 = p.charCodeAt(0);
  return c0 < 128 ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) : WORD_START.test(p[0]!);
}

/** Adds the token `p` at `start` (a word or punctuation, capitalised or not); returns where the next token starts. */
function pushToken(tokens: Token[], p: string, start: number, sent: number, sentStart: boolean, para: number): number {
  const c0 = p.charCodeAt(0);
  const word = isWordStart(p);
  const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : CAP_START.test(p[0]!);
  tokens.push({ text: p, norm: normWord(p), start, end: start + p.length, cap, word, sent, sentStart: word && sentStart, para });
  return start + p.length;
}

/** Tokens of `text` with offsets into it. Possessive "'s" is split off its word. */
export function tokenise(text: string): Tokenised {
  const sents = sentences(text);
  const tokens: Token[] = [];
  const sentOut: Tokenised['sentences'] = [];
  let para = 0;
  let lastEnd = 0;
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    const gap = text.slice(lastEnd, s.start);
    if (gap.includes('\n')) para++;
    lastEnd = s.end;
    const firstTok = tokens.length;
    const slice = text.slice(s.start, s.end);
    TOKEN_RE.lastIndex = 0;
    let seenWord = false;
    for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
      let t = m[0];
      let start = s.start + m.index;
      // keep a trailing period only on abbreviations like "Mr." or "U.S."; else split it off
      if (
        t.length > 1 &&
        t.endsWith('.') &&
        !/^(?:\p{L}\.)+$/u.test(t) &&
        !(/^\p{Lu}\p{Ll}{0,4}\.$/u.test(t) && (LEX.abbreviations.has(t.slice(0, -1).toLowerCase()) || LEX.titleWords.has(normWord(t))))
      ) {
        t = t.slice(0, -1);
      }
      // a possessive "'s" (or a bare "'" after an s) is a token of its own
      const pm = t.length > 2 && (t.includes("'") || t.includes('’')) ? POSSESSIVE_RE.exec(t) : null;
      const split = !!pm && /\p{L}$/u.test(pm[1]!) && (pm[2]!.length === 2 || /s$/u.test(pm[1]!));
      let last = t;
      if (split) {
        start = pushToken(tokens, pm![1]!, start, si, !seenWord, para);
        if (tokens[tokens.length - 1]!.word) seenWord = true;
        last = pm![2]!;
      }
      start = pushToken(tokens, last, start, si, !seenWord, para);
      if (tokens[tokens.length - 1]!.word) seenWord = true;
      if (t.length < m[0].length) {
        // the split-off period
        tokens.push({ text: '.', norm: '.', start, end: start + 1, cap: false, word: false, sent: si, sentStart: false, para });
      }
    }
    sentOut.push({ start: s.start, end: s.end, firstTok, endTok: tokens.length });
  }
  return { tokens, sentences: sentOut };
}
