// Whether a cue outside English opens its clause, so that its subject is the one that went before (`Y añadió:`, `También
// acusó`, `وأضاف:`, `In un'intervista al Corriere della Sera ha raccontato:`).
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import type { Tokenised } from './tokens.js';

/** `opensClause(c)`: only function words before the cue at token c in its sentence, one first word that is no name, or
 * a leading phrase of a preposition whose names are all governed by it. */
/** the most words an opening phrase before its comma may have */
const OPENER_WORDS = 3;

export function clauseOpening(tk: Tokenised, norms: string[], ll: LangLex, byStart: Map<number, NameMention>, byEnd: Map<number, NameMention>) {
  const { tokens } = tk;
  return (c: number): boolean => {
    const lo = tk.sentences[tokens[c]!.sent]!.firstTok;
    if (c > lo + 1 && ll.governs(norms[lo]) && !ll.roleLinks.has(norms[lo]!)) {
      let k = lo;
      while (k < c && !(byStart.get(k) && !ll.governs(norms[k - 1]))) k = byStart.get(k)?.tokEnd ?? k + 1;
      if (k >= c) return true;
    }
    // a few words naming no one and a comma may open the sentence (`No obstante, advirtió de que`, `El test, añadió, «…»`)
    let from = lo;
    for (let k = lo; k < Math.min(c, lo + OPENER_WORDS + 1) && !byStart.has(k); k++)
      if (tokens[k]!.text === ',') {
        // (not a noun and the relative clause after it: `Un delegado gremial, que pidió …`)
        if (!ll.relatives.has(norms[k + 1] ?? '')) from = k + 1;
        break;
      }
    for (let k = from; k < c; k++) {
      // the sentence's first word may be an adverb (`También acusó al PP de «…»`), not a name
      if (k === lo && !byStart.has(k) && !byEnd.has(k)) continue;
      if (tokens[k]!.word && !ll.stop.has(norms[k]!)) return false;
    }
    return true;
  };
}
