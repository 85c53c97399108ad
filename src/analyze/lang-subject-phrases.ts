// The phrases around a speaker's name outside English: the subject after a cue, a parenthesis or a short phrase between a
// cue and its subject, and appositions that name or describe the speaker (`dijo a los periodistas Juan Martínez`, `el
// principal acusado, Manuel Ortega,`, `Gerardo Amarilla, subsecretario de Ambiente, afirmó`).
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { ELIDED_ARTICLE } from './lang-titles.js';
import { NAME_MARKS } from './quote-marks.js';
import { gluedIn } from './titled-names.js';
import type { Token } from './tokens.js';

/** Words of an apposition between a name and its cue (`Francisco Navarro, glaciólogo de la Universidad Politécnica de Madrid, explica`), at most. */
const MAX_APPOSITION = 9;
/** The marks that close a name in quotation marks (`«Зенита»`). */
const CLOSING_MARKS = new Set(NAME_MARKS.values());
/** Words of an aside in lower case between a clause's subject and its verb (`, por su parte,`, `, de son côté,`). */
const MAX_ASIDE = 4;
/** Words of a complement after a body's name at most (`В ГУ МЧС по Приморскому краю сообщили`). */
const MAX_COMPLEMENT = 3;
/** Words at most of an adverbial in lower case between a subject and its cue (`на пресс-конференции`). */
const MAX_ADVERBIAL = 4;
/** Tokens between a name and the `)` of the parenthesis after it (`(CDU)`, `(PSD/Porto)`), at most. */
const MAX_PARENTHESIS = 5;
/** Words of time between a cue and its subject, at most. */
const MAX_TIME_WORDS = 3;
/** Small words of a phrase between a cue and the name after it, at most. */
const MAX_PHRASE = 4;
/** Words of a relative clause between a subject and its cue, at most. */
const MAX_RELATIVE = 16;
/** Words of a phrase opening a sentence before its subject (`No final do encontro,`), at most. */
const MAX_FRONTED = 8;

/** The speaker a mention names: its words, where they stand, its entity. */
export const nameSpeaker = (m: NameMention, via: Speaker['via'] = 'name'): Speaker => ({ name: m.text, start: m.start, end: m.end, entity: m.entity, via });

/** A comma, of the Latin or the Arabic script. */
export const isComma = (t: string | undefined): boolean => t === ',' || t === '،';

