// A quotation after a participle cue, which has no subject of its own: the subject of the clause it hangs on speaks
// (`قال الوزير إن «…»، مضيفاً أن «…»`, `«…», — заявил министр, добавив: «…»`).
import type { Speaker } from '../model.js';
import type { LangLex } from './lang-lex.js';
import { isComma } from './lang-subject-phrases.js';
import { matchPhrase } from './lexicon.js';
import type { QuoteSegment } from './quote-marks.js';
import { tokenAt } from './text-view.js';
import type { Token } from './tokens.js';

export interface ParticipleContext {
  tokens: Token[];
  norms: string[];
  ll: LangLex;
  inQuote: Uint8Array;
  /** words of a cue starting at token k (0: none) */
  cueAt: (k: number) => number;
  /** the speaker named right before the cue at k, or right after its words (before `limit`) */
  subjectBefore: (k: number, lo: number) => Speaker | null;
  subjectAt: (k: number, limit: number) => Speaker | null;
  /** the quotation before in the text, and the speaker given it */
  said: () => { s: QuoteSegment; speaker: Speaker } | null;
}

/** `participle(k, lo)`: a participle cue at token k, in the sentence opening at lo, and its speaker: the speaker of a
 * quotation before it in that sentence, else the subject of the cue before it there; null when neither names one. */
export function participleSpeaker(c: ParticipleContext): (k: number, lo: number) => { n: number; speaker: Speaker } | null {
  const { tokens, norms, ll } = c;
  // a participle hangs on its clause after a comma (not the noun of `رفعت الجماهير لافتة`)
  const participleAt = (k: number): number => (k > 0 && isComma(tokens[k - 1]!.text) ? matchPhrase(ll.participleCues, norms, k) : 0);
  const clauseSpeaker = (k: number, lo: number): Speaker | null => {
    const prev = c.said();
    if (prev && tokenAt(tokens, prev.s.open) >= lo && prev.s.close <= tokens[k]!.start) return prev.speaker;
    for (let j = k - 1; j >= lo; j--) {
      if (c.inQuote[j] || participleAt(j) > 0) continue;
      const n = c.cueAt(j);
      if (n > 0) return c.subjectBefore(j, lo) ?? c.subjectAt(j + n, k);
    }
    return null;
  };
  return (k, lo) => {
    const n = participleAt(k);
    const speaker = n > 0 ? clauseSpeaker(k, lo) : null;
    return speaker ? { n, speaker } : null;
  };
}
