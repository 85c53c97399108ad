// Language profiles: the per-language rules (quote marks, cues, titles, month names, boilerplate) read from data/lang/<code>/.
import { NewsloomError } from '../errors.js';
import type { LangProfile } from './profile-shape.js';
import { LANG_DATA, SHARED_ORGS } from './registry.js';

export type { LangProfile } from './profile-shape.js';

/** A data file under data/lang/ that does not have the shape the profiles need. */
export class LangDataError extends NewsloomError {
  override name = 'LangDataError';
  constructor(code: string, file: string, field: string, path = `data/lang/${code}/${file}.json`) {
    super('config', `${path}: field "${field}" is missing or of the wrong type; fix the file or restore it from git`);
  }
}

function strings(v: unknown, code: string, file: string, field: string, path?: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new LangDataError(code, file, field, path);
  return v as string[];
}

/** An optional object of string lists in analyze.json (`nameTails`): each of `fields` a list, empty when absent. */
function groupOf<K extends string>(v: unknown, fields: readonly K[], code: string, key: string): Record<K, string[]> {
  const o = (v ?? {}) as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, strings(o[f] ?? [], code, 'analyze', `${key}.${f}`)])) as Record<K, string[]>;
}

function surnameEndingsOf(v: unknown, code: string): { male: string[]; female: string[] } | null {
  if (v === undefined) return null;
  const o = v as { male?: unknown; female?: unknown };
  return { male: strings(o?.male, code, 'analyze', 'surnameEndings.male'), female: strings(o?.female, code, 'analyze', 'surnameEndings.female') };
}

function lists(v: unknown, code: string, file: string, field: string, n: number): string[][] {
  if (!Array.isArray(v) || v.length !== n) throw new LangDataError(code, file, field);
  return v.map((x) => strings(x, code, file, field).map((s) => s.toLowerCase()));
}

