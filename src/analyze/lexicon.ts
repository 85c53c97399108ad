// Loads the analyze word lists (cue verbs, roles, pronouns, reporters, gazetteer) from data/ into fast lookup sets.
import cueData from '../../data/analyze-cue-verbs.json' with { type: 'json' };
import roleData from '../../data/analyze-roles.json' with { type: 'json' };
import pronounData from '../../data/analyze-pronouns.json' with { type: 'json' };
import reporterData from '../../data/analyze-reporters.json' with { type: 'json' };
import gazetteerData from '../../data/analyze-gazetteer.json' with { type: 'json' };
import abbreviationData from '../../data/analyze-abbreviations.json' with { type: 'json' };
import functionWordData from '../../data/analyze-function-words.json' with { type: 'json' };
import occasionData from '../../data/analyze-occasions.json' with { type: 'json' };

/** Thrown when a data file under data/ is missing a list the analyzer needs. */
export class LexiconError extends Error {
  override name = 'LexiconError';
  constructor(file: string, field: string) {
    super(`data/${file}: field "${field}" must be a list of strings; fix the file or restore it from git`);
  }
}

function list(obj: Record<string, unknown>, file: string, field: string): string[] {
  const v = obj[field];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new LexiconError(file, field);
  return v as string[];
}

const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

const cues = cueData as Record<string, unknown>;
const roles = roleData as Record<string, unknown>;
const pronouns = pronounData as Record<string, unknown>;
const gaz = gazetteerData as Record<string, unknown>;

/** Normal form of a word for lexicon look-ups: lower case, curly apostrophe straightened, one trailing period dropped. */
export function normWord(w: string): string {
  return normWordOf(w, true);
}

/** Arabic diacritics (tanwin, short vowels, shadda, sukun, dagger alif) and tatweel. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/u;
const ARABIC_MARKS_ALL = /[\u064B-\u065F\u0670\u0640]/gu;

/** `normWord`, told by the caller whether `w` may hold a ’ at all (the token scanner knows): when not, no search for one. */
export function normWordOf(w: string, mayHoldCurly: boolean): string {
  let x = w.toLowerCase();
  if (mayHoldCurly && x.includes('’')) x = x.replace(/’/g, "'");
  // Arabic: short vowels, shadda and tatweel are optional in writing (`صرّح` is the cue `صرح`)
  const c = x.charCodeAt(0);
  if (c >= 0x600 && c <= 0x6ff && ARABIC_MARKS.test(x)) x = x.replace(ARABIC_MARKS_ALL, '');
  if (x.length > 1 && x.charCodeAt(x.length - 1) === 46) x = x.slice(0, -1);
  return x;
}

/** A multi-word phrase set, indexed by first word so matching stays O(1) per token. */
export interface PhraseSet {
  /** first word (lower case) -> phrases (as lower-case word arrays), longest first */
  byFirst: Map<string, string[][]>;
}

/** Words split on white space: how the data files write their phrases. */
const bySpace = (x: string): string[] => x.split(/\s+/).filter(Boolean);

/** A phrase set from phrases split into words by `words` (default: on white space), each word normalised like text tokens. */
export function phraseSetOf(xs: Iterable<string>, words: (x: string) => string[] = bySpace): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  for (const x of xs) {
    const ws = words(x).map(normWord);
    if (ws.length === 0) continue;
    const arr = byFirst.get(ws[0]!) ?? [];
    arr.push(ws);
    byFirst.set(ws[0]!, arr);
  }
  for (const arr of byFirst.values()) arr.sort((a, b) => b.length - a.length);
  return { byFirst };
}

const speech = list(cues, 'analyze-cue-verbs.json', 'speech');
const thought = list(cues, 'analyze-cue-verbs.json', 'thought');

const agencies = (reporterData as { agencies?: Record<string, string> }).agencies;
if (!agencies || typeof agencies !== 'object') throw new LexiconError('analyze-reporters.json', 'agencies');

