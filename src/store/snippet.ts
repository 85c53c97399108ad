// Snippets: a short window of an article's text around a search's matches, cut in JavaScript for both stores.
// Written here rather than taken from the database: SQLite's snippet() and PostgreSQL's ts_headline re-read every hit's
// whole text and positions inside the query, which made them most of the cost of a search never asked before. Words are
// found by a scan over character codes near the matches only, and terms by a plain case-insensitive search.
import { foldWord, searchTerms, type Term } from './search-terms.js';

const SNIPPET_TOKENS = 14;
/** Windows are tried around at most this many matches, the rarest terms' first: enough to find one holding every term. */
const MAX_ANCHORS = 4;
/** Latin letters that may carry accents (Latin-1, Extended-A and B, Extended Additional): the only ones folding changes. */
const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const LATIN_ACCENTED_ALL = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Per UTF-16 unit (or code point, past the BMP): 0 not yet known, 1 part of a word, 2 not. */
const wordUnit = new Uint8Array(65536);
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(c < 0xdc00 ? i : i - 1) ?? c;
    return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  }
  if (!wordUnit[c]) wordUnit[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return wordUnit[c] === 1;
}

interface Span {
  start: number;
  end: number;
}
interface Match extends Span {
  term: number;
  /** The words the match covers. */
  words: Span[];
}
/** A term with a case-insensitive pattern finding its first word. */
type Pattern = Term & { finder: RegExp };

/** Up to `n` words of `text` from offset `from` (a word's start or a gap between words). */
function wordsFrom(text: string, from: number, n: number): Span[] {
  const out: Span[] = [];
  for (let i = from; i < text.length && out.length < n; ) {
    while (i < text.length && !isWordAt(text, i)) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && isWordAt(text, i)) i++;
    out.push({ start, end: i });
  }
  return out;
}

/** The start of the `n`th word before offset `pos`, a word's start or a gap (the first word's start when there are fewer). */
function startBefore(text: string, pos: number, n: number): number {
  let start = pos;
  for (let i = pos - 1, seen = 0; i >= 0 && seen < n; seen++) {
    while (i >= 0 && !isWordAt(text, i)) i--;
    if (i < 0) break;
    while (i >= 0 && isWordAt(text, i)) i--;
    start = i + 1;
  }
  return start;
}

const foldedUnits = new Map<string, string>();
/** One UTF-16 unit without its Latin accent ("ó" -> "o"), or itself: folding keeps every offset of the text. */
function foldUnit(c: string): string {
  let f = foldedUnits.get(c);
  if (f === undefined) {
    const d = c.normalize('NFD');
    f = d.length > 1 && /^\p{Script=Latin}\p{M}+$/u.test(d) ? d[0]! : c;
    foldedUnits.set(c, f);
  }
  return f;
}

/**
 * The matches of every term, in text order. A term's first word is found by a case-insensitive search of the
 * accent-folded text and must start a word (and end one, unless it is a prefix or more words follow); a phrase's
 * further words must be the next words.
 */
function findMatches(text: string, terms: Pattern[]): Match[] {
  const folded = LATIN_ACCENTED.test(text) ? text.replace(LATIN_ACCENTED_ALL, foldUnit) : text;
  const out: Match[] = [];
  terms.forEach((t, term) => {
    const head = t.words[0]!;
    const last = t.words.length - 1;
    const re = t.finder;
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(folded)); ) {
      const start = m.index;
      let end = start + head.length;
      if (start > 0 && isWordAt(text, start - 1)) continue;
      if (isWordAt(text, end) && !(t.prefix && last === 0)) continue;
      let words: Span[];
      if (last === 0) {
        while (end < text.length && isWordAt(text, end)) end++;
        words = [{ start, end }];
      } else {
        const rest = wordsFrom(text, end, last);
        const ok =
          rest.length === last &&
          rest.every((w, j) => {
            const word = foldWord(text.slice(w.start, w.end));
            return t.prefix && j === last - 1 ? word.startsWith(t.words[j + 1]!) : word === t.words[j + 1];
          });
        if (!ok) continue;
        words = [{ start, end }, ...rest];
        end = rest[last - 1]!.end;
      }
      out.push({ start, end, term, words });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A short window of `text` around the search's matches, matches marked with [ and ] and '…' where text was cut,
 * like SQLite's snippet(…, '[', ']', '…', 14): the window of 14 words holding the most distinct terms, then the most
 * marked words; the earliest wins ties. Only the words near the matches are looked at, never the whole text.
 */
export function snippetFor(text: string, input: string): string {
  return snippetCutter(input)(text);
}

/** snippetFor for one search and many texts: the search is read once. */
export function snippetCutter(input: string): (text: string) => string {
  const terms = searchTerms(input).map((t) => ({ ...t, finder: new RegExp(t.words[0]!.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'), 'gi') }));
  return (text) => snippetOf(text, terms);
}

function snippetOf(text: string, terms: Pattern[]): string {
  const first = wordsFrom(text, 0, 1)[0];
  if (!first) return '';
  const matches = findMatches(text, terms);
  const markedStarts = new Set(matches.flatMap((m) => m.words.map((w) => w.start)));
  const marked = (w: Span) => markedStarts.has(w.start);
  const windowAt = (s: number): Span[] => {
    const words = wordsFrom(text, s, SNIPPET_TOKENS);
    return words.length < SNIPPET_TOKENS && s > first.start ? wordsFrom(text, startBefore(text, s, SNIPPET_TOKENS - words.length), SNIPPET_TOKENS) : words;
  };
  // windows worth trying start at the text's start or a couple of words before a matched word (for context); when a
  // term matches very often, the rarer terms' matches are tried first
  const perTerm = new Map<number, number>();
  for (const m of matches) perTerm.set(m.term, (perTerm.get(m.term) ?? 0) + 1);
  const anchors = [...matches].sort((a, b) => perTerm.get(a.term)! - perTerm.get(b.term)! || a.start - b.start).slice(0, MAX_ANCHORS);
  const starts = new Set([first.start]);
  for (const m of anchors) m.words.forEach((_, j) => starts.add(j < 2 ? startBefore(text, m.start, 2 - j) : m.words[j - 2]!.start));
  let best: Span[] = [];
  let bestKey = -1;
  for (const s of [...starts].sort((a, b) => a - b)) {
    const words = windowAt(s);
    const lo = words[0]!.start;
    const hi = words[words.length - 1]!.end;
    const inside = matches.filter((m) => m.start >= lo && m.end <= hi);
    const key = new Set(inside.map((m) => m.term)).size * 1000 + words.filter(marked).length;
    if (key > bestKey) [best, bestKey] = [words, key];
  }
  const trimmed = best[0]!.start !== first.start;
  const gapIsSpace = (a: Span, b: Span) => /^\s*$/.test(text.slice(a.end, b.start));
  let out = '';
  let at = trimmed ? best[0]!.start : 0;
  best.forEach((w, i) => {
    const on = marked(w);
    const opens = on && !(i > 0 && marked(best[i - 1]!) && gapIsSpace(best[i - 1]!, w));
    const closes = on && !(i < best.length - 1 && marked(best[i + 1]!) && gapIsSpace(w, best[i + 1]!));
    out += `${text.slice(at, w.start)}${opens ? '[' : ''}${text.slice(w.start, w.end)}${closes ? ']' : ''}`;
    at = w.end;
  });
  // like SQLite: '…' only where words were left out; at either end of the text its punctuation stays
  const before = trimmed ? '…' : '';
  const after = wordsFrom(text, at, 1).length ? '…' : text.slice(at).trimEnd();
  return `${before}${out}${after}`;
}
