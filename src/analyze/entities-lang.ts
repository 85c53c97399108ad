// Names in languages other than English: capitalised runs cleaned with the language's stopwords and noun rules, or gazetteer names.
import type { EntityType } from '../model.js';
import { canonicalAlias, type LangProfile } from '../lang/index.js';
import { nominativeName } from '../lang/name-cases.js';
import type { EntityResult, NameMention } from './entities.js';
import { langLex } from './lang-lex.js';
import { knownSpelling, knownType } from './known-names.js';
import { LEX, matchPhrase } from './lexicon.js';
import type { Token } from './tokens.js';
import { mergeReferents, referents } from './merge-referents.js';
import { fieldEnd, namedBodies } from './named-bodies.js';
import { bodiesAtPlaces, shortFormsInParentheses, typesFromContext } from './type-context.js';
import { longFormsBeforeAcronyms } from './acronym-long-forms.js';
import { nameTails } from './name-tails.js';
import { coordinatedFields } from './coordinated-names.js';
import { bodyAfterPlace } from './place-body.js';
import { agencyCredits } from './agency-credits.js';
import { shoutedCommonWord } from './shouted-word.js';
import { streetNames } from './street-names.js';
import { procliticName, titledNames } from './titled-names.js';
import { headedNames } from './headed-names.js';
import { contextOrgs } from './context-orgs.js';
import { CONNECTORS, titleFinder } from './lang-titles.js';
import { NAME_SHAPE, nameWordTests } from './name-words.js';
import { ACRONYM, beforeConnector, bodyContinues, capitalRuns, ELIDED_CAP, elidedComplement, ELISION, otherAlphabet } from './capital-runs.js';
import { quotedNames } from './quoted-names.js';
import { declinedSurname } from './declined-surname.js';
import { nounTown, placeEnding } from './town-words.js';
import { legalForms } from './legal-forms.js';
import { describingNoun } from './descriptor-nouns.js';
import { borrowedRun } from './borrowed-phrases.js';
import { abbreviationsOnly } from './common-abbreviations.js';
import { nounAfterArticle, nounUse } from './noun-use.js';
import { describedPersonStart } from './described-person.js';

