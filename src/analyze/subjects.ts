// Finds who is speaking around a cue verb: names, pronouns, role and noun phrases, cited speakers and reporting agencies.
import { LEX, matchPhrase } from './lexicon.js';
import type { NameMention } from './entities.js';
import { readRole } from './role-phrase.js';
import type { TextView } from './text-view.js';
import { LIMITS } from './limits.js';
import { pluralLike } from './word-shape.js';

const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);

/** What names the speaker in the text. */
export interface Subject {
  kind: 'name' | 'pronoun' | 'role';
  tokStart: number;
  tokEnd: number;
  mention?: NameMention;
  roleKey?: string;
  agency?: string | null;
}

/** A speaker + cue found for a quote or a reported clause. */
export interface Attribution {
  subject: Subject | null;
  /** the cue words; null when the speaker is inferred from context (a colon, the previous sentence's subject) */
  cue: string | null;
  cueTok: number;
  reporter: string | null;
  /** the cue precedes the quote in its sentence */
  before: boolean;
  /** token where a mixed quote's content starts (after the cue and "that") */
  contentTok?: number;
  /** for an attribution after the quote: token where the quoted clause starts, when the sentence leads into the quote */
  leadTok?: number;
}

export type Subjects = ReturnType<typeof makeSubjects>;

