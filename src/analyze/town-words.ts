// German word tests for names of places in towns: a town's adjective (`Potsdamer`), a street's or square's word
// (`Platz`, `Hauptbahnhof`), the words that head a name after a town's adjective (`Frankfurter Börse`), places' endings.
import type { LangProfile } from '../lang/index.js';
import { knownType } from './known-names.js';
import type { LangLex } from './lang-lex.js';

/** The tests for one language (`orgCompound`: a compound that describes an organisation, `Softwarekonzern`). */
export function townWordTests(ll: LangLex, p: LangProfile, orgCompound: (w: string) => boolean, nouns: ReadonlySet<string>) {
  /** a street's or square's word, alone or ending a compound (`Platz`, `Hauptbahnhof`) */
  const streetWord = (w: string): boolean => {
    const lower = w.toLowerCase();
    return p.placeCompoundTails.some((h) => lower === h || (lower.length > h.length + 2 && lower.endsWith(h)));
  };
  const heads = [...p.orgKeywords, ...p.otherKeywords, ...p.townAdjectiveHeads].filter((h) => h.length >= 4).map((h) => h.toLowerCase());
  /** a word heading names: a street's or square's, an organisation's or an event's, alone or ending a compound, in the
   * genitive too (`Buchmesse`, `Wetterdienstes`); not a compound that describes an organisation (`Softwarekonzern`) */
  const nameHead = (w: string): boolean => {
    const lower = w.toLowerCase();
    const ends = (x: string): boolean => heads.includes(x) || (!orgCompound(x) && heads.some((h) => x.length > h.length + 2 && x.endsWith(h)));
    return streetWord(w) || ends(lower) || ends(lower.replace(/e?s$/u, ''));
  };
  /** a town's adjective, the town's name and `-er` (`Potsdamer`, `Kölner`, `Münchner`, `Bremer`) */
  const placeAdjective = (w: string): boolean => {
    if (w.length < 6 || !w.endsWith('er')) return false;
    const stem = w.slice(0, -2);
    const towns = [stem, `${stem}e`, `${stem}en`, stem.endsWith('n') ? `${stem.slice(0, -1)}en` : ''];
    return towns.some((x) => x.length > 2 && knownType(x, ll, p.code, p.inflectionEndings) === 'place');
  };
  /** a word ending in a street's or square's word (data placeCompoundTails) after a part no common noun is, with or without
   * linking letters (`Alexanderplatz`; not `Arbeitsplatz`, `Liebesmarkt`), whose end is no longer common noun holding the
   * tail (not `Neukäufer`), not hyphenated, no common noun itself (`nouns`: the noun lexicon's forms) */
  const placeTail = (w: string): boolean => {
    if (w.includes('-') || nouns.has(w)) return false;
    const lower = w.toLowerCase();
    const tail = p.placeCompoundTails.find((t) => lower.length >= t.length + 4 && lower.endsWith(t));
    if (!tail) return false;
    for (let c = 1; c < w.length - tail.length; c++) if (nouns.has(w[c]!.toUpperCase() + w.slice(c + 1))) return false;
    const head = w.slice(0, w.length - tail.length);
    return !nounChain(head, nouns);
  };
  /** a town's adjective, known or by its shape, before a street's word: the street's name (`Potsdamer Platz`, `Venloer Straße`) */
  const townStreet = (w: string, next: string): boolean => (placeAdjective(w) || townAdjectiveShape(w, nouns)) && streetWord(next);
  return { nameHead, placeAdjective, placeTail, townStreet };
}

/** A capitalised word shaped as a town's adjective (`Venloer`, `Subbelrather`: a stem and `-er`) that no noun of the lexicon
 * is: before a street's word inside a sentence it names the street, whether or not the town is known (`Venloer Straße`). */
export function townAdjectiveShape(w: string, nouns: ReadonlySet<string>): boolean {
  return /^\p{Lu}\p{Ll}{3,}er$/u.test(w) && !nouns.has(w);
}

/** A compound's part's letters at least, in `nounChain` (`Mark|grafen` splits so, and `Markgrafendamm` is lost). */
const MIN_PART = 4;
/** Linking letters between a compound's parts (`Liebes-`, `Sonnen-`), longest first. */
const LINKS = ['es', 'en', 's', 'n', 'e', ''];

/**
 * Whether `w` (capitalised) is common nouns of the lexicon end to end, each of four letters or more, with or without linking
 * letters after each (`Markt`, `Liebes`, `Kinderspiel`, `Eisenbahn`; not `Saarland`, `Köhlbrand`, whose first parts no noun is).
 */
export function nounChain(w: string, nouns: ReadonlySet<string>): boolean {
  if (nouns.has(w)) return true;
  for (const l of LINKS) if (l && w.endsWith(l) && nouns.has(w.slice(0, -l.length))) return true;
  for (let c = MIN_PART; c <= w.length - MIN_PART; c++) {
    const first = w.slice(0, c);
    if (!LINKS.some((l) => first.endsWith(l) && first.length - l.length >= MIN_PART && nouns.has(first.slice(0, first.length - l.length)))) continue;
    if (nounChain(w[c]!.toUpperCase() + w.slice(c + 1), nouns)) return true;
  }
  return false;
}

/** Whether a word (lower case) ends as places' names do (data placeSuffixes: `oberpfaffenhofen`), with more than the ending. */
export function placeEnding(norm: string, p: LangProfile): boolean {
  return p.placeSuffixes.some((x) => norm.endsWith(x) && norm.length > x.length + 2);
}

/** German: a town the noun lexicon holds too, right after a bare place preposition (`in Essen`, `nach Hof`; not `beim Essen`). */
export function nounTown(before: string | undefined, w: string, ll: LangLex, p: LangProfile): boolean {
  return before !== undefined && p.placePrepositions.has(before) && ll.nounPlaces().has(w);
}
