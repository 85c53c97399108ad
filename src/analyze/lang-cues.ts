// The cue finder of the non-English quote finder: the language's reporting verbs at a token, with French inverted
// pronouns, Arabic proclitics, German separable verbs and an adverb inside a compound tense.
import type { LangProfile } from '../lang/index.js';
import type { LangLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import { NAME_MARKS } from './quote-marks.js';
import type { Token } from './tokens.js';

/** Words between a separable cue's verb and its particle, at most. */
const MAX_SEPARATED = 12;
/** A verb with its inverted pronoun as one token (`affirme-t-elle`, `a-t-il`): the verb alone is looked up as a cue. */
const INVERTED = /^(.+?)-(?:t-)?(?:il|elle|ils|elles)$/u;
/** Quotation marks that close one. */
const CLOSING = new Set([...NAME_MARKS.values(), '"']);

/** `cueAt(i)`: the number of cue words starting at token i outside quotes, 0 when none (`norms` are the tokens' norms). */
export function cueFinder(tokens: Token[], norms: string[], ll: LangLex, p: LangProfile, inQuote: Uint8Array): (i: number) => number {
  /** a separable cue's verb at i with its particle closing the clause (`kündigte Bahn-Chef Richard Lutz an.`; the
   * commas of an apposition between: `gab der Vorstandschef, Carsten Spohr, zu.`) */
  const separableAt = (i: number): boolean => {
    const particles = ll.separable.get(norms[i]!);
    if (!particles) return false;
    for (let k = i + 1; k < Math.min(tokens.length, i + MAX_SEPARATED); k++) {
      if (tokens[k]!.text === ',') continue;
      if (!tokens[k]!.word) return false;
      if (particles.has(norms[k]!)) return !tokens[k + 1]?.word;
    }
    return false;
  };
  /** token i right after a quotation's closing mark and comma (`», …`) */
  const afterQuote = (i: number): boolean => i >= 2 && tokens[i - 1]!.text === ',' && CLOSING.has(tokens[i - 2]!.text);
  /** cue words starting at i (Arabic cues may carry a `و`/`ف` proclitic, French ones an inverted pronoun), 0 when none */
  const cueAt = (i: number): number => {
    if (!tokens[i]?.word || inQuote[i]) return 0;
    // after an indefinite article a cue's word is a noun (`deixou um alerta:`)
    if (i > 0 && ll.indefinite.has(norms[i - 1]!)) return 0;
    const n = matchPhrase(ll.cues, norms, i);
    if (n > 0) return n;
    const saved = norms[i]!;
    if (ll.separable.has(saved) && separableAt(i)) return 1;
    // an adverb or a set phrase inside a compound tense: `a toutefois reconnu`, `ha poi aggiunto`, `a pour sa part glissé`
    const split = splitAt(tokens, norms, ll, i, ll.splitCompound);
    if (split > 0) return split;
    const inv = saved.includes('-') ? INVERTED.exec(saved) : null;
    // another auxiliary of a compound cue's participle (`avait-elle insisté`, `aveva spiegato`)
    if (ll.auxiliaries.has(inv ? inv[1]! : saved) && ll.participles.has(norms[i + 1] ?? '')) return 2;
    if (inv) return bareMatch(ll.cues, norms, i, inv[1]!) || (afterQuote(i) ? 1 : 0);
    // any verb with its pronoun inverted right after a quotation's comma says it, an object pronoun first too (`», se souvient-il`)
    if (afterQuote(i) && ll.objectClitics.has(saved) && tokens[i + 1]?.word && INVERTED.test(norms[i + 1]!)) return 2;
    return p.uncased ? procliticMatch(ll.cues, norms, i) : 0;
  };
  return cueAt;
}

/** the most words after the auxiliary a long cue split by an adverb may have */
const LONG_CUE = 4;

/** The words of a two-word verb of `split` at i with an adverb or a set phrase between its words (`a toutefois reconnu`,
 * `ha però invitato`, `a pour sa part glissé`), 0 when none. */
function splitAt(tokens: Token[], norms: string[], ll: LangLex, i: number, split: Set<string>): number {
  if (!ll.compoundHeads.has(norms[i]!) || !tokens[i + 1]?.word || tokens[i + 1]!.cap) return 0;
  const inserted = matchPhrase(ll.compoundInserts, norms, i + 1);
  if (inserted > 0) return split.has(`${norms[i]} ${norms[i + 1 + inserted] ?? ''}`) ? inserted + 2 : 0;
  if (ll.phraseBreaks.has(norms[i + 1]!)) return 0;
  if (split.has(`${norms[i]} ${norms[i + 2] ?? ''}`)) return 3;
  // a cue of three words or more with the adverb after its auxiliary (`hanno poi fatto sapere`)
  const long = matchPhrase(ll.cues, [norms[i]!, ...norms.slice(i + 2, i + 2 + LONG_CUE)], 0);
  return long >= 3 ? long + 1 : 0;
}

/** `labelAt(i)`: words of a verb that characterises with the quotation after it at token i (`nannte`, `qualifié de`, `ha
 * però invitato`), 0 when none or inside quotes. */
export function labelFinder(tokens: Token[], norms: string[], ll: LangLex, inQuote: Uint8Array): (i: number) => number {
  return (i) => (inQuote[i] ? 0 : matchPhrase(ll.labelCues, norms, i) || splitAt(tokens, norms, ll, i, ll.splitLabel));
}

/** Where the cue after a quotation's comma or dash at token a starts: a, or past one adverb before a cue (`», — коротко
 * ответил Рублёв`). */
export function pastAdverb(tokens: Token[], norms: string[], ll: LangLex, cueAt: (i: number) => number, a: number): number {
  const adverb = !!tokens[a]?.word && !tokens[a]!.cap && !ll.stop.has(norms[a]!);
  return adverb && cueAt(a) === 0 && cueAt(a + 1) > 0 ? a + 1 : a;
}

/** Arabic `و` / `ف` (and, so) glued to a cue or an 'according to' word (`وقال`, `وبحسب`). */
const PROCLITIC_AND = /^[وف]/u;

/** The words of `phrases` starting at token i, an Arabic `و` / `ف` glued to the first or not (`وقال`, `وبحسب`); 0 when none. */
export function procliticMatch(phrases: LangLex['cues'], norms: string[], i: number): number {
  const n = matchPhrase(phrases, norms, i);
  return n > 0 || !PROCLITIC_AND.test(norms[i] ?? '') ? n : bareMatch(phrases, norms, i, norms[i]!.slice(1));
}

/** The words of `phrases` starting at token i with the token read as `bare`. */
function bareMatch(phrases: LangLex['cues'], norms: string[], i: number, bare: string): number {
  const saved = norms[i]!;
  norms[i] = bare;
  const m = matchPhrase(phrases, norms, i);
  norms[i] = saved;
  return m;
}

/** `accordingAt(i)`: the number of 'according to' words starting at token i (`segundo`, `laut`, `بحسب`, `по его словам`; in Arabic behind a
 * `و` / `ف` too: `وبحسب`), 0 when none; `opening` adds those that count only opening a sentence. */
export function accordingFinder(norms: string[], ll: LangLex, p: LangProfile): (i: number, opening?: boolean) => number {
  return (i, opening = false) => {
    const n =
      matchPhrase(ll.relativeAccording, norms, i) ||
      matchPhrase(ll.pronounAccording, norms, i) ||
      matchPhrase(ll.according, norms, i) ||
      (opening ? matchPhrase(ll.openingAccording, norms, i) : 0);
    return n > 0 || !p.uncased ? n : procliticMatch(ll.according, norms, i);
  };
}

/** `isComp(i)`: token i is a complementiser that opens reported speech (`dass`, `que`, `что`; in Arabic `إن`, `أن` with a
 * suffix glued: `إنه`) */
export function complementizerFinder(norms: string[], ll: LangLex, p: LangProfile): (i: number) => boolean {
  const comps = ll.complementizers;
  return (i) => {
    const w = norms[i];
    if (!w) return false;
    if (comps.has(w)) return true;
    return p.uncased && [...comps].some((c) => w.startsWith(c) && w.length <= c.length + 2);
  };
}

/**
 * `slotVerbAt(i)`: the words of a reporting verb no cue list holds, read by its shape in the slot right after a quotation
 * (the caller's place): an auxiliary of the language's compound cues with a participle (`», a savouré`, `», ha assicurato`)
 * gives 2, a lower-case past-tense verb (`», lamentó`, `», — отметил`) 1, else 0. The caller takes it only when a speaker
 * is named after it.
 */
export function slotVerbFinder(tokens: Token[], norms: string[], ll: LangLex, p: LangProfile): (i: number, bridged?: boolean) => number {
  const ends = (w: string, endings: string[]): boolean => endings.some((e) => w.length > e.length + 2 && w.endsWith(e));
  const lowerWord = (k: number): boolean => !!tokens[k]?.word && !tokens[k]!.cap && !ll.phraseBreaks.has(norms[k]!);
  return (i, bridged = false) => {
    if (!lowerWord(i)) return 0;
    if (ll.compoundHeads.has(norms[i]!) && lowerWord(i + 1) && ends(norms[i + 1]!, p.slotParticipleEndings)) return 2;
    if (ends(norms[i]!, p.slotVerbEndings)) return 1;
    // after the quotation's comma or dash, any verb before a capitalised name (`», soupire Jean-Marc Lafitte`)
    return bridged && !p.uncased && tokens[i + 1]?.cap && !ll.stop.has(norms[i]!) && norms[i]!.length > 3 ? 1 : 0;
  };
}

/** Whether a quotation with no speaker found is one: six words or more, or fewer that are words of a clause a cue or an
 * 'according to' before it in its sentence (from token lo to the opening mark at `open`) reports, whoever said them
 * (`Aus Verhandlungskreisen hieß es, eine Lösung sei „frühestens im kommenden Herbst realistisch“`): two words or more, one
 * of four letters or more in lower case or in a script without capitals; not a name or a title (`World of Warcraft`). */
export function keptQuotation(inner: string, lo: number, open: number, cued: (i: number) => number): boolean {
  const words = inner.split(/\s+/u);
  if (words.length >= 6) return true;
  if (words.length < 2 || !words.some((w) => /^\p{Ll}{4}/u.test(w) || /^\p{Lo}{2}/u.test(w))) return false;
  for (let k = open - 1; k >= lo; k--) if (cued(k) > 0) return true;
  return false;
}
