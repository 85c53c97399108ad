// A run of capitalised words that are all common English words (`Machine Learning`, `Slow Fashion`): a borrowed phrase, not a name by its shape.
import { englishWords } from '../lang/english-words.js';
import type { LangProfile } from '../lang/index.js';
import type { Token } from './tokens.js';

/** What marks a title rather than a borrowed phrase: an opening quotation mark before it. */
const QUOTE_BEFORE = /[„“”"«»‚‘’'‹›]\s*$/u;

/** Each word a capitalised or lower-case common English word (a hyphen between parts allowed; no acronym). */
export function englishWordsOnly(words: readonly Token[]): boolean {
  const english = englishWords();
  for (const w of words) {
    for (const part of w.text.split('-')) if (!/^\p{Lu}?\p{Ll}+$/u.test(part) || !english.has(part.toLowerCase())) return false;
  }
  return true;
}

/** Two or more common English words, not opening with `The` (an English title: `The Lancet`). */
export function borrowedPhrase(words: readonly Token[]): boolean {
  return words.length >= 2 && words[0]!.text !== 'The' && englishWordsOnly(words);
}

/** A noun naming a topic or term (data termNouns, lower case), alone or as a compound's last part (`Bereich`, `Aktivitätsfeld`). */
export function termNoun(t: Token, termNouns: readonly string[]): boolean {
  const w = t.text.toLowerCase();
  return termNouns.some((n) => w === n || (w.length > n.length + 2 && w.endsWith(n)));
}

/**
 * What a run naming no person or body is when it is a borrowed phrase in a language that capitalises its common nouns:
 * no name (`Machine Learning`), unless a noun before it (a capitalised word its run left out; no acronym, no English
 * word), not one naming a topic, describes it (`im Fachjournal Nature Medicine`: a name of no person; not `im Bereich
 * Machine Learning`); in quotation marks a name of no person (`das Buch „Getting Real“`, `in „Nature Astronomy“`).
 * Null when the run is no borrowed phrase or the language writes common nouns small (there a capitalised English phrase
 * is a name: `ha dichiarato Vision Distribution`).
 */
export function borrowedRun(
  words: readonly Token[],
  before: Token | undefined,
  text: string,
  p: Pick<LangProfile, 'capitalisedCommonNouns' | 'termNouns'>,
  stop: ReadonlySet<string>,
): 'none' | 'other' | null {
  if (!p.capitalisedCommonNouns || !borrowedPhrase(words)) return null;
  if (QUOTE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 2), words[0]!.start))) return 'other';
  const describer =
    !!before &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    !before.sentStart &&
    !stop.has(before.norm) &&
    !termNoun(before, p.termNouns) &&
    !englishWords().has(before.norm);
  return describer ? 'other' : 'none';
}
