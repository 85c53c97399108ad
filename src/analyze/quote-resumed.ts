// A quotation that the sentence after it gives to its speaker through an object pronoun standing for it (`«…». Lo ha
// detto la presidente del Consiglio Giorgia Meloni`, `«…». Lo dijo el ministro del Interior`).
import type { Speaker } from '../model.js';
import type { QuoteSegment } from './quote-marks.js';
import { tokenAt } from './text-view.js';
import type { Token } from './tokens.js';

export interface ResumedContext {
  tokens: Token[];
  norms: string[];
  /** the language's object pronouns (data objectClitics) */
  clitics: ReadonlySet<string>;
  /** words of a cue starting at token i, 0 when none */
  cueAt: (i: number) => number;
  cueText: (i: number, n: number) => string;
  /** the token after the sentence of token i */
  sentEnd: (i: number) => number;
  /** the speaker named at token i or just after it, up to `limit` */
  subjectAt: (i: number, limit: number) => Speaker | null;
}

/** For a quotation that ends its sentence, the cue and subject of a next sentence opening with an object pronoun and a cue; else null. */
export function resumedSpeaker(c: ResumedContext) {
  const { tokens, norms } = c;
  return (s: QuoteSegment): { cue: string; speaker: Speaker; reporter: null } | null => {
    let k = tokenAt(tokens, s.close);
    // the full stop after the closing mark, or the one inside it
    if (tokens[k]?.text === '.') k++;
    const t = tokens[k];
    if (!t?.sentStart || !c.clitics.has(norms[k]!)) return null;
    const n = c.cueAt(k + 1);
    if (n === 0) return null;
    const speaker = c.subjectAt(k + 1 + n, c.sentEnd(k));
    return speaker ? { cue: c.cueText(k, n + 1), speaker, reporter: null } : null;
  };
}
