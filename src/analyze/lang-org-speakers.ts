// Organisations as speakers outside English: a common noun that stands for one named before (`indique le ministère`,
// `teilte das Unternehmen mit`), and the subject of a clause that introduces a quote after a colon.
import type { Speaker } from '../model.js';
import type { EntityResult, NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import type { RoleResolver } from './lang-roles.js';
import { matchPhrase } from './lexicon.js';
import { ELIDED_ARTICLE } from './lang-titles.js';
import { isComma, nameSpeaker } from './lang-subject-phrases.js';
import { NAME_MARKS } from './quote-marks.js';
import type { Tokenised } from './tokens.js';

/** Words of a clause before a subject that introduces a quote after a colon (a title with its qualifiers), at most. */
const COLON_SUBJECT = 6;
/** Words after a statement phrase where the document's organisation may be named (`в сообщении пресс-службы ведомства`). */
const STATEMENT_WORDS = 8;
/** the most tokens an addressee may take between a statement's verb and its locative (`ТАСС`, `« Известиям »`) */
const ADDRESSEE_TOKENS = 3;
/** a quotation mark around an addressee's name (`рассказали «Известиям» в …`) */
const QUOTE_MARK = /^[«»„“”"]$/u;
/** Words after a spokesperson's noun where the organisation it speaks for may be named (`الناطق الإعلامي باسم المديرية`). */
const SPOKESPERSON_WORDS = 4;
/** What parts a name's words (`Météo-France`, `l'Arpal`). */
const NAME_WORD_BREAK = /[\s\-'’]+/u;
/** An organisation's common noun (`le ministère`) stands for one named at most this many sentences before. */
const ORG_BACK = 3;

/** An attribution the quote finder can use: a cue and its speaker. */
export interface OrgAttribution {
  cue: string;
  speaker: Speaker | null;
  reporter: string | null;
}

/** The organisation and colon-subject speakers of one text (`byStart`: mentions by first token; `cueText`: a cue's words). */
export function orgSpeakers(
  tk: Tokenised,
  norms: string[],
  ll: LangLex,
  ents: EntityResult,
  inQuote: Uint8Array,
  byStart: Map<number, NameMention>,
  cueText: (i: number, n: number) => string,
  /** the holder of a title heading an organisation's name (`O treinador do Benfica`) */
  roles: Pick<RoleResolver, 'roleHeading'>,
) {
  const { tokens } = tk;
  /** a mention that opens its sentence, after an article or an opening quotation mark at most (`«Газпром» сообщил`): the
   * sentence's subject */
  const opensSentence = (m: NameMention): boolean => {
    const first = tk.sentences[tokens[m.tokStart]!.sent]!.firstTok;
    return m.tokStart === first || (m.tokStart === first + 1 && (ll.roleDeterminers.has(norms[first]!) || NAME_MARKS.has(tokens[first]!.text)));
  };
  /** organisations named outside quotes, in order, and names of no known type that open their sentence (`Air France a annulé`) */
  const orgs = ents.mentions.filter((m) => !inQuote[m.tokStart] && (m.type === 'org' || (m.type === 'other' && opensSentence(m))));
  /** a speaker named by the words of tokens i..k (a role's noun phrase), standing for `entity` (null: the words alone) */
  const phraseSpeaker = (i: number, k: number, entity: string | null): Speaker => ({
    name: cueText(i, k - i + 1),
    start: tokens[i]!.start,
    end: tokens[k]!.end,
    entity,
    via: 'role',
  });
  /**
   * An organisation's common noun after its article at token i (`le ministère`, `l'entreprise`, `das Ministerium`,
   * `ведомство`) stands for the organisation named last before `before`, within ORG_BACK sentences: one whose name holds
   * the noun first (`le ministère` -> `ministère de l'Agriculture`); null when there is none or a name follows the noun.
   * An institution's noun (`die Polizei`) stands only for one whose name holds it.
   */
  const orgRoleAt = (i: number, before: number): Speaker | null => {
    const k = roleNounAt(i);
    const pick = k < 0 ? null : nounOrg(before, bare(k));
    return pick ? phraseSpeaker(i, k, pick.entity) : echoOrgAt(i, before);
  };
  /** An article and a noun that is a word of an organisation named before, within ORG_BACK sentences, no name following
   * it (`teilte der Wetterdienst mit` -> `Deutsche Wetterdienst`): that organisation; null when none. */
  const echoOrgAt = (i: number, before: number): Speaker | null => {
    const k = ll.roleDeterminers.has(norms[i] ?? '') ? i + 1 : ELIDED_ARTICLE.test(norms[i] ?? '') ? i : -1;
    if (k < 0 || !tokens[k]?.word || (tokens[k + 1]?.word && tokens[k + 1]!.cap)) return null;
    const w = bare(k);
    if (w.length < 4) return null;
    const floor = tokens[before]!.sent - ORG_BACK;
    for (let x = orgs.length - 1; x >= 0; x--) {
      const m = orgs[x]!;
      if (m.tokStart >= before || m.type !== 'org') continue;
      if (tokens[m.tokStart]!.sent < floor) break;
      if (m.entity.toLowerCase().split(NAME_WORD_BREAK).includes(w)) return phraseSpeaker(i, k, m.entity);
    }
    return null;
  };
  /** the word at token k less an article glued to it (`l'entreprise` -> `entreprise`) */
  const bare = (k: number): string => norms[k]!.replace(ELIDED_ARTICLE, '');
  /** the token after an article, definite or not, at token i; i when none is there */
  const pastArticle = (i: number): number => (ll.roleDeterminers.has(norms[i] ?? '') || ll.indefinite.has(norms[i] ?? '') ? i + 1 : i);
  /** the organisation named before token `before` that an organisation's noun stands for, as orgBefore finds it by the
   * noun's letters; an institution's noun (`only`) stands only for one whose name holds it */
  const nounOrg = (before: number, noun: string, only = ll.institutionRoles.has(noun)): NameMention | null => orgBefore(before, ll.roleKey(noun), only);
  /** the token of an organisation's common noun at token i or after its article there, no name following it; -1 when none */
  const roleNounAt = (i: number): number => {
    if (ll.speakerRoles.size === 0 || !tokens[i]?.word) return -1;
    let k = ll.roleDeterminers.has(norms[i]!) ? i + 1 : i;
    // adjectives before it where they agree by their endings (`областная прокуратура`)
    while (k < i + 2 && tokens[k + 1]?.word && !tokens[k]!.cap && ll.bodyAdjective(norms[k]!)) k++;
    const body = ll.speakerRoles.has(bare(k)) || (tokens[k]?.cap && !byStart.has(k) && ll.bodyTail(bare(k))); // (a name: `das Umweltbundesamt`)
    // (nor the head word of a longer name there: `la Società italiana di pediatria`)
    const named = (byStart.get(k)?.tokEnd ?? 0) > k + 1;
    return k < tokens.length && body && !named && !(tokens[k + 1]?.word && tokens[k + 1]!.cap) ? k : -1;
  };
  /**
   * The body a common noun at token i names when it stands for no organisation named before (`Die Polizei teilte mit`,
   * `وقال البنك`, `краевое правительство уточнило`): the speaker is the noun itself, with no entity; null when no such noun.
   */
  const bodyNounAt = (i: number): Speaker | null => {
    const k = roleNounAt(i);
    return k < 0 ? null : phraseSpeaker(i, k, null);
  };
  /**
   * A spokesperson's noun at token i, its article first at most (`ein Sprecher der Polizei`, `un porte-parole du groupe`,
   * `الناطق الإعلامي باسم المديرية`): the organisation it speaks for, named in the next words, else the one its noun
   * stands for as orgRoleAt says, else the noun itself; undefined when no such noun, when no organisation follows it and
   * the noun is no compound naming one (`ein Sprecher am Montag`), or a person is named there (`die Sprecherin Jutta Hartmann`).
   */
  const spokespersonAt = (i: number, limit: number): Speaker | undefined => {
    const k = pastArticle(i);
    if (!tokens[k]?.word) return undefined;
    const w = bare(k);
    if (!ll.spokespersons.has(w)) return compoundSpokesperson(i, k, w);
    const sent = tokens[k]!.sent;
    for (let j = k + 1; j < Math.min(limit, k + 1 + SPOKESPERSON_WORDS) && tokens[j]!.sent === sent && !inQuote[j]; j++) {
      const m = byStart.get(j);
      if (m?.type === 'person') return undefined;
      if (!tokens[j]!.word) break;
      if (m?.type === 'org') return phraseSpeaker(k, m.tokEnd - 1, m.entity);
      const role = orgNoun(bare(j));
      if (role) return phraseSpeaker(k, j, nounOrg(i, role)?.entity ?? null);
    }
    // a listed compound with no organisation after it reads as one (`sagte ein Polizeisprecher am Morgen`)
    return compoundSpokesperson(i, k, w);
  };
  /** an unnamed spokesperson opening the clause at `from` with the organisation they speak for, before the cue at c
   * (`Ein Sprecher der Staatsanwaltschaft sagte:`, `Un portavoz del ministerio explicó:`); null when none is named */
  const openingVoice = (from: number, c: number): Speaker | null => {
    if (!ll.indefinite.has(norms[from]!) || !ll.spokespersons.has(norms[from + 1]!)) return null;
    const voice = spokespersonAt(from, c);
    return voice?.entity && voice.end > tokens[from + 1]!.end && voice.end <= tokens[c]!.start ? voice : null;
  };
  /**
   * A German spokesperson's compound (`ein Bahnsprecher`, `sagte ein Regierungssprecher`): its first part names the
   * organisation named before that holds it, or an organisation's noun as orgRoleAt reads it, else the compound speaks;
   * undefined when the word is none or a person's name follows it (`Mieterbund-Sprecherin Jutta Hartmann`).
   */
  const compoundSpokesperson = (i: number, k: number, w: string): Speaker | undefined => {
    const tail = ll.spokespersonTail(w);
    if (!tail || byStart.get(k + 1)?.type === 'person') return undefined;
    const head = w.slice(0, -tail.length).replace(/-$/u, '');
    const role = orgNoun(head) ?? orgNoun(head.replace(/s$/u, ''));
    const pick = role ? nounOrg(i, role) : nounOrg(i, head, true);
    return phraseSpeaker(k, k, pick?.entity ?? null);
  };
  /** The organisation named last before token `before`, within ORG_BACK sentences, unless one opening its sentence (the
   * sentence's subject) or one whose name holds `stem` comes before it in the window (an empty stem: the one named
   * last); `only`: the one whose name holds `stem`; null when none. */
  const orgBefore = (before: number, stem: string, only = false): NameMention | null => {
    const floor = tokens[before]!.sent - ORG_BACK;
    // the organisation named last, unless one opening its sentence (the sentence's subject) or one whose name holds the
    // noun comes before it in the window
    let pick: NameMention | null = null;
    let subject: NameMention | null = null;
    for (let x = orgs.length - 1; x >= 0; x--) {
      const m = orgs[x]!;
      if (m.tokStart >= before) continue;
      if (tokens[m.tokStart]!.sent < floor) break;
      pick ??= m;
      if (!subject && opensSentence(m)) subject = m;
      if (m.entity.toLowerCase().includes(stem)) {
        subject = m;
        break;
      }
    }
    return only ? (subject?.entity.toLowerCase().includes(stem) ? subject : null) : (subject ?? pick);
  };
  /**
   * A statement's phrase ending in a locative with its addressee before the locative (`сообщили ТАСС в пресс-службе`,
   * `рассказали «Известиям» в министерстве`, `предупредили водителей в ЦОДД`): the phrase's length with the addressee's
   * few tokens (no punctuation but a name's marks), where an organisation or its noun follows the locative (not a subject
   * after the verb: `рассказали жители в соцсетях`), else 0.
   */
  const addressedStatement = (i: number): number => {
    for (const p of ll.statementCues.byFirst.get(norms[i]!) ?? []) {
      const last = p.length - 1;
      if (last < 1 || !ll.locatives.has(p[last]!) || p.some((w, k) => k < last && norms[i + k] !== w)) continue;
      for (let k = i + last; k <= i + last + ADDRESSEE_TOKENS && tokens[k]?.sent === tokens[i]!.sent; k++) {
        if (k > i + last && norms[k] === p[last]) return byStart.get(k + 1)?.type === 'org' || orgNoun(bare(k + 1)) ? k + 1 - i : 0;
        if (!tokens[k]!.word && !QUOTE_MARK.test(tokens[k]!.text)) break;
      }
    }
    return 0;
  };
  /**
   * A document a quote is read in (data statementCues: `говорится в сообщении ведомства`, `si legge in una nota diffusa dal
   * club`, `heißt es in einer Mitteilung`) at token i: its organisation is one named in the next words, or, when an
   * organisation's noun is there or nothing names one, the organisation named last before (null when none); an
   * institution's noun there that stands for none named before speaks itself (`пресс-службы суда`); undefined when no
   * such phrase starts at i.
   */
  const statementAt = (i: number): OrgAttribution | undefined => {
    const n = tokens[i]?.word && !inQuote[i] ? matchPhrase(ll.statementCues, norms, i) || addressedStatement(i) : 0;
    return n === 0 ? undefined : { cue: cueText(i, n), speaker: sourceOf(i, i + n), reporter: null };
  };
  /**
   * After 'according to' (at c, the phrase ending at i), a document's noun (`Según el informe del CSIC`, `Segundo o acórdão`):
   * its source as for a statement's document; undefined when no document's noun follows (its article first at most).
   */
  const documentAt = (c: number, i: number): Speaker | null | undefined => {
    // a phrase ending in a locative reads like a statement's (`как уточнили в министерстве`: the organisation there or its noun's)
    if (ll.locatives.has(norms[i - 1] ?? '')) return sourceOf(c, i);
    const k = pastArticle(i);
    if (!tokens[k]?.word || !ll.documentNouns.has(bare(k))) return undefined;
    const source = sourceOf(c, k + 1);
    // an organisation named before is the source the document's words stand for (`Laut dem Urteil` -> EuGH)
    return source && source.end <= tokens[c]!.start ? phraseSpeaker(i, k, source.entity) : source;
  };
  /** The organisation a document read from token `from` on (a phrase at `at` introduced it) comes from: one named in the
   * next words; no one when a person is named there; else as statementAt says. */
  const sourceOf = (at: number, from: number): Speaker | null => {
    const sent = tokens[at]!.sent;
    let noun: number | null = null;
    let role: string | undefined;
    for (let k = from; k < Math.min(tokens.length, from + STATEMENT_WORDS) && tokens[k]!.sent === sent && !inQuote[k]; k++) {
      const m = byStart.get(k);
      if (m?.type === 'org') return nameSpeaker(m);
      if (m?.type === 'person') return null;
      if (noun !== null) continue;
      role = orgNoun(bare(k));
      if (role) noun = k;
    }
    const institution = !!role && ll.institutionRoles.has(role);
    const pick = role ? nounOrg(at, role) : orgBefore(at, '');
    if (!pick && institution) return phraseSpeaker(noun!, noun!, null);
    return pick ? { ...nameSpeaker(pick), via: 'role' } : null;
  };
  /** the organisation noun (of orgRoles or institutionRoles) a word is in any case (`ведомства`, `мэрии`: by its stem, or
   * the noun less its last two letters opens the word); undefined when none */
  const orgNoun = (w: string): string | undefined =>
    ll.speakerRoleOf(w) ?? [...ll.speakerRoles].find((r) => r.length >= 6 && w.length >= r.length - 2 && w.startsWith(r.slice(0, -2)));
  /**
   * A quote after a colon and no cue: the clause's subject, a person or organisation named in its first words, with the
   * verb after it as the cue (`Der bayerische Ministerpräsident Markus Söder zeigte sich skeptisch: „…“`).
   */
  const colonSubject = (openTok: number, from: number): OrgAttribution | null => {
    if (tokens[openTok - 1]?.text !== ':') return null;
    // a person's name in apposition right before the colon (`la replica della capogruppo in commissione, Giulia Sartori:`)
    const apposed = ents.byLastToken.get(openTok - 2);
    if (apposed?.type === 'person' && isComma(tokens[apposed.fullTokStart - 1]?.text)) return { cue: ':', speaker: nameSpeaker(apposed), reporter: null };
    // a headline's name and colon (`Meloni: «…»`), or a clause that ends with the speaker's title and name (`Entusiasta il
    // commissario tecnico Marco Villa: «…»`)
    if (apposed && (apposed.type === 'person' || apposed.type === 'org') && (apposed.fullTokStart === from || apposed.fullTokStart < apposed.tokStart))
      return { cue: ':', speaker: nameSpeaker(apposed), reporter: null };
    for (let k = from; k < Math.min(openTok - 2, from + COLON_SUBJECT); k++) {
      let m = byStart.get(k);
      if (!m || inQuote[k]) continue;
      // an object is no subject (`In un'intervista al Corriere della Sera ha raccontato:`, `Dem Münchner Merkur sagte`)
      if (k > from && ll.governs(norms[m.fullTokStart - 1])) {
        k = m.tokEnd - 1;
        continue;
      }
      // a place before a title and a person's name is the title's domain (`Bochums Kapitän Anthony Losilla haderte:`)
      if (m.type === 'place' && [1, 2, 3].some((d) => byStart.get(m!.tokEnd + d)?.type === 'person')) {
        k = m.tokEnd - 1;
        continue;
      }
      if (m.type !== 'person' && m.type !== 'org') return null;
      // an organisation right before a person's name is the domain of the person's title (`Депутат Госдумы Сергей Мальцев`)
      const next = m.type === 'org' ? byStart.get(m.tokEnd) : undefined;
      if (next?.type === 'person') m = next;
      const held = m.type === 'org' ? roles.roleHeading(m, from) : null;
      // the verb after the name, or after the apposition that closes it (`Le maire, Bernard Kervella, se veut rassurant :`)
      let v = m.tokEnd;
      if (tokens[v]?.text === ',') v++;
      // a party or place in parentheses after the name (`Patrick Schnieder (CDU) reagierte verärgert:`)
      if (tokens[v]?.text === '(') for (let q = v + 1; q < openTok - 1 && q <= v + 5; q++) if (tokens[q]!.text === ')') v = q + 1;
      if (!tokens[v]?.word) return null;
      return { cue: cueText(v, 1), speaker: held ?? nameSpeaker(m), reporter: null };
    }
    return null;
  };

  return { orgRoleAt, bodyNounAt, spokespersonAt, openingVoice, colonSubject, statementAt, documentAt };
}
