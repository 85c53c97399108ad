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

/**
 * A hyphenated compound that is the common noun its last part is: a noun `nounWord` knows (`USB-Kabel`), or one by its
 * ending (`nounEnding`) or as a common English word (`CO2-Abscheidung`, `CD-Player`) after a part that no name's word
 * alone is: an acronym, a number, a word written small, or one `noun` knows (`Ende-zu-Ende-Verschlüsselung`; not
 * `Brezno-Osrblie`); never when that part heads a name (`bodyHead`: `Max-Planck-Instituts`).
 */
export function hyphenNoun(
  w: string,
  tests: { nounWord: (w: string) => boolean; nounEnding: (lower: string) => boolean; noun: (part: string) => boolean; bodyHead: (w: string) => boolean },
): boolean {
  const dash = w.lastIndexOf('-');
  if (dash <= 0 || w.length - dash - 1 <= 2) return false;
  const parts = w.split('-');
  const tail = parts.pop()!;
  const lower = tail.toLowerCase();
  const byEnd = (): boolean => (tests.nounEnding(lower) || englishWords().has(lower)) && parts.some((x) => /^.+\p{Lu}|\p{N}|^\p{Ll}/u.test(x) || tests.noun(x));
  return (tests.nounWord(tail[0]!.toUpperCase() + tail.slice(1)) || byEnd()) && !tests.bodyHead(tail);
}
