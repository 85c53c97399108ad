// Subjects a clause outside English leaves unsaid or short: a cue with its subject dropped (`«…», ha aggiunto.`, `وأضاف:
// «…»`) and a short clause before a colon with no cue (`ele foi direto: "…"`, `Sobre Lamine Yamal, fue escueto: «…»`).
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import type { RoleResolver } from './lang-roles.js';
import { isComma } from './lang-subject-phrases.js';
import type { PersonsSeen } from './persons-seen.js';
import type { Token } from './tokens.js';

/** A dropped subject is the speaker of a quote at most this many sentences before its cue, */
const DROPPED_BACK = 3;
/** or the person named in its sentence or the one before. */
const DROPPED_PERSON_BACK = 1;
/** Words at most in the clause before a colon, after its last comma (`le sélectionneur a été clair`). */
const COLON_CLAUSE = 5;
/** Words of that part at most when a title opens it. */
const COLON_ROLE_CLAUSE = 10;
/** Words at most of a clause before a colon whose subject was dropped (`fue escueto`, `foi cauteloso`). */
const DROPPED_CLAUSE = 3;
/** Tokens at most before a name that opens its sentence as the subject (`Il sindaco di Bologna, Matteo Lepore`). */
const OPENING_TOKENS = 6;

export interface UnsaidContext {
  tokens: Token[];
  norms: string[];
  ll: LangLex;
  dropsSubjects: boolean;
  mentions: NameMention[];
  byStart: Map<number, NameMention>;
  inQuote: Uint8Array;
  seen: PersonsSeen;
  roles: RoleResolver;
  /** the speaker of the last quote attributed, and where that quote opens */
  lastSaid: () => { entity: string; tok: number } | null;
  /** words of a cue starting at token k (0: none) */
  cueAt: (k: number) => number;
}

/** A speaker and its cue (the colon). */
export interface ColonAttribution {
  cue: string;
  speaker: Speaker;
  reporter: null;
}

