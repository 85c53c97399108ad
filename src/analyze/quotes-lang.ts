// Quotes and speakers in languages other than English, from the language's quote marks, cue verbs and speaker patterns (data/lang).
import type { LangProfile } from '../lang/index.js';
import type { Quote, Speaker } from '../model.js';
import type { EntityResult } from './entities.js';
import { langLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import { makeRoleResolver } from './lang-roles.js';
import { accordingFinder, complementizerFinder, cueFinder, keptQuotation, labelFinder, pastAdverb, slotVerbFinder } from './lang-cues.js';
import { clauseOpening } from './clause-opening.js';
import { unsaidSubjects } from './unsaid-subjects.js';
import { PersonsSeen } from './persons-seen.js';
import { continuedSpeaker } from './quote-continuation.js';
import { resumedSpeaker } from './quote-resumed.js';
import { clauseOpener, cueAfterStatement } from './quote-cue-later.js';
import { accordingSentences, cueClauses } from './reported-speech.js';
import { inciseAt, inciseParts } from './quote-incise.js';
import { partialSpeaker } from './quote-partial.js';
import { accordingSubjects } from './quote-according.js';
import { participleSpeaker } from './quote-participle.js';
import { reportedMoodSpeaker } from './quote-reported-mood.js';
import { orgSpeakers } from './lang-org-speakers.js';
import { sayingSource } from './saying-source.js';
import { isComma, nameSpeaker, subjectPhrases } from './lang-subject-phrases.js';
import { findQuoteSegmentsWith, type QuoteSegment } from './quote-marks.js';
import { mentionsByStart, quotedTokens, tokenAt } from './text-view.js';
import type { Tokenised } from './tokens.js';

/** Punctuation allowed between a closing mark and its cue: `», —`, `“, `, `» :`, the Arabic script's comma `»، قال`. */
const BRIDGE = new Set([',', '،', '—', '–', '-', ':']);
/** Words after a cue (or an apposition's comma) within which its subject is named (`заместитель мэра столицы по вопросам транспорта Максим Ликсутов`). */
const SUBJECT_WORDS = 13;
/** Tokens after a quote's close holding its cue and speaker's phrase (`, explicó el secretario general de la … (CESM), Víctor Pedrera`). */
const AFTER_WORDS = 20;
/** A cue that carries its own pronoun subject: `a-t-il déclaré`, `dit-elle`. */
const PRONOUN_CUE = /-(?:t-)?(?:il|elle)\b/u;

interface Attribution {
  cue: string | null;
  speaker: Speaker | null;
  reporter: string | null;
  /** an attribution inside the marks splits the quotation: where its first part ends and its second starts (offsets) */
  split?: { firstEnd: number; secondStart: number };
}

/** Direct quotes (the language's marks) and reported speech (`sagte, dass`, `заявил, что`, `قال ... إن`) with their speakers:
 * a named person or organisation, a title or a pronoun standing for one named before, else none. Offsets are into `text`. */
export function findQuotesLang(text: string, tk: Tokenised, ents: EntityResult, p: LangProfile): Quote[] {
  const { tokens } = tk;
  const ll = langLex(p);
  const { pronouns } = ll;
  const leadingCueAt = (i: number): boolean => matchPhrase(ll.leadingCues, norms, i) > 0; // (`, so Pfeifer,`: no speaker before it)
  const norms = tokens.map((t) => t.norm);
  // a name in quotation marks (`شركة «أرامكو السعودية»`) is no quotation
  const named = new Set(ents.mentions.map((m) => `${m.start}:${m.end}`));
  const segs = findQuoteSegmentsWith(text, p.quoteMarks).filter((s) => !named.has(`${s.innerStart}:${s.innerEnd}`));
  const inQuote = quotedTokens(tokens, segs);
  const byStart = mentionsByStart(ents.mentions);
  const byEnd = ents.byLastToken;

  const cueAt = cueFinder(tokens, norms, ll, p, inQuote);
  const slotVerbAt = slotVerbFinder(tokens, norms, ll, p);
  const accordingAt = accordingFinder(norms, ll, p);
  const cueText = (i: number, n: number): string => text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
  const labelAt = labelFinder(tokens, norms, ll, inQuote);
  const seen = new PersonsSeen(ents.mentions, inQuote, tokens, byStart);
  /** the speaker of the last quote attributed, and where that quote opens */
  let lastSaid: { entity: string; tok: number } | null = null;
  const opensClause = clauseOpening(tk, norms, ll, byStart, ents.byLastToken);
  const roles = makeRoleResolver({
    text,
    tokens,
    norms,
    ents,
    ll,
    persons: seen.list,
    byStart,
    cueAt,
    hasSpoken: (e) => seen.hasSpoken(e),
    sentenceStart: (i) => tk.sentences[tokens[i]!.sent]!.firstTok,
    givenName: (w) => p.givenNames.has(w) || p.commonWordGivenNames.has(w), // (the name is a mention already)
  });
  const phrases = subjectPhrases(tokens, norms, ll, byStart, byEnd);
  const { droppedSubject, colonClause } = unsaidSubjects({
    tokens,
    norms,
    ll,
    dropsSubjects: p.dropsSubjects,
    mentions: ents.mentions,
    byStart,
    inQuote,
    seen,
    roles,
    lastSaid: () => lastSaid,
    cueAt,
  });
  const orgs = orgSpeakers(tk, norms, ll, ents, inQuote, byStart, cueText, roles);
  const { orgRoleAt, bodyNounAt, spokespersonAt, openingVoice, colonSubject, statementAt, documentAt } = orgs;
  /** the speaker named at token i or just after it (a title may come first) */
  const subjectAt = (from: number, limit: number): Speaker | null => {
    const i = phrases.afterTime(from, limit);
    // a parenthesis between the cue and its subject, or a short phrase of small words before the name
    const past = phrases.afterParenthesis(i, limit);
    if (past >= 0) return subjectAt(past, limit);
    // a pronoun right after the cue is its subject, whatever is named after it (`disse ele em entrevista à rádio CBN`)
    if (pronouns.has(norms[i] ?? '')) return seen.pronounSpeaker(i);
    const behind = phrases.nameAfterPhrase(i, limit);
    if (behind) return nameSpeaker(behind);
    // a role phrase: the name it gives (`le président Emmanuel Macron`, `o presidente russo, Vladimir Putin`) or stands for
    const role = roles.roleSubject(i, limit);
    if (role) return role;
    // a spokesperson unnamed speaks for the organisation (`, sagte ein Sprecher der Polizei`)
    const spokesperson = spokespersonAt(i, limit);
    if (spokesperson || role === null) return spokesperson ?? null;
    const orgRole = orgRoleAt(i, i);
    if (orgRole) return orgRole;
    const apposed = phrases.nameInApposition(i, limit);
    if (apposed) return nameSpeaker(apposed);
    // an indefinite noun phrase names no one (`selon un proche d'Édouard Philippe`, `dijo un portavoz del ministerio`)
    if (ll.indefinite.has(norms[i] ?? '') && tokens[i + 1]?.word && !tokens[i + 1]!.cap) return null;
    // no subject after the clause's end (`«…», sostuvo. También…`)
    if (!tokens[i]?.word && !phrases.quotedName(i)) return null;
    // the first person named within a few words (a title and its organisation may come first), else an organisation
    const { person, org } = phrases.firstNamed(i, limit, SUBJECT_WORDS, cueAt);
    if (person) return nameSpeaker(person);
    if (org) {
      // named with an article, it is an institution: typed so before the speakers' names are made persons
      if (org.type === 'other') {
        org.type = 'org';
        const e = ents.entities.find((x) => x.name === org!.entity);
        if (e?.type === 'other') e.type = 'org';
      }
      return nameSpeaker(org);
    }
    // a place with an article after the cue speaks for the body there or its club (`informou o Itamaraty`, `indicó el Valencia`)
    const place = ll.roleDeterminers.has(norms[i] ?? '') ? byStart.get(i + 1) : undefined;
    if (place?.type === 'place') return nameSpeaker(place);
    return bodyNounAt(i); // an institution's noun standing for none named before (`, teilte die Polizei mit`)
  };
  /** right after a quotation and its cue, a description standing for a person named before (`», dijo el argentino`) */
  const describedAt = (i: number, limit: number): Speaker | null => roles.describedSubject(phrases.afterTime(i, limit), limit) ?? null;
  const accordingSubject = accordingSubjects({ norms, ll, mentions: ents.mentions, inQuote, phrases, seen, documentAt, subjectAt });
  /** an 'according to' phrase of n words at c: its subject, or none when it is an unnamed source; null when neither */
  const according = (c: number, n: number, limit: number): Attribution | null => {
    const sp = accordingSubject(c, n, limit);
    return sp || seen.unnamedIf(phrases.unnamedSourceAt(c + n), c) ? { cue: cueText(c, n), speaker: sp, reporter: null } : null;
  };
  /** the speaker named right before the cue at token i (ends at i-1, or a pronoun there); none before a leading cue */
  const subjectBefore = (i: number, lo: number): Speaker | null => {
    if (i - 1 < lo || leadingCueAt(i)) return null;
    // an object pronoun between the subject and its verb (`El PP la calificó de`, `le reprochó`)
    if (i - 2 >= lo && ll.objectClitics.has(norms[i - 1]!)) return subjectBefore(i - 1, lo);
    // a party or place in parentheses after the name (`Markus Marterbauer (SPÖ) erklärte`), a place's complement (`Die Feuerwehr in Celle sprach`)
    const shut = tokens[i - 1]!.text === ')' ? i - 1 : isComma(tokens[i - 1]!.text) && tokens[i - 2]?.text === ')' ? i - 2 : -1;
    const q0 = shut > 0 ? phrases.parenthesisOpen(shut, lo) : phrases.placeComplement(i, lo);
    if (q0 > lo) return subjectBefore(q0, lo);
    // a relative clause's subject is the name before its comma, a short adverbial after the relative at most (`il Wwf, che in una nota parla di`)
    const r = phrases.relativeBefore(i, lo);
    const relative = r - 2 >= lo ? phrases.nameBeforeComma(r - 1) : null;
    if (relative) return nameSpeaker(relative);
    // an aside between commas after the subject opening the clause (`La CEOE, por su parte, alertó`)
    const aside = isComma(tokens[i - 1]!.text) ? phrases.subjectBeforeAside(i - 1, lo) : null;
    if (aside) return nameSpeaker(aside);
    // a role opening the clause and an apposition after it (`L'ancien Premier ministre, candidat déclaré à …, a jugé`)
    const q = isComma(tokens[i - 1]!.text) ? phrases.appositionStart(i - 1, lo) : -1;
    const titled = q > lo ? roles.roleSubject(lo, q) : undefined;
    if (titled && tokens[lo]!.start === titled.start && titled.end <= tokens[q]!.start) return titled;
    // `Pedro Sánchez, afirmó`: an apposition's comma may stand between the name and its cue; `В ГУ МЧС по краю сообщили`: a body's branch
    const m = phrases.branchBefore(lo, i) ?? byEnd.get(i - 1) ?? (isComma(tokens[i - 1]!.text) && i - 2 >= lo ? byEnd.get(i - 2) : undefined);
    // `El líder del PP añadió`: the title heading a body stands for its holder; `Gerardo Amarilla, subsecretario, afirmó`: the one described
    const described = (): Speaker | null => {
      const who = isComma(tokens[i - 1]!.text) ? phrases.describedBefore(i - 2, lo) : null;
      return who ? nameSpeaker(who) : null;
    };
    // not a name after a preposition (`после поражения от ЦСКА признал`), but a body where a locative opens the clause (`В СГК пояснили`)
    const atBody = m?.type === 'org' && m.fullTokStart === lo + 1 && ll.locatives.has(norms[lo]!);
    const governed = !!m && !atBody && m.fullTokStart > lo && ll.governs(norms[m.fullTokStart - 1]);
    if (m && m.type !== 'place' && !governed) return (m.type !== 'person' ? (roles.roleHeading(m, lo) ?? described()) : null) ?? nameSpeaker(m);
    if (pronouns.has(norms[i - 1]!)) return seen.pronounSpeaker(i - 1);
    // `Le ministère a indiqué`, `Das Ministerium teilte mit`
    for (const j of [i - 2, i - 1])
      if (j >= lo && (j === i - 1 || ll.roleDeterminers.has(norms[j]!))) {
        const org = orgRoleAt(j, j);
        if (org) return org;
      }
    const d = described();
    if (d) return d;
    for (let k = i - 1; k >= Math.max(lo, i - 4); k--) {
      const r = roles.roleSubject(k, i);
      if (r && r.end <= tokens[i]!.start) return r;
    }
    // a description opening the clause (`El chileno, que cumple su sexta temporada, añadió`)
    const e = isComma(tokens[i - 1]!.text) ? phrases.relativeStart(i - 1, lo) : i;
    const opening = e > lo ? roles.describedOpening(phrases.clauseStart(lo, e), e) : null;
    if (opening) return opening;
    // an organisation's noun standing for none named before (`Die Polizei teilte mit`, `краевое правительство уточнило`)
    for (const j of [i - 2, i - 1]) {
      const body = j >= lo && (j === i - 1 || ll.roleDeterminers.has(norms[j]!)) ? bodyNounAt(j) : null;
      if (body && body.end <= tokens[i]!.start) return body;
    }
    const adverbial = phrases.subjectBeforeAdverbial(i, lo);
    if (adverbial) return nameSpeaker(adverbial);
    // a verb joined by `und`, `y`, `et` to the clause before: that clause's subject (`Flick restó importancia … y aseguró`)
    return ll.coordinators.has(norms[i - 1]!) ? clauseSubject(phrases.clauseStart(lo, i - 1), i - 1) : null;
  };
  /** the subject opening the clause at k (ending before `end`): a person or organisation named there, a pronoun, a role or a body's noun */
  const clauseSubject = (k: number, end: number): Speaker | null => {
    const m = byStart.get(k) ?? (ll.roleDeterminers.has(norms[k] ?? '') ? byStart.get(k + 1) : undefined);
    if (m && m.tokEnd < end && (m.type === 'person' || m.type === 'org') && !ll.governs(norms[m.fullTokStart - 1])) return nameSpeaker(m);
    return pronouns.has(norms[k] ?? '') && k < end ? seen.pronounSpeaker(k) : (roles.roleSubject(k, end) ?? orgRoleAt(k, k) ?? bodyNounAt(k));
  };
  const sentBounds = (i: number): { lo: number; hi: number } => {
    const s = tk.sentences[tokens[i]!.sent]!;
    return { lo: s.firstTok, hi: s.endTok };
  };

  const attributeAfter = (s: QuoteSegment): Attribution | null => {
    let a = tokenAt(tokens, s.close);
    if (a >= tokens.length || s.runsOn) return null;
    const para = tokens[a]!.para;
    const closeTok = a;
    for (let k = 0; k < 3 && BRIDGE.has(tokens[a]?.text ?? ''); k++) a++;
    // a quotation that ended its sentence, with no comma or dash after it: the next sentence's subject is not its speaker
    const sentenceDone = a === closeTok && /[.!?…]\s*$/u.test(text.slice(s.innerStart, s.innerEnd));
    const limit = Math.min(tokens.length, a + AFTER_WORDS);
    if (tokens[a]?.para !== para) return null;
    // (`Selon son avocat, …` opening the next sentence is about what follows it)
    const ac = accordingAt(a);
    if (ac > 0 && sentenceDone) return null;
    const byAccording = ac > 0 ? according(a, ac, limit) : null;
    if (byAccording) return byAccording;
    // the document it is read in: `», — говорится в сообщении ведомства`, `, si legge nella nota`
    const st = statementAt(a);
    if (st !== undefined) return st;
    // cue then subject: `, sagte Putin`, `», — сказал Путин`, `, a-t-il ajouté`; an adverb first (`», — коротко ответил`)
    const c0 = a > closeTok ? pastAdverb(tokens, norms, ll, cueAt, a) : a;
    const n = cueAt(c0);
    if (n > 0) {
      const cue = cueText(c0, n);
      // an inverted pronoun is the cue's subject (`a-t-il ajouté devant les journalistes de l'Élysée`)
      const sp = PRONOUN_CUE.test(cue)
        ? seen.pronounSpeaker(c0)
        : seen.unnamedIf(phrases.unnamedAfter(c0 + n, limit), c0)
          ? null
          : (subjectAt(c0 + n, limit) ?? describedAt(c0 + n, limit) ?? droppedSubject(c0, n, tokenAt(tokens, s.open)));
      return { cue, speaker: sp, reporter: null };
    }
    // a reporting verb known by its slot and shape (`», a savouré l'entraîneur rennais, Habib Beye`), with a speaker named
    const v = slotVerbAt(a, a > closeTok);
    if (v > 0) {
      const sp = subjectAt(a + v, limit) ?? describedAt(a + v, limit);
      if (sp) return { cue: cueText(a, v), speaker: sp, reporter: null };
    }
    // subject then cue: `, Putin sagte`, `», — Путин сказал`
    const m = sentenceDone ? undefined : byStart.get(a);
    if (m && (m.type === 'person' || m.type === 'org')) {
      const c = m.tokEnd;
      const n2 = leadingCueAt(c) ? 0 : cueAt(c);
      if (n2 > 0) return { cue: cueText(c, n2), speaker: nameSpeaker(m), reporter: null };
    }
    if (pronouns.has(norms[a] ?? '') && cueAt(a + 1) > 0) return { cue: cueText(a + 1, cueAt(a + 1)), speaker: seen.pronounSpeaker(a), reporter: null };
    // a characterising verb closing its clause (`, deren Chef Johannes Winkel das Paket als „…“ bezeichnete`)
    const label = a === closeTok ? labelAt(a) : 0;
    const opener = label > 0 ? clauseOpener(tokens, tokenAt(tokens, s.open), sentBounds(a).lo, byStart, (m) => ll.governs(norms[m.fullTokStart - 1])) : null;
    return opener ? { cue: cueText(a, label), speaker: nameSpeaker(opener), reporter: null } : null;
  };

  const participle = participleSpeaker({ tokens, norms, ll, inQuote, cueAt, subjectBefore, subjectAt, said: () => said });
  const attributeBefore = (s: QuoteSegment): Attribution | null => {
    const openTok = tokenAt(tokens, s.open);
    if (openTok === 0 || openTok >= tokens.length) return null;
    const { lo } = sentBounds(Math.min(openTok, tokens.length - 1));
    const from = lo === openTok && tokens[openTok - 1]?.text === ':' ? sentBounds(openTok - 1).lo : lo;
    // a saying passed on by a reporter (`ونقلت وكالة رويترز عن مصدر حكومي قوله إن «…»`)
    const saying = sayingSource(tokens, norms, p, ll.complementizers, byStart, ents.mentions, openTok, from);
    if (saying) return saying;
    for (let c = openTok - 1; c >= from; c--) {
      if (inQuote[c]) break;
      const ac = accordingAt(c, c === lo);
      const by = ac > 0 ? according(c, ac, openTok) : null;
      if (by) return by;
      if (ac > 0) continue; // (`segundo`, `selon` are cues too: not read twice)
      if (c > from && accordingAt(c - 1, c - 1 === lo) > 1) continue; // (the cue of `Как заверили в Дептрансе`)
      const st = statementAt(c); // (the document it is read in: `وجاء في بيان للبنك أن «…»`)
      if (st?.speaker) return st;
      const hung = participle(c, lo); // (a participle's subject is its clause's: `…», مضيفاً أن «…»`)
      if (hung) return { cue: cueText(c, hung.n), speaker: hung.speaker, reporter: null };
      const spoken = cueAt(c);
      const label = spoken === 0;
      const n = label ? labelAt(c) : spoken;
      if (n === 0) continue;
      const cue = cueText(c, n);
      const voiced = openingVoice(from, c); // (a spokesperson opening the clause speaks for the body: `Ein Sprecher der Polizei sagte:`)
      // (an indefinite subject names no one, whatever title it holds: `une infirmière résume :`; a pronoun after it or a spokesperson neither)
      const unnamed = seen.unnamedIf(!!voiced || phrases.unnamedBefore(c, from), c) && !voiced;
      const sp = unnamed
        ? null
        : (voiced ??
          subjectBefore(c, from) ??
          // a characterising verb after the clause's comma has its subject (`Корнеев вину не признал, назвав дело «…»`)
          (label && c - 1 > from && isComma(tokens[c - 1]!.text) ? clauseSubject(phrases.clauseStart(from, c - 1), c - 1) : null) ??
          subjectAt(c + n, openTok) ??
          (PRONOUN_CUE.test(cue) ? seen.pronounSpeaker(c) : opensClause(c) ? droppedSubject(c, n) : null));
      if (sp || unnamed) return { cue, speaker: sp, reporter: null };
    }
    return colonSubject(openTok, from) ?? colonClause(openTok, from);
  };
  /** an attribution inside the quotation marks (`« Le risque est maximal, a averti le colonel Marc Duthil, … »`) */
  let cueInside: ((k: number) => number) | null = null; // cues inside quotes too, made when a quote first needs it
  const attributeInside = (s: QuoteSegment): Attribution | null => {
    cueInside ??= cueFinder(tokens, norms, ll, p, new Uint8Array(tokens.length));
    const close = tokenAt(tokens, s.close);
    const at = inciseAt(tokens, tokenAt(tokens, s.open), close, cueInside);
    if (!at) return null;
    const cue = cueText(at.k, at.n);
    // a subject named in the incise, else one dropped (`«I cantieri apriranno – ha detto a margine di un convegno – e …»`)
    const sp = PRONOUN_CUE.test(cue) ? seen.pronounSpeaker(at.k) : (subjectAt(at.k + at.n, at.end + 1) ?? droppedSubject(at.k, at.n, tokenAt(tokens, s.open)));
    if (!sp) return null;
    // an apposition after the speaker's name belongs to the incise (`, a averti le colonel Marc Duthil, directeur du SDIS, et …`)
    const opensTitle = (j: number): boolean => {
      const t = ll.roleDeterminers.has(norms[j]!) ? j + 1 : j;
      return matchPhrase(ll.titles, norms, t) > 0 || ll.titleWords.has(norms[t]!);
    };
    const split = inciseParts(tokens, s, at, close, opensTitle, (j) => ll.relatives.has(norms[j]!));
    return { cue, speaker: sp, reporter: null, split };
  };
  const sentEnd = (i: number): number => sentBounds(i).hi;
  const cueLater = cueAfterStatement({ text, tokens, inQuote, cueAt, cueText, sentEnd, subjectAt, afterWords: AFTER_WORDS });
  const resumed = resumedSpeaker({ tokens, norms, ll, cueAt, cueText, sentEnd, subjectAt, sentStart: (i) => sentBounds(i).lo });
  const mood = reportedMoodSpeaker({ tokens, norms, inQuote, ll, byStart, sentBounds, cueAt, accordingAt, statementAt, lastSaid: () => lastSaid });
  const partial = partialSpeaker({ text, tokens, norms, inQuote, byStart, ll, sentBounds, accordingAt, nameSpeaker, clauseSubject });
  /** the quotation before, when someone was given it */
  let said: { s: QuoteSegment; speaker: Speaker } | null = null;
  const quotes: Quote[] = [];
  for (const s of segs) {
    const inner = text.slice(s.innerStart, s.innerEnd);
    // (the quotation before is asked last: only a quotation with no cue of its own continues it)
    const continued = (): Attribution | null => {
      const next = said ? continuedSpeaker(text, said.s, said.speaker, s, ents.mentions, ll.coordinators) : null;
      return next ? { cue: null, speaker: next, reporter: null } : null;
    };
    const at: Attribution | null =
      attributeAfter(s) ?? attributeBefore(s) ?? attributeInside(s) ?? cueLater(s) ?? resumed(s) ?? continued() ?? partial(s) ?? mood(s);
    said = at?.speaker?.entity ? { s, speaker: at.speaker } : null;
    seen.spoke(at?.speaker);
    const open = tokenAt(tokens, s.open);
    if (at?.speaker?.entity) lastSaid = { entity: at.speaker.entity, tok: open };
    // a scare quote, a title or a name is none (a quotation with no speaker is kept when long, or a clause a cue reports)
    if (!at && !keptQuotation(inner, sentBounds(open).lo, open, (k) => cueAt(k) + accordingAt(k))) continue;
    const parts: [number, number][] = at?.split
      ? [
          [s.innerStart, at.split.firstEnd],
          [at.split.secondStart, s.innerEnd],
        ]
      : [[s.innerStart, s.innerEnd]];
    for (const [start, innerEnd] of parts) {
      let end = innerEnd;
      while (end > start && /[,;:]/.test(text[end - 1]!) && innerEnd === s.innerEnd) end--;
      const who = { cue: at?.cue ?? null, speaker: at?.speaker ?? null, reporter: at?.reporter ?? null };
      quotes.push({ text: text.slice(start, end), start, end, kind: 'direct', ...who });
    }
  }

  // reported speech without marks: `Putin sagte, dass …`, `Путин заявил, что …`, `…, sagte Putin.`, `Laut Scholz ist …`
  const quotedSent = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (inQuote[i]) quotedSent.add(tokens[i]!.sent);
  const cued = cueClauses({
    text,
    tokens,
    norms,
    ll,
    mentions: ents.mentions,
    byStart,
    quotedSent,
    isComp: complementizerFinder(norms, ll, p),
    cueAt,
    cueText,
    sentBounds,
    subjectBefore,
    subjectAt,
    spoke: (sp) => seen.spoke(sp),
  });
  quotes.push(...cued);
  quotes.push(...accordingSentences(text, tk, quotes, quotedSent, accordingAt, accordingSubject, cueText));
  quotes.sort((x, y) => x.start - y.start);
  return quotes;
}
