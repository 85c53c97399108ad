// A quotation that the words after it give to its speaker: an object pronoun standing for it in the next sentence (`«…».
// Lo ha detto la presidente del Consiglio Giorgia Meloni`), or a phrase pointing back to it, then a verb of any kind and
// its subject (`«…»، بهذه الكلمات لخص مدرب المنتخب وليد الركراكي`, `«…». Con queste parole ha aperto …`).
import type { Speaker } from '../model.js';
import type { LangLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import type { CueLaterContext } from './quote-cue-later.js';
import type { QuoteSegment } from './quote-marks.js';
import { tokenAt } from './text-view.js';

/** The later-cue context's tokens and finders, with the language's object pronouns and phrases pointing back. */
export interface ResumedContext extends Pick<CueLaterContext, 'tokens' | 'cueAt' | 'cueText' | 'sentEnd' | 'subjectAt'> {
  norms: string[];
  /** the language's object pronouns, phrases pointing back to a quotation (data objectClitics, resumptivePhrases), small words */
  ll: Pick<LangLex, 'objectClitics' | 'resumptivePhrases' | 'stop'>;
}

/** For a quotation, the subject of the phrase pointing back to it right after, or, where it ends its sentence, of a next
 * sentence opening with an object pronoun and a cue; else null. */
export function resumedSpeaker(c: ResumedContext) {
  const { tokens, norms } = c;
  return (s: QuoteSegment): { cue: string; speaker: Speaker; reporter: null } | null => {
    let k = tokenAt(tokens, s.close);
    // the full stop or comma after the closing mark, or the one inside it
    if (tokens[k]?.text === '.' || tokens[k]?.text === ',' || tokens[k]?.text === '،') k++;
    const back = matchPhrase(c.ll.resumptivePhrases, norms, k);
    if (back > 0) {
      // one word points back with no comma after it, inside a sentence before a cue or a word that is no small word
      // (`«…». Так решение объяснил`, `«…»، هكذا علّق`; not `Так, в Москве`, `«…», так как`)
      const small = !tokens[k]!.sentStart && c.ll.stop.has(norms[k + 1] ?? '') && c.cueAt(k + 1) === 0;
      if (back === 1 && (tokens[k + 1]?.text === ',' || small)) return null;
      // the verb after the phrase, in one word or two (`ha aperto`), then its subject
      for (const v of [1, 2]) {
        const speaker = tokens[k + back + v - 1]?.word ? c.subjectAt(k + back + v, c.sentEnd(k)) : null;
        if (speaker) return { cue: c.cueText(k, back + v), speaker, reporter: null };
      }
      return null;
    }
    const t = tokens[k];
    if (!t?.sentStart || !c.ll.objectClitics.has(norms[k]!)) return null;
    const n = c.cueAt(k + 1);
    if (n === 0) return null;
    const speaker = c.subjectAt(k + 1 + n, c.sentEnd(k));
    return speaker ? { cue: c.cueText(k, n + 1), speaker, reporter: null } : null;
  };
}
