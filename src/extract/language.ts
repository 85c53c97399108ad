// Language detection of cleaned text with eld (measured best here among offline detectors), as a provenance-carrying field.
// eld reads only a text's first ~380 bytes, so a notice left above the article ("This article has been translated
// automatically ...", a PHP warning) would name the whole text's language. A long text is therefore read at its middle
// too; when the two disagree, the language most windows along the text read as decides (the head's on a tie).
import { detectEld } from '../lang/eld-detector.js';
import type { EldAnswer } from '../lang/eld-scorer.js';
import type { Field } from '../model.js';
import { SPACE, unitClassOf } from '../util/char-class.js';

/** Minimum characters of text before a detection is trusted at all. */
const MIN_CHARS = 20;
/** Characters handed to eld for one window (it reads the first ~380 bytes of them). */
const WINDOW = 1500;
/** Below this many characters the head alone decides: a second window would overlap it. */
const WINDOWS_FROM = 1200;
/** Windows read along a text whose head and middle disagree: its head and the marks at each sixth. */
const SPREAD = 6;
/** A window starts at a line start this many characters before or after its mark, else after the next space. */
const SNAP = 300;

/** Detect the ISO 639-1 language of `text`; null with a note when the text is too short or unclear. */
export function detectLanguage(text: string): Field<string> {
  const sample = text.length > WINDOW ? text.slice(0, WINDOW) : text;
  if (!hasNonSpace(sample, MIN_CHARS)) {
    return { value: null, source: 'none', confidence: 0, note: 'text too short to tell its language' };
  }
  const head = detectEld(sample);
  const { result, note } = text.length < WINDOWS_FROM ? { result: head, note: undefined } : alongTheText(text, head);
  if (!result.language) {
    return { value: null, source: 'none', confidence: 0, note: 'language detector gave no answer' };
  }
  const confidence = result.reliable ? Math.min(0.99, 0.6 + result.score / 2) : 0.4;
  return note ? { value: result.language, source: 'detector', confidence, note } : { value: result.language, source: 'detector', confidence };
}

/** The head's answer checked at the middle; on disagreement the most frequent answer of windows spread along the text (the head's on a tie). */
function alongTheText(text: string, head: EldAnswer): { result: EldAnswer; note?: string } {
  const middle = detectEld(windowAt(text, text.length >> 1).text);
  if (middle.language === head.language || !middle.language || !middle.reliable) return { result: head };
  const answers = new Map<string, { n: number; first: EldAnswer }>();
  const starts = new Set<number>();
  for (let k = 0; k < SPREAD; k++) {
    const w = k === 0 ? { at: 0, text } : windowAt(text, Math.floor((text.length * k) / SPREAD));
    if (starts.has(w.at)) continue;
    starts.add(w.at);
    const r = k === 0 ? head : detectEld(w.text);
    if (!r.language || !r.reliable) continue;
    const seen = answers.get(r.language);
    if (seen) seen.n++;
    else answers.set(r.language, { n: 1, first: r });
  }
  let best = answers.get(head.language) ?? { n: 1, first: head };
  for (const a of answers.values()) if (a.n > best.n) best = a;
  const tally = [...answers].map(([lang, a]) => `${lang} ${a.n}`).join(', ');
  return { result: best.first, note: `the text's windows read as ${tally} (${starts.size} windows; its head as '${head.language || '?'}')` };
}

/** A window of the text from a line start near `mark` (else from the next word), so that it opens on whole words. */
function windowAt(text: string, mark: number): { at: number; text: string } {
  const line = text.indexOf('\n', mark - SNAP);
  const at = line >= 0 && line <= mark + SNAP ? line + 1 : text.indexOf(' ', mark) + 1;
  return { at, text: text.slice(at, at + WINDOW) };
}

/** True when `text` holds at least `n` code units that are not `\s` (`text.replace(/\s+/g, '').length >= n`, without the copy). */
export function hasNonSpace(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < n; i++) if ((unitClassOf(text.charCodeAt(i)) & SPACE) === 0) count++;
  return count >= n;
}
