// The shape of a capitalised word that tells a name from a common noun: plural-looking, a hyphenated compound.
import { englishWords } from '../lang/english-words.js';
import { LEX } from './lexicon.js';

/** Hyphens typeset inside words (U+2010 hyphen, U+2011 non-breaking hyphen), read as "-". */
export const TYPO_HYPHENS = /[\u2010\u2011]/g;

/** A bare plural-looking word ("Prosecutors", "Pipers", "analysts"): ends in -s but not -ss, -us, -is, -ys, -as, -os; not a known place. */
export function pluralLike(w: string): boolean {
  return w.length > 4 && /\p{Ll}s$/u.test(w) && !/(?:ss|us|is|ys|as|os)$/u.test(w) && !w.includes(' ') && !LEX.places.has(w);
}

/** A hyphenated compound of capitalised parts ("Hewlett-Packard", "Rolls-Royce", "T-Mobile"). */
export function isCompound(w: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)+$/u.test(w);
}

/** A hyphenated compound ending in a common noun by its last part's ending (`nounEnding`) or as a common English word
 * (`CO2-Abscheidung`, `CD-Player`), after a part that no name's word alone is: an acronym, a number, a word written small,
 * or one `noun` knows (`Ende-zu-Ende-Verschlüsselung`; not `Brezno-Osrblie`). */
export function endsAsNoun(w: string, nounEnding: (lower: string) => boolean, noun: (part: string) => boolean): boolean {
  const parts = w.split('-');
  const tail = parts.pop()!.toLowerCase();
  if (parts.length === 0 || !(nounEnding(tail) || englishWords().has(tail))) return false;
  return parts.some((x) => /^.+\p{Lu}|\p{N}|^\p{Ll}/u.test(x) || noun(x));
}