/** The phrase tests of one text (`byStart` / `byEnd`: mentions by their first and last tokens). */
export function subjectPhrases(tokens: Token[], norms: string[], ll: LangLex, byStart: Map<number, NameMention>, byEnd: Map<number, NameMention>) {
  /** a person named from token a to b, in a's sentence */
  const personIn = (a: number, b: number): boolean => {
    for (let k = a; k < Math.min(b, tokens.length) && tokens[k]!.sent === tokens[a - 1]!.sent; k++) if (byStart.get(k)?.type === 'person') return true;
    return false;
  };
  /** a person named at k whose name closes the clause (a comma, a stop or the end follows) */
  const closingPerson = (k: number): NameMention | null => {
    const m = byStart.get(k);
    return m?.type === 'person' && !tokens[m.tokEnd]?.word ? m : null;
  };
  /** the person or organisation named right before the comma at token `comma` (`Giorgia Meloni, che`), or null */
  const nameBeforeComma = (comma: number): NameMention | null => {
    const m = comma >= 1 && isComma(tokens[comma]?.text) ? byEnd.get(comma - 1) : undefined;
    return m && (m.type === 'person' || m.type === 'org') ? m : null;
  };
  /** from token q back, past words in lower case (not before `min`, nor to lo) that `stop` does not hold: the first token
   * that is none of them */
  const backOverLower = (q: number, lo: number, min: number, stop: (k: number) => boolean = () => false): number => {
    while (q > lo && q >= min && tokens[q]!.word && !tokens[q]!.cap && !stop(q)) q--;
    return q;
  };
  /** the comma opening a phrase of at most `max` words in lower case (numbers too) that ends at the comma `comma`, not
   * before lo; -1 when none */
  const lowerPhraseStart = (comma: number, lo: number, max: number): number => {
    const q = backOverLower(comma - 1, lo, comma - max);
    return q > lo && q < comma - 1 && isComma(tokens[q]!.text) ? q : -1;
  };
  /** a noun of one who speaks for a body, or of the body (`Sprecherin`, `Bahnsprecher`, `ministerio`) */
  const speaksForBody = (noun: string): boolean => ll.spokespersons.has(noun) || !!ll.spokespersonTail(noun) || !!ll.speakerRoleOf(noun);
  /** small words (lower case; not a preposition when `stopAtBreak`) from i, at most MAX_PHRASE, before `limit`: the token after them */
  const skipSmall = (i: number, limit: number, stopAtBreak: boolean): number => {
    let k = i;
    while (k < Math.min(limit, i + MAX_PHRASE) && tokens[k]!.word && !tokens[k]!.cap && !(stopAtBreak && ll.phraseBreaks.has(norms[k]!))) k++;
    return k;
  };
  /** a mention right after a preposition or a link word: what comes before it governs it (`au Monde`, `di Bari`; not after
   * a link that is an article too, German `der`) */
  const governed = (m: NameMention): boolean => {
    const w = norms[m.fullTokStart - 1];
    return ll.governs(w) || (w !== undefined && ll.roleLinks.has(w) && !ll.roleDeterminers.has(w));
  };
  /** a person's name, with no title, right after a common word that governs nothing (`erklärt auf Nachfrage Martin Rölen`) */
  const nameAfterNoun = (m: NameMention): boolean => {
    const before = tokens[m.tokStart - 1];
    // (a quoted name's closing mark too: `на пресс-конференции главный тренер «Зенита» Сергей Семак`)
    const noun = !!before?.word || CLOSING_MARKS.has(before?.text ?? '');
    return m.type === 'person' && m.fullTokStart === m.tokStart && noun && !governed(m) && !ll.roleDeterminers.has(norms[m.tokStart - 1]!);
  };
  /** after the comma at k, a person's name closing the clause, or a title's article and small words and then that name
   * (`, il colonnello Giuseppe De Sanctis.`; not `so die Parteispitze, Höcke verfalle`) */
  const personAfterComma = (k: number, limit: number): NameMention | null =>
    closingPerson(ll.roleDeterminers.has(norms[k + 1] ?? '') ? skipSmall(k + 2, limit, true) : k + 1);
  /** a name in quotation marks opening at k (`заявил «Интерфаксу»`, `a déclaré au « Parisien »`): its mention */
  const quotedName = (k: number): NameMention | null => {
    const close = NAME_MARKS.get(tokens[k]?.text ?? '');
    const m = close ? byStart.get(k + 1) : undefined;
    return m && tokens[m.tokEnd]?.text === close ? m : null;
  };
  /** the closing mark's token of up to four words in quotation marks opening at k, the first capitalised, else -1 */
  /** an indefinite article (or determiner) at k before a common noun, not after a preposition (`un morador`, `eine Bahnsprecherin`) */
  /** an unnamed source at token k, after an article at most, a one-letter proclitic glued to it left out (`fuentes del
   * Ministerio`, `une source policière`, `источника в Минфине`, `لمصدر مسؤول`; data unnamedSources) */
  const unnamedSourceAt = (k: number): boolean => {
    const source = (w: string): boolean => gluedIn(ll.unnamedSources, w) >= 0;
    const article = ll.roleDeterminers.has(norms[k] ?? '') || ll.indefinite.has(norms[k] ?? '');
    return source(norms[k] ?? '') || (article && source(norms[k + 1] ?? ''));
  };
  const indefiniteAt = (k: number): boolean =>
    ll.indefinite.has(norms[k] ?? '') && !!tokens[k + 1]?.word && (ll.capitalisedNouns || !tokens[k + 1]!.cap) && !ll.governs(norms[k - 1]);
  const quotedWords = (k: number): number => {
    if (!/^[«„“"]$/u.test(tokens[k]!.text)) return -1;
    for (let q = k + 1; q <= k + 5 && q < tokens.length; q++) {
      if (/^[»“”"]$/u.test(tokens[q]!.text)) return q > k + 1 && tokens[k + 1]!.cap ? q : -1;
      if (!tokens[q]!.word) return -1;
    }
    return -1;
  };
  /** a name no rule found behind an elided article at token i, with the capitalised words after it (`Secondo l'Arpal,`,
   * `selon l'Ademe`): the source it gives, with no entity; null when none */
  const elidedName = (i: number): Speaker | null => {
    const t = tokens[i];
    const el = t?.word ? ELIDED_ARTICLE.exec(t.text) : null;
    if (!t || !el || !/^\p{Lu}/u.test(t.text.slice(el[0].length))) return null;
    let k = i + 1;
    while (tokens[k]?.word && tokens[k]!.cap && !tokens[k]!.sentStart) k++;
    const name = [t.text.slice(el[0].length), ...tokens.slice(i + 1, k).map((x) => x.text)].join(' ');
    return { name, start: t.start + el[0].length, end: tokens[k - 1]!.end, entity: null, via: 'name' };
  };
  /** the relative pronoun right before the cue at i, or before a short adverbial in lower case that ends there (`che
   * in una nota parla`): its token, or -1 */
  const relativeBefore = (i: number, lo: number): number => {
    const r = backOverLower(i - 1, lo, i - 1 - MAX_ADVERBIAL, (k) => ll.relatives.has(norms[k]!));
    return r >= lo && ll.relatives.has(norms[r] ?? '') ? r : -1;
  };
  return {
    quotedName,
    /** the first name no rule found behind an elided article from token i to `end` (`Secondo i tecnici dell'Arpae,`) */
    elidedIn(i: number, end: number): Speaker | null {
      for (let k = i; k < end && tokens[k]?.word; k++) {
        const sp = elidedName(k);
        if (sp) return sp;
      }
      return null;
    },
    /**
     * The subject a cue's words from i name, within `words` of i (or of an apposition's comma) and before `limit`: the
     * first person, past a title and its organisation, a phrase that opens with a preposition, names a preposition
     * governs and an apposition's comma (`ha spiegato in conferenza stampa il comandante dei carabinieri di Bari, il
     * colonnello Giuseppe De Santis`, `a expliqué au Monde la glaciologue Clémence Arnaud`), else the first organisation
     * or one-word name after an article (`informou o Itamaraty`); none inside a complement (`reconoció ante los micrófonos
     * de Movistar Plus+`, `acusó al PP`) or after a conjunction, which opens the clause said (`aseguró que Avelar…`).
     */
    firstNamed(i: number, limit: number, words: number, cueAt: (k: number) => number): { person: NameMention | null; org: NameMention | null } {
      let org: NameMention | null = null;
      if (ll.conjunctions.has(norms[i]!)) return { person: null, org };
      // a phrase that opens with a preposition runs until an article, or a person's name after a noun, opens the next one
      let complement = ll.phraseBreaks.has(norms[i]!) && !ll.roleDeterminers.has(norms[i]!);
      // a preposition after the subject's first words opens a phrase an apposition's comma belongs to (`dijo al ser
      // consultado sobre las solicitudes de renuncia del director general de la institución, Ricardo Yáñez`)
      let opened = false;
      for (let k = i, end = Math.min(limit, i + words); k < end; k++) {
        // the apposition's name closes the clause, so it may stand past the limit
        if (k > i && !complement && !opened && isComma(tokens[k]!.text) && personAfterComma(k, tokens.length)) {
          end = k + words;
          continue;
        }
        const quoted = quotedName(k);
        // a name in quotation marks that is no mention (`гендиректор авиакомпании «Уральский экспресс» Денис Карпов`)
        const shut = k > i && !quoted ? quotedWords(k) : -1;
        if (shut > 0) {
          k = shut;
          continue;
        }
        if (k > i && !quoted && (cueAt(k) > 0 || !tokens[k]!.word || ll.pronouns.has(norms[k]!) || tokens[k]!.para !== tokens[i]!.para)) break;
        const w = norms[k]!;
        if (k > i && !complement && ll.phraseBreaks.has(w) && !ll.roleLinks.has(w) && !ll.roleDeterminers.has(w)) opened = true;
        const article = ll.roleDeterminers.has(w) || ll.indefinite.has(w);
        if (complement && k > i + 1 && article && !ll.phraseBreaks.has(norms[k - 1]!) && !ll.roleLinks.has(norms[k - 1]!)) complement = false;
        const m = quoted ?? byStart.get(k);
        if (!m) continue;
        // past the name (and its closing mark)
        const past = quoted ? m.tokEnd : m.tokEnd - 1;
        if (complement && nameAfterNoun(m)) complement = false;
        if (complement || (k > i && governed(m))) {
          k = past;
          continue;
        }
        // a name right before a person's name is the complement of a title (`глава администрации Петрозаводска Алексей Воронцов`)
        // (past a quoted name's closing mark: `главный тренер «Зенита» Сергей Семак`)
        const then = m.type !== 'person' ? byStart.get(past + 1) : undefined;
        if (then?.type === 'person') return { person: then, org };
        if (m.type === 'person' || (m.type === 'other' && m.tokEnd - m.tokStart > 1)) return { person: m, org };
        if (org) {
          k = past;
          continue;
        }
        // a news agency right after the cue, the clause going on, is the one told (`сообщили РИА Новости в пресс-службе …`)
        if (m.agency && k === i && tokens[m.tokEnd]?.word) {
          k = past;
          continue;
        }
        if (m.type === 'org' || (m.type === 'other' && k === i + 1 && ll.roleDeterminers.has(norms[i]!))) org = m;
        else break;
        k = past;
      }
      return { person: null, org };
    },
    /** the comma opening the relative clause that ends at the comma at `last` (`El chileno, que cumple…, añadió`), else -1 */
    relativeStart(last: number, lo: number): number {
      for (let q = last - 2; q > Math.max(lo, last - MAX_RELATIVE); q--) {
        if (!isComma(tokens[q]!.text)) continue;
        return ll.conjunctions.has(norms[q + 1] ?? '') ? q : -1;
      }
      return -1;
    },
    /** an indefinite subject right before the cue at c, from `from` on, names no one (`À saída, um morador da freguesia
     * desabafou: «…»`, `Ein Zeuge berichtete:`) */
    unnamedSourceAt,
    unnamedBefore(cue: number, from: number): boolean {
      // a noun for someone unnamed opening the clause, no person named before the cue (`Источник «Коммерсанта» утверждает`,
      // `Опрошенные РБК аналитики называют`: the agency there is who asked)
      if (unnamedSourceAt(from) && !personIn(from + 1, cue)) return true;
      // (its relative clause between commas is passed: `Une pédiatre de l'hôpital Necker, qui a requis l'anonymat, décrit`)
      const r = isComma(tokens[cue - 1]?.text) ? relativeBefore(cue - 1, from) : -1;
      const c = r - 1 > from && isComma(tokens[r - 1]!.text) ? r - 1 : cue;
      for (let k = c - 1, words = 0; k >= from && words < 5 && tokens[k]!.word; k--, words++) {
        // a place or person after a preposition is where or whom the one unnamed comes from (`Un vecino de Alzira relató`),
        // an organisation the one who speaks for it (`un agente de la Guardia Civil explicó`)
        const at = byStart.get(k) ?? byEnd.get(k);
        const prep = at && at.fullTokStart > from ? norms[at.fullTokStart - 1]! : '';
        const head = at ? (norms[at.fullTokStart - 2] ?? '') : '';
        const whence = at?.type !== 'org' && !speaksForBody(head) && (ll.phraseBreaks.has(prep) || ll.roleLinks.has(prep));
        if (whence) k = at!.fullTokStart - 1;
        else if (at) return false;
        if (indefiniteAt(k)) return true;
      }
      // a plural article and a common noun opening the clause: a group no one named (`I commercianti parlano di «…»`)
      const group = ll.plural.has(norms[from] ?? '') && tokens[from + 1]?.word && !tokens[from + 1]!.cap;
      return !!group && from + 1 < c && !speaksForBody(norms[from + 1]!) && !ll.lowerOrgs.has(norms[from + 1]!);
    },
    /** an indefinite noun phrase in the few words after a cue at i, no name before it and the rest of its clause naming none
     * (`, escribió en redes una usuaria`; not `, sagte ein Sprecher`, `, explicó un agente de la Guardia Civil`) */
    unnamedAfter(i: number, limit: number): boolean {
      // a noun for someone unnamed within a few words, an agency told before it at most (`Как сообщил ТАСС источник в …`)
      for (let k = i; k < Math.min(limit, i + 6) && (tokens[k]!.word || /^[«»„“”"]$/u.test(tokens[k]!.text)); k = byStart.get(k)?.tokEnd ?? k + 1)
        if (ll.unnamedSources.has(norms[k]!)) return !personIn(k + 1, limit);
      let k = i;
      while (k < Math.min(limit, i + 4) && tokens[k]!.word && !byStart.has(k) && !ll.indefinite.has(norms[k]!)) k++;
      if (!indefiniteAt(k)) return false;
      const noun = norms[k + 1]!;
      // (a compound of a spokesperson's noun speaks for a body too: `eine Bahnsprecherin`)
      if (speaksForBody(noun)) return false;
      for (let x = k + 1; x < limit && tokens[x]!.sent === tokens[k]!.sent; x++) if (byStart.has(x)) return false;
      return true;
    },
    /** where the clause opens that starts at `lo` and ends before `end`: after a phrase that opens with a preposition and
     * ends at a comma (`No final do encontro, o treinador…`), else lo */
    clauseStart(lo: number, end: number): number {
      if (!ll.phraseBreaks.has(norms[lo] ?? '') || ll.conjunctions.has(norms[lo]!) || ll.roleDeterminers.has(norms[lo]!)) return lo;
      for (let k = lo + 1; k < Math.min(end, lo + MAX_FRONTED); k++) {
        if (isComma(tokens[k]!.text)) return k + 1;
        if (!tokens[k]!.word) break;
      }
      return lo;
    },
    /** the token after the words of time at i (`ha assicurato ieri la sindaca`, `a reconnu vendredi soir le directeur`), else i */
    afterTime(i: number, limit: number): number {
      let k = i;
      while (k < Math.min(limit, i + MAX_TIME_WORDS) && ll.timeWords.has(norms[k] ?? '')) k++;
      return tokens[k]?.word ? k : i;
    },
    /** after a comma and a preposition, the token after the parenthesis' closing comma (`a lancé, en présence de
     * Friedrich Merz, le chef de l'État`), or -1 */
    afterParenthesis(i: number, limit: number): number {
      if (!isComma(tokens[i]?.text) || !ll.phraseBreaks.has(norms[i + 1] ?? '')) return -1;
      for (let k = i + 2; k < Math.min(limit, i + MAX_APPOSITION); k++) {
        if (isComma(tokens[k]!.text)) return k + 1;
        if (!tokens[k]!.word) break;
      }
      return -1;
    },
    /** a preposition and a few small words, then a person's name (`dijo a los periodistas Juan Martínez,`), or null; not a
     * name that completes the phrase's noun (`ante los micrófonos de Movistar Plus`) */
    nameAfterPhrase(i: number, limit: number): NameMention | null {
      if (!ll.phraseBreaks.has(norms[i] ?? '')) return null;
      const k = skipSmall(i + 1, limit, false);
      return k > i + 1 && ll.roleLinks.has(norms[k - 1]!) ? null : closingPerson(k);
    },
    /** an article (indefinite too), a few small words, a comma and a person's name closing the clause: an apposition whatever its noun
     * (`aseguró el principal acusado, Manuel Ortega, durante`), or null */
    nameInApposition(i: number, limit: number): NameMention | null {
      if (!ll.roleDeterminers.has(norms[i] ?? '') && !ll.indefinite.has(norms[i] ?? '')) return null;
      let k = skipSmall(i + 1, limit, true);
      // the noun's complement may be a name behind its link word (`la sindaca di Fidenza, Marta Orsolini`), small words after it
      for (let named = byStart.get(k); k > i + 1 && named && named.type !== 'person' && ll.roleLinks.has(norms[k - 1]!); named = byStart.get(k)) {
        if (named.tokEnd - i > MAX_APPOSITION) return null;
        k = skipSmall(named.tokEnd, limit, true);
      }
      return k > i + 1 && isComma(tokens[k]?.text) ? closingPerson(k + 1) : null;
    },
    /** the `(` that the `)` at `close` closes, a few words back and not before lo; -1 when none */
    parenthesisOpen(close: number, lo: number): number {
      for (let q = close - 1; q >= lo && q >= close - MAX_PARENTHESIS; q--) if (tokens[q]!.text === '(') return q;
      return -1;
    },
    /** the preposition of a place's complement that ends at i - 1 (`Die Feuerwehr in Celle sprach`), after lo; -1 when none */
    placeComplement(i: number, lo: number): number {
      const m = byEnd.get(i - 1);
      const at = m?.type === 'place' ? m.fullTokStart - 1 : -1;
      return at > lo && (ll.governs(norms[at]) || ll.roleLinks.has(norms[at]!)) ? at : -1;
    },
    /** the body named after a locative opening the clause at lo, with a complement of a preposition and at most
     * MAX_COMPLEMENT words ending before the cue at i: its branch for a region (`В ГУ МЧС по краю сообщили`) */
    branchBefore(lo: number, i: number): NameMention | null {
      const m = ll.locatives.has(norms[lo]!) ? byStart.get(lo + 1) : undefined;
      const a = m?.tokEnd ?? i;
      if (m?.type !== 'org' || i - a < 2 || i - a > MAX_COMPLEMENT + 1 || !ll.governs(norms[a])) return null;
      for (let k = a; k < i; k++) if (!tokens[k]!.word) return null;
      return m;
    },
    /** the comma opening an apposition in lower case (numbers too) that ends at the comma `comma`, not before lo; -1 when none */
    appositionStart: (comma: number, lo: number): number => lowerPhraseStart(comma, lo, MAX_APPOSITION),
    nameBeforeComma,
    /** the person or organisation opening the clause at lo (after an article and a few words in lower case at most)
     * before an aside in lower case that ends at the comma `comma` (`La CEOE, por su parte, alertó`) */
    subjectBeforeAside(comma: number, lo: number): NameMention | null {
      const q = lowerPhraseStart(comma, lo, MAX_ASIDE);
      if (q < 0) return null;
      const who = nameBeforeComma(q);
      if (!who) return null;
      const head = who.fullTokStart;
      if (head - lo > 3 || (head > lo && !ll.roleDeterminers.has(norms[lo]!))) return null;
      for (let k = lo + 1; k < head; k++) if (!tokens[k]!.word || tokens[k]!.cap) return null;
      return who;
    },
    /** where an 'according to' phrase whose words start at `from` ends: at its first comma, unless a person's name in
     * apposition follows it and closes with a comma or a stop (`Según el ministro, Luis Caputo, la inflación`); so the
     * clause after it is not searched for its source (`Segundo o departamento médico do Palmeiras, o atacante Vitor Roque
     * "deve ter…"`); `limit` when no comma comes first */
    accordingEnd(from: number, limit: number): number {
      for (let k = from; k < limit; k++) {
        if (tokens[k]!.sent !== tokens[from]!.sent) return k; // (not past its sentence)
        if (!isComma(tokens[k]!.text)) continue;
        const m = byStart.get(k + 1);
        return m?.type === 'person' && /^[,;.]$/u.test(tokens[m.tokEnd]?.text ?? '.') ? limit : k;
      }
      return limit;
    },
    relativeBefore,
    /** the person or organisation named before a short adverbial in lower case that ends right before the cue at i
     * (`Михай Попшой ранее заявил`, `Эльвира Набиуллина на пресс-конференции пояснила`, `فوزي لقجع قد صرح`), or null */
    subjectBeforeAdverbial(i: number, lo: number): NameMention | null {
      const q = backOverLower(i - 1, lo, i - MAX_ADVERBIAL, (k) => byEnd.has(k) || ll.coordinators.has(norms[k]!) || ll.relatives.has(norms[k]!));
      const m = q < i - 1 ? byEnd.get(q) : undefined;
      return m && (m.type === 'person' || m.type === 'org') && !governed(m) ? m : null;
    },
    /** the person before an apposition ending at token `last` (`Gerardo Amarilla, subsecretario de Ambiente`), or null */
    describedBefore(last: number, lo: number): NameMention | null {
      let q = last;
      while (q > lo && q > last - MAX_APPOSITION && tokens[q]!.word && byEnd.get(q)?.type !== 'person') q--;
      if (q <= lo || !isComma(tokens[q]!.text) || q === last) return null;
      // the apposition opens with a common noun (`subsecretario de`, `glaciólogo de`), not an article or a name
      if (tokens[q + 1]!.cap || ll.roleDeterminers.has(norms[q + 1]!) || ll.indefinite.has(norms[q + 1]!)) return null;
      const who = byEnd.get(q - 1);
      // not a name after a preposition (`Un habitant de La Garde-Freinet, évacué dans la nuit, témoigne`)
      const before = who ? norms[who.fullTokStart - 1] : undefined;
      if (before !== undefined && (ll.phraseBreaks.has(before) || ll.roleLinks.has(before))) return null;
      return who?.type === 'person' || (who?.type === 'other' && who.tokEnd - who.tokStart > 1) ? who : null;
    },
  };
}