/** A Roman number of two letters or more made of I, V and X, with an ordinal's ending (`XIX`, `XXIe`, `XXème`, `IIIº`). */
const ROMAN = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})(?:e|er|ère|ème|eme|º|ª)?$/u;

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

  const {
    pastDemonym,
    surnames,
    particlesAt,
    particledStart,
    lowerSeen,
    commonNoun,
    nounEvidence,
    givenName,
    fullNameAt,
    surnameAt,
    orgWord,
    adjective,
    lexAdjective,
    compoundNoun,
    namedOrgCompound,
    nounInRun,
    nameOpener,
    opensClause,
    cueNear,
    placeTail,
    personShaped,
    adjectiveName,
    placeAdjective,
    townStreet,
    orgHead,
    opensCompound,
    genitivePlace,
    orgNounBefore,
    stateBody,
    headBefore,
    bodyBeforeSeat,
  } = nameWordTests(tokens, norms, ll, p, (i) => titleAt(i));
  const descriptorTests = { nounEvidence, commonNoun, compoundNoun, orgHead, adjective };
  const known = (w: string) => knownType(w, ll, p.code);
  const personTests = { givenName, surnameAt, particlesAt, commonNoun, compoundNoun, adjective, titleAt, known, genitivePlace };
  const emit = (k: number, e: number, type: EntityType, fullStart: number): void => {
    if (abbreviationsOnly(text, tokens, k, e, p)) return; // (`TV`, `GB RAM`, `500 MW`: no name)
    const el = ELISION.exec(tokens[k]!.text);
    const start = tokens[k]!.start + (el ? el[0].length : 0);
    // a single letter ending a name, not after a given name (`Laurent D.`), is no initial: its full stop ends the sentence (`Serie A.`)
    const initialLast = e - 1 > k && /^\p{Lu}\.$/u.test(tokens[e - 1]!.text) && !givenName(tokens[e - 2]!.text);
    const end = tokens[e - 1]!.end - (initialLast ? 1 : 0);
    const surface = text.slice(start, end);
    const written = knownSpelling(surface, ll, p.code, p.inflectionEndings);
    // a person named in another case, read back to the nominative (`Ирины Соколовой` -> `Ирина Соколова`)
    const nominative = p.surnameEndings && type !== 'place' && type !== 'org' ? nominativeName(surface.split(' '), p.givenNames, p.surnameEndings) : null;
    const alias = canonicalAlias(surface) ?? (nominative ? canonicalAlias(nominative) : null) ?? (written ? canonicalAlias(written) : null);
    const agency = LEX.agencies.get(surface.toLowerCase()) ?? null;
    const kind: EntityType = agency ? 'org' : (alias?.type ?? (nominative ? 'person' : type));
    const entity = alias?.name ?? nominative ?? written ?? (type === 'place' ? genitivePlace(surface) : null) ?? surface;
    const role = fullStart < k ? norms.slice(fullStart, k) : [];
    raw.push({ text: surface, start, end, type: kind, entity, tokStart: k, tokEnd: e, fullTokStart: fullStart, role, agency });
    for (let q = k; q < e; q++) used[q] = 1;
    // a person's last word is a surname named alone after it, wherever it stands (`Clara Brugada` ... `Brugada fue tajante:`)
    if (raw[raw.length - 1]!.type === 'person' && e - k > 1 && tokens[e - 1]!.cap) surnames.add(tokens[e - 1]!.text);
  };

  // German bodies by head word and field, all nouns (`Bundesamt für Verfassungsschutz`); before known names take the field
  if (p.capitalisedCommonNouns)
    for (let i = 0; i + 2 < tokens.length; i++) if (!used[i] && tokens[i]!.cap && norms[i + 1] === 'für' && orgHead(tokens[i]!.text)) bodyAt(i);

  for (const i of agencyCredits(tokens, norms)) emit(i, i + 1, 'org', i); // (a credit written small: `Berlin (dpa) -`)
  // 1. known names (gazetteer, in every script), longest first; Arabic names may carry a one-letter proclitic
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || !tokens[i]!.word) continue;
    const n = matchPhrase(ll.gazetteer, norms, i);
    const glued = n === 0 && p.uncased ? procliticName(text, tokens, norms, i, ll, raw, used) : 0;
    if (glued > 0) i += glued - 1;
    if (n === 0) continue;
    // a descriptor noun before a body's one-word name or a place's is none of it (`وكالة رويترز`; not `منظمة الصحة العالمية`)
    const rest = p.uncased && n > 1 && p.descriptorNouns.has(norms[i]!) && ll.gazType.get(norms.slice(i, i + n).join(' ')) === 'org';
    const d = rest && (n === 2 || ll.gazType.get(norms.slice(i + 1, i + n).join(' ')) === 'place') ? 1 : 0;
    // (German: a compound's first part; a common noun the known name also is: `ein eigenes Bild`, not the newspaper)
    if ((p.capitalisedCommonNouns && opensCompound(i + n - 1)) || (n === 1 && nounUse(tokens, i, p, ll, lexAdjective))) continue;
    // a known body's name a connector or one more word continues (`Congreso de los Diputados`, `Swatch Group`) is left to the runs
    if (!p.capitalisedCommonNouns && ll.gazType.get(norms.slice(i, i + n).join(' ')) === 'org' && bodyContinues(text, tokens, norms, i, n, ll, p, givenName))
      continue;
    // in a capitalised language written with its capital, an acronym (UN, EU) not as a word (`Un habitant`, `Eu`)
    if (!p.uncased && (!tokens[i]!.cap || (n === 1 && tokens[i]!.text.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text)))) continue;
    const name = norms.slice(i, i + n).join(' ');
    // a given name before a known surname belongs to it ("Дмитрий Песков"); a name before a known place makes a longer one ("Air France")
    const gt = ll.gazType.get(name) ?? 'other';
    // a place that is a surname the text names is left to the runs, which make it that person (`Montenegro respondeu`);
    // capitalised words before a name make a longer one (`l'Université Grenoble`: from an elided article's), an adjective before a body too
    if (gt === 'place' && n === 1 && surnames.has(tokens[i]!.text)) continue;
    let k = i;
    while (
      k > 0 &&
      !used[k - 1] &&
      !ELIDED_CAP.test(tokens[k]!.text) &&
      tokens[k - 1]!.word &&
      (tokens[k - 1]!.cap || ELIDED_CAP.test(tokens[k - 1]!.text)) &&
      (!tokens[k - 1]!.sentStart || (k === i && (gt === 'place' ? !p.capitalisedCommonNouns : givenName(tokens[k - 1]!.text)))) &&
      text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ' &&
      (!commonNoun(tokens[k - 1]!) || (gt === 'org' && p.capitalisedCommonNouns && adjective(tokens[k - 1]!))) &&
      !(gt === 'org' && compoundNoun(tokens[k - 1]!)) && // (a compound noun describes a known organisation: `Rüstungskonzern Rheinmetall`)
      titleAt(k - 1) === 0 &&
      !otherAlphabet(tokens[k - 1]!.text, tokens[k]!.text) &&
      // a given name opens the name: a word before it that is no given name is another name's (`Путина Дмитрий Песков`)
      !(givenName(tokens[k]!.text) && !givenName(tokens[k - 1]!.text))
    )
      k--;
    // a known place after an organisation's or an event's head word and a connector names it (Banco de Portugal)
    const o = gt === 'place' && k === i ? headBefore(k, used) : null;
    const start = (o ? o.start : k) + d;
    const tb = titleBefore(start);
    // a place with words before it names something else: an organisation when one heads one (`FC Bayern`), else `Air France`
    const longer = gt === 'place' && k < i ? (tokens.slice(k, i).some((t) => orgHead(t.text)) ? 'org' : 'other') : gt;
    // (or opens one in English word order: `Florida International University`)
    const body =
      gt === 'place' && !o && !p.capitalisedCommonNouns ? bodyAfterPlace(text, tokens, used, i + n, orgHead, (w) => ll.gazType.has(w.toLowerCase())) : -1;
    if (body > 0) {
      emit(start, body, 'org', tb >= 0 ? tb : start);
      i = body - 1;
      continue;
    }
    emit(start, i + n, o ? o.type : longer, tb >= 0 ? tb : start);
    i += n - 1;
  }

  function bodyAt(i: number): void {
    const e = fieldEnd(tokens, norms, used, i);
    if (e < 0) return;
    const start = adjectiveBefore(i);
    emit(start, e, 'org', start);
  }
  /** a capitalised adjective right before a name's head word opens it (`Internationalen Organisation für …`, `Deutscher Schwimm-Verband`) */
  function adjectiveBefore(i: number): number {
    const t = tokens[i - 1];
    return t?.word && t.cap && !t.sentStart && !used[i - 1] && (adjective(t) || placeAdjective(t.text)) ? i - 1 : i;
  }

  // bodies named by their words' shape (Russian `Минтранс`, `Следственный комитет`), at a sentence's start too
  for (const [a, b] of namedBodies(tokens, norms, used, p, (w) => knownType(w, ll, p.code, p.inflectionEndings) !== null)) emit(a, b, 'org', a);
  // 2. capitalised runs (not for scripts without capitals)
  if (!p.uncased) for (const [a, b] of capitalRuns(text, tokens, used, p.capitalisedCommonNouns, givenName, fullNameAt, orgHead, particlesAt)) processRun(a, b);

  function processRun(a: number, b0: number): void {
    const b = p.capitalisedCommonNouns && b0 > a && opensCompound(b0 - 1) ? b0 - 1 : b0;
    if (b === a || (b - a === 1 && nounUse(tokens, a, p, ll, lexAdjective))) return;
    // German: a known place's genitive opening the run names the place; the rest is a run of its own (`Dortmunds Coach Niko Kovač`)
    if (p.capitalisedCommonNouns && b - a > 1 && genitivePlace(tokens[a]!.text) && !givenName(tokens[a]!.text)) {
      emit(a, a + 1, 'place', a);
      return void processRun(a + 1, b);
    }
    // a surname the text gave with its particles after a given name, behind them (`Von der Leyen`, `sagte von der Leyen`)
    const ps = particledStart(a, b);
    if (ps >= 0) return void emit(ps, b, 'person', ps);
    const joined = tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' ');
    // a place that is the surname of a person the text names, or that speaks, is a person (`aseguró Montero`: a city too)
    const listed = knownType(joined.replace(ELISION, ''), ll, p.code, p.inflectionEndings);
    const whole = listed === 'place' && b - a === 1 && (surnames.has(joined) || cueNear(a, b)) ? null : listed;
    if (whole) return void emit(a, b, whole, titleBefore(a) >= 0 ? titleBefore(a) : a);
    // German: one word ending as streets do, which the noun lexicon does not know (`am Alexanderplatz`), or a town it knows after `in`, `nach` (`in Essen`)
    if (p.capitalisedCommonNouns && b - a === 1 && (placeTail(joined) || nounTown(norms[a - 1], joined, ll, p))) return void emit(a, b, 'place', a);
    if (b - a === 1 && elidedComplement(tokens, norms, a, titleWord)) return;
    // a head word in lower case, a connector, then the run (French, Italian: `ministère de l'Agriculture`)
    if (!p.capitalisedCommonNouns && a >= 2 && CONNECTORS.has(norms[a - 1]!) && !used[a - 2] && ll.lowerOrgs.has(tokens[a - 2]!.text)) {
      emit(a - 2, b, 'org', a - 2);
      return;
    }
    // a URL slug or a phrase joined by hyphens (`Tras-una-semana-de-acoso`), or a heading in capitals (`DETALLE DE LA FECHA`): no name
    if (b - a === 1 && tokens[a]!.text.split('-').filter((x) => /^\p{Ll}/u.test(x)).length >= 2) return;
    if (b - a >= 3 && tokens.slice(a, b).every((t) => !/\p{Ll}/u.test(t.text)) && norms.slice(a, b).some((w) => ll.stop.has(w) || CONNECTORS.has(w))) return;
    let e = b;
    // a party's or agency's acronym before a given name and surname (`la diputada PS Emilia Nuyado`), or a nationality's noun, is no part of the name
    let s = pastDemonym(e - a >= 3 && ACRONYM.test(tokens[a]!.text) && givenName(tokens[a + 1]!.text) ? a + 1 : a, e);
    if (s >= e) return;
    // German: a capitalised adjective before a noun opens a name, after the run's common words too (`Sprecherin der Deutschen Bahn`)
    const adjectiveNamed = (): boolean => {
      if (e - s !== 2 || !adjectiveName(s)) return false;
      // a town's street or square is a place (`Potsdamer Platz`)
      const street = townStreet(tokens[s]!.text, tokens[s + 1]!.text);
      emit(s, e, tokens.slice(s, e).some((t) => orgHead(t.text)) ? 'org' : street ? 'place' : 'other', titleBefore(s) >= 0 ? titleBefore(s) : s);
      return true;
    };
    if (adjectiveNamed()) return;
    // German: an adjective opens a noun phrase ("Deutsche Unternehmen"; inside a sentence only before a noun: `Carsten Spohr`)
    while (
      p.capitalisedCommonNouns &&
      s < e - 1 &&
      adjective(tokens[s]!) &&
      (tokens[s]!.sentStart || opensClause(s) || commonNoun(tokens[s + 1]!)) &&
      !knownType(tokens[s]!.text, ll, p.code)
    )
      s++;
    const adjectiveOpens = (): boolean => e - s === 2 && adjectiveName(s);
    // leading words no part of the name: common nouns, connectors, and (German) a noun describing the name after it, no
    // name's head, first or after a small word (`der Firma AEG`, `Region Dalarna`; not `Universität Warschau`, `Senatorin Iris …`)
    const describes = (i: number): boolean => describingNoun(tokens, a, i, e, descriptorTests, p);
    const leading = (i: number): boolean => nounInRun(i, i, e) || CONNECTORS.has(norms[i]!) || (e - i > 1 && compoundNoun(tokens[i]!)) || describes(i);
    while (s < e && !nameOpener(s, e) && !adjectiveOpens() && leading(s)) s++;
    if (s > a && adjectiveNamed()) return;
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
    // the run's first word completes a title before a name of 2+ words ("ministro da Economia Fernando Haddad"; not "líder de Acción Humanista")
    if (s >= 2 && e - s > 2 && CONNECTORS.has(norms[s - 1]!) && titleBefore(s - 1) >= 0 && !tokens.slice(s, e).some(orgWord) && !CONNECTORS.has(norms[s + 1]!))
      s++;
    // one word after a title and a connector is the title's domain ("ministro da Educação, Camilo Santana")
    if (!p.capitalisedCommonNouns && s >= 2 && e - s === 1 && CONNECTORS.has(norms[s - 1]!) && titleBefore(s - 1) >= 0) return;
    // German: words before the first given name that cannot be part of a name describe the person (`AfD-Chef Jörg Meuthen`)
    if (p.capitalisedCommonNouns) s = describedPersonStart(tokens, s, e, personTests, (t) => emit(t, t + 1, 'place', t));
    // a title with a capital inside the run ("Kanzler Scholz"), with a connector and the word after it ("Presidente da República")
    let k = s;
    // German: a title inside the run with words after it (`Bayerns Innenminister Joachim Herrmann`): the words before describe it
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
    // outside German: an organisation run into a person's full name after it is two names (`della Banca d'Italia Fabio Panetta`)
    if (!p.capitalisedCommonNouns && e - k >= 3) {
      let x = k + 1;
      while (x < e - 1 && !givenName(tokens[x]!.text)) x++;
      if (x < e - 1 && tokens.slice(k, x).some((t) => orgWord(t))) {
        emit(k, x, 'org', k);
        k = x;
      }
    }
    // outside German: words before a given name and a surname are no part of the name (not `María Jesús Montero`): after a
    // title its domain (`глава Минфина Антон Силуанов`), else a name of its own (`администрации Петрозаводска Алексей Воронцов`)
    if (!p.capitalisedCommonNouns && e - k >= 3 && !givenName(tokens[k]!.text)) {
      let x = k + 1;
      while (x < e - 1 && !givenName(tokens[x]!.text)) x++;
      const titled = titleBefore(k) >= 0;
      // (not a saint's place: `Santa Rosa del Aguaray`)
      if (x < e - 1 && (titled || !CONNECTORS.has(norms[x + 1]!))) {
        if (!titled) processRun(k, x);
        k = x;
      }
    }
    const tb = titleBefore(k);
    const ap = tb >= 0 ? -1 : appositiveTitle(k, e);
    const fullStart = tb >= 0 ? tb : ap >= 0 ? ap : k;
    const words = tokens.slice(k, e);
    const name = words.map((w) => w.text).join(' ');
    const listedName = knownType(name.replace(ELISION, ''), ll, p.code, p.inflectionEndings) ?? (genitivePlace(name) ? 'place' : null);
    const known = listedName === 'place' && words.length === 1 && (surnames.has(name) || cueNear(k, e)) ? null : listedName;
    const titled = tb >= 0 || ap >= 0;
    // next to a cue, unless an object (`al Corriere della Sera ha raccontato`) or a title's domain (`ministre des Finances a dit`)
    const speaking = cueNear(k, e) && !ll.governs(norms[fullStart - 1]) && !ll.roleLinks.has(norms[fullStart - 1] ?? '');
    // the German rule: inside the run every word must not be a common noun (a surname next to a cue may be one), else what comes before a connector may be
    if (p.capitalisedCommonNouns && words.some((_, x) => nounInRun(k + x, k, e) && !surnameAt(k + x, k)) && !known) {
      beforeConnector(tokens, k, e, titled, raw, processRun);
      return;
    }
    if (known) return void emit(k, e, known, fullStart);
    // after an organisation's common noun (`le groupe Renault`, `le constructeur automobile Renault`): an organisation
    if (!titled && orgNounBefore(k)) return void emit(k, e, 'org', fullStart);
    if (words.length === 1) {
      const w = words[0]!;
      const single = w.text;
      // a letter (an initial, a currency's: R$); an abbreviation's plural (`URLs`, `NDCs`); a Roman number alone (`Teil II`, `siglo XIX`, `XXIe siècle`)
      if (single.length === 1 || /^\p{Lu}{2,}s$/u.test(single) || ROMAN.test(single)) return;
      if (!p.capitalisedCommonNouns && ll.institutionRoles.has(w.norm)) return; // an institution's noun (o Governo, il Comune)
      // a name and a body's head word (`Max-Planck-Institut`, `Bernhard-Nocht-Instituts`), a state's prefix and a body (`Bundesgerichtshof`)
      if (namedOrgCompound(single) || stateBody(single)) {
        const start = adjectiveBefore(k);
        emit(start, e, 'org', Math.min(fullStart, start));
        return;
      }
      if (titleWord(k) || shoutedCommonWord(w, lowerSeen, (x) => knownType(x, ll, p.code) !== null)) return;
      const acronym = single.replace(ELISION, ''); // (`dell'INAF`)
      if (ACRONYM.test(acronym) && acronym.length <= 5 && !ll.stop.has(w.norm)) {
        emit(k, e, 'org', fullStart);
        return;
      }
      // after a title a person, or the body the title heads (`вице-президента Ассоциации`)
      if (titled) return void emit(k, e, orgHead(single) ? 'org' : 'person', fullStart);
      if (speaking && !w.sentStart && !nounAfterArticle(tokens, k, p, lexAdjective)) {
        emit(k, e, 'person', fullStart);
        return;
      }
      // the surname of a person named in the text, wherever it stands (`Montenegro respondeu`)
      const base = surnames.has(single) ? single : declinedSurname(single, surnames, raw, p);
      if (base && !lowerSeen.has(w.norm)) {
        emit(k, e, 'person', fullStart);
        if (base !== single) raw[raw.length - 1]!.entity = base;
        return;
      }
      // a capital that the sentence start explains (not one after an elided article: `L'Organisation mondiale…`)
      if ((w.sentStart && !ELISION.test(single)) || opensClause(k)) return;
      if (lowerSeen.has(w.norm)) return; // "Constitution" where the text also says "constitution"
      // German: after a bare place preposition (data placePrepositions), a word no lexicon knows or with a place's ending (placeSuffixes)
      const bare = p.capitalisedCommonNouns && p.placePrepositions.has(norms[k - 1] ?? '');
      if (bare && ((nounEvidence(w) === 0 && !compoundNoun(w)) || placeEnding(w.norm, p))) {
        emit(k, e, 'place', fullStart);
        return;
      }
      // German: a name needs more than a capital, unless a common noun before it describes it (`der Fachzeitschrift Nature`)
      const b = tokens[k - 1];
      const nounBefore = !!b?.cap && !b.sentStart && !used[k - 1] && !ll.stop.has(b.norm) && commonNoun(b) && !adjective(b) && !lexAdjective(b.text);
      const described = nounBefore && !single.includes('-') && nounEvidence(w) === 0 && !compoundNoun(w) && !adjective(w);
      if (p.capitalisedCommonNouns && !described && !/\p{Lu}.*\p{Lu}|\p{N}/u.test(single.slice(1))) return;
      emit(k, e, orgHead(single.replace(ELISION, '')) ? 'org' : 'other', fullStart);
      return;
    }
    const first = words[0]!.text;
    const org = !titled && words.some((w) => orgHead(w.text));
    // a run opening with a place's or an event's head word (`Rua Augusta`, `Operação Lava Jato`), unless titled
    const head = titled ? null : p.placeKeywords.has(first) ? 'place' : p.otherKeywords.has(first) ? 'other' : null;
    // common English words naming no person or body (`Machine Learning`): a borrowed phrase, in German no name
    const borrowed = !titled && !speaking && !org && !head && !givenName(first) ? borrowedRun(words, tokens[k - 1], text, p, ll.stop) : null;
    if (borrowed === 'none') return;
    const person = !borrowed && (titled || speaking || givenName(first) || personShaped(k, e));
    emit(k, e, org ? 'org' : (head ?? (person ? 'person' : 'other')), fullStart);
  }
  if (p.uncased) {
    contextOrgs(text, tokens, norms, used, raw, ll);
    headedNames(text, tokens, norms, used, raw, ll);
    titledNames(text, tokens, norms, used, raw, ll, titleAt, p.givenNames, p.commonWordGivenNames);
  }
  if (p.quotedNames) quotedNames(text, tokens, norms, raw, ll);
  legalForms(raw, text, tokens, p.legalForms);
  raw.sort((x, y) => x.start - y.start);
  // a body before its seat (German: a head noun too); outside German a body's complement joining two fields
  if (!p.uncased) bodiesAtPlaces(raw, text, tokens, p.capitalisedCommonNouns ? bodyBeforeSeat : null);
  if (!p.uncased && !p.capitalisedCommonNouns) coordinatedFields(raw, text, tokens, norms, ll, p, { givenName, surnames, orgHead });
  if (!p.uncased) nameTails(raw, text, tokens, norms, p, ll);
  if (!p.uncased && !p.capitalisedCommonNouns) streetNames(raw, text, tokens, norms, p, (w) => knownType(w, ll, p.code));
  if (!p.uncased) longFormsBeforeAcronyms(raw, text, tokens, orgHead);
  mergeReferents(raw, p);
  shortFormsInParentheses(raw, tokens);
  typesFromContext(raw, tokens, norms, p, ll.roleDeterminers);

  return { mentions: raw, ...referents(raw) };
}
