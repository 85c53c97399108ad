// The word tests of the non-English name finder: common nouns (German: by the text, then the lexicon), given names, surnames, adjectives, heads, cues.
import { isDayName, type LangProfile, monthNumber, stem } from '../lang/index.js';
import { declinedGivenName } from '../lang/name-cases.js';
import { adjectiveLemmas, commonNouns, pluralNouns } from '../lang/noun-lexicon.js';
import { ELIDED_CAP, LOW_TAIL } from './capital-runs.js';
import { knownType } from './known-names.js';
import { orgHeadStems } from './named-bodies.js';
import { genitivePlaceOf, opensCompoundAt } from './name-forms.js';
import { townWordTests } from './town-words.js';
import type { LangLex } from './lang-lex.js';
import { CONNECTORS, ELIDED_ARTICLE } from './lang-titles.js';
import { LEX, matchPhrase } from './lexicon.js';
import type { Token } from './tokens.js';
import { hyphenNoun } from './word-shape.js';

const SUBJECT_BEFORE_VERB = 4; // words at most from an article opening a sentence to its verb (`Die IG Metall kündigte`)
const EMPTY: ReadonlySet<string> = new Set();
/** a word whose shape says it is a name: an inner capital or a digit ("PowerShell", "iPhone", "A380") */
export const NAME_SHAPE = /^.+\p{Lu}|\p{N}/u;

