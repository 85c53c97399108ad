// Splits text into sentence spans (character offsets) with an abbreviation list, closing quotes and paragraph breaks.
import { LEX } from './lexicon.js';

export interface Span {
  start: number;
  end: number;
}

/** Marks that may close a quotation or a bracket after a sentence's end: the German `“` `‘` and `«` (of `»…«`), the CJK `」`. */
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '“', '‘', '«', '›', '」', '』']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/** The word (letters, digits and inner periods) that ends right before index i (exclusive). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i);
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Sentence spans of `text`, in order, trimmed of surrounding whitespace, so that
 * `text.slice(s.start, s.end)` is the sentence. Line breaks always end a sentence.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number): void => {
    const s = trimSpan(text, start, end);
    if (s) out.push(s);
    start = end;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // take runs of terminators and closing quotes/brackets
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    // a run that does not end a sentence here ends none at its later marks either (they reach the same j): skip it whole,
    // else a long run of dots is scanned once per dot
    if (j < n && !isSpace(text[j]) && text[j] !== '\n') {
      i = j - 1;
      continue;
    }
    // next non-space character must plausibly start a sentence
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    if (k < n && text[k] !== '\n') {
      const nc = text[k]!;
      if (!/[\p{Lu}\p{Lo}\p{N}"“„‚‘'([«»「—–-]/u.test(nc)) {
        i = j - 1;
        continue;
      }
    }
    if (c === '.') {
      const w = wordBefore(text, i);
      const bare = w.replace(/\.+$/, '');
      const lw = bare.toLowerCase();
      if (LEX.abbreviations.has(lw)) continue;
      // single initials ("J. Trump") and dotted acronyms mid-sentence ("U.S. officials")
      if (/^\p{Lu}$/u.test(bare)) continue;
      if (/^(?:\p{L}\.)+\p{L}$/u.test(bare) && k < n && /\p{Ll}/u.test(text[k + 1] ?? '') && !/^\p{Lu}\p{Ll}/u.test(text.slice(k, k + 2))) continue;
    }
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}
