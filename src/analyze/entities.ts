// Rule- and lexicon-based recogniser of people, organisations and places, with one canonical entity per name in an article.
import type { Entity, EntityMention, EntityType } from '../model.js';
import { LEX, matchPhrase, normWord } from './lexicon.js';
import type { Token } from './tokens.js';
import { LIMITS } from './limits.js';
import { readRole } from './role-phrase.js';
import { headlineSentences } from './headline-case.js';
import { isCompound, pluralLike, TYPO_HYPHENS } from './word-shape.js';
import { AliasLists } from './alias-list.js';

/** A recognised name mention with token positions (internal to analyze). */
export interface NameMention extends EntityMention {
  /** first and last+1 token of the name proper */
  tokStart: number;
  tokEnd: number;
  /** first token including a preceding title/nationality ("Russian President Vladimir Putin") */
  fullTokStart: number;
  /** lower-case title words that preceded the name, e.g. ["russian", "president"] */
  role: string[];
  /** canonical agency name when this names a news agency/outlet */
  agency: string | null;
  /** the name's head is a word the text also writes in lower case ("Bounce Test" / "the test"): not a person when it speaks */
  common?: boolean;
}

export interface EntityResult {
  mentions: NameMention[];
  entities: Entity[];
  /** role key ("russian president", "president", "russian leader") -> canonical person named with that role */
  roles: Map<string, string>;
  /** token index -> mention that ends at that token (exclusive end - 1) */
  byLastToken: Map<number, NameMention>;
}

const HEAD_ROLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'supreme leader', 'president-elect', 'emperor']);
const INNER_CONNECTORS = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du']);
const INITIAL_RE = /^\p{Lu}\.?$/u;
function isCapWord(t: Token | undefined): boolean {
  return !!t && t.word && t.cap;
}

/** Tokens that can continue a capitalised run: adjacent with exactly one space, or joined by a hyphen. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  return gap === 0 || (gap === 1 && text.charCodeAt(a.end) === 32);
}

function classify(words: string[], name: string, hadTitle: boolean, personContext: boolean): { type: EntityType | 'unknown'; agency: string | null } {
  const agency = LEX.agencies.get(name.toLowerCase()) ?? null;
  if (agency) return { type: 'org', agency };
  if (LEX.orgs.has(name)) return { type: 'org', agency: null };
  if (words.some((w) => LEX.orgKeywords.has(w))) return { type: 'org', agency: null };
  if (LEX.places.has(name)) return { type: hadTitle ? 'person' : 'place', agency: null };
  if (hadTitle) return { type: 'person', agency: null };
  if (words.length === 1) {
    const w = words[0]!;
    if (/^\p{Lu}{3,}$/u.test(w) && LEX.places.has(w[0] + w.slice(1).toLowerCase())) return { type: 'place', agency: null };
    if (w.includes('-') && w.split('-').every((p) => LEX.places.has(p) || LEX.nationalities.byFirst.has(p.toLowerCase()))) {
      return { type: 'other', agency: null };
    }
    if (/^\p{Lu}{2,5}$/u.test(w) || /^(?:\p{Lu}\.)+$/u.test(w)) return { type: 'org', agency: null };
    return { type: 'unknown', agency: null };
  }
  if (LEX.givenNames.has(words[0]!)) return { type: 'person', agency: null };
  if (
    personContext &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.?$|^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(w) || INNER_CONNECTORS.has(w) || LEX.nameSuffixes.has(w))
  ) {
    return { type: 'person', agency: null };
  }
  return { type: 'other', agency: null };
}

/** `w` with its typeset hyphens read as "-" (`w` itself when it has none, as most words). */
function plainHyphens(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x2010 || c === 0x2011) return w.replace(TYPO_HYPHENS, '-');
  }
  return w;
}

/** Key used to merge spellings of one person's full name: no initials, no suffixes. */
function personKey(words: string[]): string {
  return words.filter((w) => !INITIAL_RE.test(w) && !LEX.nameSuffixes.has(w)).join(' ');
}

/**
 * Finds entity mentions in tokenised text and links each to a canonical entity.
 * Pure: depends only on the tokens, the text and the data/ lexicons.
 */
