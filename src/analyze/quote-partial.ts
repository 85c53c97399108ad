// A quotation in lower case inside a sentence, with no cue of its own: the sentence's subject gave it (`Adif atribuyó la
// incidencia a "un fallo eléctrico puntual"`, `Der ADAC rät Reisenden, die Region »großräumig zu umfahren«`), unless
// the words before it name what it is (`conocida como «ley de vivienda»`, `так называемом «…»`): then it is a name.
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import { firstNamed } from './quote-cue-later.js';
import type { QuoteSegment } from './quote-marks.js';
import { tokenAt } from './text-view.js';
import type { Token } from './tokens.js';

export interface PartialContext {
  text: string;
  tokens: Token[];
  norms: string[];
  /** 1 where a token is inside quotation marks */
  inQuote: Uint8Array;
  byStart: ReadonlyMap<number, NameMention>;
  /** the language's naming phrases (data namingPhrases) and prepositions governing a name */
  ll: Pick<LangLex, 'namingPhrases' | 'governs' | 'capitalisedNouns' | 'stop'>;
  sentBounds: (i: number) => { lo: number };
  /** the words of an 'according to' phrase at token i (`selon`, `laut`), 0 when none */
  accordingAt: (i: number, opening: boolean) => number;
  nameSpeaker: (m: NameMention) => Speaker;
  /** the role, organisation noun or name opening the clause at k and ending before `end` */
  clauseSubject: (k: number, end: number) => Speaker | null;
}

/** Words before a quotation within which a naming phrase ends right at its opening mark. */
const NAMING_WORDS = 4;

/** For a quotation of two words or more opening in lower case after a sentence's first two tokens, with nothing quoted
 * and no 'according to' phrase before it in the sentence: the first person or organisation the sentence names before it
 * (not after a preposition), else the role or organisation noun opening the sentence; null when none or when a naming
 * phrase stands before it. */
export function partialSpeaker(c: PartialContext) {
  const { text, tokens, norms } = c;
  const said = (speaker: Speaker | null) => (speaker ? { cue: null, speaker, reporter: null } : null);
  return (s: QuoteSegment): { cue: null; speaker: Speaker; reporter: null } | null => {
    const open = tokenAt(tokens, s.open);
    if (open >= tokens.length || !/\s/u.test(text.slice(s.innerStart, s.innerEnd).trim())) return null;
    // in German a noun opens it after a word of the sentence in lower case (`sprach von einem „Armutszeugnis für die Planung“`)
    const noun = c.ll.capitalisedNouns && !!tokens[open - 1]?.word && !tokens[open - 1]!.cap && !c.ll.stop.has(norms[open + 1] ?? '');
    if (!/^\p{Ll}/u.test(text.slice(s.innerStart, s.innerStart + 1)) && !noun) return null;
    const lo = c.sentBounds(open).lo;
    if (open - lo < 2) return null;
    for (let j = Math.max(lo, open - NAMING_WORDS); j < open; j++) if (matchPhrase(c.ll.namingPhrases, norms, j) === open - j) return null;
    // (a sentence quoting before, or saying whom it follows, was read by the other rules: `Selon un conseiller de Matignon`)
    for (let k = lo; k < open; k++) if (c.inQuote[k] || c.accordingAt(k, k === lo) > 0) return null;
    const named = firstNamed(lo, open, c.byStart, (m) => m.fullTokStart > lo && c.ll.governs(norms[m.fullTokStart - 1]));
    return said(named ? c.nameSpeaker(named) : c.clauseSubject(lo, open));
  };
}
