// A quotation that the words after it give to its speaker: an object pronoun standing for it in the next sentence (`«…».
// Lo ha detto la presidente del Consiglio Giorgia Meloni`, `«…». Jannik Sinner lo ha detto`), words pointing back to it
// before a cue (`«…». Das sagte …`), a phrase pointing back to it, then a verb of any kind and its subject (`«…»، بهذه
// الكلمات لخص مدرب المنتخب وليد الركراكي`, `«…». Con queste parole ha aperto …`), or, where it leads its sentence before a
// colon, the clause after the colon (`«…»: così Jannik Sinner dopo …`, `« … » : le président Emmanuel Macron a réaffirmé …`).
import type { Speaker } from '../model.js';
import type { LangLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import type { CueLaterContext } from './quote-cue-later.js';
import type { QuoteSegment } from './quote-marks.js';
import { tokenAt } from './text-view.js';

/** Words a quotation leading its sentence before a colon has at least: fewer are a title or a slogan the clause after it
 * describes (`«Oppenheimer»: il film di …`). */
const LEAD_WORDS = 3;
/** Words in lower case that may stand between words pointing back to a quotation and their cue (`Об этом в пятницу сообщил`). */
const POINTER_GAP = 3;
/** Tokens of a subject opening a sentence before its object pronoun and cue, at most (`Il presidente della Regione Eugenio Giani lo ha detto`). */
const SUBJECT_SCAN = 10;

/** The later-cue context's tokens and finders, with the language's object pronouns and phrases pointing back. */
export interface ResumedContext extends Pick<CueLaterContext, 'tokens' | 'cueAt' | 'cueText' | 'sentEnd' | 'subjectAt'> {
  norms: string[];
  /** the first token of the sentence of token i */
  sentStart: (i: number) => number;
  /** the language's object pronouns, phrases pointing back to a quotation (data objectClitics, resumptivePhrases, pointingOpeners), small words */
  ll: Pick<LangLex, 'objectClitics' | 'resumptivePhrases' | 'pointingOpeners' | 'stop'>;
}

/** For a quotation, the subject of the phrase pointing back to it right after, or, where it ends its sentence, of a next
 * sentence opening with an object pronoun and a cue, or, where it leads its sentence before a colon, of the clause after
 * the colon; else null. */
export function resumedSpeaker(c: ResumedContext) {
  const { tokens, norms } = c;
  /** the subject of the clause after the colon closing a quotation that opens its sentence, an object pronoun and its cue
   * coming first where they do (`lo ha assicurato il ministro …`) */
  const colonLead = (open: number, close: number): { cue: null; speaker: Speaker; reporter: null } | null => {
    let words = 0;
    for (let k = open; k < close; k++) if (tokens[k]!.word) words++;
    if (words < LEAD_WORDS || tokens[close]?.text !== ':' || c.sentStart(open) !== open) return null;
    if (!tokens[close + 1]?.word || tokens[close + 1]!.para !== tokens[open]!.para) return null;
    const n = c.ll.objectClitics.has(norms[close + 1]!) ? c.cueAt(close + 2) : 0;
    const speaker = c.subjectAt(n > 0 ? close + 2 + n : close + 1, c.sentEnd(close + 1));
    return speaker ? { cue: null, speaker, reporter: null } : null;
  };
  return (s: QuoteSegment): { cue: string | null; speaker: Speaker; reporter: null } | null => {
    let k = tokenAt(tokens, s.close);
    const open = tokenAt(tokens, s.open);
    if (open < k && tokens[k]?.text === ':') return colonLead(open, k);
    // the full stop or comma after the closing mark, or the one inside it
    if (tokens[k]?.text === '.' || tokens[k]?.text === ',' || tokens[k]?.text === '،') k++;
    const back = matchPhrase(c.ll.resumptivePhrases, norms, k);
    if (back > 0) {
      // one word points back with no comma after it, inside a sentence before a cue or a word that is no small word
      // (`«…». Так решение объяснил`, `«…»، هكذا علّق`; not `Так, в Москве`, `«…», так как`)
      const small = !tokens[k]!.sentStart && c.ll.stop.has(norms[k + 1] ?? '') && c.cueAt(k + 1) === 0;
      if (back === 1 && (tokens[k + 1]?.text === ',' || small)) return null;
      // its subject right after it (`Voilà comment Kylian Mbappé a résumé`; a comma first: `Con esa frase, la presidenta …`), or
      // the verb after it in one word or two (`ha aperto`), then its subject
      const at = k + back + (back > 1 && tokens[k + back]?.text === ',' ? 1 : 0);
      for (const v of [0, 1, 2]) {
        const speaker = v === 0 || tokens[at + v - 1]?.word ? c.subjectAt(at + v, c.sentEnd(k)) : null;
        if (speaker) return { cue: c.cueText(k, back + v), speaker, reporter: null };
      }
      return null;
    }
    if (!tokens[k]?.sentStart) return null;
    // its subject first, then an object pronoun and a cue, after a quotation that is a sentence of its own (`«…». Jannik
    // Sinner lo ha detto con la voce rotta`; not `… estará «de baja». Carlo Ancelotti lo lamentó: «…»`)
    let after = k + 1;
    while (after < Math.min(c.sentEnd(k), k + SUBJECT_SCAN) && !(c.ll.objectClitics.has(norms[after]!) && c.cueAt(after + 1) > 0)) after++;
    const first = c.sentStart(open) === open && after < k + SUBJECT_SCAN ? c.subjectAt(k, after) : null;
    if (first && tokenAt(tokens, first.end) === after) return { cue: c.cueText(after, c.cueAt(after + 1) + 1), speaker: first, reporter: null };
    // an object pronoun, or words pointing back to it (`Das sagte …`, `Об этом в пятницу сообщил …`: a few small words may come first)
    const clitic = c.ll.objectClitics.has(norms[k]!);
    const m = clitic ? 1 : matchPhrase(c.ll.pointingOpeners, norms, k);
    if (m === 0) return null;
    let j = k + m;
    for (let gap = 0; !clitic && gap < POINTER_GAP && c.cueAt(j) === 0 && tokens[j]?.word && !tokens[j]!.cap; gap++) j++;
    const n = c.cueAt(j);
    if (n === 0) return null;
    const speaker = c.subjectAt(j + n, c.sentEnd(k));
    return speaker ? { cue: clitic ? c.cueText(k, n + 1) : c.cueText(j, n), speaker, reporter: null } : null;
  };
}
