// Role phrases as speakers outside English (`a déclaré le chef de l'État`, `sagte der SPD-Politiker`, `El líder del PP
// añadió`): the person the phrase names by apposition, else the person named earlier that it stands for.
import type { Speaker } from '../model.js';
import type { EntityResult, NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import { ELIDED_ARTICLE } from './lang-titles.js';
import { NAME_MARKS } from './quote-marks.js';
import { DEFINITE } from './titled-names.js';
import type { Token } from './tokens.js';

/** Words of a title's complement (`de l'Économie`, `иностранных дел России`) before its name, at most. */
const MAX_COMPLEMENT = 6;
/** Words past a preposition in a title's complement where a comma and the name may still come. */
const COMMA_LOOKAHEAD = 5;
/** A role phrase refers back to a person named at most this many sentences before it (any distance for one who held the title). */
const BACK_SENTENCES = 6;
/** A name within this many words of its sentence's start is taken for the sentence's subject. */
const SUBJECT_WORDS = 3;
/** Words of a definite description standing for a person (its noun and the words after it), at most. */
const MAX_DESCRIPTION = 3;
/** A definite article glued to a noun in lower case (French and Italian `l'altoatesino`). */
const GLUED_DEFINITE = /^[lL]['’]\p{Ll}/u;
/** A noun of age, a number glued to it (`die 50-Jährige`, `il 45enne`): it describes a person whatever the case. */
const AGE_NOUN = /^\d+-?\p{L}+$/u;
/** Letters two forms of one title share at least (`министра` / `министр`, `ministra` / `ministro`). */
const SHARED_STEM = 5;

/** A title phrase: its first token (after any article), its words, and the token after it. */
interface Role {
  start: number;
  k: number;
  n: number;
  end: number;
}

export interface RoleContext {
  text: string;
  tokens: Token[];
  norms: string[];
  ents: EntityResult;
  ll: LangLex;
  /** person mentions outside quotes, in text order */
  persons: NameMention[];
  /** mentions by their first token (and the first token of the title before them) */
  byStart: Map<number, NameMention>;
  /** cue words starting at token i, 0 when none */
  cueAt: (i: number) => number;
  /** whether a quote so far was given to this entity */
  hasSpoken: (entity: string) => boolean;
  /** the first token of the sentence holding token i */
  sentenceStart: (i: number) => number;
  /** a common first name of the language (as written, nominative) */
  givenName: (w: string) => boolean;
}

export interface RoleResolver {
  /** the speaker a role phrase at token i names (`, a déclaré le ministre`); undefined when no role phrase starts there */
  roleSubject(i: number, limit: number): Speaker | null | undefined;
  /** `El líder del PP` before a cue: the person the title heading the name `m` stands for, or null */
  roleHeading(m: NameMention, lo: number): Speaker | null;
  /**
   * a definite noun phrase no title list holds, closing the clause after a cue (`sagte der Coach`, `dijo el argentino`):
   * the person it stands for, found as a title's is; undefined when no such phrase starts at token i
   */
  describedSubject(i: number, limit: number): Speaker | null | undefined;
  /**
   * a definite noun phrase of small words from token i to `end` opening a clause whose verb speaks (`El chileno, que …,
   * añadió`): the person it stands for; undefined when no such phrase is there
   */
  describedOpening(i: number, end: number): Speaker | null | undefined;
}

const tail = (w: string): string => w.slice(w.lastIndexOf('-') + 1);

/** Whether two title words name one role: the same word, a compound ending in it (Gesundheitsminister), or one stem. */
function sameTitle(a: string, b: string): boolean {
  const x = tail(a);
  const y = tail(b);
  if (x === y || (x.length >= SHARED_STEM && y.endsWith(x)) || (y.length >= SHARED_STEM && x.endsWith(y))) return true;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  return p >= SHARED_STEM;
}

export function makeRoleResolver(c: RoleContext): RoleResolver {
  const { tokens, norms, ll } = c;
  /** matches `set` at token k with the token's norm replaced for the test */
  const matchAs = (set: typeof ll.titles, k: number, norm: string): number => {
    const saved = norms[k]!;
    norms[k] = norm;
    const n = matchPhrase(set, norms, k);
    norms[k] = saved;
    return n;
  };
  /** words of a title at token k: the phrase, an elided article's title, or a compound's last part (`SPD-Politiker`) */
  const titleLen = (set: typeof ll.titles, k: number): number => {
    const w = norms[k];
    if (!w || !tokens[k]!.word) return 0;
    const n = matchPhrase(set, norms, k);
    if (n > 0) return n;
    const el = ELIDED_ARTICLE.exec(w);
    if (el) return matchAs(set, k, w.slice(el[0].length));
    if (w.includes('-')) return matchAs(set, k, tail(w)) === 1 ? 1 : 0;
    // a title with `ex` glued on, where the language writes it so (`el exdirigente`, `o ex-ministro` is the case above)
    if (w.startsWith('ex') && w.length > 6 && ll.roleQualifiers.has('ex') && matchAs(set, k, w.slice(2)) === 1) return 1;
    // an inflected title (`по словам эксперта`): its stem, in a singular form
    const st = ll.titleStem?.(w);
    if (st && (set === ll.titles ? ll.titleStems : ll.agentTitleStems).has(st)) return 1;
    return set === ll.titles && tokens[k]!.cap && ll.titleTails.some((t) => w.length > t.length && w.endsWith(t)) ? 1 : 0;
  };
  const roleAt = (i: number): Role | null => {
    let k = i < tokens.length && ll.roleDeterminers.has(norms[i]!) ? i + 1 : i;
    // a qualifier, alone or with its article elided onto it (`le nouveau ministre`, `l'ancien Premier ministre`)
    const q = norms[k];
    if (q && ll.roleQualifiers.has(q.replace(ELIDED_ARTICLE, ''))) k++;
    const n = titleLen(ll.titles, k);
    // an institution's name written like a member's title (`la Guardia Civil`, not `un guardia civil`) is no role
    const body = n > 0 && tokens[k]!.cap ? c.byStart.get(k) : undefined;
    if (body?.type === 'org' && body.tokStart === k && body.tokEnd >= k + n && tokens[k + n - 1]!.cap) return null;
    return n > 0 ? { start: i, k, n, end: k + n } : null;
  };
  const speaker = (from: number, to: number, entity: string): Speaker => ({
    name: c.text.slice(tokens[from]!.start, tokens[to - 1]!.end),
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    entity,
    via: 'role',
  });

  const nameLike = (m: NameMention | undefined): boolean => m?.type === 'person' || m?.type === 'other';
  /** a one-word name followed by a common word and a longer name is the title's domain (`губернатор Белгородской области Вячеслав Гладков`) */
  const domainOf = (m: NameMention): boolean =>
    m.tokEnd - m.tokStart === 1 && !!tokens[m.tokEnd]?.word && !tokens[m.tokEnd]!.cap && nameLike(c.byStart.get(m.tokEnd + 1));
  /** a capitalised word no mention starts at: a name the entity rules did not take (`der Experte Ulrich Müller`) */
  const unknownName = (j: number): boolean => !!tokens[j]?.word && tokens[j]!.cap && !c.byStart.has(j) && !ll.roleLinks.has(norms[j]!);
  /**
   * The name right after the comma at q when it closes there (a comma, a stop, a cue or the end follows: `, Cuca Gamarra,`),
   * 'unnamed' for such a name no mention took, else null (`Según la dirigente popular, Sánchez «ha convertido»…` opens a clause).
   */
  const afterComma = (q: number): NameMention | 'unnamed' | null => {
    // another title may stand between the comma and the name (`il suo legale, l'avvocato Paolo Marchetti`)
    const r = roleAt(q + 1);
    const at = r && nameLike(c.byStart.get(r.end)) ? r.end : q + 1;
    const after = c.byStart.get(at);
    let end = at + 1;
    if (nameLike(after)) end = after!.tokEnd;
    else if (unknownName(at)) while (end < tokens.length && tokens[end]!.word && tokens[end]!.cap) end++;
    else return null;
    const t = tokens[end];
    // (a dash closes an incise: `—explicó el secretario general de la CESM, Víctor Pedrera—,`)
    if (t && !/^[,.;:!?،—–]$/u.test(t.text) && c.cueAt(end) === 0) return null;
    return nameLike(after) ? after! : 'unnamed';
  };
  /** a name after a comma a few words on (`la portavoz del PP en el Congreso, Cuca Gamarra`), else null */
  const commaName = (j: number, limit: number): NameMention | 'unnamed' | null => {
    for (let q = j; q < Math.min(limit, j + COMMA_LOOKAHEAD); q++) {
      // a language without articles sets no comma before the name (`постпред России при ООН Василий Небензя`): a name
      // that opens with a first name in its dictionary form
      const m = c.byStart.get(q);
      if (ll.roleDeterminers.size === 0 && q > j && nameLike(m) && c.givenName(tokens[q]!.text)) return m!;
      // nor after a domain in capitals that a preposition opens (`l'assessora alla Mobilità Valentina Orioli`, `il ministro
      // per gli Affari regionali Roberto Calderoli`; not `ha detto il ministro a Giorgia Meloni`)
      const domain = q > j + 1 && tokens.slice(j + 1, q).some((t) => t.cap) && !ll.phraseBreaks.has(norms[q - 1]!) && !ll.roleLinks.has(norms[q - 1]!);
      if (domain && m?.type === 'person' && c.givenName(tokens[q]!.text)) return m;
      if (!tokens[q]!.word) {
        if (tokens[q]!.text !== ',' && tokens[q]!.text !== '،') return null;
        return afterComma(q);
      }
      if (c.cueAt(q) > 0) return null;
    }
    return null;
  };
  /**
   * The person named in the phrase itself: right after the title, or after its complement and a comma; 'unnamed' when a
   * name stands there that is no mention (the phrase names someone, not someone named before); null when none does.
   */
  const apposition = (r: Role, limit: number): NameMention | 'unnamed' | null => {
    for (const at of [r.start, r.k, r.end]) {
      const m = c.byStart.get(at);
      if (nameLike(m) && m!.tokStart >= r.end && !domainOf(m!)) return m!;
    }
    // a word no rule took is the title's unnamed holder, unless it is the domain before a person's name (`глава
    // Сбербанка Герман Греф`, `мэр Новосибирска Максим Кудрявцев`)
    if (unknownName(r.end)) {
      const held = c.byStart.get(r.end + 1);
      return held?.type === 'person' && !tokens[r.end + 1]!.sentStart ? held : 'unnamed';
    }
    for (let j = r.end, steps = 0; j < limit && steps <= MAX_COMPLEMENT; steps++) {
      const t = tokens[j]!;
      const m = c.byStart.get(j);
      // inside the complement a person, or a name no link ties to the title: `del Real Madrid` is what the title heads,
      // `министр иностранных дел Сергей Лавров` names the minister
      const linked = ll.roleLinks.has(norms[j - 1]!) || ll.roleDeterminers.has(norms[j - 1]!);
      if (!(m && domainOf(m)) && (m?.type === 'person' || (nameLike(m) && (j === r.end || (!linked && m!.tokEnd - m!.tokStart > 1))))) return m!;
      if (!t.word) {
        // an acronym in parentheses inside the complement (`de la Confederación Estatal de Sindicatos Médicos (CESM), Víctor Pedrera`)
        const shut = t.text === '(' ? tokens.findIndex((x, q) => q > j && q <= j + 3 && x.text === ')') : -1;
        if (shut > 0) {
          j = shut + 1;
          continue;
        }
        // a name in quotation marks inside the complement (`главный тренер «Спартака» Деян Станкович`)
        const quoted = NAME_MARKS.has(t.text) ? c.byStart.get(j + 1) : undefined;
        if (quoted && tokens[quoted.tokEnd]?.text === NAME_MARKS.get(t.text) && quoted.tokEnd - j <= MAX_COMPLEMENT) {
          j = quoted.tokEnd + 1;
          continue;
        }
        if (t.text !== ',' && t.text !== '،') return null;
        return afterComma(j);
      }
      if (c.cueAt(j) > 0) return null;
      const w = norms[j]!;
      // a place after a preposition, right before a person's name, ends the complement (`مدير إدارة … في الأردن عقاب الجبوري`)
      const place = ll.phraseBreaks.has(w) ? c.byStart.get(j + 1) : undefined;
      const holder = place?.type === 'place' ? c.byStart.get(place.tokEnd) : undefined;
      if (holder?.type === 'person' && holder.tokStart === place!.tokEnd) return holder;
      if (!ll.roleLinks.has(w) && !ll.roleDeterminers.has(w) && (ll.phraseBreaks.has(w) || ll.pronouns.has(w))) return commaName(j, limit);
      j = m ? m.tokEnd : j + 1;
    }
    return null;
  };

  /** the person named before token `before` that the title stands for: one who held it, else (not for a spokesperson) the most salient one */
  const refersTo = (r: Role, before: number): NameMention | null => {
    if (r.start < r.k && ll.plural.has(norms[r.start]!)) return null; // (a plural article: a group, no one person: `Los organizadores`)
    const key = norms.slice(r.k, r.end).join(' ');
    const known = c.ents.roles.get(key);
    // the title's own words, not its links (`chef de l'État`: chef, l'état)
    const words = norms
      .slice(r.k, r.end)
      .filter((w) => w.length >= 4 && !ll.roleLinks.has(w))
      .map((w) => w.replace(ELIDED_ARTICLE, ''));
    const sent = tokens[before]!.sent;
    // without a title to match, the most salient person (centering's subject first): the nearest named when in the phrase's
    // own sentence or opening its sentence, else the one person the sentence just before names with no title, else the
    // nearest who has spoken (`Según el dirigente` after a sentence naming two officials in passing), else the nearest named
    let nearest: NameMention | null = null;
    let oblique: NameMention | null = null;
    let spoken: NameMention | null = null;
    let subject: NameMention | null = null;
    let closest: NameMention | null = null;
    let crowded = false;
    for (let x = c.persons.length - 1; x >= 0; x--) {
      const m = c.persons[x]!;
      if (m.tokStart >= before) continue;
      // a title's domain (`Губернатор Самарской области Игорь Лаптев`) is no holder of it
      if (domainOf(m)) continue;
      if (m.entity === known) return m;
      // the title before the name, or the one after it and a comma (`Elián Villegas, ministro de Hacienda`)
      // a name after a preposition (`en présence de Sophie Binet,`) ranks below the subjects and objects of verbs, and the
      // comma after it closes the phrase, not an apposition
      const p0 = m.fullTokStart - 1;
      const afterPreposition = p0 >= 0 && (ll.phraseBreaks.has(norms[p0]!) || ll.roleLinks.has(norms[p0]!));
      const held = norms.slice(m.fullTokStart, m.tokStart);
      if (tokens[m.tokEnd]?.text === ',' && !afterPreposition) held.push(...norms.slice(m.tokEnd + 1, m.tokEnd + 4));
      if (held.some((h) => words.some((w) => sameTitle(h, w)))) return m;
      if (sent - tokens[m.tokStart]!.sent <= BACK_SENTENCES) {
        if (!closest) closest = m;
        else if (tokens[m.tokStart]!.sent === tokens[closest.tokStart]!.sent && m.entity !== closest.entity) crowded = true;
        if (afterPreposition) oblique ??= m;
        else nearest ??= m;
        if (!spoken && c.hasSpoken(m.entity)) spoken = m;
        // the subject of the sentence naming the nearest (`Sinner ha battuto Alcaraz. «…», ha spiegato il campione`)
        if (!subject && nearest && tokens[m.tokStart]!.sent === tokens[nearest.tokStart]!.sent && opens(m)) subject = m;
      }
    }
    if (titleLen(ll.agentTitles, r.k) > 0) return null;
    nearest ??= oblique;
    if (!nearest) return null;
    const own = tokens[nearest.tokStart]!.sent === sent;
    if (own || opens(nearest)) return nearest;
    // the one person the sentence just before names, with no title of their own (`Роль Свифта исполнил Сергей Маковецкий. «…», — признался актёр`)
    const alone = !!closest && !crowded && closest.fullTokStart === closest.tokStart && tokens[closest.tokStart]!.sent === sent - 1;
    return alone ? closest : (spoken ?? subject ?? nearest);
  };
  /** a name within SUBJECT_WORDS of its sentence's start: the sentence's subject */
  const opens = (m: NameMention): boolean => {
    const lo = c.sentenceStart(m.tokStart);
    if (m.tokStart - lo < SUBJECT_WORDS) return true;
    // or the name of a role phrase opening the sentence (`Il commissario per la ricostruzione, Francesco Figliuolo, ha spiegato`)
    const r = roleAt(lo);
    return !!r && apposition(r, m.tokEnd + 1) === m;
  };

  /** the noun at k may describe a person: no organisation's or institution's noun (`teilte die Polizei mit` is the
   * police's), no document's (`El informe, que fue publicado el lunes, señala`) */
  const personDescription = (k: number): boolean => {
    const w = norms[k]!.replace(ELIDED_ARTICLE, '');
    return !ll.speakerRoles.has(w) && !ll.lowerOrgs.has(w) && !ll.lowerOrgTails.some((t) => w.endsWith(t)) && !ll.documentNouns.has(w);
  };
  return {
    describedSubject(i, limit) {
      // the article is a word, or glued to its noun (`ha spiegato l'altoatesino`, `a déclaré l'épidémiologiste`)
      const glued = GLUED_DEFINITE.test(tokens[i]?.text ?? '') ? 1 : 0;
      if (!glued && (!ll.roleDeterminers.has(norms[i] ?? '') || ll.indefinite.has(norms[i]!))) return undefined;
      // the noun, in lower case: not in a language that capitalises every noun, where most are no person (`die Quelle`,
      // `der Antrag`, `die Plattform` on real German pages)
      const k = i + 1 - glued;
      const noun = tokens[k];
      // (a nationality's noun is written with a capital: `sagte der Belgier`, `a déclaré le Britannique`; a person's noun
      // too: `so die Arbeitnehmervertreterin`)
      const demonym = ll.demonyms.has(norms[k] ?? '') || AGE_NOUN.test(noun?.text ?? '') || ll.personNoun(norms[k] ?? '');
      if ((ll.capitalisedNouns && !demonym) || !noun?.word || (!glued && ((noun.cap && !demonym) || !(demonym || /^\p{L}/u.test(noun.text))))) return undefined;
      if (!personDescription(k)) return undefined;
      let end = k + 1;
      while (end < Math.min(limit, i + 1 + MAX_DESCRIPTION) && tokens[end]!.word && !tokens[end]!.cap && !ll.phraseBreaks.has(norms[end]!)) end++;
      // it closes the clause: a mark, a preposition or a word of time follows
      const next = tokens[end];
      if (next?.word && !ll.phraseBreaks.has(norms[end]!) && !ll.timeWords.has(norms[end]!)) return undefined;
      const m = refersTo({ start: i, k, n: end - k, end }, i);
      return m ? speaker(i, end, m.entity) : null;
    },
    describedOpening(i, end) {
      if (!ll.roleDeterminers.has(norms[i] ?? '') || end - i - 1 < 1 || end - i - 1 > MAX_DESCRIPTION) return undefined;
      // where every noun is capitalised, only a nationality or an age stands alone for a person (`Die 50-Jährige kündigte an`)
      const single = end === i + 2 && (ll.demonyms.has(norms[i + 1]!) || AGE_NOUN.test(tokens[i + 1]!.text));
      if (ll.capitalisedNouns && !single) return undefined;
      for (let k = i + 1; k < end && !single; k++)
        if (!tokens[k]!.word || tokens[k]!.cap || ll.phraseBreaks.has(norms[k]!) || !/^\p{L}/u.test(tokens[k]!.text)) return undefined;
      if (!personDescription(i + 1)) return undefined;
      const m = refersTo({ start: i, k: i + 1, n: end - i - 1, end }, i);
      return m ? speaker(i, end, m.entity) : null;
    },
    roleSubject(i, limit) {
      const r = roleAt(i);
      if (!r) return undefined;
      const named = apposition(r, limit);
      if (named === 'unnamed') return null;
      if (named) return { name: named.text, start: named.start, end: named.end, entity: named.entity, via: 'name' };
      // Arabic: a title with no article, nor a definite noun it is construed with, is someone unnamed (`وقال طبيب في …`,
      // `محلل اقتصادي`; not `مدرب الكاميرون`, the coach of Cameroon)
      if (ll.uncased && !DEFINITE.test(norms[r.k]!) && !DEFINITE.test(norms[r.k + 1] ?? '')) return null;
      const m = refersTo(r, i);
      return m ? speaker(i, r.end, m.entity) : null;
    },
    roleHeading(m, lo) {
      let j = m.tokStart - 1;
      while (j > lo && (ll.roleLinks.has(norms[j]!) || ll.roleDeterminers.has(norms[j]!))) j--;
      if (j === m.tokStart - 1) return null;
      for (let s = j; s >= Math.max(lo, j - 3); s--) {
        const det = s > lo && ll.roleDeterminers.has(norms[s - 1]!) ? s - 1 : s;
        const r = roleAt(det);
        if (!r || r.end !== j + 1) continue;
        const p = refersTo(r, det);
        return p ? speaker(det, m.tokEnd, p.entity) : null;
      }
      return null;
    },
  };
}
