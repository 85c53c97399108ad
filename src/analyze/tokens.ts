// Tokenises text into words and punctuation with character offsets, sentence and paragraph indexes.
import { LEX, normWord, normWordOf } from './lexicon.js';
import { sentences } from './sentences.js';
import { hasApostrophe, scanToken, skipSpace, tokenEndOf, unitIsUpper, unitIsWordStart } from './token-scan.js';

/** One token; made by this one constructor, so every token has one shape (cheaper to make than an object literal, measured). */
export class Token {
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

  constructor(text: string, norm: string, start: number, end: number, cap: boolean, word: boolean, sent: number, sentStart: boolean, para: number) {
    this.text = text;
    this.norm = norm;
    this.start = start;
    this.end = end;
    this.cap = cap;
    this.word = word;
    this.sent = sent;
    this.sentStart = sentStart;
    this.para = para;
  }
}

export interface Tokenised {
  tokens: Token[];
  sentences: { start: number; end: number; firstTok: number; endTok: number }[];
}

// the raw tokens are the matches of /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'\-\u2010\u2011.&][\p{L}\p{N}]+)*\.?|\S/gu per sentence,
// found by `token-scan.ts`; a word keeps its inner hyphens, typographic ones too ("T‑Mobile" with U+2011 is one word)
const POSSESSIVE_RE = /^(.+?)(['’]s?)$/u;

/** Whether a token starting with code unit `c0` counts as capitalised (`Token.cap`): by that code unit alone. */
export function isCapitalUnit(c0: number): boolean {
  return c0 < 128 ? c0 >= 65 && c0 <= 90 : unitIsUpper(c0);
}

/** Adds the token `p` at `start` (a word or punctuation, capitalised or not; `apos`: it may hold an apostrophe); returns
 * where the next token starts. */
function pushToken(tokens: Token[], p: string, apos: boolean, start: number, sent: number, sentStart: boolean, para: number): number {
  const c0 = p.charCodeAt(0);
  // by the first code unit alone (an astral first letter counts as neither)
  const word = c0 < 128 ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) : unitIsWordStart(c0);
  const cap = isCapitalUnit(c0);
  tokens.push(new Token(p, normWordOf(p, apos), start, start + p.length, cap, word, sent, word && sentStart, para));
  return start + p.length;
}

/** Whether text[from, to) holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
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
    if (hasLineBreak(text, lastEnd, s.start)) para++;
    lastEnd = s.end;
    const firstTok = tokens.length;
    let seenWord = false;
    for (let i = skipSpace(text, s.start, s.end); i < s.end; i = skipSpace(text, i, s.end)) {
      let start = i;
      const packed = scanToken(text, start, s.end);
      i = tokenEndOf(packed);
      const raw = i - start;
      let t = text.slice(start, i);
      // keep a trailing period only on abbreviations like "Mr." or "U.S."; else split it off
      if (
        raw > 1 &&
        text.charCodeAt(i - 1) === 46 &&
        !/^(?:\p{L}\.)+$/u.test(t) &&
        !(/^\p{Lu}\p{Ll}{0,4}\.$/u.test(t) && (LEX.abbreviations.has(t.slice(0, -1).toLowerCase()) || LEX.titleWords.has(normWord(t))))
      ) {
        t = t.slice(0, -1);
      }
      // a possessive "'s" (or a bare "'" after an s) is a token of its own
      const apos = hasApostrophe(packed);
      const pm = t.length > 2 && apos ? POSSESSIVE_RE.exec(t) : null;
      const split = !!pm && /\p{L}$/u.test(pm[1]!) && (pm[2]!.length === 2 || /s$/u.test(pm[1]!));
      let last = t;
      if (split) {
        start = pushToken(tokens, pm![1]!, apos, start, si, !seenWord, para);
        if (tokens[tokens.length - 1]!.word) seenWord = true;
        last = pm![2]!;
      }
      start = pushToken(tokens, last, apos, start, si, !seenWord, para);
      if (tokens[tokens.length - 1]!.word) seenWord = true;
      if (t.length < raw) {
        // the split-off period
        tokens.push(new Token('.', '.', start, start + 1, false, false, si, false, para));
      }
    }
    sentOut.push({ start: s.start, end: s.end, firstTok, endTok: tokens.length });
  }
  return { tokens, sentences: sentOut };
}
