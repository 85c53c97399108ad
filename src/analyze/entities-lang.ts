// Names in languages other than English: capitalised runs cleaned with the language's stopwords and noun rules, or gazetteer names.
import type { Entity, EntityType } from '../model.js';
import { canonicalAlias, isDayName, type LangProfile, monthNumber } from '../lang/index.js';
import type { EntityResult, NameMention } from './entities.js';
import { langLex } from './lang-lex.js';
import { knownSpelling, knownType } from './known-names.js';
import { LEX, matchPhrase } from './lexicon.js';
import type { Token } from './tokens.js';
import { mergeReferents } from './merge-referents.js';
import { procliticName, titledNames } from './titled-names.js';
import { CONNECTORS, titleFinder } from './lang-titles.js';
import { commonNouns } from '../lang/noun-lexicon.js';

const EMPTY: ReadonlySet<string> = new Set();

/** An elided article glued to a name: French/Italian `L’Université`, `d’Orsay`, `dell’Italia`. */
const ELISION = /^(?:[LlDd]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Qq]u)['’](?=\p{Lu})/u;
/** a word whose shape says it is a name: an inner capital or a digit ("PowerShell", "iPhone", "A380") */
const NAME_SHAPE = /^.+\p{Lu}|\p{N}/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;

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
  const nouns = p.capitalisedCommonNouns ? commonNouns(p.code) : EMPTY;
  for (const t of tokens) if (t.word && !t.cap) lowerSeen.add(t.norm);
  if (p.capitalisedCommonNouns) {
    // the article agrees with the head noun: the last capitalised word after it ("der Windows PowerShell" -> PowerShell)
    for (let i = 1; i < tokens.length; i++) if (p.determiners.has(norms[i - 1]!) && tokens[i]!.cap && !tokens[i + 1]?.cap) nounish.add(tokens[i]!.text);
    for (const t of tokens) if (t.word && !t.cap) nounish.add(t.text[0]!.toUpperCase() + t.text.slice(1));
  }
  /** a word with a small letter after its first found in the noun lexicon (acronyms there, SPD, ADAC, are names too) */
  const lexNoun = (w: string): boolean => nouns.has(w) && /\p{Ll}/u.test(w.slice(1));
  /** How sure it is that a capitalised word is a common noun: 2, by the text or the word's form (a stopword, a month, a
   * word seen after an article or in lower case, a noun suffix); 1, by the noun lexicon alone; 0, not a common noun. */
  const nounEvidence = (t: Token): 0 | 1 | 2 => {
    if (ll.stop.has(t.norm) || p.sectionWords.has(t.norm) || monthNumber(t.norm) !== null || isDayName(t.norm)) return 2;
    if (!p.capitalisedCommonNouns) return 0;
    if (knownType(t.text, ll, p.code, p.inflectionEndings) || surnames.has(t.text)) return 0;
    // a hyphenated compound is the noun its last part is ("Kohle-Abbau-Projekt", "USB-Kabel"), unless that part heads an
    // organisation's name (Paul-Ehrlich-Institut)
    const dash = t.text.lastIndexOf('-');
    const tail = dash > 0 ? t.text.slice(dash + 1) : '';
    if (tail.length > 2 && lexNoun(tail[0]!.toUpperCase() + tail.slice(1)) && !orgName(tail)) return 1;
    if (NAME_SHAPE.test(t.text)) return 0;
    if (nounish.has(t.text)) return 2;
    const w = t.norm.slice(t.norm.lastIndexOf('-') + 1);
    if (p.commonNounSuffixes.some((s) => w === s || (w.length > s.length + 1 && w.endsWith(s)))) return 2;
    return lexNoun(t.text) ? 1 : 0;
  };
  const commonNoun = (t: Token): boolean => nounEvidence(t) > 0;
  /** an organisation's head word (Institut, Stiftung, Bank) */
  const orgName = (w: string): boolean => p.orgKeywords.has(w) || LEX.orgKeywords.has(w);
  const givenName = (w: string): boolean => p.givenNames.has(w) || p.givenNames.has(w.split('-')[0]!) || LEX.givenNames.has(w);
  /** words written after a given name somewhere in the text: surnames, names wherever they stand (`so Pfeifer`), though
   * the lexicon knows them as nouns (Pfeifer, Fischer, Koch) */
  const surnames = new Set<string>();
  if (p.capitalisedCommonNouns)
    for (let i = 0; i + 1 < tokens.length; i++)
      if (tokens[i]!.cap && tokens[i + 1]!.cap && tokens[i + 1]!.word && givenName(tokens[i]!.text) && tokens[i + 1]!.sent === tokens[i]!.sent)
        surnames.add(tokens[i + 1]!.text);
  /** a given name and a capitalised word after it start at token i */
  const fullNameAt = (i: number): boolean =>
    givenName(tokens[i]!.text) && !!tokens[i + 1]?.cap && !!tokens[i + 1]!.word && tokens[i + 1]!.sent === tokens[i]!.sent;
  /** a capitalised word right after a given name is its surname, whatever else the word means (Joschka Fischer, Ricarda Lang) */
  const surnameAt = (i: number, s: number): boolean =>
    i > s && tokens[i]!.cap && !ll.pronouns.has(norms[i]!) && !p.determiners.has(norms[i]!) && givenName(tokens[i - 1]!.text);
  const orgWord = (t: Token): boolean => t.cap && orgName(t.text);
  /** the start of `Banco de` / `Universidade Federal do` right before token k (capitalised words, one an organisation's head word, then a connector), or -1 */
  const orgBefore = (k: number): number => {
    if (k < 2 || !CONNECTORS.has(norms[k - 1]!) || used[k - 1] || used[k - 2]) return -1;
    let a = k - 1;
    while (a > 0 && a > k - 5 && !used[a - 1] && tokens[a - 1]!.word && tokens[a - 1]!.cap && titleAt(a - 1) === 0) a--;
    for (let q = a; q < k - 1; q++) if (orgWord(tokens[q]!)) return q;
    return -1;
  };
  const adjective = (t: Token): boolean => p.adjectiveSuffixes.some((s) => t.norm.length > s.length + 2 && t.norm.endsWith(s));
  /** a German compound whose last part (4+ letters, after 4+) is a common noun: a descriptor before a name
   * (`Energieunternehmen Baywa`, `Kommandozeilenprogramm TShark`); not a known name, a given name or a product's shape */
  const compoundNoun = (t: Token): boolean => {
    if (!p.capitalisedCommonNouns || !t.cap || t.text.length < 8 || t.text.includes('-') || NAME_SHAPE.test(t.text)) return false;
    if (givenName(t.text) || knownType(t.text, ll, p.code, p.inflectionEndings)) return false;
    for (let c = 4; c <= t.text.length - 4; c++) if (lexNoun(t.text[c]!.toUpperCase() + t.text.slice(c + 1))) return true;
    return false;
  };
  /** a capitalised word that can only be part of a name: no common noun, compound noun, adjective, connector or title;
   * at a sentence's start, where any word is capitalised, not ending as German adjectives and verbs do unless a given name */
  const namePart = (i: number): boolean => {
    const t = tokens[i]!;
    if (!t.word || !t.cap || commonNoun(t) || compoundNoun(t) || adjective(t) || CONNECTORS.has(norms[i]!) || titleAt(i) > 0) return false;
    return !t.sentStart || givenName(t.text) || !/(?:e|en|er|es|em)$/u.test(t.norm);
  };
  /** a lone word that only the lexicon knows as a noun, next to a speech cue and not opening its sentence: a surname
   * (`so Pfeifer`, `gibt Pfeifer zu`) */
  const spokenNoun = (i: number, e: number): boolean =>
    e === i + 1 && (i === 0 || !tokens[i - 1]!.cap) && !tokens[i]!.sentStart && nounEvidence(tokens[i]!) === 1 && cueNear(i, e);
  /** a common noun in the run a..b, unless the lexicon alone says so and the run shows it is a name */
  const nounInRun = (i: number, a: number, b: number): boolean => commonNoun(tokens[i]!) && !nameNoun(i, a, b) && !spokenNoun(i, b);
  /** outside German, a capitalised article or other small word inside a sentence, before more of the run: a name's
   * first word (`El Espectador`, `Le Monde`, `Nuevas Ideas`), as nothing else there is written with a capital */
  const nameOpener = (i: number, e: number): boolean =>
    !p.capitalisedCommonNouns && i + 1 < e && tokens[i]!.cap && !tokens[i]!.sentStart && !opensClause(i) && tokens[i]!.text.length > 1;
  /** a genitive of a known name (`Erdogans`, `Putins`): the noun after it is what the person has, not the name's */
  const genitive = (i: number): boolean => {
    const w = tokens[i]!.text;
    return w.length > 3 && w.endsWith('s') && knownType(w.slice(0, -1), ll, p.code) !== null;
  };
  /** a simple noun that only the lexicon knows, in a run (a..b) holding a word only names have: part of the name
   * (`ChocolArt Festival`, `Schloss Elmau`, `Justina Schreiber`), unless it follows a genitive; a hyphenated compound
   * stays a noun (`Broadway Musical-Hit`) */
  const nameNoun = (i: number, a: number, b: number): boolean => {
    if (nounEvidence(tokens[i]!) !== 1 || tokens[i]!.text.includes('-') || (i > a && genitive(i - 1))) return false;
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
    const n = matchPhrase(ll.gazetteer, norms, i);
    if (n === 0 && p.uncased) {
      const k = procliticName(text, tokens, norms, i, ll, raw, used);
      if (k > 0) {
        i += k - 1;
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
    // a URL slug or a phrase joined by hyphens (`Tras-una-semana-de-acoso`), or a heading in capitals with its small
    // words (`DETALLE DE LA FECHA`), is no name
    if (b - a === 1 && tokens[a]!.text.split('-').filter((x) => /^\p{Ll}/u.test(x)).length >= 2) return;
    if (b - a >= 3 && tokens.slice(a, b).every((t) => !/\p{Ll}/u.test(t.text)) && norms.slice(a, b).some((w) => ll.stop.has(w) || CONNECTORS.has(w))) return;
    let s = a;
    let e = b;
    // a party's or agency's acronym before a given name and surname is no part of the name (`la diputada PS Emilia Nuyado`)
    if (e - s >= 3 && ACRONYM.test(tokens[s]!.text) && givenName(tokens[s + 1]!.text)) s++;
    // German: an adjective opens a noun phrase ("Deutsche Unternehmen", "Klassische Romane")
    while (p.capitalisedCommonNouns && s < e - 1 && adjective(tokens[s]!) && !knownType(tokens[s]!.text, ll, p.code)) s++;
    while (s < e && !nameOpener(s, e) && (nounInRun(s, s, e) || CONNECTORS.has(norms[s]!) || (e - s > 1 && compoundNoun(tokens[s]!)))) s++;
    // German: the word right after an article or preposition heads a noun phrase ("eine Menge Spaß", "Im Osten Nicaraguas")
    if (p.capitalisedCommonNouns && s > 0 && p.determiners.has(norms[s - 1]!) && e - s > 1 && titleAt(s) === 0 && !givenName(tokens[s]!.text)) {
      const product = tokens.slice(s, e).some((t) => NAME_SHAPE.test(t.text)); // "der Windows PowerShell"
      if (!product && !knownType(tokens[s]!.text, ll, p.code, p.inflectionEndings)) s++;
    }
    while (e > s && !surnameAt(e - 1, s) && (nounInRun(e - 1, s, e) || CONNECTORS.has(norms[e - 1]!))) e--;
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
    // the German rule: inside the run every word must not be a common noun (a surname next to a cue may be one)
    if (p.capitalisedCommonNouns && words.some((_, x) => nounInRun(k + x, k, e) && !surnameAt(k + x, k)) && !known) return;
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