export const LEX = {
  /** speech and thought cue phrases */
  cues: phraseSetOf([...speech, ...thought, ...list(cues, 'analyze-cue-verbs.json', 'citing')]),
  speechCues: lower(speech),
  thoughtCues: lower(thought),
  citing: lower(list(cues, 'analyze-cue-verbs.json', 'citing')),
  characterizing: phraseSetOf(list(cues, 'analyze-cue-verbs.json', 'characterizing')),
  reporting: lower(list(cues, 'analyze-cue-verbs.json', 'reporting')),
  asSaying: phraseSetOf(list(cues, 'analyze-cue-verbs.json', 'asSaying')),
  titles: phraseSetOf(list(roles, 'analyze-roles.json', 'titles')),
  titleWords: new Set(
    list(roles, 'analyze-roles.json', 'titles')
      .flatMap((t) => t.split(/\s+/))
      .map(normWord),
  ),
  roleNouns: phraseSetOf(list(roles, 'analyze-roles.json', 'roleNouns')),
  roleDeterminers: lower(list(roles, 'analyze-roles.json', 'roleDeterminers')),
  roleQualifiers: phraseSetOf(list(roles, 'analyze-roles.json', 'roleQualifiers')),
  nationalities: phraseSetOf(list(roles, 'analyze-roles.json', 'nationalities')),
  personPronouns: lower(list(pronouns, 'analyze-pronouns.json', 'person')),
  malePronouns: lower(list(pronouns, 'analyze-pronouns.json', 'male')),
  femalePronouns: lower(list(pronouns, 'analyze-pronouns.json', 'female')),
  groupPronouns: lower(list(pronouns, 'analyze-pronouns.json', 'group')),
  selfPronouns: lower(list(pronouns, 'analyze-pronouns.json', 'self')),
  /** surface form (lower case) -> canonical agency name */
  agencies: new Map(Object.entries(agencies).map(([k, v]) => [k.toLowerCase(), v])),
  agencyPhrases: phraseSetOf(Object.keys(agencies)),
  agencyHeads: phraseSetOf(list(reporterData as Record<string, unknown>, 'analyze-reporters.json', 'agencyHeads')),
  givenNames: new Set(list(gaz, 'analyze-gazetteer.json', 'givenNames')),
  femaleNames: new Set(list(gaz, 'analyze-gazetteer.json', 'femaleNames')),
  maleNames: new Set(list(gaz, 'analyze-gazetteer.json', 'maleNames')),
  places: new Set(list(gaz, 'analyze-gazetteer.json', 'places')),
  orgs: new Set(list(gaz, 'analyze-gazetteer.json', 'orgs')),
  orgKeywords: new Set(list(gaz, 'analyze-gazetteer.json', 'orgKeywords')),
  notNames: new Set(list(gaz, 'analyze-gazetteer.json', 'notNames')),
  timeWords: new Set(list(gaz, 'analyze-gazetteer.json', 'timeWords')),
  groupWords: new Set(list(gaz, 'analyze-gazetteer.json', 'groupWords')),
  nameConnectors: new Set(list(gaz, 'analyze-gazetteer.json', 'nameConnectors')),
  nameSuffixes: new Set(list(gaz, 'analyze-gazetteer.json', 'nameSuffixes')),
  orgDescriptors: lower(list(occasionData as Record<string, unknown>, 'analyze-occasions.json', 'orgDescriptors')),
  occasionPrepositions: lower(list(occasionData as Record<string, unknown>, 'analyze-occasions.json', 'prepositions')),
  occasionNouns: lower(list(occasionData as Record<string, unknown>, 'analyze-occasions.json', 'nouns').flatMap((n) => n.split(/\s+/).slice(-1))),
  abbreviations: lower(list(abbreviationData as Record<string, unknown>, 'analyze-abbreviations.json', 'abbreviations')),
  fn: {
    subjectGap: fnSet('subjectGap'),
    directGap: fnSet('directGap'),
    objectCues: fnSet('objectCues'),
    prepositions: fnSet('prepositions'),
    notHead: fnSet('notHead'),
    phraseStop: fnSet('phraseStop'),
    genericDeterminers: fnSet('genericDeterminers'),
    clauseOpeners: fnSet('clauseOpeners'),
    npBreakers: fnSet('npBreakers'),
    titleSmallWords: fnSet('titleSmallWords'),
  },
};

function fnSet(field: string): Set<string> {
  return lower(list(functionWordData as Record<string, unknown>, 'analyze-function-words.json', field));
}

/** Longest phrase from `set` that matches the lower-cased words starting at index i, as a word count (0 = none). */
export function matchPhrase(set: PhraseSet, words: readonly string[], i: number): number {
  const cands = set.byFirst.get(words[i] ?? '');
  if (!cands) return 0;
  for (const p of cands) {
    let ok = true;
    for (let k = 1; k < p.length; k++) {
      if (words[i + k] !== p[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return p.length;
  }
  return 0;
}
