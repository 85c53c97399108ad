// Titles before names outside English: where a title phrase starts (compounds too), which one stands before a name, an
// apposition after a title and its domain, and a title word alone; the entity finder's helpers, kept apart.
import type { LangProfile } from '../lang/index.js';
import type { LangLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import type { Token } from './tokens.js';

/** Words that join parts of a name or a title to its domain (`Luis de la Fuente`, `ministro degli Esteri`). */
export const CONNECTORS = new Set([
  'de',
  'da',
  'do',
  'dos',
  'del',
  'della',
  'dello',
  'degli',
  'dei',
  'delle',
  'di',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'du',
]);
/** An article elided onto the next word, in lower case: `l'entraîneur`, `dell'Economia`, `de l'Intérieur`'s `l'Intérieur`. */
export const ELIDED_ARTICLE = /^(?:l|d|dell|dall|all|nell|sull)['’]/u;
/** a title's domain with its elided article (`dell'Economia`) */
function elidedDomain(w: string): boolean {
  const m = ELIDED_ARTICLE.exec(w);
  return !!m && /\p{Lu}/u.test(w.charAt(m[0].length));
}
/** Case endings a compound title may carry (`AfD-Politikers`, `AfD-Abgeordneten`, `AfD-Bundesvorstandes`). */
const INFLECTED_TAIL = ['s', 'n', 'es', 'en'];

export interface TitleFinder {
  /** words of a title starting at token i, 0 when none */
  titleAt(i: number): number;
  /** the first token of a title phrase that ends right before token i, or -1 */
  titleBefore(i: number): number;
  /** the first token of the title when the run k..e is an apposition after it, or -1 */
  appositiveTitle(k: number, e: number): number;
  /** a title alone at token k, which names no one */
  titleWord(k: number): boolean;
}

/** Arabic one-letter proclitics (and, so, with, for, like) glued to a title. */
const ARABIC_PROCLITIC = /^[وفبلك]\p{L}{2,}/u;

export function titleFinder(tokens: Token[], norms: string[], ll: LangLex, p: LangProfile, commonNoun: (t: Token) => boolean): TitleFinder {
  /** words of a title starting at token i (a German compound ending in a title counts: Vizepräsidentin) */
  const titleAt = (i: number): number => {
    const n = matchPhrase(ll.titles, norms, i);
    if (n === 0 && p.uncased && ARABIC_PROCLITIC.test(norms[i] ?? '')) return gluedTitleAt(i);
    if (n > 0 || !tokens[i]?.cap) return n;
    const w = norms[i]!;
    // a hyphenated compound ending in a title (`Volkswagen-Chef`), or a German compound ending in a long one
    if (w.includes('-') && ll.titleWords.has(w.slice(w.lastIndexOf('-') + 1))) return 1;
    return ll.titleTails.some((t) => w.length > t.length && w.endsWith(t)) ? 1 : 0;
  };
  /** Arabic: a title behind a one-letter proclitic (`لمحافظ البنك`, `وللمدرب`: for, and), read without it */
  const gluedTitleAt = (i: number): number => {
    const saved = norms[i]!;
    norms[i] = saved.startsWith('لل') ? `ال${saved.slice(2)}` : saved.slice(1);
    const n = matchPhrase(ll.titles, norms, i);
    norms[i] = saved;
    return n;
  };
  /** a title phrase that ends right before token i: its first token, or -1 */
  const titleBefore = (i: number): number => {
    for (let n = 4; n >= 1; n--) if (i - n >= 0 && titleAt(i - n) === n && tokens[i - n]!.sent === tokens[i]!.sent) return i - n;
    // the title's domain glued to its elided article between them: `il ministro dell'Economia Giancarlo Giorgetti`; or
    // outside German, a connector and one capitalised word before a name of two words: `la segretaria del Pd Elly Schlein`
    if (i >= 2 && elidedDomain(tokens[i - 1]!.text) && titleAt(i - 2) === 1) return i - 2;
    const twoWords = !!tokens[i + 1]?.word && tokens[i + 1]!.cap;
    if (
      !p.capitalisedCommonNouns &&
      twoWords &&
      i >= 3 &&
      tokens[i - 1]!.cap &&
      CONNECTORS.has(norms[i - 2]!) &&
      titleAt(i - 3) === 1 &&
      tokens[i - 3]!.sent === tokens[i]!.sent
    )
      return i - 3;
    return -1;
  };

  /**
   * The first token of the title when the run k..e follows a title, what it heads and a comma, and ends its clause (`La
   * ministre de la Culture, Rachida Dati,`), else -1. In German only for a run of two or more words that are not nouns.
   */
  const appositiveTitle = (k: number, e: number): number => {
    if (k < 2 || tokens[k - 1]!.text !== ',' || (e < tokens.length && !/^[,.!?]$/u.test(tokens[e]!.text))) return -1;
    // German: only two or more words none of which is a common noun (`Die Vorsitzende der Linken, Ines Schwerdtner,`)
    if (p.capitalisedCommonNouns && (e - k < 2 || tokens.slice(k, e).some((t) => commonNoun(t)))) return -1;
    for (let j = k - 2; j >= Math.max(0, k - 8) && tokens[j]!.word; j--) {
      const n = titleAt(j);
      if (n > 0 && j + n <= k - 1) {
        // what the title heads: capitalised words, links, and at most two other words (`de l'Assemblée nationale`)
        let other = 0;
        for (let q = j + n; q < k - 1; q++) {
          if (tokens[q]!.cap || ll.roleLinks.has(norms[q]!) || ll.roleDeterminers.has(norms[q]!)) continue;
          if (ll.stop.has(norms[q]!) || ++other > 2) return -1;
        }
        return j;
      }
    }
    return -1;
  };
  /** a title alone (`SPD-Politiker`, `Präsident`, a compound's inflected form `AfD-Politikers`) names no one */
  const titleWord = (k: number): boolean => {
    if (titleAt(k) > 0) return true;
    const w = norms[k]!;
    if (!w.includes('-')) return false;
    const tail = w.slice(w.lastIndexOf('-') + 1);
    return [tail, ...INFLECTED_TAIL.map((x) => (tail.endsWith(x) ? tail.slice(0, -x.length) : ''))].some(
      (f) => f.length >= 5 && ll.titleTails.some((t) => f.endsWith(t)),
    );
  };
  return { titleAt, titleBefore, appositiveTitle, titleWord };
}
