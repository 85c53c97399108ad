// A language's word lists as phrase sets and sets, built once per language for the entity and quote finders.
import { nounPlaceNames, placeNames } from '../lang/places.js';
import type { EntityType } from '../model.js';
import { aliasSpellings, type LangProfile, stem, stopwords } from '../lang/index.js';
import { type PhraseSet, phraseSetOf } from './lexicon.js';

/** Words as the analyzer's tokeniser splits text (so a phrase matches the tokens it names). */
const tokenWords = (x: string): string[] => x.match(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*\.?/gu) ?? [];
const phrases = (xs: Iterable<string>): PhraseSet => phraseSetOf(xs, tokenWords);
/** Whether a word ends in one of `endings` with more than `rest` letters before it (`Arbeitnehmervertreterin`: -in). */
const endsIn =
  (endings: readonly string[], rest = 2) =>
  (w: string): boolean =>
    endings.some((e) => w.length > e.length + rest && w.endsWith(e));

export interface LangLex {
  titles: PhraseSet;
  /** titles of people who speak for someone else (profile agentTitles) */
  agentTitles: PhraseSet;
  /** the cities of the language's countries (lang/places.ts), loaded at the first call */
  places: () => ReadonlySet<string>;
  /** the towns of those countries that are common nouns too (`Essen`, `Hof`): places after a bare place preposition only */
  nounPlaces: () => ReadonlySet<string>;
  /** nouns standing for an organisation named before (profile orgRoles), lower case */
  orgRoles: Set<string>;
  /** nouns of institutions that speak unnamed (profile institutionRoles), lower case */
  institutionRoles: Set<string>;
  /** the letters an organisation's name shares with its noun w (lower case): its first five, or its Snowball stem when
   * shorter (`суда` -> `суд` in `Мещанский суд`) */
  roleKey: (w: string) => string;
  /** nouns of people who speak for an organisation (profile spokespersons), lower case */
  spokespersons: Set<string>;
  /** the spokesperson's noun a longer compound ends with (`bahnsprecherin` -> `sprecherin`), else undefined */
  spokespersonTail: (w: string) => string | undefined;
  /** capitalised nouns of a nationality or a town's people (profile demonyms), lower case */
  demonyms: Set<string>;
  /** whether a capitalised noun (lower case here) ends as a person's noun does (profile personNounEndings) */
  personNoun: (w: string) => boolean;
  /** whether a verb (lower case) ends as the third person plural does (profile pluralVerbEndings) */
  pluralVerb: (w: string) => boolean;
  /** a surname's particles (profile surnameParticles), each as its words, longest first (`von der` -> [von, der]) */
  surnameParticles: string[][];
  /** nouns a speaker may be named by: orgRoles and institutionRoles */
  speakerRoles: Set<string>;
  /** the noun of speakerRoles a word is, in any case (its Snowball stem: `мэрии` -> `мэрия`), else undefined */
  speakerRoleOf: (w: string) => string | undefined;
  /** organisations' head words in lower case (`ministère`, `ministero`), and those of five letters or more that end German compounds (`verband`) */
  lowerOrgs: Set<string>;
  lowerOrgTails: string[];
  /** a preposition and the definite article in one word (profile articleContractions: `del`, `au`, `nella`) */
  articleContractions: Set<string>;
  /** definite articles opening a role phrase, lower case */
  roleDeterminers: Set<string>;
  /** words joining a title to what it heads, lower case */
  roleLinks: Set<string>;
  /** two-word cues (`a reconnu`, `ha detto`) by their words: an adverb may stand between them (`a toutefois reconnu`) */
  splitCompound: Set<string>;
  /** two-word label cues (`ha invitato`, `a dénoncé`) by their words, for the same split (`ha però invitato`) */
  splitLabel: Set<string>;
  /** the first words of those two-word cues and label cues */
  compoundHeads: Set<string>;
  /** the profile's auxiliaries and the participles of the two-word cues they head: any of the one with any of the other is
   * a cue (`avait insisté` as `a insisté`, `aveva detto` as `ha detto`) */
  auxiliaries: Set<string>;
  participles: Set<string>;
  /** prepositions of place (profile locatives) */
  locatives: Set<string>;
  /** phrases that may stand inside those two-word cues instead of an adverb (`a pour sa part glissé`) */
  compoundInserts: PhraseSet;
  /** phrases handing the quotation before them to their verb's subject (profile resumptivePhrases) */
  resumptivePhrases: PhraseSet;
  /** words opening a sentence that stand for the quotation before, ahead of a cue (profile pointingOpeners) */
  pointingOpeners: PhraseSet;
  /** phrases after which a quotation is a name (profile namingPhrases) */
  namingPhrases: PhraseSet;
  /** a separable cue's verb (lower case) -> its particles */
  separable: Map<string, Set<string>>;
  /** words ending a title's complement (profile phraseBreaks), lower case */
  phraseBreaks: Set<string>;
  cues: PhraseSet;
  /** cues whose speaker comes after them only (profile leadingCues) */
  leadingCues: PhraseSet;
  /** participles used as cues (profile participleCues), whose subject is the clause's they hang on */
  participleCues: PhraseSet;
  according: PhraseSet;
  /** 'according to' words that count only opening a sentence (profile openingAccording) */
  openingAccording: PhraseSet;
  /** phrases naming the document a quote is read in (profile statementCues) */
  statementCues: PhraseSet;
  /** 'according to him / her' phrases (profile pronounAccording) */
  pronounAccording: PhraseSet;
  /** 'according to whom' phrases after a name (profile relativeAccording) */
  relativeAccording: PhraseSet;
  /** conjunctions and relative words (profile conjunctions), lower case */
  conjunctions: Set<string>;
  /** words for 'and' joining a second verb to its clause's subject (profile coordinators), lower case */
  coordinators: Set<string>;
  /** relative pronouns (profile relatives), lower case */
  relatives: Set<string>;
  /** object pronouns between a subject and its verb (profile objectClitics), lower case */
  objectClitics: Set<string>;
  /** verbs that characterise with the quoted words after them (profile labelCues) */
  labelCues: PhraseSet;
  /** nouns of documents and statements (profile documentNouns), lower case */
  documentNouns: Set<string>;
  /** a name at token i (its first token) is governed: after a preposition (not a title's link, an article or a conjunction) or a dative
   * article (`al Corriere della Sera`, `Dem Münchner Merkur`), an object, no subject */
  governs: (prev: string | undefined) => boolean;
  /** the language capitalises its common nouns (German) */
  capitalisedNouns: boolean;
  /** the head nouns of names by the type of name they lead (profile orgKeywords, placeKeywords, otherKeywords; org first) */
  heads: Map<string, EntityType>;
  /** organisations whose names are words, and the words that show a text is about their field (profile contextOrgs) */
  contextOrgs: { cues: Set<string>; names: Set<string> };
  /** words of time between a cue and its subject: the full day names and the profile's timeAdverbs, lower case */
  timeWords: Set<string>;
  /** indefinite articles (profile indefiniteArticles) */
  indefinite: Set<string>;
  /** plural definite articles (profile pluralArticles) */
  plural: Set<string>;
  /** nouns for someone left unnamed, lower case (profile unnamedSources) */
  unnamedSources: Set<string>;
  /** a compound ending in a body's noun (data bodyCompounds tails, lower case: `innenministerium`, `landgericht`) */
  bodyTail: (w: string) => boolean;
  /** complementisers that open reported speech, lower case */
  complementizers: Set<string>;
  /** pronouns, lower case */
  pronouns: Set<string>;
  /** verb forms marking reported speech in a clause without a complementizer (profile reportedClauseVerbs) */
  clauseVerbs: Set<string>;
  gazetteer: PhraseSet;
  gazType: Map<string, EntityType>;
  stop: Set<string>;
  /** a script without capitals (Arabic), where the article marks what is definite */
  uncased: boolean;
  /** an adjective's ending before a body's noun (Russian data bodyAdjectiveEndings: `областная прокуратура`) */
  bodyAdjective: (w: string) => boolean;
  /** stemmed known name (gazetteer or alias) -> the name as written there: inflected forms find their entry */
  byStem: Map<string, string>;
  /** one-word titles, lower case */
  titleWords: Set<string>;
  /** qualifiers that may stand between a role phrase's article and its title (`l'ancien Premier ministre`), lower case */
  roleQualifiers: Set<string>;
  /** one-word titles of five letters or more, lower case: the tails of compound titles */
  titleTails: string[];
  /** in a language whose titles inflect, the stem of a singular inflected one-word title (or agent title), else null */
  titleStem: ((w: string) => string | null) | null;
  /** endings of a surname in the nominative that no adjective has (profile surnameEndings less bodyAdjectiveEndings: `Ядгаров`) */
  surnameNominatives: string[];
  /** the stems of the one-word titles, and of the agent titles alone */
  titleStems: Set<string>;
  agentTitleStems: Set<string>;
}

