// Finds direct, mixed and indirect quotes with cue verbs, speakers (names, roles, pronouns) and reporters.
import type { Quote, QuoteKind } from '../model.js';
import { LEX } from './lexicon.js';
import { LIMITS } from './limits.js';
import type { Tokenised } from './tokens.js';
import type { EntityResult } from './entities.js';
import { findQuoteSegments } from './quote-marks.js';
import { makeView, QUOTE_MARK, spaceSplitLength, tokenAt, trailingPunctStart } from './text-view.js';
import { makeSubjects } from './subjects.js';
import { attributeSegments } from './attribution.js';
import { makeSpeakerResolver } from './speakers.js';
import { findIndirectQuotes } from './indirect.js';

/** A quoted phrase of at most this many words inside the writer's sentence is a scare quote or term. */
const SCARE_QUOTE_MAX_WORDS = 4;

export interface QuoteContext {
  text: string;
  tk: Tokenised;
  ents: EntityResult;
}

/** A short name-like string: every content word capitalised, no sentence punctuation inside ("Meet the Press"). */
function isTitle(s: string): boolean {
  const core = s.slice(0, trailingPunctStart(s, 0, s.length));
  if (/[.!?;]/.test(core)) return false;
  const ws = core.split(/\s+/).filter(Boolean);
  if (ws.length === 0) return false;
  const content = ws.filter((w) => !LEX.fn.titleSmallWords.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}#@]/u.test(w));
}

/** Mostly capitalised longer words: a headline or a list of titles. */
function isTitleCase(s: string): boolean {
  const ws = s.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  if (ws.length < 3) return false;
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length > 0.7;
}

/**
 * Quotes in an analysed text, ordered by offset. Pure: uses only the text, its tokens and entities,
 * and the data/ lexicons. Offsets are into `ctx.text`.
 */
export function findQuotes(ctx: QuoteContext): Quote[] {
  const { text, tk, ents } = ctx;
  const segs = findQuoteSegments(text);
  const v = makeView(text, tk, ents, segs);
  const { tokens } = v;
  const sb = makeSubjects(v);
  const attrs = attributeSegments(v, sb, segs);
  const speakerOf = makeSpeakerResolver(v, sb);
  /** The first token in [from, to) opening an occasion phrase ("in a State of the Union address", "at a rally"), or null. */
  const occasionAfter = (from: number, to: number): number | null => {
    for (let j = from; j < to; j++) {
      if (QUOTE_MARK.has(tokens[j]!.text)) return null; // another quoted part follows: the sentence is still the speaker's
      if (!LEX.occasionPrepositions.has(tokens[j]!.norm)) continue;
      for (let k = j + 1; k < Math.min(to, j + 1 + LIMITS.occasionPhraseTokens); k++) {
        if (!tokens[k]!.word) break;
        if (LEX.occasionNouns.has(tokens[k]!.norm)) return j;
      }
    }
    return null;
  };
  /** Words (not punctuation) right before the opening mark and right after the closing one, in one sentence. */
  const isEmbedded = (open: number, close: number): boolean => {
    const o = tokenAt(tokens, open);
    const c = tokenAt(tokens, close);
    const before = tokens[o - 1];
    const after = tokens[c];
    const wordBefore = !!before && (before.word || /^['’]s$/.test(before.text)); // "the senator's "compromise""
    return wordBefore && !!after?.word && before!.sent === after.sent && !LEX.speechCues.has(before!.norm) && after.start - close <= 1;
  };
  // ---- build quotes
  const quotes: Quote[] = [];
  const seenMixed = new Map<string, Quote>();
  for (let si = 0; si < segs.length; si++) {
    const s = segs[si]!;
    const a = attrs[si];
    const inner = text.slice(s.innerStart, s.innerEnd);
    const words = spaceSplitLength(text, s.innerStart, s.innerEnd);
    if (!a && (words < 6 || isTitleCase(inner))) continue; // a scare quote, title, nickname or headline
    if (words <= 6 && isTitle(inner) && !(a?.before && (a.contentTok ?? -1) >= 0)) continue; // "Meet the Press", "Hannity"
    // a short phrase in quotation marks inside the writer's own sentence (words on both sides): a scare quote or a term,
    // not a statement. With no cue of its own sentence before it, it is no quote; with one ("Trump proclaimed a "new
    // American moment" in an address that ..."), the speaker is credited with the phrase, not the writer's framing after it
    const embedded = words <= SCARE_QUOTE_MAX_WORDS && !s.runsOn && isEmbedded(s.open, s.close);
    const ownCue = !!a?.cue && a.cueTok >= 0 && tokens[a.cueTok]?.sent === tokens[tokenAt(tokens, s.open)]?.sent;
    if (embedded && !ownCue) continue;
    let kind: QuoteKind = 'direct';
    let start = s.innerStart;
    let end = s.innerEnd;
    if (a?.before && a.contentTok !== undefined && a.contentTok >= 0 && a.contentTok < tokens.length) {
      kind = 'mixed';
      let ct = a.contentTok;
      while (ct < tokens.length - 1 && !tokens[ct]!.word && !QUOTE_MARK.has(tokens[ct]!.text)) ct++;
      start = tokens[ct]!.start;
      const sentIdx = tokens[Math.min(tokenAt(tokens, s.open), tokens.length - 1)]!.sent;
      const sEnd = tk.sentences[sentIdx]!.end;
      end = Math.max(s.close, sEnd);
      // the occasion after the quoted words ("... "new American moment" in a State of the Union address that ...") and all
      // after it are the writer's: the speaker said the words, not the framing
      const occasion = occasionAfter(tokenAt(tokens, s.close), tokenAt(tokens, end));
      if (occasion !== null) end = tokens[occasion]!.start;
      end = trailingPunctStart(text, start, end);
    } else if (a && !a.before && a.leadTok !== undefined && segs[si - 1]?.chain !== s.chain) {
      kind = 'mixed';
      start = tokens[a.leadTok]!.start;
      while (end > start && /[,;:]/.test(text[end - 1]!)) end--;
    } else {
      // drop a trailing comma that belongs to the attribution ("We are ready," Putin said)
      while (end > start && /[,;:]/.test(text[end - 1]!)) end--;
    }
    if (end <= start) continue;
    const speaker = a ? speakerOf(a) : null;
    const q: Quote = { text: text.slice(start, end), start, end, kind, cue: a?.cue ?? null, speaker, reporter: a?.reporter ?? null };
    if (kind === 'mixed') {
      const key = `${start}:${a!.cueTok}`;
      const prior = seenMixed.get(key);
      if (prior) {
        if (end > prior.end) {
          prior.end = end;
          prior.text = text.slice(prior.start, end);
        }
        continue;
      }
      seenMixed.set(key, q);
    }
    quotes.push(q);
  }

  for (const q of findIndirectQuotes(v, sb, speakerOf)) quotes.push(q);
  quotes.sort((x, y) => x.start - y.start);
  return quotes;
}