/** Subject finders over one text view. */
export function makeSubjects(v: TextView) {
  const { tokens, norms, inQuote, ents, byFirstToken, sentStartTok } = v;
  /** A subject (name, pronoun, role phrase) whose last token is `i`. */
  const subjectEndingAt = (i: number, minTok: number): Subject | null => {
    const t = tokens[i];
    if (!t || i < minTok || inQuote[i]) return null;
    const m = ents.byLastToken.get(i);
    if (m && m.fullTokStart >= minTok) {
      // "the Russian President Vladimir Putin": include a preceding determiner in the speaker words
      return { kind: 'name', tokStart: m.fullTokStart, tokEnd: i + 1, mention: m, agency: m.agency };
    }
    if (t.word && (LEX.personPronouns.has(t.norm) || LEX.groupPronouns.has(t.norm)) && t.norm !== 'her' && t.norm !== 'him') {
      return { kind: 'pronoun', tokStart: i, tokEnd: i + 1 };
    }
    // role phrase: a determiner up to 7 tokens back whose role phrase ends here
    for (let d = i; d >= Math.max(minTok, i - 7); d--) {
      if (!LEX.roleDeterminers.has(norms[d]!)) continue;
      const r = readRole(tokens, norms, d);
      if (r && r.tokEnd === i + 1) return { kind: 'role', tokStart: d, tokEnd: i + 1, roleKey: r.key };
      // "a spokesman for the campaign", "the head of the agency": role + of/for + name
      if (r && (norms[r.tokEnd] === 'of' || norms[r.tokEnd] === 'for') && r.tokEnd < i) {
        return { kind: 'role', tokStart: d, tokEnd: i + 1, roleKey: r.key };
      }
    }
    // a bare plural noun phrase at the start of its clause: "Prosecutors said", "Federal investigators told", ", analysts said"
    if (t.word && pluralLike(t.text) && !LEX.groupPronouns.has(t.norm) && !LEX.fn.notHead.has(t.norm)) {
      let k = i;
      while (k > minTok && k > i - 2 && tokens[k - 1]!.word && tokens[k - 1]!.sent === t.sent && !inQuote[k - 1]) k--;
      const before = tokens[k - 1];
      const opens = !before || !before.word || before.sent !== t.sent;
      if (opens && k === i) return { kind: 'role', tokStart: i, tokEnd: i + 1, roleKey: t.norm };
      if (opens && k === sentStartTok(i)) {
        const mods = tokens.slice(k, i);
        if (mods.every((x) => !LEX.fn.subjectGap.has(x.norm) && !LEX.fn.prepositions.has(x.norm) && !LEX.speechCues.has(x.norm)))
          return { kind: 'role', tokStart: k, tokEnd: i + 1, roleKey: t.norm };
      }
    }
    // any short noun phrase opened by a determiner: "the statement", "the 46-year-old", "a campaign spokesman"
    if (t.word && !t.cap && !LEX.speechCues.has(t.norm) && !LEX.fn.notHead.has(t.norm) && !LEX.fn.subjectGap.has(t.norm) && !LEX.fn.prepositions.has(t.norm)) {
      for (let d = i - 1; d >= Math.max(minTok, i - 8); d--) {
        const dt = tokens[d]!;
        if (POSSESSIVE.has(dt.text)) {
          // "Bernie Sanders’ campaign", "Clinton's spokesman"
          const owner = ents.byLastToken.get(d - 1);
          if (owner && owner.fullTokStart >= minTok && !LEX.fn.prepositions.has(norms[owner.fullTokStart - 1] ?? '')) {
            return { kind: 'role', tokStart: owner.fullTokStart, tokEnd: i + 1, roleKey: t.norm };
          }
          continue;
        }
        if (!dt.word && dt.text !== '-') break;
        if (LEX.fn.genericDeterminers.has(dt.norm)) {
          if (LEX.fn.prepositions.has(norms[d - 1] ?? '')) return null;
          return { kind: 'role', tokStart: d, tokEnd: i + 1, roleKey: t.norm };
        }
        if (dt.word && !dt.cap && (LEX.fn.subjectGap.has(dt.norm) || LEX.fn.npBreakers.has(dt.norm))) break;
      }
    }
    return null;
  };

  /** Subject to the left of a cue at token c, within [minTok, c). Skips adverbs and one comma-delimited aside. */
  const subjectLeft = (c: number, minTok: number): Subject | null => {
    let k = c - 1;
    let skipped = 0;
    while (k >= minTok && skipped < 3 && LEX.fn.subjectGap.has(norms[k]!)) {
      k--;
      skipped++;
    }
    if (tokens[k]?.text === ')') {
      // "Sen. Bernie Sanders (I-VT) said"
      let q = k - 1;
      while (q >= minTok && q > k - 8 && tokens[q]!.text !== '(') q--;
      if (tokens[q]?.text === '(') k = q - 1;
    }
    if (norms[c]!.endsWith('ing')) {
      // "Obama punctuated his list by saying", "Rubio's campaign sent out a release saying": the clause's subject speaks
      const first = firstSubject(Math.max(minTok, sentStartTok(c)), c);
      if (first && first.tokEnd <= c) return first;
    }
    const direct = subjectEndingAt(k, minTok);
    if (direct) return direct;
    if ((norms[k] === 'and' || norms[k] === 'but') && k > minTok) {
      const first = firstSubject(Math.max(minTok, sentStartTok(c)), k);
      if (first) return first;
    }
    if (tokens[k]?.text === ',' && norms[c]!.endsWith('ing')) {
      // "Clinton took a swipe at Trump, saying that ..." -> the subject of the sentence
      const first = firstSubject(Math.max(minTok, sentStartTok(c)), k);
      if (first) return first;
    }
    if (tokens[k]?.text === ',') {
      // "Vladimir Olenchenko, who took part in the forum, said" / "Suzdaltsev, speaking to Vestnik Kavkaza, noted"
      for (let q = k - 1; q >= Math.max(minTok, k - 30); q--) {
        if (inQuote[q]) break;
        if (tokens[q]!.text === ',') {
          const s = subjectEndingAt(q - 1, minTok);
          if (s) return s;
          break;
        }
      }
    }
    return null;
  };

  /** The first subject-like mention (name, pronoun, role phrase) in tokens [a, b), when it opens its clause. */
  const firstSubject = (a: number, b: number): Subject | null => {
    for (let i = a; i < Math.min(b, a + 12); i++) {
      if (inQuote[i]) return null;
      const m = byFirstToken.get(i);
      if (m) {
        if (LEX.fn.prepositions.has(norms[i - 1] ?? '')) {
          i = m.tokEnd - 1;
          continue;
        }
        if (m.type === 'place' || (m.type === 'org' && !m.agency && m.tokEnd - m.tokStart > 3)) return null;
        return subjectEndingAt(m.tokEnd - 1, a);
      }
      if (tokens[i]!.text === ',') continue;
      const t = tokens[i]!;
      if (t.word && (LEX.personPronouns.has(t.norm) || LEX.groupPronouns.has(t.norm)) && t.norm !== 'her' && t.norm !== 'him')
        return { kind: 'pronoun', tokStart: i, tokEnd: i + 1 };
      const r = LEX.roleDeterminers.has(t.norm) ? readRole(tokens, norms, i) : null;
      if (r) return { kind: 'role', tokStart: i, tokEnd: r.tokEnd, roleKey: r.key };
      if (t.word && !t.cap && (LEX.roleNouns.byFirst.has(t.norm) || LEX.roleQualifiers.byFirst.has(t.norm) || LEX.titleWords.has(t.norm))) continue;
      if (t.word && !t.cap && !LEX.fn.subjectGap.has(t.norm) && !LEX.fn.clauseOpeners.has(t.norm)) return null;
    }
    return null;
  };

  /** Subject right after a cue ending at token e ("said Putin", "said the Russian president"). */
  const subjectRight = (e: number, maxTok: number): Subject | null => {
    if (e >= maxTok) return null;
    const m = byFirstToken.get(e);
    if (m && m.tokEnd <= maxTok) return { kind: 'name', tokStart: e, tokEnd: m.tokEnd, mention: m, agency: m.agency };
    const t = tokens[e]!;
    if (t.word && (LEX.personPronouns.has(t.norm) || LEX.groupPronouns.has(t.norm)) && t.norm !== 'her' && t.norm !== 'him') {
      return { kind: 'pronoun', tokStart: e, tokEnd: e + 1 };
    }
    const r = readRole(tokens, norms, e);
    if (r && r.tokEnd <= maxTok && !byFirstToken.has(r.tokEnd)) return { kind: 'role', tokStart: e, tokEnd: r.tokEnd, roleKey: r.key };
    // "said Republican party boss Reince Priebus", "said the former Florida governor": titles and roles, then a name
    const detFirst = LEX.fn.genericDeterminers.has(norms[e]!);
    for (let q = e; q < Math.min(maxTok, e + 10); q++) {
      const tq = tokens[q]!;
      const mq = byFirstToken.get(q);
      if (mq && q > e && !detFirst) return { kind: 'name', tokStart: e, tokEnd: mq.tokEnd, mention: mq, agency: mq.agency };
      if (
        !tq.word ||
        (detFirst && LEX.fn.phraseStop.has(tq.norm)) ||
        (!detFirst &&
          !tq.cap &&
          !LEX.roleNouns.byFirst.has(tq.norm) &&
          !LEX.roleQualifiers.byFirst.has(tq.norm) &&
          !LEX.titleWords.has(tq.norm) &&
          !/-/.test(tq.norm) &&
          q - e > 3)
      ) {
        // a determiner phrase closed by punctuation: "said the 46-year-old.", "said one unaligned Florida strategist."
        if (q > e + 1 && detFirst && (tq.text === '.' || tq.text === ',' || tq.text === ';' || LEX.fn.phraseStop.has(tq.norm))) {
          return { kind: 'role', tokStart: e, tokEnd: q, roleKey: norms[q - 1]! };
        }
        if (!detFirst) {
          const m2 = byFirstToken.get(q);
          if (m2) return { kind: 'name', tokStart: e, tokEnd: m2.tokEnd, mention: m2, agency: m2.agency };
        }
        break;
      }
    }
    return null;
  };

  /** After a citing verb: "TASS cited Putin as saying" -> Putin. */
  const citedSpeaker = (e: number, maxTok: number): Subject | null => {
    const s = subjectRight(e, maxTok);
    if (!s) return null;
    return matchPhrase(LEX.asSaying, norms, s.tokEnd) > 0 || s.kind === 'name' ? s : null;
  };

  /** The last name mention in tokens [a, b) ("- Michael P. McDonald:"). */
  const lastNameBefore = (a: number, b: number): Subject | null => {
    for (let i = b - 1; i >= a; i--) {
      const m = ents.byLastToken.get(i);
      if (m && m.fullTokStart >= a && (m.type === 'person' || m.type === 'other' || m.type === 'org')) return subjectEndingAt(i, a);
      if (b - i > 8) break;
    }
    return null;
  };

  /** Looks for "<AGENCY> reported" / "according to <AGENCY>" in tokens [a, b), at most LIMITS.reporterScanTokens of them. */
  const reporterIn = (a: number, b: number): string | null => {
    const stop = Math.min(b, a + LIMITS.reporterScanTokens);
    for (let i = a; i < stop; i++) {
      const m = byFirstToken.get(i);
      if (m?.agency) {
        const after = m.tokEnd;
        if (LEX.reporting.has(norms[after] ?? '') || LEX.citing.has(norms[after] ?? '')) return m.agency;
        if (norms[i - 1] === 'to' && norms[i - 2] === 'according') return m.agency;
      }
    }
    return null;
  };

  /** Resolves an attribution whose cue is at c (n words), looking for subjects within [minTok, maxTok). */
  const attributionAtCue = (c: number, n: number, minTok: number, maxTok: number, allowRight: boolean): Attribution | null => {
    const cue = tokens
      .slice(c, c + n)
      .map((t) => t.text)
      .join(' ');
    let subject = subjectLeft(c, minTok);
    if (!subject && allowRight) subject = subjectRight(c + n, maxTok);
    if (!subject) return null;
    let reporter: string | null = null;
    if (subject.agency) {
      reporter = subject.agency;
      if (LEX.citing.has(norms[c]!)) subject = citedSpeaker(c + n, maxTok);
      else subject = null;
    }
    return { subject, cue, cueTok: c, reporter, before: false };
  };

  return { subjectEndingAt, subjectLeft, firstSubject, subjectRight, citedSpeaker, lastNameBefore, reporterIn, attributionAtCue };
}