/** The stems of the one-word titles, in a language whose titles inflect. */
function oneWordStems(titles: string[], p: LangProfile): Set<string> {
  return new Set(p.titlePluralEndings.length ? titles.filter((t) => !/\s/.test(t)).map((t) => stem(t.toLowerCase(), p.code)) : []);
}

export function stemName(name: string, code: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => stem(w, code))
    .join(' ');
}

const lexCache = new Map<string, LangLex>();

/** The stopword package's list less the content words in it (news-corpus lists carry `consiglio`, `generale`, Arabic
 * `لوكالة`): words of five letters or more our data names as roles, bodies' nouns, titles or name keywords, and the
 * language's notStopwords; with the function words it lacks (extraStopwords). */
function analysisStopwords(p: LangProfile): Set<string> {
  const own = [
    ...p.orgRoles,
    ...p.institutionRoles,
    ...p.titles,
    ...p.agentTitles,
    ...p.spokespersons,
    ...p.orgKeywords,
    ...p.placeKeywords,
    ...p.otherKeywords,
  ];
  const drop = new Set([...own.map((w) => w.toLowerCase()).filter((w) => w.length >= 5), ...p.notStopwords]);
  const all = stopwords(p.code);
  if (p.extraStopwords.length === 0 && ![...drop].some((w) => all.has(w))) return all;
  return new Set([...[...all].filter((w) => !drop.has(w)), ...p.extraStopwords]);
}