export function findEntities(text: string, tokens: Token[]): EntityResult {
  const raw: NameMention[] = [];
  // beside each raw mention (same index, until the drops are compacted out): its words (`entity` split on spaces), whether
  // no rule typed it, whether it stands in a title-case headline; kept apart so the mentions keep one shape
  const rawWords: string[][] = [];
  const rawUnknown: boolean[] = [];
  const rawHeadline: boolean[] = [];
  const norms = tokens.map((t) => t.norm);
  // words this text writes in lower case somewhere: capitalised elsewhere, they are common nouns at a sentence start or in a heading
  const lowerWords = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap) lowerWords.add(t.norm);
  /** The head (last word) of a run with no given name is a word this text also writes in lower case ("Bounce Test" / "the test"). */
  const commonHead = (words: string[]): boolean => {
    const last = words[words.length - 1]!;
    if (words.length > 1 && LEX.givenNames.has(words[0]!)) return false;
    if (LEX.places.has(last) || LEX.orgs.has(words.join(' ')) || LEX.givenNames.has(last)) return false;
    return lowerWords.has(normWord(last));
  };
  const headline = headlineSentences(tokens);
  /** a name run followed by a speech cue or ", who", or preceded by a speech cue, names a person */
  const personContextAt = (k: number, e: number): boolean => {
    const nx = tokens[e];
    if (nx && (matchPhrase(LEX.cues, norms, e) > 0 || (nx.text === ',' && tokens[e + 1]?.norm === 'who'))) return true;
    const pv = tokens[k - 1];
    return !!pv && LEX.speechCues.has(pv.norm);
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCapWord(t)) {
      i++;
      continue;
    }
    // gather a capitalised run (word by word in title-case headlines)
    let j = i + 1;
    if (headline.has(t.sent)) {
      processRun(i, j, true);
      i = j;
      continue;
    }
    // a run longer than LIMITS.nameRunTokens is cut there: no name is that long, and the run scans stay linear
    while (j < tokens.length && j - i < LIMITS.nameRunTokens) {
      const nx = tokens[j]!;
      const prev = tokens[j - 1]!;
      if (nx.sent !== t.sent || !adjacent(text, prev, nx)) break;
      if (isCapWord(nx)) {
        j++;
        continue;
      }
      // "Bank of America", "bin Salman", "Secretary of State": a connector followed by a capitalised word
      const after = tokens[j + 1];
      if (nx.word && (INNER_CONNECTORS.has(nx.norm) || nx.norm === 'of') && isCapWord(after) && adjacent(text, nx, after!)) {
        if (nx.norm === 'of') {
          const soFar = tokens.slice(i, j).map((x) => x.text);
          if (!soFar.some((w) => LEX.orgKeywords.has(w) || LEX.titleWords.has(normWord(w)))) break;
        }
        j += 2;
        continue;
      }
      break;
    }
    processRun(i, j, false);
    i = j;
  }

  function processRun(a: number, b: number, inHeadline: boolean): void {
    let s = a;
    // leading words that are not names ("The", "But", "Speaking") at any position; time words
    while (s < b && (LEX.notNames.has(tokens[s]!.text) || LEX.timeWords.has(tokens[s]!.text))) s++;
    if (s >= b) return;
    // organisation names keep their leading adjective ("European Commission", "Russian Academy of Sciences")
    const full = tokens.slice(s, b).map((x) => x.text);
    const fullName = full.length > 1 ? full.join(' ') : '';
    if (full.length > 1 && (LEX.orgs.has(fullName) || LEX.agencies.has(fullName.toLowerCase()) || full.some((w) => LEX.orgKeywords.has(w)))) {
      emit(s, b, [], s);
      return;
    }
    // a leading descriptor of an organisation ("Chipmaker Intel", "Carmaker Volkswagen"): not part of the name
    if (b - s > 1 && tokens[s]!.sentStart && LEX.orgDescriptors.has(norms[s]!) && isCapWord(tokens[s + 1])) {
      emit(s + 1, b, [], s + 1);
      raw[raw.length - 1]!.type = 'org';
      return;
    }
    // leading titles and nationalities
    const role: string[] = [];
    let k = s;
    for (;;) {
      const n1 = matchPhrase(LEX.nationalities, norms, k);
      const n2 = matchPhrase(LEX.titles, norms, k);
      const n = Math.max(n1, n2);
      if (n === 0 || k + n > b) break;
      // a title that is the whole run and is also a place/org ("Georgia") is not a title
      for (let q = k; q < k + n; q++) role.push(norms[q]!);
      k += n;
    }
    // a title inside the run: "Indiana Gov. Mike Pence", "Senate Majority Leader Mitch McConnell"
    for (let q = b - 2; q > k; q--) {
      const n = matchPhrase(LEX.titles, norms, q);
      if (n === 0 || q + n >= b) continue;
      if (!tokens[q + n]!.cap || LEX.titleWords.has(norms[q + n]!)) continue;
      for (let r = k; r < q + n; r++) role.push(norms[r]!);
      k = q + n;
      break;
    }
    let e = b;
    // trailing time words ("Putin Monday")
    while (e > k && LEX.timeWords.has(tokens[e - 1]!.text)) e--;
    if (k >= e) {
      if (role.length > 0 && k - s === e - s) {
        // the whole run is titles/nationalities: a role mention, or a nationality/party word
        const whole = tokens
          .slice(s, e)
          .map((x) => x.text)
          .join(' ');
        if (LEX.places.has(whole) || LEX.orgs.has(whole)) emit(s, e, [], s);
      }
      return;
    }
    const words = tokens.slice(k, e).map((x) => x.text);
    if (words.length === 1 && (LEX.groupWords.has(words[0]!) || LEX.notNames.has(words[0]!))) return;
    emit(k, e, role, s);
    if (inHeadline) rawHeadline[raw.length - 1] = true;
  }

  function emit(k: number, e: number, role: string[], fullStart: number): void {
    const words = tokens.slice(k, e).map((x) => plainHyphens(x.text));
    const entity = words.join(' ');
    const hadPersonTitle = role.some((r) => LEX.titleWords.has(r) && !LEX.nationalities.byFirst.has(r));
    const common = commonHead(words);
    const { type, agency } = classify(words, entity, hadPersonTitle, !common && personContextAt(k, e));
    const start = tokens[k]!.start;
    const end = tokens[e - 1]!.end;
    const m: NameMention = {
      text: text.slice(start, end),
      start,
      end,
      type: type === 'unknown' ? 'other' : type,
      entity,
      tokStart: k,
      tokEnd: e,
      fullTokStart: fullStart,
      role,
      agency,
    };
    if (common) m.common = true;
    raw.push(m);
    rawWords.push(words);
    rawUnknown.push(type === 'unknown');
    rawHeadline.push(false);
  }

  // agencies followed by a head noun ("TASS news agency") extend the mention
  for (const m of raw) {
    if (!m.agency) continue;
    const n = matchPhrase(LEX.agencyHeads, norms, m.tokEnd);
    if (n > 0 && tokens[m.tokEnd]!.start - m.end === 1) {
      m.tokEnd += n;
      m.end = tokens[m.tokEnd - 1]!.end;
      m.text = text.slice(m.start, m.end);
    }
  }

  // canonical people: full names (2+ words) first, merged by key
  const persons = new Map<string, { name: string; words: string[]; count: number; first: number }>();
  for (let q = 0; q < raw.length; q++) {
    const m = raw[q]!;
    if (m.type !== 'person') continue;
    const words = rawWords[q]!;
    if (words.length < 2) continue;
    const key = personKey(words);
    const cur = persons.get(key);
    if (cur) cur.count++;
    else persons.set(key, { name: m.entity, words: key.split(' '), count: 1, first: m.start });
  }
  // surname/first-name index
  const byPart = new Map<string, string[]>();
  for (const [key, p] of persons) {
    const last = p.words[p.words.length - 1]!;
    const arr = byPart.get(last) ?? [];
    arr.push(key);
    byPart.set(last, arr);
  }
  const byFirst = new Map<string, string[]>();
  for (const [key, p] of persons) {
    const arr = byFirst.get(p.words[0]!) ?? [];
    arr.push(key);
    byFirst.set(p.words[0]!, arr);
  }
  // the most frequent full name per list, worked out once per list (not once per mention)
  const picked = new Map<string[], string>();
  const pick = (keys: string[] | undefined): string | null => {
    if (!keys || keys.length === 0) return null;
    const memo = picked.get(keys);
    if (memo !== undefined) return memo;
    let best = keys[0]!;
    for (const k of keys) if (persons.get(k)!.count > persons.get(best)!.count) best = k;
    picked.set(keys, best);
    return best;
  };

  for (let q = 0; q < raw.length; q++) {
    const m = raw[q]!;
    const words = rawWords[q]!;
    const unknown = rawUnknown[q]!;
    if (m.type === 'person' || unknown || m.type === 'other') {
      const key = personKey(words);
      if (persons.has(key)) {
        m.entity = persons.get(key)!.name;
        m.type = 'person';
      } else if (words.length === 1 || (m.type === 'person' && words.length === 2 && INITIAL_RE.test(words[0]!))) {
        const w = words[words.length - 1]!;
        const hit = pick(byPart.get(w)) ?? (words.length === 1 ? pick(byFirst.get(w)) : null);
        if (hit) {
          m.entity = persons.get(hit)!.name;
          m.type = 'person';
        }
      }
    }
  }

  // single unknown words used with a person title somewhere else in the article are people
  const titled = new Set(raw.filter((m) => m.type === 'person').map((m) => m.entity));
  for (const m of raw) if (m.type === 'other' && titled.has(m.entity)) m.type = 'person';
  const known = new Set<string>();
  for (let q = 0; q < raw.length; q++) if (!rawHeadline[q]) known.add(raw[q]!.entity);
  // dropped mentions are compacted out in one pass (a splice per drop is quadratic on a long title-case text)
  let kept = 0;
  for (let q = 0; q < raw.length; q++) {
    const m = raw[q]!;
    const inHead = rawHeadline[q]!;
    const lone = m.type === 'other' && m.tokEnd - m.tokStart === 1;
    const lexical = LEX.places.has(m.entity) || LEX.orgs.has(m.entity) || m.agency !== null;
    if (inHead && !known.has(m.entity) && !lexical) continue;
    if (lone && personContextAt(m.tokStart, m.tokEnd)) {
      // a speaker is a person or an organisation: a bare plural ("Prosecutors", "Pipers"), a word this text also writes in
      // lower case, or a role noun is a common noun, not a name; a hyphenated compound that speaks is an organisation
      if (commonHead([m.entity]) || pluralLike(m.entity) || LEX.roleNouns.byFirst.has(m.entity.toLowerCase())) continue;
      m.type = isCompound(m.entity) ? 'org' : 'person';
    } else if (lone && tokens[m.tokStart]!.sentStart) continue;
    raw[kept++] = m;
  }
  raw.length = kept;

  // role map: "Russian President Vladimir Putin" -> president, russian president, russian leader
  const roles = new Map<string, string>();
  const addRole = (key: string, ent: string): void => {
    if (!roles.has(key)) roles.set(key, ent);
  };
  for (const m of raw) {
    if (m.type !== 'person' || m.role.length === 0) continue;
    const nat: string[] = [];
    const titleWords: string[] = [];
    for (const r of m.role) {
      if (LEX.nationalities.byFirst.has(r) && titleWords.length === 0) nat.push(r);
      else titleWords.push(r);
    }
    const title = titleWords.filter((w) => w !== 'former' && w !== 'acting').join(' ');
    if (!title || ['mr', 'mrs', 'ms', 'dr', 'miss', 'sir'].includes(title)) continue;
    addRole(title, m.entity);
    for (const n of nat) addRole(`${n} ${title}`, m.entity);
    if (HEAD_ROLES.has(title)) {
      addRole('leader', m.entity);
      addRole('head of state', m.entity);
      for (const n of nat) addRole(`${n} leader`, m.entity);
    }
  }
  // appositions: "Vladimir Olenchenko, the deputy dean of ...," / "Putin, the Russian president,"
  for (const m of raw) {
    if (m.type !== 'person') continue;
    const c = tokens[m.tokEnd];
    const d = tokens[m.tokEnd + 1];
    if (c?.text === ',' && d && LEX.roleDeterminers.has(d.norm)) {
      const r = readRole(tokens, norms, m.tokEnd + 1);
      if (r) addRole(r.key, m.entity);
    }
  }

  const entities = new Map<string, Entity>();
  const aliases = new AliasLists();
  for (const m of raw) {
    const cur = entities.get(m.entity);
    if (cur) {
      cur.mentions++;
      aliases.add(cur.aliases, m.text);
    } else entities.set(m.entity, { name: m.entity, type: m.type, aliases: [m.text], mentions: 1 });
  }
  const byLastToken = new Map<number, NameMention>();
  for (const m of raw) byLastToken.set(m.tokEnd - 1, m);
  return { mentions: raw, entities: [...entities.values()], roles, byLastToken };
}
