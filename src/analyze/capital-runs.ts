// The capitalised runs of a text outside English, the candidates for names: capitalised words side by side in one
// sentence, joined by a connector (`Banco de Portugal`), a surname's particle (`Ursula von der Leyen`) or, outside German,
// a small number (`Movimento 5 Stelle`).
import { CONNECTORS, ELIDED_ARTICLE } from './lang-titles.js';
import type { LangProfile } from '../lang/index.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import type { Token } from './tokens.js';

/** an acronym: two to six capitals, or capitals with periods (`U.S.`) */
export const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;
/** a hyphenated word whose last part is written small: in German an adjective (`DSGVO-konform`, `TÜV-zertifizierte`) */
export const LOW_TAIL = /.-\p{Ll}[^-]*$/u;
/** An elided article glued to a name: French/Italian `L’Université`, `d’Orsay`, `dell’Italia`. */
export const ELISION = /^(?:[LlDd]|[Dd]ell|[Dd]all|[Aa]ll|[Nn]ell|[Ss]ull|[Qq]u)['’](?=\p{Lu})/u;
/** a name after an article elided in lower case (`l'Agriculture`, `dell'Economia`): capitalised as a name */
export const ELIDED_CAP = /^(?:l|d|dell|dall|all|nell|sull|qu)['’]\p{Lu}/u;
/** French `d'` (of) elided onto a capitalised word (`chef d'État`) */
const ELIDED_DE = /^d['’]\p{Lu}/u;
/** a word of six letters or more after an elided article (`dell'Istruzione`): after a title, the title's domain */
const TITLE_DOMAIN = /^\p{L}+['’]\p{Lu}\p{L}{5,}$/u;
/** an elided article before a word in lower case (`L'entraîneur`, `Dell'anno`) */
const ELIDED_LOWER = /^\p{L}{1,4}['’]\p{Ll}/u;
/** Connectors of the plural outside German (`Parc des Princes`, `Ministério das Relações Exteriores`). */
const PLURAL_LINKS = new Set(['des', 'das']);
/** Articles after `de` inside a name outside German. */
const ARTICLES = new Set(['la', 'las', 'los', 'les']);
/** Tokens of a run, at most (before its connectors' jumps). */
const MAX_RUN = 8;

/** The alphabet of a word's letters: Latin or Cyrillic, else none (digits, other scripts). */
const alphabet = (w: string): string => (/\p{Script=Cyrillic}/u.test(w) ? 'cyrl' : /\p{Script=Latin}/u.test(w) ? 'latn' : '');
/** Two words in different alphabets belong to two names (`NASA Кристофер Уильямс`). */
export const otherAlphabet = (a: string, b: string): boolean => alphabet(a) !== '' && alphabet(b) !== '' && alphabet(a) !== alphabet(b);

/** The runs [a, b) over tokens no earlier rule used, in text order. */
export function capitalRuns(
  text: string,
  tokens: Token[],
  used: Uint8Array,
  nounsCapitalised: boolean,
  givenName: (w: string) => boolean,
  fullNameAt: (i: number) => boolean,
  /** an organisation's head word (`Ministerio`, `Congreso`) */
  orgHead: (w: string) => boolean,
  /** how many tokens from i are a surname's particles (`von der`), 0 for none */
  particlesAt: (i: number) => number = () => 0,
): [number, number][] {
  const runs: [number, number][] = [];
  // (an elided article capitalised at a sentence's start before a word in lower case is none: `L'entraîneur Luis Enrique`)
  // (German: a hyphenated word whose last part is written small is an adjective, no name's (`TÜV-zertifizierte Geräte`), unless
  // a capitalised word inside the sentence before it makes it a given name's part: `Kim Jong-un`)
  const small = (k: number): boolean =>
    nounsCapitalised && LOW_TAIL.test(tokens[k]!.text) && !(tokens[k - 1]?.cap && !tokens[k - 1]!.sentStart && tokens[k - 1]!.end + 1 === tokens[k]!.start);
  const capital = (k: number): boolean =>
    !!tokens[k]?.word && !used[k] && ((tokens[k]!.cap && !ELIDED_LOWER.test(tokens[k]!.text)) || ELIDED_CAP.test(tokens[k]!.text)) && !small(k);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!capital(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && j - i < MAX_RUN && !used[j] && tokens[j]!.sent === t.sent && /^[ -]?$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
      const nx = tokens[j]!;
      if (otherAlphabet(tokens[j - 1]!.text, nx.text)) break;
      if (nx.word && (nx.cap || ELIDED_CAP.test(nx.text)) && !small(j)) j++;
      // a given name, a surname's particles and the surname (`Karl-Theodor zu Guttenberg`)
      else if (givenName(tokens[j - 1]!.text) && particlesAt(j) > 0 && capital(j + particlesAt(j))) j += particlesAt(j) + 1;
      // a connector joins two capitalised words, unless a person's full name follows it ("PL de Jair Bolsonaro")
      else if (nx.word && (CONNECTORS.has(nx.norm) || (!nounsCapitalised && PLURAL_LINKS.has(nx.norm))) && capital(j + 1) && !fullNameAt(j + 1)) j += 2;
      // outside German, a connector and an article after a body's head word and the capitalised words after it, once
      // (`Ministerio de la Presidencia`, `Congreso de los Diputados`; not `Técnicos de la ANDE`, `Libertad de Expresión
      // de la Comisión`)
      else if (
        !nounsCapitalised &&
        nx.norm === 'de' &&
        ARTICLES.has(tokens[j + 1]?.norm ?? '') &&
        capital(j + 2) &&
        !fullNameAt(j + 2) &&
        tokens.slice(i, j).some((x) => orgHead(x.text.replace(ELIDED_ARTICLE, ''))) &&
        tokens.slice(i, j).every((x) => x.cap)
      )
        j += 3;
      // two connectors after a given name, or `von der` / `van den` after any capitalised word: a surname's particle
      // (`Luis de la Fuente`, `Ursula von der Leyen`)
      else if (
        (givenName(tokens[j - 1]!.text) || nx.norm === 'von' || nx.norm === 'van') &&
        CONNECTORS.has(nx.norm) &&
        CONNECTORS.has(tokens[j + 1]?.norm ?? '') &&
        tokens[j + 2]?.cap &&
        tokens[j + 2]!.word &&
        !used[j + 2]
      )
        j += 3;
      // a number between two capitalised words (Movimento 5 Stelle; not in German, where numbers count capitalised nouns)
      else if (
        !nounsCapitalised &&
        nx.word &&
        /^\p{N}{1,3}$/u.test(nx.text) &&
        tokens[j + 1]?.cap &&
        tokens[j + 1]!.word &&
        !used[j + 1] &&
        tokens[j + 1]!.sent === t.sent
      )
        j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** German: the side before a connector in a run that is no name, as a run of its own, when a title comes before it or it
 * ends in the surname of a person named in full before (`Bärbel Bas` ... `sagte Bas der Funke Mediengruppe`, `sagte
 * Sprecherin Jutta Hartmann der Deutschen Presse-Agentur`: the person, then the dative's object). */
export function beforeConnector(
  tokens: Token[],
  a: number,
  e: number,
  titled: boolean,
  named: readonly NameMention[],
  run: (a: number, e: number) => void,
): void {
  for (let c = a + 1; c < e - 1; c++)
    if (CONNECTORS.has(tokens[c]!.norm)) {
      const last = tokens[c - 1]!.text;
      if (titled || named.some((m) => m.type === 'person' && m.tokEnd - m.tokStart > 1 && tokens[m.tokEnd - 1]!.text === last)) run(a, c);
      return;
    }
}

/**
 * Whether a known body's name at tokens [i, i+n) continues into a longer name the runs make: a connector and a word
 * (`Congreso de los Diputados`), or, where names take no case endings, one more capitalised word and no third (`Câmara
 * Municipal de Almada`, `Swatch Group`; not an acronym's, not before a given name or a known name, not `Минтранс Татарстана`,
 * whose second word is the body's place).
 */
export function bodyContinues(
  text: string,
  tokens: Token[],
  norms: string[],
  i: number,
  n: number,
  ll: LangLex,
  p: LangProfile,
  givenName: (w: string) => boolean,
): boolean {
  if (CONNECTORS.has(norms[i + n] ?? '') && tokens[i + n + 1]?.word) return true;
  if (n > 1 || p.uncased || p.inflectionEndings.length > 0 || ACRONYM.test(tokens[i]!.text)) return false;
  const next = tokens[i + 1];
  if (!next?.word || !next.cap || next.sent !== tokens[i]!.sent || text.slice(tokens[i]!.end, next.start) !== ' ') return false;
  return !(tokens[i + 2]?.word && tokens[i + 2]!.cap) && !givenName(next.text) && matchPhrase(ll.gazetteer, norms, i + 1) === 0;
}

/** Whether the one capitalised word at token a, an article elided onto it, completes the lower-case word before it rather
 * than naming something: after `d'` and a common word its complement (`chef d'État`), after a title a long word its domain
 * (`ministro dell'Istruzione`); not `secondo l'Arpat`, `presidente dell'Anm`. */
export function elidedComplement(tokens: Token[], norms: string[], a: number, titleWord: (k: number) => boolean): boolean {
  const before = tokens[a - 1];
  if (a === 0 || !before?.word || before.cap || CONNECTORS.has(norms[a - 1]!)) return false;
  return ELIDED_DE.test(tokens[a]!.text) || (titleWord(a - 1) && TITLE_DOMAIN.test(tokens[a]!.text));
}