/** The profile's word lists as phrase sets (built once per language). */
export function langLex(p: LangProfile): LangLex {
  let l = lexCache.get(p.code);
  if (l) return l;
  const gazType = new Map<string, EntityType>();
  for (const t of ['person', 'place', 'org'] as const) for (const n of p.gazetteer[t]) gazType.set(n.toLowerCase(), t);
  const roleDeterminers = new Set(p.roleDeterminers.map((x) => x.toLowerCase()));
  const roleLinks = new Set(p.roleLinks.map((x) => x.toLowerCase()));
  const phraseBreaks = new Set(p.phraseBreaks.map((x) => x.toLowerCase()));
  const datives = new Set(p.datives);
  const conjunctions = new Set(p.conjunctions.map((x) => x.toLowerCase()));
  const spokespersons = new Set(p.spokespersons.map((x) => x.toLowerCase()));
  const spokespersonList = [...spokespersons];
  const speakerRoles = new Set([...p.orgRoles, ...p.institutionRoles].map((x) => x.toLowerCase()));
  const roleStems = new Map([...speakerRoles].map((r) => [stem(r, p.code), r]));
  l = {
    // a spokesperson's or a lawyer's title is a title too (a name after it is a person)
    titles: phrases([...p.titles, ...p.agentTitles]),
    agentTitles: phrases(p.agentTitles),
    places: () => placeNames(p.code, p.placeCountries, p.capitalisedCommonNouns),
    nounPlaces: () => nounPlaceNames(p.code, p.placeCountries, p.capitalisedCommonNouns),
    orgRoles: new Set(p.orgRoles.map((x) => x.toLowerCase())),
    institutionRoles: new Set(p.institutionRoles.map((x) => x.toLowerCase())),
    spokespersons,
    spokespersonTail: (w) => spokespersonList.find((x) => w.length > x.length + 2 && w.endsWith(x)),
    roleKey: (w) => {
      const s = stem(w, p.code);
      return s.length < 5 ? s : w.slice(0, 5);
    },
    demonyms: new Set(p.demonyms.map((x) => x.toLowerCase())),
    personNoun: endsIn(p.personNounEndings),
    pluralVerb: endsIn(p.pluralVerbEndings, 1),
    surnameParticles: p.surnameParticles.map((x) => x.toLowerCase().split(' ')),
    speakerRoles,
    speakerRoleOf: (w) => (speakerRoles.has(w) ? w : roleStems.get(stem(w, p.code))),
    lowerOrgs: new Set([...p.orgKeywords].map((w) => w.toLowerCase())),
    lowerOrgTails: [...p.orgKeywords].map((w) => w.toLowerCase()).filter((w) => w.length >= 5),
    roleDeterminers,
    roleLinks,
    phraseBreaks,
    articleContractions: new Set(p.articleContractions),
    separable: new Map(),
    splitCompound: new Set(p.cues.map((c) => c.toLowerCase()).filter((c) => c.split(' ').length === 2)),
    splitLabel: new Set(p.labelCues.map((c) => c.toLowerCase()).filter((c) => c.split(' ').length === 2)),
    compoundHeads: new Set(
      [...p.cues, ...p.labelCues]
        .map((c) => c.toLowerCase().split(' '))
        .filter((w) => w.length === 2)
        .map((w) => w[0]!),
    ),
    ...auxiliariesOf(p),
    locatives: p.locatives,
    compoundInserts: phrases(p.compoundInserts),
    resumptivePhrases: phrases(p.resumptivePhrases),
    pointingOpeners: phrases(p.pointingOpeners),
    namingPhrases: phrases(p.namingPhrases),
    cues: phrases(p.cues),
    leadingCues: phrases(p.leadingCues),
    participleCues: phrases(p.participleCues),
    according: phraseSetOf(p.according),
    openingAccording: phraseSetOf(p.openingAccording),
    statementCues: phraseSetOf(p.statementCues),
    pronounAccording: phraseSetOf(p.pronounAccording),
    relativeAccording: phraseSetOf(p.relativeAccording),
    capitalisedNouns: p.capitalisedCommonNouns,
    heads: headTypes(p),
    contextOrgs: { cues: new Set(p.contextOrgs.cues), names: new Set(p.contextOrgs.names) },
    // after a preposition that is no title's link or article, or after a dative article
    conjunctions,
    coordinators: new Set(p.coordinators.map((x) => x.toLowerCase())),
    relatives: new Set(p.relatives.map((x) => x.toLowerCase())),
    objectClitics: new Set(p.objectClitics.map((x) => x.toLowerCase())),
    labelCues: phrases(p.labelCues),
    documentNouns: new Set(p.documentNouns.map((x) => x.toLowerCase())),
    governs: (prev) =>
      prev !== undefined && ((phraseBreaks.has(prev) && !roleLinks.has(prev) && !roleDeterminers.has(prev) && !conjunctions.has(prev)) || datives.has(prev)),
    timeWords: new Set([...p.days.map((names) => names[0] ?? ''), ...p.timeAdverbs].filter((w) => w.length > 2).map((w) => w.toLowerCase())),
    indefinite: new Set(p.indefiniteArticles),
    plural: new Set(p.pluralArticles),
    unnamedSources: new Set(p.unnamedSources.map((w) => w.toLowerCase())),
    bodyTail: endsIn(p.bodyCompounds.tails),
    complementizers: new Set(p.complementizers.map((c) => c.toLowerCase())),
    pronouns: new Set(p.pronouns.map((x) => x.toLowerCase())),
    clauseVerbs: new Set(p.reportedClauseVerbs),
    gazetteer: phrases(gazType.keys()),
    gazType,
    stop: analysisStopwords(p),
    uncased: p.uncased,
    bodyAdjective: endsIn(p.bodyAdjectiveEndings),
    byStem: new Map(),
    titleStem: p.titlePluralEndings.length ? (w) => (w.length >= 4 && !p.titlePluralEndings.some((e) => w.endsWith(e)) ? stem(w, p.code) : null) : null,
    surnameNominatives: [...(p.surnameEndings?.male ?? []), ...(p.surnameEndings?.female ?? [])].filter((x) => !p.bodyAdjectiveEndings.includes(x)),
    titleStems: oneWordStems([...p.titles, ...p.agentTitles], p),
    agentTitleStems: oneWordStems(p.agentTitles, p),
    titleWords: new Set([...p.titles, ...p.agentTitles].filter((t) => !/\s/.test(t)).map((t) => t.toLowerCase())),
    roleQualifiers: new Set(p.roleQualifiers.map((x) => x.toLowerCase())),
    titleTails: p.titleCompounds ? [...p.titles.filter((t) => !/\s/.test(t) && t.length >= 5), ...p.titleCompoundTails].map((t) => t.toLowerCase()) : [],
  };
  for (const c of p.separableCues) {
    const [verb, particle] = c.toLowerCase().split(' ') as [string, string];
    const set = l.separable.get(verb) ?? new Set<string>();
    set.add(particle);
    l.separable.set(verb, set);
  }
  for (const n of [...p.gazetteer.person, ...p.gazetteer.place, ...p.gazetteer.org, ...aliasSpellings()]) {
    const k = stemName(n, p.code);
    if (!l.byStem.has(k)) l.byStem.set(k, n);
  }
  lexCache.set(p.code, l);
  return l;
}

/** The participles of a language's two-word cues whose first word is an auxiliary (see `LangLex.auxiliaries`). */
function auxiliariesOf(p: LangProfile): { auxiliaries: Set<string>; participles: Set<string> } {
  const auxiliaries = new Set(p.auxiliaries.map((w) => w.toLowerCase()));
  const participles = new Set<string>();
  for (const c of p.cues) {
    const w = c.toLowerCase().split(' ');
    if (w.length === 2 && auxiliaries.has(w[0]!)) participles.add(w[1]!);
  }
  return { auxiliaries, participles };
}

/** The head nouns of a profile by the type of name they lead; a word in two lists leads an organisation's. */
function headTypes(p: LangProfile): Map<string, EntityType> {
  const heads = new Map<string, EntityType>();
  for (const w of p.otherKeywords) heads.set(w, 'other');
  for (const w of p.placeKeywords) heads.set(w, 'place');
  for (const w of p.orgKeywords) heads.set(w, 'org');
  return heads;
}
