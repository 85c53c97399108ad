// The phrases around a speaker's name outside English: a parenthesis or a short phrase between a cue and its subject, and
// appositions that name or describe the speaker (`dijo a los periodistas Juan Martínez`, `el principal acusado, Manuel
// Ortega,`, `Gerardo Amarilla, subsecretario de Ambiente, afirmó`).
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import type { Token } from './tokens.js';

/** Words of an apposition between a name and its cue (`Francisco Navarro, glaciólogo de la Universidad Politécnica de Madrid, explica`), at most. */
const MAX_APPOSITION = 9;
/** Words of time between a cue and its subject, at most. */
const MAX_TIME_WORDS = 3;
/** Small words of a phrase between a cue and the name after it, at most. */
const MAX_PHRASE = 4;

/** The speaker a mention names: its words, where they stand, its entity. */
export const nameSpeaker = (m: NameMention, via: Speaker['via'] = 'name'): Speaker => ({ name: m.text, start: m.start, end: m.end, entity: m.entity, via });

/** A comma, of the Latin or the Arabic script. */
export const isComma = (t: string | undefined): boolean => t === ',' || t === '،';

/** The phrase tests of one text (`byStart` / `byEnd`: mentions by their first and last tokens). */
export function subjectPhrases(tokens: Token[], norms: string[], ll: LangLex, byStart: Map<number, NameMention>, byEnd: Map<number, NameMention>) {
  /** a person named at k whose name closes the clause (a comma, a stop or the end follows) */
  const closingPerson = (k: number): NameMention | null => {
    const m = byStart.get(k);
    return m?.type === 'person' && !tokens[m.tokEnd]?.word ? m : null;
  };
  /** small words (lower case; not a preposition when `stopAtBreak`) from i, at most MAX_PHRASE, before `limit`: the token after them */
  const skipSmall = (i: number, limit: number, stopAtBreak: boolean): number => {
    let k = i;
    while (k < Math.min(limit, i + MAX_PHRASE) && tokens[k]!.word && !tokens[k]!.cap && !(stopAtBreak && ll.phraseBreaks.has(norms[k]!))) k++;
    return k;
  };
  return {
    /** the token after the words of time at i (`ha assicurato ieri la sindaca`, `a reconnu vendredi soir le directeur`), else i */
    afterTime(i: number, limit: number): number {
      let k = i;
      while (k < Math.min(limit, i + MAX_TIME_WORDS) && ll.timeWords.has(norms[k] ?? '')) k++;
      return tokens[k]?.word ? k : i;
    },
    /** after a comma and a preposition, the token after the parenthesis' closing comma (`a lancé, en présence de
     * Friedrich Merz, le chef de l'État`), or -1 */
    afterParenthesis(i: number, limit: number): number {
      if (!isComma(tokens[i]?.text) || !ll.phraseBreaks.has(norms[i + 1] ?? '')) return -1;
      for (let k = i + 2; k < Math.min(limit, i + MAX_APPOSITION); k++) {
        if (isComma(tokens[k]!.text)) return k + 1;
        if (!tokens[k]!.word) break;
      }
      return -1;
    },
    /** a preposition and a few small words, then a person's name (`dijo a los periodistas Juan Martínez,`), or null; not a
     * name that completes the phrase's noun (`ante los micrófonos de Movistar Plus`) */
    nameAfterPhrase(i: number, limit: number): NameMention | null {
      if (!ll.phraseBreaks.has(norms[i] ?? '')) return null;
      const k = skipSmall(i + 1, limit, false);
      return k > i + 1 && ll.roleLinks.has(norms[k - 1]!) ? null : closingPerson(k);
    },
    /** an article, a few small words, a comma and a person's name closing the clause: an apposition whatever its noun
     * (`aseguró el principal acusado, Manuel Ortega, durante`), or null */
    nameInApposition(i: number, limit: number): NameMention | null {
      if (!ll.roleDeterminers.has(norms[i] ?? '')) return null;
      let k = skipSmall(i + 1, limit, true);
      // the noun's complement may be a name behind its link word (`la sindaca di Fidenza, Marta Orsolini`), small words after it
      for (let named = byStart.get(k); k > i + 1 && named && named.type !== 'person' && ll.roleLinks.has(norms[k - 1]!); named = byStart.get(k)) {
        if (named.tokEnd - i > MAX_APPOSITION) return null;
        k = skipSmall(named.tokEnd, limit, true);
      }
      return k > i + 1 && isComma(tokens[k]?.text) ? closingPerson(k + 1) : null;
    },
    /** the person before an apposition ending at token `last` (`Gerardo Amarilla, subsecretario de Ambiente`), or null */
    describedBefore(last: number, lo: number): NameMention | null {
      let q = last;
      while (q > lo && q > last - MAX_APPOSITION && tokens[q]!.word && byEnd.get(q)?.type !== 'person') q--;
      if (q <= lo || !isComma(tokens[q]!.text) || q === last) return null;
      // the apposition opens with a common noun (`subsecretario de`, `glaciólogo de`), not an article or a name
      if (tokens[q + 1]!.cap || ll.roleDeterminers.has(norms[q + 1]!) || ll.indefinite.has(norms[q + 1]!)) return null;
      const who = byEnd.get(q - 1);
      // not a name after a preposition (`Un habitant de La Garde-Freinet, évacué dans la nuit, témoigne`)
      const before = who ? norms[who.fullTokStart - 1] : undefined;
      if (before !== undefined && (ll.phraseBreaks.has(before) || ll.roleLinks.has(before))) return null;
      return who?.type === 'person' || (who?.type === 'other' && who.tokEnd - who.tokStart > 1) ? who : null;
    },
  };
}
