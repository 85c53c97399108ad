// Names in languages other than English: capitalised runs cleaned with the language's stopwords and noun rules, or gazetteer names.
import type { Entity, EntityType } from '../model.js';
import { canonicalAlias, isDayName, type LangProfile, monthNumber } from '../lang/index.js';
import type { EntityResult, NameMention } from './entities.js';
import { type LangLex, langLex, stemName } from './lang-lex.js';
import { LEX, matchPhrase } from './lexicon.js';
import type { Token } from './tokens.js';
import { mergeReferents } from './merge-referents.js';
import { PROCLITIC, titledNames } from './titled-names.js';
import { CONNECTORS, titleFinder } from './lang-titles.js';

/** An elided article glued to a name: French/Italian `L’Université`, `d’Orsay`, `dell’Italia`. */
const ELISION = /^(?:[LlDd]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Qq]u)['’](?=\p{Lu})/u;
/** a word whose shape says it is a name: an inner capital or a digit ("PowerShell", "iPhone", "A380") */
const NAME_SHAPE = /^.+\p{Lu}|\p{N}/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;

/** The gazetteer or alias spelling of a name written in another inflected form (`Путина` -> `Путин`), or null. */
function knownSpelling(name: string, ll: LangLex, code: string, endings: readonly string[] = []): string | null {
  // stems join inflected forms only in languages that inflect names (their profile lists case endings)
  if (endings.length === 0) return null;
  const w = ll.byStem.get(stemName(name, code));
  if (w) return w;
  for (const e of endings) {
    if (name.length <= e.length + 2 || !name.toLowerCase().endsWith(e)) continue;
    const bare = name.slice(0, -e.length);
    if (ll.gazType.has(bare.toLowerCase()) || canonicalAlias(bare)) return bare;
  }
  return null;
}

/** The type a known name has: the language's gazetteer, the alias table, then the shared English-name gazetteer. */
function knownType(name: string, ll: LangLex, code: string, endings: readonly string[] = []): EntityType | null {
  const written = knownSpelling(name, ll, code, endings);
  if (written && written !== name) return knownType(written, ll, code);
  const g = ll.gazType.get(name.toLowerCase());
  if (g) return g;
  const a = canonicalAlias(name);
  if (a) return a.type;
  if (LEX.orgs.has(name)) return 'org';
  if (LEX.places.has(name)) return 'place';
  return null;
}

/**
 * Entity mentions in a text of a language with rules other than English. Every mention is a known name, a name after a
 * title, a name next to a speech cue, an acronym, or (in languages that do not capitalise common nouns) a capitalised
 * run inside a sentence; in German a capitalised word is a common noun unless something else says it is a name.
 */
export function findEntitiesLang(text: string, tokens: Token[], p: LangProfile): EntityResult {
  const ll = langLex(p);
  const norms = tokens.map((t) => t.norm);
  const raw: NameMention[] = [];
  const used = new Uint8Array(tokens.length);
  const { titleAt, titleBefore, appositiveTitle, titleWord } = titleFinder(tokens, norms, ll, p, (t) => commonNoun(t));

  // words seen right after a determiner, or in lower case, somewhere in the text: common nouns (German)
  const nounish = new Set<string>();
  /** words written in lower case somewhere in the text: a capitalised one alone is that common word */
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap) lowerSeen.add(t.norm);
  if (p.capitalisedCommonNouns) {
    // the article agrees with the head noun: the last capitalised word after it ("der Windows PowerShell" -> PowerShell)
    for (let i = 1; i < tokens.length; i++) if (p.determiners.has(norms[i - 1]!) && tokens[i]!.cap && !tokens[i + 1]?.cap) nounish.add(tokens[i]!.text);
    for (const t of tokens) if (t.word && !t.cap) nounish.add(t.text[0]!.toUpperCase() + t.text.slice(1));
  }
  const commonNoun = (t: Token): boolean => {
    if (ll.stop.has(t.norm) || p.sectionWords.has(t.norm) || monthNumber(t.norm) !== null || isDayName(t.norm)) return true;
    if (!p.capitalisedCommonNouns) return false;
    if (knownType(t.text, ll, p.code, p.inflectionEndings) || NAME_SHAPE.test(t.text)) return false;
    if (nounish.has(t.text)) return true;
    // a hyphenated compound is the noun its last part is ("Kohle-Abbau-Projekt")
    const w = t.norm.slice(t.norm.lastIndexOf('-') + 1);
    return p.commonNounSuffixes.some((s) => w === s || (w.length > s.length + 1 && w.endsWith(s)));
  };
  const givenName = (w: string): boolean => p.givenNames.has(w) || p.givenNames.has(w.split('-')[0]!) || LEX.givenNames.has(w);
  /** a given name and a capitalised word after it start at token i */
  const fullNameAt = (i: number): boolean =>
    givenName(tokens[i]!.text) && !!tokens[i + 1]?.cap && !!tokens[i + 1]!.word && tokens[i + 1]!.sent === tokens[i]!.sent;
  /** a capitalised word right after a given name is its surname, whatever else the word means (Joschka Fischer, Ricarda Lang) */
  const surnameAt = (i: number, s: number): boolean =>
    i > s && tokens[i]!.cap && !ll.pronouns.has(norms[i]!) && !p.determiners.has(norms[i]!) && givenName(tokens[i - 1]!.text);
  const orgWord = (t: Token): boolean => t.cap && (p.orgKeywords.has(t.text) || LEX.orgKeywords.has(t.text));
  /** the start of `Banco de` / `Universidade Federal do` right before token k (capitalised words, one an organisation's head word, then a connector), or -1 */
  const orgBefore = (k: number): number => {
    if (k < 2 || !CONNECTORS.has(norms[k - 1]!) || used[k - 1] || used[k - 2]) return -1;
    let a = k - 1;
    while (a > 0 && a > k - 5 && !used[a - 1] && tokens[a - 1]!.word && tokens[a - 1]!.cap && titleAt(a - 1) === 0) a--;
    for (let q = a; q < k - 1; q++) if (orgWord(tokens[q]!)) return q;
    return -1;
  };
  const adjective = (t: Token): boolean => p.adjectiveSuffixes.some((s) => t.norm.length > s.length + 2 && t.norm.endsWith(s));
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

  const emit = (k: number, e: number, type: EntityType, fullStart: number): void => {
    const el = ELISION.exec(tokens[k]!.text);
    const start = tokens[k]!.start + (el ? el[0].length : 0);
    const end = tokens[e - 1]!.end;
    const surface = text.slice(start, end);
    const written = knownSpelling(surface, ll, p.code, p.inflectionEndings);
    const alias = canonicalAlias(surface) ?? (written ? canonicalAlias(written) : null);
    const agency = LEX.agencies.get(surface.toLowerCase()) ?? null;
    raw.push({
      text: surface,
      start,
      end,
      type: agency ? 'org' : (alias?.type ?? type),
      entity: alias?.name ?? written ?? surface,
      tokStart: k,
      tokEnd: e,
      fullTokStart: fullStart,
      role: fullStart < k ? norms.slice(fullStart, k) : [],
      agency,
    });
    for (let q = k; q < e; q++) used[q] = 1;
  };

  // 1. known names (gazetteer, in every script), longest first; Arabic names may carry a one-letter proclitic
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || !tokens[i]!.word) continue;
    let n = matchPhrase(ll.gazetteer, norms, i);
    if (n === 0 && p.uncased && PROCLITIC.test(norms[i]!)) {
      const bare = norms[i]!.slice(1);
      const saved = norms[i]!;
      norms[i] = bare;
      n = matchPhrase(ll.gazetteer, norms, i);
      norms[i] = saved;
      if (n > 0) {
        const name = [bare, ...norms.slice(i + 1, i + n)].join(' ');
        const t0 = tokens[i]!;
        const start = t0.start + 1;
        const end = tokens[i + n - 1]!.end;
        const alias = canonicalAlias(text.slice(start, end));
        raw.push({
          text: text.slice(start, end),
          start,
          end,
          type: alias?.type ?? ll.gazType.get(name) ?? 'other',
          entity: alias?.name ?? text.slice(start, end),
          tokStart: i,
          tokEnd: i + n,
          fullTokStart: i,
          role: [],
          agency: null,
        });
        for (let q = i; q < i + n; q++) used[q] = 1;
        i += n - 1;
        continue;
      }
    }
    if (n === 0) continue;
    // a capitalised language: the gazetteer entry must be written with its capital
    if (!p.uncased && !tokens[i]!.cap) continue;
    const name = norms.slice(i, i + n).join(' ');
    // a given name written before a known surname belongs to it ("Дмитрий Песков")
    let k = i;
    while (
      k > 0 &&
      !used[k - 1] &&
      tokens[k - 1]!.word &&
      tokens[k - 1]!.cap &&
      !tokens[k - 1]!.sentStart &&
      text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ' &&
      !commonNoun(tokens[k - 1]!) &&
      titleAt(k - 1) === 0
    )
      k--;
    // a known place after an organisation's head word and a connector names the organisation (Banco de Portugal)
    const gt = ll.gazType.get(name) ?? 'other';
    const o = gt === 'place' && k === i ? orgBefore(k) : -1;
    const start = o >= 0 ? o : k;
    const tb = titleBefore(start);
    emit(start, i + n, o >= 0 ? 'org' : gt, tb >= 0 ? tb : start);
    i += n - 1;
  }

  // 2. capitalised runs (not for scripts without capitals)
  if (!p.uncased) {
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (used[i] || !t.word || !t.cap) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && j - i < 6 && !used[j] && tokens[j]!.sent === t.sent && /^[ -]?$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
        const nx = tokens[j]!;
        if (nx.word && nx.cap) j++;
        // a connector joins two capitalised words, unless a person's full name follows it ("PL de Jair Bolsonaro")
        else if (nx.word && CONNECTORS.has(nx.norm) && tokens[j + 1]?.cap && tokens[j + 1]!.word && !used[j + 1] && !fullNameAt(j + 1)) j += 2;
        // two connectors after a given name: a surname's particle (`Luis de la Fuente`, `Ursula von der Leyen`)
        else if (
          givenName(tokens[j - 1]!.text) &&
          CONNECTORS.has(nx.norm) &&
          CONNECTORS.has(norms[j + 1] ?? '') &&
          tokens[j + 2]?.cap &&
          tokens[j + 2]!.word &&
          !used[j + 2]
        )
          j += 3;
        // a number between two capitalised words (Movimento 5 Stelle; not in German, where numbers count capitalised nouns)
        else if (
          !p.capitalisedCommonNouns &&
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
      processRun(i, j);
      i = j;
    }
  }

  function processRun(a: number, b: number): void {
    const whole = knownType(
      tokens
        .slice(a, b)
        .map((t) => t.text)
        .join(' '),
      ll,
      p.code,
      p.inflectionEndings,
    );
    if (whole) {
      emit(a, b, whole, titleBefore(a) >= 0 ? titleBefore(a) : a);
      return;
    }
    let s = a;
    let e = b;
    // German: an adjective opens a noun phrase ("Deutsche Unternehmen", "Klassische Romane")
    while (p.capitalisedCommonNouns && s < e - 1 && adjective(tokens[s]!) && !knownType(tokens[s]!.text, ll, p.code)) s++;
    while (s < e && (commonNoun(tokens[s]!) || CONNECTORS.has(norms[s]!))) s++;
    // German: the word right after an article or preposition heads a noun phrase ("eine Menge Spaß", "Im Osten Nicaraguas")
    if (p.capitalisedCommonNouns && s > 0 && p.determiners.has(norms[s - 1]!) && e - s > 1 && titleAt(s) === 0 && !givenName(tokens[s]!.text)) {
      const product = tokens.slice(s, e).some((t) => NAME_SHAPE.test(t.text)); // "der Windows PowerShell"
      if (!product && !knownType(tokens[s]!.text, ll, p.code, p.inflectionEndings)) s++;
    }
    while (e > s && !surnameAt(e - 1, s) && (commonNoun(tokens[e - 1]!) || CONNECTORS.has(norms[e - 1]!))) e--;
    // words that end a title phrase begun before the run are the title's (`presidente della Repubblica Sergio Mattarella`)
    for (let j = Math.max(0, s - 3); j < s; j++) {
      const n = titleAt(j);
      if (n > 1 && j + n > s && j + n < e) s = j + n;
    }
    if (s >= e) return;
    // the run's first word completes a title before it when a given name follows ("ministro da Economia Fernando Haddad",
    // not "líder de Acción Humanista")
    if (s >= 2 && e - s > 2 && CONNECTORS.has(norms[s - 1]!) && titleBefore(s - 1) >= 0 && givenName(tokens[s + 1]!.text)) s++;
    // one word after a title and a connector is the title's domain ("ministro da Educação, Camilo Santana")
    if (!p.capitalisedCommonNouns && s >= 2 && e - s === 1 && CONNECTORS.has(norms[s - 1]!) && titleBefore(s - 1) >= 0) return;
    // German: words before the first given name that cannot be part of a name describe the person (AfD-Chef Jörg Meuthen,
    // Nutzt Björn Höcke; a noun, a compound, a title, a sentence's first word); other words stay (María Teresa Blandón)
    if (p.capitalisedCommonNouns) {
      let x = s;
      while (x < e - 1 && !givenName(tokens[x]!.text)) x++;
      if (x > s && x < e - 1 && surnameAt(x + 1, x)) {
        const nameLike = (i: number): boolean => {
          const t = tokens[i]!;
          return !t.sentStart && !t.text.includes('-') && !commonNoun(t) && !adjective(t) && titleAt(i) === 0 && knownType(t.text, ll, p.code) === null;
        };
        while (x > s && nameLike(x - 1)) x--;
        s = x;
      }
    }
    // a title written with a capital inside the run ("Kanzler Scholz", "Президент Путин"); a connector and the word after
    // it still belong to the title ("Presidente da República", "Ministro da Economia Fernando Haddad")
    let k = s;
    // German: a title inside the run with words after it (`Bayerns Innenminister Joachim Herrmann`): what comes before it
    // describes the title
    if (p.capitalisedCommonNouns)
      for (let x = s + 1; x < e - 1; x++)
        if (titleAt(x) > 0 && x + titleAt(x) < e) {
          k = x;
          break;
        }
    for (;;) {
      const n = titleAt(k);
      if (n === 0 || k + n >= e) break;
      k += n;
      while (k > s && CONNECTORS.has(norms[k]!) && k + 1 < e) k += 2;
      if (k >= e) return;
    }
    // outside German: after a title, words before a given name followed by a surname are the title's domain (`глава
    // Минфина Антон Силуанов`; not `María Jesús Montero`, whose first word is a given name too)
    if (!p.capitalisedCommonNouns && e - k >= 3 && titleBefore(k) >= 0 && !givenName(tokens[k]!.text)) {
      let x = k + 1;
      while (x < e - 1 && !givenName(tokens[x]!.text)) x++;
      if (x < e - 1) k = x;
    }
    const tb = titleBefore(k);
    const ap = tb >= 0 ? -1 : appositiveTitle(k, e);
    const fullStart = tb >= 0 ? tb : ap >= 0 ? ap : k;
    const words = tokens.slice(k, e);
    const name = words.map((w) => w.text).join(' ');
    const known = knownType(name, ll, p.code, p.inflectionEndings);
    const titled = tb >= 0 || ap >= 0;
    const speaking = cueNear(k, e);
    // the German rule: inside the run every word must not be a common noun
    if (p.capitalisedCommonNouns && words.some((w, x) => commonNoun(w) && !surnameAt(k + x, k)) && !known) return;
    if (known) {
      emit(k, e, known, fullStart);
      return;
    }
    if (words.length === 1) {
      const w = words[0]!;
      const single = w.text;
      if (single.length === 1) return; // a letter: an initial, a currency's (R$), a list's
      if (titleWord(k)) return;
      if (ACRONYM.test(single) && single.length <= 5 && !ll.stop.has(w.norm)) {
        emit(k, e, 'org', fullStart);
        return;
      }
      if (titled) {
        emit(k, e, 'person', fullStart);
        return;
      }
      if (speaking && !w.sentStart) {
        emit(k, e, 'person', fullStart);
        return;
      }
      if (w.sentStart || opensClause(k)) return; // a capital that the sentence start explains
      if (lowerSeen.has(w.norm)) return; // "Constitution" where the text also says "constitution"
      if (p.capitalisedCommonNouns && !/\p{Lu}.*\p{Lu}|\p{N}/u.test(single.slice(1))) return; // German: a name needs more than a capital
      emit(k, e, 'other', fullStart);
      return;
    }
    const first = words[0]!.text;
    const person = titled || speaking || givenName(first);
    const org = !titled && words.some((w) => p.orgKeywords.has(w.text) || LEX.orgKeywords.has(w.text));
    emit(k, e, org ? 'org' : person ? 'person' : 'other', fullStart);
  }

  if (p.uncased) titledNames(text, tokens, norms, used, raw, ll, titleAt);

  raw.sort((x, y) => x.start - y.start);
  mergeReferents(raw, p);

  // roles: the title before a person's name stands for the person later ("der Kanzler", "le président")
  const roles = new Map<string, string>();
  for (const m of raw) if (m.type === 'person' && m.role.length > 0) roles.set(m.role.join(' '), m.entity);

  const entities = new Map<string, Entity>();
  for (const m of raw) {
    const cur = entities.get(m.entity);
    if (cur) {
      cur.mentions++;
      if (!cur.aliases.includes(m.text)) cur.aliases.push(m.text);
      if (cur.type === 'other' && m.type !== 'other') cur.type = m.type;
    } else entities.set(m.entity, { name: m.entity, type: m.type, aliases: [m.text], mentions: 1 });
  }
  for (const m of raw) m.type = entities.get(m.entity)!.type;
  const byLastToken = new Map<number, NameMention>();
  for (const m of raw) byLastToken.set(m.tokEnd - 1, m);
  return { mentions: raw, entities: [...entities.values()], roles, byLastToken };
}