function load(code: string): LangProfile {
  const raw = LANG_DATA[code]!;
  const a = (raw.analyze ?? {}) as Record<string, unknown>;
  const d = (raw.dates ?? {}) as Record<string, unknown>;
  const b = (raw.boilerplate ?? {}) as Record<string, unknown>;
  const marks = a.quoteMarks;
  if (!Array.isArray(marks) || marks.some((p) => !Array.isArray(p) || p.length !== 2 || p.some((x) => typeof x !== 'string' || x.length !== 1)))
    throw new LangDataError(code, 'analyze', 'quoteMarks');
  const gz = (a.gazetteer ?? {}) as Record<string, unknown>;
  return {
    code,
    rules: true,
    quoteMarks: marks as [string, string][],
    dashAfterQuote: a.dashAfterQuote === true,
    uncased: a.uncased === true,
    cues: strings(a.cues, code, 'analyze', 'cues'),
    according: strings(a.according, code, 'analyze', 'according'),
    openingAccording: strings(a.openingAccording ?? [], code, 'analyze', 'openingAccording'),
    statementCues: strings(a.statementCues ?? [], code, 'analyze', 'statementCues'),
    pronounAccording: strings(a.pronounAccording ?? [], code, 'analyze', 'pronounAccording'),
    relativeAccording: strings(a.relativeAccording ?? [], code, 'analyze', 'relativeAccording'),
    slotVerbEndings: strings(a.slotVerbEndings ?? [], code, 'analyze', 'slotVerbEndings'),
    slotParticipleEndings: strings(a.slotParticipleEndings ?? [], code, 'analyze', 'slotParticipleEndings'),
    auxiliaries: strings(a.auxiliaries ?? [], code, 'analyze', 'auxiliaries'),
    timeAdverbs: strings(a.timeAdverbs ?? [], code, 'analyze', 'timeAdverbs'),
    compoundInserts: strings(a.compoundInserts ?? [], code, 'analyze', 'compoundInserts'),
    resumptivePhrases: strings(a.resumptivePhrases ?? [], code, 'analyze', 'resumptivePhrases'),
    pointingOpeners: strings(a.pointingOpeners ?? [], code, 'analyze', 'pointingOpeners'),
    namingPhrases: strings(a.namingPhrases ?? [], code, 'analyze', 'namingPhrases'),
    termNouns: strings(a.termNouns ?? [], code, 'analyze', 'termNouns'),
    commonAbbreviations: new Set(strings(a.commonAbbreviations ?? [], code, 'analyze', 'commonAbbreviations')),
    citationWords: new Set(strings(a.citationWords ?? [], code, 'analyze', 'citationWords')),
    datives: strings(a.datives ?? [], code, 'analyze', 'datives'),
    conjunctions: strings(a.conjunctions ?? [], code, 'analyze', 'conjunctions'),
    coordinators: strings(a.coordinators ?? [], code, 'analyze', 'coordinators'),
    relatives: strings(a.relatives ?? [], code, 'analyze', 'relatives'),
    objectClitics: strings(a.objectClitics ?? [], code, 'analyze', 'objectClitics'),
    labelCues: strings(a.labelCues ?? [], code, 'analyze', 'labelCues'),
    documentNouns: strings(a.documentNouns ?? [], code, 'analyze', 'documentNouns'),
    orgPrefixes: strings(a.orgPrefixes ?? [], code, 'analyze', 'orgPrefixes'),
    bodyAdjectiveEndings: strings(a.bodyAdjectiveEndings ?? [], code, 'analyze', 'bodyAdjectiveEndings'),
    adjectiveEndingsAfter: strings(a.adjectiveEndingsAfter ?? [], code, 'analyze', 'adjectiveEndingsAfter'),
    articleContractions: strings(a.articleContractions ?? [], code, 'analyze', 'articleContractions'),
    complementizers: strings(a.complementizers, code, 'analyze', 'complementizers'),
    reportedClauseVerbs: strings(a.reportedClauseVerbs ?? [], code, 'analyze', 'reportedClauseVerbs'),
    leadingCues: strings(a.leadingCues ?? [], code, 'analyze', 'leadingCues'),
    participleCues: strings(a.participleCues ?? [], code, 'analyze', 'participleCues'),
    separableCues: strings(a.separableCues ?? [], code, 'analyze', 'separableCues'),
    titles: strings(a.titles, code, 'analyze', 'titles'),
    roleDeterminers: strings(a.roleDeterminers ?? [], code, 'analyze', 'roleDeterminers'),
    roleLinks: strings(a.roleLinks ?? [], code, 'analyze', 'roleLinks'),
    phraseBreaks: strings(a.phraseBreaks ?? [], code, 'analyze', 'phraseBreaks'),
    roleQualifiers: strings(a.roleQualifiers ?? [], code, 'analyze', 'roleQualifiers'),
    agentTitles: strings(a.agentTitles ?? [], code, 'analyze', 'agentTitles'),
    orgRoles: strings(a.orgRoles ?? [], code, 'analyze', 'orgRoles'),
    institutionRoles: strings(a.institutionRoles ?? [], code, 'analyze', 'institutionRoles'),
    spokespersons: strings(a.spokespersons ?? [], code, 'analyze', 'spokespersons'),
    demonyms: strings(a.demonyms ?? [], code, 'analyze', 'demonyms'),
    personNounEndings: strings(a.personNounEndings ?? [], code, 'analyze', 'personNounEndings'),
    pluralVerbEndings: strings(a.pluralVerbEndings ?? [], code, 'analyze', 'pluralVerbEndings'),
    surnameParticles: strings(a.surnameParticles ?? [], code, 'analyze', 'surnameParticles'),
    bodyCompounds: groupOf(a.bodyCompounds, ['prefixes', 'tails'], code, 'bodyCompounds'),
    nameTails: groupOf(a.nameTails, ['endings', 'prefixes', 'connectors', 'articles', 'infinitives'], code, 'nameTails'),
    contextOrgs: groupOf(a.contextOrgs, ['cues', 'names'], code, 'contextOrgs'),
    orgRoleTails: strings(a.orgRoleTails ?? [], code, 'analyze', 'orgRoleTails'),
    indefiniteArticles: strings(a.indefiniteArticles ?? [], code, 'analyze', 'indefiniteArticles'),
    pluralArticles: strings(a.pluralArticles ?? [], code, 'analyze', 'pluralArticles'),
    unnamedSources: strings(a.unnamedSources ?? [], code, 'analyze', 'unnamedSources'),
    notStopwords: strings(a.notStopwords ?? [], code, 'analyze', 'notStopwords'),
    extraStopwords: strings(a.extraStopwords ?? [], code, 'analyze', 'extraStopwords'),
    legalForms: strings(a.legalForms ?? [], code, 'analyze', 'legalForms'),
    dropsSubjects: a.dropsSubjects === true,
    quotedNames: a.quotedNames === true,
    sayingNouns: new Set(strings(a.sayingNouns ?? [], code, 'analyze', 'sayingNouns')),
    sourcePrepositions: new Set(strings(a.sourcePrepositions ?? [], code, 'analyze', 'sourcePrepositions')),
    pronouns: strings(a.pronouns, code, 'analyze', 'pronouns'),
    determiners: new Set(strings(a.determiners, code, 'analyze', 'determiners')),
    commonNounSuffixes: strings(a.commonNounSuffixes, code, 'analyze', 'commonNounSuffixes'),
    inflectionEndings: strings(a.inflectionEndings ?? [], code, 'analyze', 'inflectionEndings').sort((x, y) => y.length - x.length),
    surnameEndings: surnameEndingsOf(a.surnameEndings, code),
    adjectiveSuffixes: strings(a.adjectiveSuffixes ?? [], code, 'analyze', 'adjectiveSuffixes'),
    capitalisedCommonNouns: a.capitalisedCommonNouns === true,
    titleCompounds: a.titleCompounds === true,
    titlePluralEndings: strings(a.titlePluralEndings ?? [], code, 'analyze', 'titlePluralEndings'),
    placeCountries: strings(a.placeCountries ?? [], code, 'analyze', 'placeCountries'),
    titleCompoundTails: strings(a.titleCompoundTails ?? [], code, 'analyze', 'titleCompoundTails'),
    sectionWords: new Set(strings(a.sectionWords, code, 'analyze', 'sectionWords').map((s) => s.toLowerCase())),
    conventionalCapitals: new Set(strings(a.conventionalCapitals ?? [], code, 'analyze', 'conventionalCapitals').map((s) => s.toLowerCase())),
    gazetteer: {
      person: strings(gz.person, code, 'analyze', 'gazetteer.person'),
      place: strings(gz.place, code, 'analyze', 'gazetteer.place'),
      // the language's own, and (but English, whose names come from data/analyze-gazetteer.json) the shared list
      org: [...strings(gz.org, code, 'analyze', 'gazetteer.org'), ...(code === 'en' ? [] : strings(SHARED_ORGS, code, 'orgs', 'orgs', 'data/lang/orgs.json'))],
    },
    givenNames: new Set(strings(a.givenNames ?? [], code, 'analyze', 'givenNames')),
    commonWordGivenNames: new Set(strings(a.commonWordGivenNames ?? [], code, 'analyze', 'commonWordGivenNames')),
    orgKeywords: new Set(strings(a.orgKeywords ?? [], code, 'analyze', 'orgKeywords')),
    placeKeywords: new Set(strings(a.placeKeywords ?? [], code, 'analyze', 'placeKeywords')),
    streetWords: new Set(strings(a.streetWords ?? [], code, 'analyze', 'streetWords').map((w) => w.toLowerCase())),
    locatives: new Set(strings(a.locatives ?? [], code, 'analyze', 'locatives')),
    placePrepositions: new Set(strings(a.placePrepositions ?? [], code, 'analyze', 'placePrepositions')),
    placeSuffixes: strings(a.placeSuffixes ?? [], code, 'analyze', 'placeSuffixes'),
    genitiveSuffixes: strings(a.genitiveSuffixes ?? [], code, 'analyze', 'genitiveSuffixes'),
    otherKeywords: new Set(strings(a.otherKeywords ?? [], code, 'analyze', 'otherKeywords')),
    placeCompoundTails: strings(a.placeCompoundTails ?? [], code, 'analyze', 'placeCompoundTails'),
    nameCompoundTails: strings(a.nameCompoundTails ?? [], code, 'analyze', 'nameCompoundTails'),
    unseatedRoles: strings(a.unseatedRoles ?? [], code, 'analyze', 'unseatedRoles'),
    descriptorNouns: new Set(strings(a.descriptorNouns ?? [], code, 'analyze', 'descriptorNouns')),
    townAdjectiveHeads: strings(a.townAdjectiveHeads ?? [], code, 'analyze', 'townAdjectiveHeads'),
    months: lists(d.months, code, 'dates', 'months', 12),
    days: lists(d.days, code, 'dates', 'days', 7),
    boilerplate: strings(b.lines, code, 'boilerplate', 'lines'),
    tailHeadings: strings(b.tailHeadings ?? [], code, 'boilerplate', 'tailHeadings'),
    tailEndings: strings(b.tailEndings ?? [], code, 'boilerplate', 'tailEndings'),
    captionLabels: strings(b.captionLabels ?? [], code, 'boilerplate', 'captionLabels'),
  };
}

