// The shape of a capitalised word that tells a name from a common noun: plural-looking, a hyphenated compound.
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
