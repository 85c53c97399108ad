// A read-only view of an analysed text shared by the quote modules: tokens, normal forms, quoted spans, sentence bounds.
import { LEX, matchPhrase } from './lexicon.js';
import type { Tokenised, Token } from './tokens.js';
import type { EntityResult, NameMention } from './entities.js';
import type { QuoteSegment } from './quote-marks.js';
import { SPACE, unitClassOf } from '../util/char-class.js';

export const QUOTE_MARK = new Set(['"', '“', '”', '«', '»']);

export interface TextView {
  text: string;
  tk: Tokenised;
  tokens: Token[];
  norms: string[];
  ents: EntityResult;
  /** 1 where the token lies inside a quoted segment */
  inQuote: Uint8Array;
  /** mention by its first token (including a leading title) */
  byFirstToken: Map<number, NameMention>;
  /** number of words of a speech/thought cue starting at token i (0 = none); never inside quotes */
  cueAt(i: number): number;
  sentStartTok(i: number): number;
  sentEndTok(i: number): number;
}

/** First index whose start is >= offset, in tokens or any list sorted by start (a text's mentions). */
export function tokenAt(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 1 for each token inside a quoted segment (from its opening mark to its closing one). */
export function quotedTokens(tokens: readonly Token[], segs: readonly QuoteSegment[]): Uint8Array {
  const inQuote = new Uint8Array(tokens.length);
  for (const s of segs) for (let i = tokenAt(tokens, s.open); i < tokens.length && tokens[i]!.start < s.close; i++) inQuote[i] = 1;
  return inQuote;
}

/** Mentions by their first token, a leading title included, and by the first token of the name itself where no other starts there. */
export function mentionsByStart(mentions: readonly NameMention[]): Map<number, NameMention> {
  const byStart = new Map<number, NameMention>();
  for (const m of mentions) {
    byStart.set(m.fullTokStart, m);
    if (!byStart.has(m.tokStart)) byStart.set(m.tokStart, m);
  }
  return byStart;
}

export function makeView(text: string, tk: Tokenised, ents: EntityResult, segs: QuoteSegment[]): TextView {
  const tokens = tk.tokens;
  const norms = tokens.map((t) => t.norm);
  const inQuote = quotedTokens(tokens, segs);
  const byFirstToken = new Map<number, NameMention>();
  for (const m of ents.mentions) byFirstToken.set(m.fullTokStart, m);
  return {
    text,
    tk,
    tokens,
    norms,
    ents,
    inQuote,
    byFirstToken,
    cueAt(i: number): number {
      const t = tokens[i];
      if (!t?.word || inQuote[i]) return 0;
      if (t.cap && !t.sentStart) return 0;
      return matchPhrase(LEX.cues, norms, i);
    },
    sentStartTok: (i: number): number => tk.sentences[tokens[i]!.sent]!.firstTok,
    sentEndTok: (i: number): number => tk.sentences[tokens[i]!.sent]!.endTok,
  };
}

const TAIL_SPACE = /\s/u;

/** `text.slice(start, end).split(/\s+/).length` without the slice and the pieces: one more than the runs of white space. */
export function spaceSplitLength(text: string, start: number, end: number): number {
  let n = 1;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const space = (unitClassOf(text.charCodeAt(i)) & SPACE) !== 0;
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

/**
 * The offset where the trailing run of spaces and sentence punctuation (`.,;:!?`) of text[start, end) begins
 * (`end` when there is none). A backward scan: linear where the regex `[\s.,;:!?]+$` is quadratic.
 */
export function trailingPunctStart(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text[e - 1]!;
    if (c === '.' || c === ',' || c === ';' || c === ':' || c === '!' || c === '?' || TAIL_SPACE.test(c)) e--;
    else break;
  }
  return e;
}