export function unsaidSubjects(c: UnsaidContext) {
  const { tokens, norms, ll, seen } = c;
  /** token k's sentence is at most `back` sentences after token tok's */
  const within = (tok: number, k: number, back: number): boolean => tokens[k]!.sent - tokens[tok]!.sent <= back;
  /** the name opens its sentence, at most a role and its apposition's comma before it, and outside quotation marks */
  const opensSentence = (m: NameMention): boolean => {
    const sent = tokens[m.tokStart]!.sent;
    for (let k = m.fullTokStart - 1, n = 0; k >= 0 && tokens[k]!.sent === sent; k--, n++) if (n >= OPENING_TOKENS || c.inQuote[k]) return false;
    return !c.inQuote[m.tokStart];
  };
  /**
   * The unsaid subject of the cue at k..k+n (`«…», ha aggiunto.`, `وأضاف: «…»`): the person named last, in languages that
   * drop subjects, when no subject can follow (the cue ends the clause, or a preposition follows it, not an article or a
   * pronoun: `— признался он` after a quotation of an organisation's is no one's the text names).
   */
  const droppedSubject = (k: number, n: number, ref = k): Speaker | null => {
    // (a verb in the plural has no one person for its subject: `Desde la industria, en cambio, advirtieron`)
    if (!c.dropsSubjects || ll.pluralVerb(norms[k] ?? '')) return null;
    const j = k + n;
    const t = tokens[j];
    const w = norms[j] ?? '';
    if (
      t?.word &&
      (!(ll.stop.has(w) || ll.phraseBreaks.has(w) || ll.complementizers.has(w)) ||
        ll.indefinite.has(w) ||
        ll.roleDeterminers.has(w) ||
        ll.pronouns.has(w) ||
        (c.byStart.has(j + 1) && !ll.phraseBreaks.has(w)))
    )
      return null;
    // distances count from `ref`: the quote's opening when the cue follows it (a long quote holds sentences of its own)
    const near = (tok: number, back = DROPPED_BACK): boolean => within(tok, ref, back);
    const span = { name: '', start: tokens[k]!.start, end: tokens[j - 1]!.end, via: 'pronoun' as const };
    const lastSaid = c.lastSaid();
    // the subject goes on: the speaker of the quote before (`«…», dijo Boric sobre … Ricardo Yáñez. Y agregó: «…»`)
    // unless a person is named in the cue's own sentence after that quote (`el antropólogo Martínez sostiene … «…», escribió`)
    let m = seen.lastBefore(ref);
    // a person named as an object in the cue's own clause is not its subject (`In un'intervista al Corriere della Sera ha raccontato:`)
    while (m && tokens[m.tokStart]!.sent === tokens[ref]!.sent && ll.governs(norms[m.fullTokStart - 1])) m = seen.lastBefore(m.tokStart);
    const inOwn = !!m && tokens[m.tokStart]!.sent === tokens[ref]!.sent && (!lastSaid || m.tokStart > lastSaid.tok);
    // or a person opens the sentence just before, one no quote was attributed in (`Il sindaco di Bologna, Matteo
    // Lepore, ha disposto … . «…», ha scritto su Facebook.`): the story's subject moved on
    const newer = !!m && !!lastSaid && tokens[m.tokStart]!.sent > tokens[lastSaid.tok]!.sent && near(m.tokStart, DROPPED_PERSON_BACK) && opensSentence(m);
    if (!inOwn && !newer && lastSaid && lastSaid.tok < ref && near(lastSaid.tok)) return { ...span, name: lastSaid.entity, entity: lastSaid.entity };
    if (!m || !near(m.tokStart, DROPPED_PERSON_BACK)) return null;
    // a name the rules could not type stands between them: it may be the subject
    if (
      c.mentions.some(
        (o) =>
          o.type === 'other' &&
          o.tokEnd - o.tokStart > 1 &&
          o.tokStart > m.tokStart &&
          o.tokStart < ref &&
          !c.inQuote[o.tokStart] &&
          !ll.governs(norms[o.fullTokStart - 1]) &&
          // (a name after an article is a thing's: `o Orçamento do Estado`)
          !ll.roleDeterminers.has(norms[o.fullTokStart - 1] ?? ''),
      )
    )
      return null;
    return { ...span, name: m.entity, entity: m.entity };
  };

  const said = (speaker: Speaker | null): ColonAttribution | null => (speaker ? { cue: ':', speaker, reporter: null } : null);
  /**
   * For a quotation opening at openTok right after a colon, the speaker its clause (from `from`, the part after the
   * clause's last comma) gives: a pronoun opening it, a title opening it, or, in a language that drops subjects, the
   * speaker of the quote before when the part is a few small words with no name or article (`fue escueto`) and the
   * sentence opens with no noun phrase; null when none, when a cue in the part has words after it, or when the part is longer than a
   * short clause (`los huelguistas desplegaron un lienzo con la consigna:`).
   */
  const colonClause = (openTok: number, from: number): ColonAttribution | null => {
    const colon = openTok - 1;
    if (tokens[colon]?.text !== ':') return null;
    let start = from;
    for (let k = from; k < colon; k++) if (isComma(tokens[k]!.text)) start = k + 1;
    const words = colon - start;
    if (words < 1 || words > COLON_ROLE_CLAUSE) return null;
    // words only; a cue with words after it has its subject there (`وقال أحدهم:`), one ending the part none (`respondió:`)
    for (let k = start; k < colon; k++) if (!tokens[k]!.word || (c.cueAt(k) > 0 && k + c.cueAt(k) < colon)) return null;
    // a title or a pronoun opening the part may have a longer predicate (`El técnico tolosarra evitó hablar del arbitraje:`,
    // `Il n'a pas exclu de nouvelles baisses :`)
    const role = c.roles.roleSubject(start, colon);
    if (ll.pronouns.has(norms[start]!)) return said(seen.pronounSpeaker(start));
    if (words > COLON_CLAUSE && role === undefined) return null;
    if (role !== undefined) return said(role);
    // the sentence's subject before that part: a person, or a title and its apposition, ending at the comma before it
    // (`O diretor nacional da PJ, Luís Neves, deixou um alerta:`)
    if (start > from + 1 && !c.byStart.has(start) && !(tokens[start]!.cap && !tokens[start]!.sentStart)) {
      const named = c.byStart.get(from);
      const subject =
        named?.type === 'person'
          ? { name: named.text, start: named.start, end: named.end, entity: named.entity, via: 'name' as const }
          : c.roles.roleSubject(from, start);
      const comma = tokens[start - 1]!;
      if (subject?.entity && (named?.type === 'person' ? named.tokEnd < start : subject.end === tokens[start - 2]!.end) && isComma(comma.text))
        return said(subject);
    }
    // a subject dropped: not when the sentence opens with a noun phrase (`Um funcionário da loja, que …, contou:`)
    const first = norms[from]!;
    if (!c.dropsSubjects || words > DROPPED_CLAUSE || ll.roleDeterminers.has(first) || ll.indefinite.has(first)) return null;
    for (let k = start; k < colon; k++)
      if (
        c.byStart.has(k) ||
        (tokens[k]!.cap && !tokens[k]!.sentStart) ||
        ll.roleDeterminers.has(norms[k]!) ||
        ll.indefinite.has(norms[k]!) ||
        ll.pronouns.has(norms[k]!)
      )
        return null;
    const last = c.lastSaid();
    if (!last || last.tok >= start || !within(last.tok, start, DROPPED_BACK)) return null;
    return said({ name: last.entity, start: tokens[start]!.start, end: tokens[colon - 1]!.end, entity: last.entity, via: 'pronoun' });
  };

  return { droppedSubject, colonClause };
}