const cache = new Map<string, LangProfile>();

/** The languages that have rules, by ISO 639-1 code. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(LANG_DATA);

/** The neutral profile for a language without rules: no cues, no titles, no names from capitals. */
export function neutralProfile(code: string): LangProfile {
  return {
    code,
    rules: false,
    quoteMarks: [
      ['“', '”'],
      ['"', '"'],
      ['«', '»'],
      ['„', '“'],
    ],
    dashAfterQuote: false,
    uncased: true,
    cues: [],
    according: [],
    openingAccording: [],
    statementCues: [],
    pronounAccording: [],
    relativeAccording: [],
    slotVerbEndings: [],
    slotParticipleEndings: [],
    auxiliaries: [],
    timeAdverbs: [],
    compoundInserts: [],
    resumptivePhrases: [],
    pointingOpeners: [],
    namingPhrases: [],
    termNouns: [],
    commonAbbreviations: new Set(),
    citationWords: new Set(),
    datives: [],
    conjunctions: [],
    coordinators: [],
    relatives: [],
    objectClitics: [],
    labelCues: [],
    documentNouns: [],
    orgPrefixes: [],
    bodyAdjectiveEndings: [],
    adjectiveEndingsAfter: [],
    articleContractions: [],
    complementizers: [],
    reportedClauseVerbs: [],
    leadingCues: [],
    participleCues: [],
    separableCues: [],
    titles: [],
    roleDeterminers: [],
    roleLinks: [],
    phraseBreaks: [],
    roleQualifiers: [],
    agentTitles: [],
    orgRoles: [],
    institutionRoles: [],
    spokespersons: [],
    demonyms: [],
    personNounEndings: [],
    pluralVerbEndings: [],
    surnameParticles: [],
    bodyCompounds: { prefixes: [], tails: [] },
    nameTails: { endings: [], prefixes: [], connectors: [], articles: [], infinitives: [] },
    contextOrgs: { cues: [], names: [] },
    orgRoleTails: [],
    indefiniteArticles: [],
    pluralArticles: [],
    unnamedSources: [],
    notStopwords: [],
    extraStopwords: [],
    legalForms: [],
    dropsSubjects: false,
    quotedNames: false,
    sayingNouns: new Set(),
    sourcePrepositions: new Set(),
    pronouns: [],
    determiners: new Set(),
    commonNounSuffixes: [],
    inflectionEndings: [],
    surnameEndings: null,
    adjectiveSuffixes: [],
    capitalisedCommonNouns: false,
    titleCompounds: false,
    titlePluralEndings: [],
    placeCountries: [],
    titleCompoundTails: [],
    sectionWords: new Set(),
    conventionalCapitals: new Set(),
    gazetteer: { person: [], place: [], org: [] },
    givenNames: new Set(),
    commonWordGivenNames: new Set(),
    orgKeywords: new Set(),
    placeKeywords: new Set(),
    streetWords: new Set(),
    locatives: new Set(),
    placePrepositions: new Set(),
    placeSuffixes: [],
    genitiveSuffixes: [],
    otherKeywords: new Set(),
    placeCompoundTails: [],
    nameCompoundTails: [],
    unseatedRoles: [],
    descriptorNouns: new Set(),
    townAdjectiveHeads: [],
    months: Array.from({ length: 12 }, () => []),
    days: Array.from({ length: 7 }, () => []),
    boilerplate: [],
    tailHeadings: [],
    tailEndings: [],
    captionLabels: [],
  };
}

/** The profile for an ISO 639-1 code (case-insensitive; `pt-BR` -> `pt`); the neutral profile when the language has no rules. */
export function profileFor(code: string | null | undefined): LangProfile {
  const c = (code ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (!LANG_DATA[c]) return neutralProfile(c || 'und');
  let p = cache.get(c);
  if (!p) {
    p = load(c);
    cache.set(c, p);
  }
  return p;
}