/** The word tests for one text (`titleAt`: the title finder's, asked lazily). */
export function nameWordTests(tokens: Token[], norms: string[], ll: LangLex, p: LangProfile, titleAt: (i: number) => number) {
  // words seen right after a determiner, or in lower case, somewhere in the text: common nouns (German)
  const nounish = new Set<string>();
  /** words written in lower case somewhere in the text (not a name with an article elided onto it: `l'Arpal`): a capitalised one alone is that common word */
  const lowerSeen = new Set<string>();
  const [nouns, plurals] = p.capitalisedCommonNouns ? [commonNouns(p.code), pluralNouns(p.code)] : [EMPTY, EMPTY];
  for (const t of tokens) if (t.word && !t.cap && !ELIDED_CAP.test(t.text)) lowerSeen.add(t.norm);
  if (p.capitalisedCommonNouns) {
    // the article agrees with the head noun: the last capitalised word after it ("der Windows PowerShell" -> PowerShell)
    // (not after a preposition that takes a place's name bare, unless the lexicon knows the word: `nach Warschau`)
    for (let i = 1; i < tokens.length; i++)
      if (p.determiners.has(norms[i - 1]!) && tokens[i]!.cap && !tokens[i + 1]?.cap && (!p.placePrepositions.has(norms[i - 1]!) || nouns.has(tokens[i]!.text)))
        nounish.add(tokens[i]!.text);
    for (const t of tokens) if (t.word && !t.cap) nounish.add(t.text[0]!.toUpperCase() + t.text.slice(1));
  }
  /** a word with a small letter after its first found in the noun lexicon (acronyms there, SPD, ADAC, are names too) */
  const lexNoun = (w: string): boolean => (nouns.has(w) || compoundOfNouns(w)) && /\p{Ll}/u.test(w.slice(1));
  /** a closed compound whose last part of five letters or more is a lexicon noun, after three letters at least (`Stadtteile`,
   * `Raketenhersteller`); each word's answer kept for the text, as every run asks again */
  const compounds = new Map<string, boolean>();
  const compoundOfNouns = (w: string): boolean => {
    if (nouns.size === 0 || w.length < 8) return false;
    let yes = compounds.get(w);
    if (yes === undefined) {
      yes = false;
      for (let k = 3; k + 5 <= w.length && !yes; k++) yes = nouns.has(w[k]!.toUpperCase() + w.slice(k + 1));
      compounds.set(w, yes);
    }
    return yes;
  };
  /** the end of a hyphenated compound that names a body or a law (data nameCompoundTails), in the genitive too */
  const nameTail = (w: string): boolean => {
    const lower = w.toLowerCase();
    const bare = lower.replace(/e?s$/u, '');
    return p.nameCompoundTails.some((k) => lower.endsWith(k) || bare.endsWith(k));
  };
  /** a word whose last part (4+ letters, after 4+) is a noun of the lexicon (`Nachfrage`, `Energieunternehmen`) */
  const endsInNoun = (w: string): boolean => {
    for (let c = 4; c <= w.length - 4; c++) if (lexNoun(w[c]!.toUpperCase() + w.slice(c + 1))) return true;
    return false;
  };
  /** a lower-case word ending as the language's common nouns do (data commonNounSuffixes: `-ung`, `-ie`) */
  const suffixNoun = (w: string): boolean => p.commonNounSuffixes.some((s) => w === s || (w.length > s.length + 1 && w.endsWith(s)));
  /** a noun of the lexicon, or a compound ending in one (`Mineralisierung`) */
  const nounWord = (w: string): boolean => lexNoun(w) || endsInNoun(w);
  const bodyHead = (w: string): boolean => orgName(w) || orgName(w.replace(/e?s$/u, '')) || nameTail(w);
  const compoundTests = { nounWord, nounEnding: suffixNoun, noun: lexNoun, bodyHead };
  /** How sure it is that a capitalised word is a common noun: 2, by the text or its form (a stopword, a month, a noun suffix); 1, by the lexicon alone. */
  const nounEvidence = (t: Token): 0 | 1 | 2 => {
    if (ll.stop.has(t.norm)) return 2;
    // a given name is no month or section word (`Marco`: the month names of every language fold `março` to it)
    if (givenName(t.text)) return 0;
    if (p.sectionWords.has(t.norm) || p.conventionalCapitals.has(t.norm.replace(ELIDED_ARTICLE, ''))) return 2;
    // (months and days written small: capitalised inside a sentence, a name's word, `Plaza de Mayo`; not `Mar.`)
    if ((monthNumber(t.norm) !== null || isDayName(t.norm)) && (p.capitalisedCommonNouns || t.sentStart || t.text.endsWith('.'))) return 2;
    if (!p.capitalisedCommonNouns) return 0;
    if (knownType(t.text, ll, p.code, p.inflectionEndings) || surnames.has(t.text) || stateBody(t.text) || genitivePlace(t.text)) return 0;
    // a noun that describes the name after it (`Stadtteil`, `Tochter`): no part of a name, though the lexicon may not know it
    if (p.descriptorNouns.has(t.text)) return 2;
    // a hyphenated compound is the noun its last part is, by the lexicon or (after no name's word) by its ending or as an English
    // word ("USB-Kabel", "CO2-Abscheidung", "CD-Player"), unless that part heads an organisation's name (Max-Planck-Instituts)
    if (hyphenNoun(t.text, compoundTests)) return 1;
    if (NAME_SHAPE.test(t.text)) return 0;
    if (nounish.has(t.text)) return 2;
    if (suffixNoun(t.norm.slice(t.norm.lastIndexOf('-') + 1))) return 2;
    return lexNoun(t.text) ? 1 : 0;
  };
  const commonNoun = (t: Token): boolean => nounEvidence(t) > 0;
  const adjectives = p.capitalisedCommonNouns ? adjectiveLemmas(p.code) : EMPTY;
  /** a declined form of an adjective or participle of the lexicon (`Olympischen`, `Europäische`, `Deutscher`) */
  const lexAdjective = (w: string): boolean => adjectives.has(w.endsWith('e') ? w : w.slice(0, -1)) && !w.includes('-');
  /** an organisation's head word (Institut, Stiftung, Bank) */
  const orgName = (w: string): boolean => p.orgKeywords.has(w) || LEX.orgKeywords.has(w);
  const givenName = (w: string): boolean =>
    p.givenNames.has(w) ||
    p.givenNames.has(w.split('-')[0]!) ||
    LEX.givenNames.has(w) ||
    // in a language whose names decline, a given name in another case (`Сергеем`, `Ирины`)
    (p.surnameEndings !== null && declinedGivenName(w, p.givenNames).length > 0);
  /** words written after a given name in the text: surnames wherever they stand (`so Pfeifer`), nouns though they be */
  const surnames = new Set<string>();
  /** how many tokens from i are a surname's particles (data surnameParticles, longest first; `von der`), 0 for none */
  const particlesAt = (i: number): number => {
    for (const ws of ll.surnameParticles) if (ws.every((w, x) => norms[i + x] === w && tokens[i + x]!.sent === tokens[i]!.sent)) return ws.length;
    return 0;
  };
  /** surnames written after a given name and particles (`Ursula von der Leyen`): the surname -> how many particles */
  const particled = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i]!.cap || !(tokens[i + 1]!.cap || ll.surnameParticles.length > 0) || !givenName(tokens[i]!.text)) continue;
    const n = particlesAt(i + 1);
    const t = tokens[i + 1 + n];
    if (!t?.cap || !t.word || t.sent !== tokens[i]!.sent) continue;
    // after particles with an article no body, nor a common noun after small ones (`Michael von der Polizei`; `Alexander Van der Bellen`)
    if (n > 1 && (orgName(t.text) || knownType(t.text, ll, p.code) !== null || (lexNoun(t.text) && !tokens[i + 1]!.cap))) continue;
    surnames.add(t.text);
    if (n > 0) particled.set(t.text, n);
    // a second surname closing the run (`Alberto Núñez Feijóo`): named alone later too
    const u = n === 0 && !p.capitalisedCommonNouns ? tokens[i + 2] : undefined;
    const second = u?.cap && u.word && u.sent === t.sent && u.start === t.end + 1;
    if (second && !givenName(u.text) && !orgName(u.text) && knownType(u.text, ll, p.code) === null) surnames.add(u.text);
  }
  // in a language whose surnames decline, the stem of one in another case is its nominative (`Бегловым` -> `Беглов`)
  if (p.surnameEndings)
    for (const s of [...surnames]) for (const e of p.inflectionEndings) if (s.endsWith(e) && s.length - e.length >= 4) surnames.add(s.slice(0, -e.length));
  /** a given name and a capitalised word after it start at token i */
  const fullNameAt = (i: number): boolean =>
    givenName(tokens[i]!.text) && !!tokens[i + 1]?.cap && !!tokens[i + 1]!.word && tokens[i + 1]!.sent === tokens[i]!.sent;
  /** a capitalised word right after a given name is its surname, whatever else the word means (Joschka Fischer, Ricarda Lang) */
  const surnameAt = (i: number, s: number): boolean => {
    if (i <= s || !tokens[i]!.cap || ll.pronouns.has(norms[i]!) || p.determiners.has(norms[i]!)) return false;
    const n = particled.get(tokens[i]!.text) ?? 0;
    return givenName(tokens[i - 1]!.text) || (n > 0 && i - n - 1 >= s && particlesAt(i - n) === n && givenName(tokens[i - n - 1]!.text));
  };
  /** token i is a surname's particle between a given name (from a on) and the surname (`von`, `der` in `Ursula von der Leyen`) */
  const inParticles = (i: number, a: number): boolean => {
    for (let x = i; x > a && x >= i - 2; x--) {
      const n = particlesAt(x);
      if (n > 0 && x + n > i && givenName(tokens[x - 1]!.text) && surnameAt(x + n, a)) return true;
    }
    return false;
  };
  /** a run a..b, a surname the text gave with its particles (`sagte von der Leyen`): where the name starts, else -1 */
  const particledStart = (a: number, b: number): number => {
    const n = particled.get(tokens[b - 1]!.text) ?? 0;
    if (n === 0) return -1;
    if (b - a === n + 1 && particlesAt(a) === n) return a;
    return b - a === 1 && a >= n && particlesAt(a - n) === n ? a - n : -1;
  };
  const orgWord = (t: Token): boolean => t.cap && orgName(t.text);
  /** a word ending as adjectives do; German, a hyphenated word whose last part is written small (`All-over`, `DSGVO-konform`) */
  const adjective = (t: Token): boolean =>
    p.adjectiveSuffixes.some((s) => t.norm.length > s.length + 2 && t.norm.endsWith(s)) || (p.capitalisedCommonNouns && LOW_TAIL.test(t.text));
  /** a German compound ending in a common noun (4+ letters, after 4+): a descriptor before a name (`Energieunternehmen
   * Baywa`); not a known name, a given name or a product's shape */
  const compoundNoun = (t: Token): boolean => {
    if (!p.capitalisedCommonNouns || !t.cap || t.text.length < 8 || t.text.includes('-') || NAME_SHAPE.test(t.text)) return false;
    return !givenName(t.text) && !knownType(t.text, ll, p.code, p.inflectionEndings) && !genitivePlace(t.text) && endsInNoun(t.text);
  };
  /** a capitalised word that can only be part of a name: no common noun, compound noun, adjective, connector or title; at a sentence's
   * start, where any word is capitalised, a given name, or not ending as adjectives and verbs do and (German) capitalised inside a
   * sentence too, a surname or name-shaped (not `Gestern Abend`) */
  const namePart = (i: number): boolean => {
    const t = tokens[i]!;
    if (!t.word || !t.cap || commonNoun(t) || compoundNoun(t) || adjective(t) || CONNECTORS.has(norms[i]!) || titleAt(i) > 0) return false;
    if (!t.sentStart || givenName(t.text)) return true;
    return !/(?:e|en|er|es|em)$/u.test(t.norm) && (!p.capitalisedCommonNouns || midCaps().has(t.text) || surnames.has(t.text) || NAME_SHAPE.test(t.text));
  };
  /** German: words the text capitalises inside a sentence too (a capital the sentence's start does not explain) */
  let midCapSet: Set<string> | null = null;
  const midCaps = (): Set<string> => {
    if (!midCapSet) midCapSet = new Set(tokens.filter((t) => t.word && t.cap && !t.sentStart).map((t) => t.text));
    return midCapSet;
  };
  /** a lone word only the lexicon knows as a noun (no compound, no plural only), next to a cue, not opening its sentence: a
   * surname (`gibt Pfeifer zu`); not after a preposition, nor after a cue whose subject stands before it (`Verdi kündigte Widerstand an`) */
  const spokenNoun = (i: number, e: number): boolean =>
    e === i + 1 &&
    (i === 0 || !tokens[i - 1]!.cap) &&
    !tokens[i]!.sentStart &&
    !tokens[i]!.text.includes('-') &&
    nounEvidence(tokens[i]!) === 1 &&
    !plurals.has(tokens[i]!.text) &&
    !ll.governs(norms[i - 1]) &&
    !subjectBeforeCue(i) &&
    cueNear(i, e);
  /** the cue ending right before token i (a separable one's verb too) has a capitalised word no noun right before it: its subject */
  const subjectBeforeCue = (i: number): boolean => {
    for (let n = 1; n <= 3 && i - n > 0; n++)
      if (matchPhrase(ll.cues, norms, i - n) === n || (n === 1 && ll.separable.has(norms[i - 1]!))) {
        let j = i - n - 1; // past an adverb or two (`Kompany selbst räumte Fehler ein`)
        while (j > i - n - 3 && j > 0 && tokens[j]!.word && !tokens[j]!.cap) j--;
        const t = tokens[j]!;
        if (t.word && t.cap && (!t.sentStart || surnames.has(t.text)) && nounEvidence(t) === 0) return true;
        // or a sentence opening with an article and a few words up to the verb: its subject (`Die IG Metall kündigte Widerstand an`)
        let lo = i - n - 1;
        while (lo > 0 && lo > i - n - 1 - SUBJECT_BEFORE_VERB && !tokens[lo]!.sentStart && tokens[lo]!.word) lo--;
        return tokens[lo]!.sentStart && ll.roleDeterminers.has(norms[lo]!) && lo < i - n - 1;
      }
    return false;
  };
  /** a common noun in the run a..b, unless the lexicon alone says so and the run shows it is a name */
  const nounInRun = (i: number, a: number, b: number): boolean =>
    commonNoun(tokens[i]!) &&
    !listedAfterConnector(i, a) &&
    !inParticles(i, a) &&
    !nameNoun(i, a, b) &&
    !spokenNoun(i, b) &&
    !(i === b - 1 && nounEvidence(tokens[i]!) === 1 && afterOrgNoun(i));
  /** where only names are capitalised, a capitalised stopword after a connector in the run is the name's (`del Trabajo`) */
  const listedAfterConnector = (i: number, a: number): boolean =>
    !p.capitalisedCommonNouns && i >= a + 2 && CONNECTORS.has(tokens[i - 1]!.norm) && tokens[i]!.cap && ll.stop.has(tokens[i]!.norm);
  /** a hyphenated name ending in an organisation's head word (genitive too), its other parts no word written small and
   * one at least no noun (`Max-Planck-Instituts`, `US-Zentralbank`; not `Tierschutz-Organisation`) */
  const namedOrgCompound = (w: string): boolean => {
    const dash = w.lastIndexOf('-');
    if (dash <= 0) return false;
    const tail = w.slice(dash + 1);
    if (!p.orgKeywords.has(tail) && !p.orgKeywords.has(tail.replace(/e?s$/u, ''))) return false;
    const parts = w.slice(0, dash).split('-');
    // one part at least a name, not a noun (`Robert-Koch-Institut`: Koch is a noun too)
    return parts.every((x) => x.length > 0 && !lowerSeen.has(x.toLowerCase())) && parts.some((x) => !lexNoun(x) || givenName(x));
  };
  /** German: a compound ending in an organisation's noun (data orgRoleTails: `autozulieferer`, `chemiekonzern`) */
  const orgCompound = (w: string): boolean => p.orgRoleTails.some((t) => w.length > t.length + 2 && w.endsWith(t));
  /** German: right after an organisation's common noun, or a compound ending in one (`der Autozulieferer Mahle`, `der
   * Konzern Bayer`): a word there that only the lexicon knows as a noun is the organisation's name */
  const afterOrgNoun = (i: number): boolean => {
    if (!p.capitalisedCommonNouns || i === 0 || !(ll.orgRoles.has(norms[i - 1]!) || orgCompound(norms[i - 1]!))) return false;
    // the noun with its article, an adjective between at most (`dem französischen Kabelhersteller Nexans`; not `Teilnehmende Unternehmen Praktika`)
    const det = (x: number): boolean => x >= 0 && p.determiners.has(norms[x]!);
    return det(i - 2) || (det(i - 3) && !tokens[i - 2]!.cap);
  };
  /** outside German, a capitalised article or other small word inside a sentence, before more of the run: a name's
   * first word (`El Espectador`, `Le Monde`, `Nuevas Ideas`), as nothing else there is written with a capital */
  const nameOpener = (i: number, e: number): boolean =>
    !p.capitalisedCommonNouns && i + 1 < e && tokens[i]!.cap && !tokens[i]!.sentStart && !opensClause(i) && tokens[i]!.text.length > 1;
  /** a genitive of a known name or of a surname the text writes after a given name (`Erdogans`, `Putins`, `Kesslers`): the
   * noun after it is what the person has, not the name's */
  const genitive = (i: number): boolean => {
    const w = tokens[i]!.text;
    return w.length > 3 && w.endsWith('s') && (knownType(w.slice(0, -1), ll, p.code) !== null || surnames.has(w.slice(0, -1)));
  };
  /** a simple noun only the lexicon knows, or a body's head word ending the run (`Konrad Adenauer Stiftung`), in a run (a..b) holding
   * a word only names have: the name's (`Schloss Elmau`), unless after a genitive; a hyphenated compound stays a noun (`Broadway Musical-Hit`) */
  const nameNoun = (i: number, a: number, b: number): boolean => {
    const bodyLast = i === b - 1 && i > a && p.orgKeywords.has(tokens[i]!.text) && !CONNECTORS.has(norms[i - 1]!);
    if ((nounEvidence(tokens[i]!) !== 1 && !bodyLast) || tokens[i]!.text.includes('-') || (i > a && genitive(i - 1))) return false;
    // after a given name and its surname the name is whole (`Jan Marsalek Bilanzen gefälscht`; not `Hans Werner Sinn`, `Carl Hanser Verlag`)
    if (i - a >= 2 && givenName(tokens[i - 2]!.text) && surnames.has(tokens[i - 1]!.text) && !givenName(tokens[i - 1]!.text) && !orgName(tokens[i]!.text))
      return false;
    for (let x = a; x < b; x++) if (x !== i && namePart(x)) return true;
    return false;
  };
  /** the word opens a quotation or a clause after a dash or colon, where any word is capitalised */
  const opensClause = (i: number): boolean => i > 0 && /^[„‚“"«»「—–:-]$/u.test(tokens[i - 1]!.text);
  // a cue after the run (not one that leads its speaker: "Anhieb so ins Ohr"), or one ending right before it
  const cueNear = (a: number, b: number): boolean =>
    (matchPhrase(ll.cues, norms, b) > 0 && matchPhrase(ll.leadingCues, norms, b) === 0) || (a > 0 && (cueEndsAt(a) || separableAround(a, b)));
  /** a separable cue's verb right before the run and its particle right after it (`gibt Pfeifer zu`) */
  const separableAround = (a: number, b: number): boolean => !!ll.separable.get(norms[a - 1]!)?.has(norms[b] ?? '');
  const cueEndsAt = (i: number): boolean => {
    for (let n = 1; n <= 3 && i - n >= 0; n++) if (matchPhrase(ll.cues, norms, i - n) === n) return true;
    return false;
  };
  /** a surname in the nominative by its ending (`Ядгаров`) */
  const nominativeSurname = (w: string): boolean => ll.surnameNominatives.some((x) => w.length >= x.length + 3 && w.endsWith(x));
  /** a run k..e shaped as a person's full name: two to four words, each a capital then small letters (or two joined by a hyphen), connectors inside, none a
   * known name, an organisation's word, a stopword or a word the text writes in lower case (`Kylian Mbappé`), not after an article; where names inflect, two
   * words, the last a surname in the nominative by its ending (`Искандер Ядгаров`; not `со своим коллегой Хаканом Фиданом`) */
  const personShaped = (k: number, e: number): boolean => {
    const inflected = p.inflectionEndings.length > 0;
    if (e - k < 2 || e - k > 4 || (inflected && (e - k !== 2 || !nominativeSurname(tokens[k + 1]!.text)))) return false;
    // not after an article, alone or in a preposition (`il Corriere della Sera`, `del Organismo`): a person's name goes without one
    if (k > 0 && (ll.roleDeterminers.has(norms[k - 1]!) || ll.articleContractions.has(norms[k - 1]!))) return false;
    for (let x = k; x < e; x++) {
      const t = tokens[x]!;
      if (CONNECTORS.has(norms[x]!) && x > k && x < e - 1) continue;
      if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text)) return false;
      if (knownType(t.text, ll, p.code, p.inflectionEndings) || lowerSeen.has(t.norm) || orgName(t.text) || ll.stop.has(t.norm)) return false;
    }
    return true;
  };

  const { nameHead, placeAdjective, placeTail, townStreet } = townWordTests(ll, p, orgCompound, nouns);
  /** a title in any case (`Leiter`, `Leiters`, `Assistenten`): an adjective before it is the title's (`des Geistlichen Leiters`) */
  const titleNoun = (i: number): boolean => titleAt(i) > 0 || [norms[i]!, norms[i]!.replace(/(?:e?s|e?n)$/u, '')].some((w) => ll.titleWords.has(w));
  /** German: inside a sentence a capitalised adjective (the lexicon's nominalised ones, a town's, or a word ending as
   * adjectives do that is no noun) before a noun at i + 1 opens a name (`Europäische Zentralbank`; not `vielen Menschen`) */
  const adjectiveName = (i: number): boolean => {
    const t = tokens[i]!;
    const before = tokens[i - 1]; // (an article opening the sentence is no capitalised word: `Der Deutsche Wetterdienst`)
    if (!p.capitalisedCommonNouns || !before || t.sentStart || opensClause(i) || (before.cap && !(before.sentStart && p.determiners.has(norms[i - 1]!))))
      return false;
    const next = tokens[i + 1];
    if (!next?.word || !next.cap || next.text.includes('-') || titleNoun(i + 1)) return false;
    if (lexAdjective(t.text) || (adjective(t) && !lexNoun(t.text) && !compoundNoun(t))) return commonNoun(next) || compoundNoun(next);
    // a town's adjective before a word heading names of places, bodies, events (`Potsdamer Platz`; not `Moskauer Führung`)
    return (placeAdjective(t.text) && nameHead(next.text)) || townStreet(t.text, next.text);
  };

  /** German: a state's prefix and a body's noun in one word, in the genitive too (data bodyCompounds: `Bundesgerichtshofs`) */
  const stateBody = (w: string): boolean => {
    const lower = w.toLowerCase();
    const pre = p.bodyCompounds.prefixes.find((x) => lower.startsWith(x));
    if (!pre || w.includes('-')) return false;
    const rest = [lower, lower.replace(/e?s$/u, '')];
    return p.bodyCompounds.tails.some((t) => rest.some((r) => r.length > pre.length + 2 && r.endsWith(t)));
  };
  /** an organisation's head word, alone or ending a compound, in the genitive or another case too (`Koch-Instituts`, `Ассоциации`) */
  const orgHead = (w: string): boolean => {
    const tail = w.slice(w.lastIndexOf('-') + 1);
    if (
      orgName(w) ||
      orgName(tail) ||
      stateBody(w) ||
      (tail.length > 4 && /e?s$/u.test(tail) && (orgName(tail.slice(0, -1)) || orgName(tail.replace(/es$/u, ''))))
    )
      return true;
    if (p.surnameEndings !== null && orgHeadStems(p).has(stem(w.toLowerCase(), p.code))) return true;
    // German: a compound ending in one (`Handelsverband`, `Bundesgesundheitsministerium`)
    return p.capitalisedCommonNouns && ll.lowerOrgTails.some((k) => tail.length > k.length + 2 && tail.toLowerCase().endsWith(k));
  };
  /** an organisation's common noun (data orgRoles) right before token k, or one lower-case word before it; written small, but in
   * German (`le groupe Renault`, `l'association Anticor`, `der Konzern BASF`) */
  const orgNounBefore = (k: number): boolean => {
    const orgNoun = (i: number): boolean =>
      (ll.orgRoles.has(norms[i]!.replace(ELIDED_ARTICLE, '')) && (p.capitalisedCommonNouns || !tokens[i]!.cap)) || orgCompound(norms[i]!);
    const small = (i: number): boolean => tokens[i]!.word && !tokens[i]!.cap && !ELIDED_CAP.test(tokens[i]!.text);
    return (k >= 1 && orgNoun(k - 1)) || (k >= 2 && orgNoun(k - 2) && small(k - 1));
  };
  /** a known place at token k after a connector and capitalised words, one an organisation's, event's or place's head
   * word (elided article or not), names that (`Banco de Portugal`, `Rua de Santa Catarina`): its start and type, or null */
  const headBefore = (k: number, used: Uint8Array): { start: number; type: 'org' | 'other' | 'place' } | null => {
    if (k < 2 || !CONNECTORS.has(norms[k - 1]!) || used[k - 1] || used[k - 2]) return null;
    let a = k - 1;
    const capital = (t: Token): boolean => t.cap || ELIDED_CAP.test(t.text);
    while (a > 0 && a > k - 5 && !used[a - 1] && tokens[a - 1]!.word && capital(tokens[a - 1]!) && titleAt(a - 1) === 0) a--;
    const bare = (q: number): string => tokens[q]!.text.replace(ELIDED_ARTICLE, '');
    const heads = {
      org: (q: number) => orgWord(tokens[q]!) || orgName(bare(q)),
      other: (q: number) => p.otherKeywords.has(bare(q)),
      place: (q: number) => p.placeKeywords.has(bare(q)),
    };
    for (const type of ['org', 'other', 'place'] as const) for (let q = a; q < k - 1; q++) if (heads[type](q)) return { start: q, type };
    return null;
  };
  const opensCompound = (i: number): boolean => opensCompoundAt(tokens, i);
  const genitivePlace = (w: string): string | null => genitivePlaceOf(w, p, ll);
  /** the first token of a run [s, e) past a nationality's noun opening it, after an article at most (`L'Italien Jannik
   * Sinner`, `Le Canadien Félix Auger-Aliassime`): e when the run is that noun alone (`le Britannique`) */
  const pastDemonym = (s: number, e: number): number => {
    const demonym = (k: number): boolean => k < e && ll.demonyms.has(tokens[k]!.text.toLowerCase().replace(ELIDED_ARTICLE, ''));
    if (demonym(s)) return s + 1;
    return ll.stop.has(norms[s]!) && demonym(s + 1) ? s + 2 : s;
  };
  // an organisation's or an institution's noun, or a compound ending in one (`Generalstaatsanwaltschaft`, `Landgerichts`),
  // that names a body before its seat; not one that makes no body with the town after it (`Stadt Köln`)
  const roleTails = [...ll.speakerRoles].filter((r) => r.length >= 5);
  const bodyNoun = (w: string): boolean => ll.speakerRoles.has(w) || roleTails.some((r) => w.endsWith(r) || w.endsWith(`${r}s`));
  const bodyBeforeSeat = (j: number): boolean => orgHead(tokens[j]!.text) || (bodyNoun(norms[j]!) && !p.unseatedRoles.some((r) => norms[j]!.endsWith(r)));
  return {
    pastDemonym,
    surnames,
    particlesAt,
    particledStart,
    lowerSeen,
    commonNoun,
    nounEvidence,
    orgName,
    givenName,
    fullNameAt,
    surnameAt,
    orgWord,
    adjective,
    compoundNoun,
    nounInRun,
    nameOpener,
    opensClause,
    cueNear,
    personShaped,
    adjectiveName,
    lexAdjective,
    placeAdjective,
    placeTail,
    townStreet,
    orgCompound,
    namedOrgCompound,
    orgHead,
    opensCompound,
    genitivePlace,
    orgNounBefore,
    stateBody,
    headBefore,
    bodyBeforeSeat,
  };
}
/** What `nameWordTests` gives. */
export type NameWordTests = ReturnType<typeof nameWordTests>;
