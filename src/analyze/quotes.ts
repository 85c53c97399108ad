// Finds direct, mixed and indirect quotes, their cue verbs, speakers (through names, roles and pronouns) and reporters.
import type { Quote, QuoteKind, Speaker } from '../model.js';
import { LEX, matchPhrase } from './lexicon.js';
import type { Tokenised, Token } from './tokens.js';
import { readRole, type EntityResult, type NameMention } from './entities.js';
import { findQuoteSegments, type QuoteSegment } from './quote-marks.js';

/** Words that may sit between a subject and its cue verb ("Putin also said", "he has repeatedly stressed"). */
const SUBJECT_GAP = new Set([
  'also', 'then', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'later', 'once', 'again', 'further', 'repeatedly',
  'reportedly', 'previously', 'recently', 'subsequently', 'simply', 'just', 'still', 'already', 'publicly', 'flatly',
  'privately', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'not', 'never', 'earlier', 'first', 'often',
  'had', 'long', 'openly', 'specifically', 'explicitly', 'even', 'quickly', 'bluntly', 'angrily', 'frequently', 'only',
]);
const QUOTE_MARK = new Set(['"', '“', '”', '«', '»']);
const DIRECT_GAP = new Set(['that', ',', ':', '—', '–', '-', 'simply', 'flatly', 'bluntly']);
const END_PUNCT = /[\s.,;:!?]+$/u;
const GENERIC_DET = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'another', 'this']);

/** What names the speaker in the text (internal). */
interface Subject {
  kind: 'name' | 'pronoun' | 'role';
  tokStart: number;
  tokEnd: number;
  mention?: NameMention;
  roleKey?: string;
  agency?: string | null;
}

interface Attribution {
  subject: Subject | null;
  cue: string;
  cueTok: number;
  reporter: string | null;
  /** the cue precedes the quote in its sentence */
  before: boolean;
  /** token where a mixed quote's content starts (after the cue and "that") */
  contentTok?: number;
  /** for an attribution after the quote: token where the quoted clause starts, when the sentence leads into the quote */
  leadTok?: number;
}

export interface QuoteContext {
  text: string;
  tk: Tokenised;
  ents: EntityResult;
}

/** First token index whose start is >= offset. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quotes in an analysed text. Pure: uses only the text, its tokens and entities, and the data/ lexicons.
 */
export function findQuotes(ctx: QuoteContext): Quote[] {
  const { text, tk, ents } = ctx;
  const tokens = tk.tokens;
  const norms = tokens.map((t) => t.norm);
  const segs = findQuoteSegments(text);
  const inQuote = new Uint8Array(tokens.length);
  for (const s of segs) {
    for (let i = tokenAt(tokens, s.open); i < tokens.length && tokens[i]!.start < s.close; i++) inQuote[i] = 1;
  }
  const byFirstToken = new Map<number, NameMention>();
  for (const m of ents.mentions) byFirstToken.set(m.fullTokStart, m);

  const cueAt = (i: number): number => {
    const t = tokens[i];
    if (!t || !t.word || inQuote[i]) return 0;
    if (t.cap && !t.sentStart) return 0;
    return matchPhrase(LEX.cues, norms, i);
  };

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
    // any short noun phrase opened by a determiner: "the statement", "the 46-year-old", "a campaign spokesman"
    if (t.word && !t.cap && !LEX.speechCues.has(t.norm)) {
      for (let d = i - 1; d >= Math.max(minTok, i - 8); d--) {
        const dt = tokens[d]!;
        if (!dt.word && dt.text !== '-' && dt.text !== '’s' && dt.text !== "'s") break;
        if (GENERIC_DET.has(dt.norm)) return { kind: 'role', tokStart: d, tokEnd: i + 1, roleKey: t.norm };
        if (dt.word && !dt.cap && (SUBJECT_GAP.has(dt.norm) || /^(?:that|which|who|is|was|are|were|to|in|on|at|with|by|from|after|before|when|while|if|as|because)$/.test(dt.norm))) break;
      }
    }
    return null;
  };

  /** Subject to the left of a cue at token c, within [minTok, c). Skips adverbs and one comma-delimited aside. */
  const subjectLeft = (c: number, minTok: number): Subject | null => {
    let k = c - 1;
    let skipped = 0;
    while (k >= minTok && skipped < 3 && SUBJECT_GAP.has(norms[k]!)) {
      k--;
      skipped++;
    }
    if (tokens[k]?.text === ')') {
      // "Sen. Bernie Sanders (I-VT) said"
      let q = k - 1;
      while (q >= minTok && q > k - 8 && tokens[q]!.text !== '(') q--;
      if (tokens[q]?.text === '(') k = q - 1;
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
        if (m.type === 'place' || m.type === 'org' && !m.agency && m.tokEnd - m.tokStart > 3) return null;
        return subjectEndingAt(m.tokEnd - 1, a);
      }
      const t = tokens[i]!;
      if (t.word && (LEX.personPronouns.has(t.norm) || LEX.groupPronouns.has(t.norm)) && t.norm !== 'her' && t.norm !== 'him') return { kind: 'pronoun', tokStart: i, tokEnd: i + 1 };
      const r = LEX.roleDeterminers.has(t.norm) ? readRole(tokens, norms, i) : null;
      if (r) return { kind: 'role', tokStart: i, tokEnd: r.tokEnd, roleKey: r.key };
      if (t.word && !t.cap && (LEX.roleNouns.byFirst.has(t.norm) || LEX.roleQualifiers.byFirst.has(t.norm) || LEX.titleWords.has(t.norm))) continue;
      if (t.word && !t.cap && !SUBJECT_GAP.has(t.norm) && !['in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'last', 'earlier', 'but', 'and', 'yet', 'so', 'then', 'also', 'now', 'later'].includes(t.norm)) return null;
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
    for (let q = e; q < Math.min(maxTok, e + 8); q++) {
      const tq = tokens[q]!;
      const mq = byFirstToken.get(q);
      if (mq && q > e) return { kind: 'name', tokStart: e, tokEnd: mq.tokEnd, mention: mq, agency: mq.agency };
      if (!tq.word || (!tq.cap && !LEX.roleNouns.byFirst.has(tq.norm) && !LEX.roleQualifiers.byFirst.has(tq.norm) && !LEX.titleWords.has(tq.norm) && !GENERIC_DET.has(tq.norm) && !/-/.test(tq.norm))) {
        // a determiner phrase closed by punctuation: "said the 46-year-old."
        if (q > e + 1 && GENERIC_DET.has(norms[e]!) && (tq.text === '.' || tq.text === ',')) {
          return { kind: 'role', tokStart: e, tokEnd: q, roleKey: norms[q - 1]! };
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

  /** Looks for "<AGENCY> reported" / "according to <AGENCY>" in tokens [a, b). */
  const reporterIn = (a: number, b: number): string | null => {
    for (let i = a; i < b; i++) {
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
    const cue = tokens.slice(c, c + n).map((t) => t.text).join(' ');
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

  // ---- attribution for each quote segment
  const attrs: (Attribution | null)[] = segs.map(() => null);
  const sentEndTok = (i: number): number => tk.sentences[tokens[i]!.sent]!.endTok;
  const sentStartTok = (i: number): number => tk.sentences[tokens[i]!.sent]!.firstTok;

  for (let si = 0; si < segs.length; si++) {
    const s = segs[si]!;
    const firstAfter = tokenAt(tokens, s.close);
    const openTok = tokenAt(tokens, s.open);
    const innerText = text.slice(s.innerStart, s.innerEnd);
    let after: Attribution | null = null;
    // after the quote: `," Putin said`, `," said the Russian president`, `," TASS cited Putin as saying`
    if (!s.runsOn && firstAfter < tokens.length && tokens[firstAfter]!.para === tokens[Math.max(0, firstAfter - 1)]!.para) {
      let a = firstAfter;
      if (tokens[a]?.text === ',' || tokens[a]?.text === ':' || tokens[a]?.text === '—') a++;
      let limit = a;
      while (limit < tokens.length && limit - a < 16 && !QUOTE_MARK.has(tokens[limit]!.text) && tokens[limit]!.para === tokens[a]?.para && !(tokens[limit]!.text === '.' && limit > a + 1)) limit++;
      if (norms[a] === 'according' && norms[a + 1] === 'to') {
        const subj = subjectRight(a + 2, limit);
        if (subj) after = { subject: subj.agency ? null : subj, cue: 'according to', cueTok: a, reporter: subj.agency ?? null, before: false };
      }
      // `," Jenna Golden, Twitter's director of political advertising, said`: subject first, then an aside, then the cue
      const subj0 = after ? null : subjectRight(a, limit);
      if (subj0 && tokens[subj0.tokEnd]?.text === ',') {
        let q = subj0.tokEnd + 1;
        const stop = Math.min(tokens.length, q + 25);
        while (q < stop && tokens[q]!.text !== ',' && !QUOTE_MARK.has(tokens[q]!.text) && tokens[q]!.text !== '.') q++;
        if (tokens[q]?.text === ',') {
          const n = cueAt(q + 1);
          if (n > 0) {
            after = { subject: subj0.agency ? null : subj0, cue: tokens.slice(q + 1, q + 1 + n).map((t) => t.text).join(' '), cueTok: q + 1, reporter: subj0.agency ?? null, before: false };
          }
        }
      }
      for (let c = a; !after && c < Math.min(limit, a + 9); c++) {
        const n = cueAt(c);
        if (n === 0) continue;
        after = attributionAtCue(c, n, a, limit, c <= a + 1);
        if (after) {
          const rep = reporterIn(c + n, Math.min(tokens.length, sentEndTok(c) + 1));
          if (rep && !after.reporter) after.reporter = rep;
          if (!after.subject) {
            // "<quote>," the Russian president stressed, TASS reported -> the first attribution wins; an agency alone is a reporter
            for (let c2 = c + n; c2 < limit; c2++) {
              const n2 = cueAt(c2);
              if (n2 === 0) continue;
              const a2 = attributionAtCue(c2, n2, c + n, limit, false);
              if (a2?.subject) {
                after = { ...a2, reporter: after.reporter };
                break;
              }
            }
          }
          break;
        }
      }
    }
    // before the quote, in its sentence: `Putin said that "`, `He said: "`, `Putin said he hoped that "`
    let before: Attribution | null = null;
    let lo = sentStartTok(Math.min(openTok, tokens.length - 1));
    if (openTok < tokens.length && tokens[openTok]!.sentStart === false && lo === openTok) lo = openTok;
    // a paragraph that is only the quote, after a line ending with ':' -> look in that line
    if (openTok > 0 && openTok < tokens.length && lo === openTok && tokens[openTok - 1]!.text === ':') lo = sentStartTok(openTok - 1);
    for (let c = openTok - 1; c >= lo; c--) {
      if (inQuote[c]) break;
      const n = cueAt(c);
      if (n === 0 && !(norms[c] === 'according' && norms[c + 1] === 'to')) continue;
      if (norms[c] === 'according' && norms[c + 1] === 'to') {
        const subj = subjectRight(c + 2, openTok);
        if (subj) {
          const rep = subj.agency ?? null;
          before = { subject: rep ? null : subj, cue: 'according to', cueTok: c, reporter: rep, before: true, contentTok: -1, leadTok: undefined };
        }
        break;
      }
      const rightOk = c === lo || tokens[c - 1]!.text === ',' || QUOTE_MARK.has(tokens[c - 1]!.text);
      const at = attributionAtCue(c, n, Math.max(0, lo - 1), openTok, rightOk);
      if (at) {
        let k = c + n;
        if (at.subject && at.subject.tokStart >= k) k = at.subject.tokEnd;
        // "told reporters", "said in a statement", then "that"
        let contentTok = k;
        for (let q = k; q < Math.min(openTok, k + 6); q++) {
          if (norms[q] === 'that') {
            contentTok = q + 1;
            break;
          }
        }
        const gap = tokens.slice(contentTok, openTok);
        const gapDirect = gap.every((t) => DIRECT_GAP.has(t.norm)) || (gap.length <= 8 && (gap[gap.length - 1]?.text === ',' || gap[gap.length - 1]?.text === ':'));
        at.before = true;
        at.contentTok = gapDirect ? -1 : contentTok;
        before = at;
        break;
      }
    }
    if (!before && !after && openTok > 0 && openTok < tokens.length) {
      const lo2 = sentStartTok(openTok - 1);
      const prevTok = tokens[openTok - 1]!;
      if (prevTok.text === ':' || prevTok.text === ',') {
        // "Cruz called them on it: “...”", "- Carl Bialik: “...”", "Hillary shot back, “...”"
        const subj = subjectEndingAt(openTok - 2, lo2) ?? firstSubject(lo2, openTok - 1) ?? lastNameBefore(lo2, openTok - 1);
        if (subj) before = { subject: subj.agency ? null : subj, cue: prevTok.text, cueTok: openTok - 1, reporter: subj.agency ?? null, before: true, contentTok: -1, leadTok: undefined };
      } else if (prevTok.sent === tokens[openTok]!.sent) {
        // "Trump called Ford's plans “an absolute disgrace”": a subject and a verb open the sentence
        const subj = firstSubject(lo2, openTok);
        if (subj && subj.tokEnd < openTok) {
          let v = subj.tokEnd;
          while (v < openTok && SUBJECT_GAP.has(norms[v]!)) v++;
          const vt = tokens[v];
          const nv = v < openTok ? matchPhrase(LEX.characterizing, norms, v) : 0;
          const personal = subj.kind !== 'name' || subj.mention!.type === 'person' || (subj.mention!.type === 'other' && subj.mention!.tokEnd - subj.mention!.tokStart > 1);
          const verbish = nv > 0 || (vt !== undefined && /(?:ed|ew|ote|old|aid|ought|ang|ent)$/.test(vt.norm) && personal);
          if (vt && !vt.cap && verbish && (personal || nv > 0)) {
            before = { subject: subj.agency ? null : subj, cue: tokens.slice(v, v + Math.max(1, nv)).map((t) => t.text).join(' '), cueTok: v, reporter: subj.agency ?? null, before: true, contentTok: v + Math.max(1, nv) };
          }
        }
      }
    }
    if (before && before.before && (before.contentTok ?? -1) < 0 && !s.runsOn) {
      // `Obama said “it gets me mad” every time he thinks about...`: the clause goes on after the quote
      const closeTok = tokenAt(tokens, s.close);
      const endTok = openTok < tokens.length ? sentEndTok(openTok) : closeTok;
      let trailing = 0;
      for (let q = closeTok; q < endTok && !QUOTE_MARK.has(tokens[q]!.text); q++) if (tokens[q]!.word) trailing++;
      if (trailing >= 3 && !/[.!?]$/.test(innerText)) {
        let ct = before.cueTok + 1;
        const cueEnd = before.cueTok + before.cue.split(' ').length;
        ct = Math.max(ct, cueEnd);
        if (before.subject && before.subject.tokStart >= ct) ct = before.subject.tokEnd;
        for (let q = ct; q < Math.min(openTok, ct + 6); q++) if (norms[q] === 'that') { ct = q + 1; break; }
        before.contentTok = Math.min(ct, openTok);
      }
    }
    if (after && !s.runsOn && openTok < tokens.length) {
      // `...to whom supporters can “take their frustrations,” Sexton said.`: the quote finishes a clause
      const st = sentStartTok(openTok);
      let lead = 0;
      let hasCue = false;
      for (let q = st; q < openTok; q++) {
        if (QUOTE_MARK.has(tokens[q]!.text) || inQuote[q]) {
          lead = 0;
          hasCue = true;
          break;
        }
        if (tokens[q]!.word) lead++;
        if (cueAt(q) > 0) hasCue = true;
      }
      if (lead >= 3 && !hasCue && tokens[openTok - 1]?.para === tokens[openTok]!.para) after.leadTok = st;
    }
    const expectsAfter = /[,?!]$/.test(innerText) || /[,]$/.test(text.slice(s.innerEnd, s.close + 1));
    if (after && (expectsAfter || !before)) attrs[si] = after;
    else if (before) attrs[si] = before;
    else attrs[si] = after;
  }

  // ---- inheritance for segments without their own attribution
  const paraOf = (s: QuoteSegment): number => tokens[Math.min(tokenAt(tokens, s.open), tokens.length - 1)]!.para;
  for (let pass = 0; pass < 2; pass++) {
    for (let si = 0; si < segs.length; si++) {
      if (attrs[si]) continue;
      const s = segs[si]!;
      const prev = segs[si - 1];
      const next = segs[si + 1];
      if (prev && prev.chain === s.chain && attrs[si - 1]) attrs[si] = { ...attrs[si - 1]!, before: false, contentTok: -1, leadTok: undefined };
      else if (next && next.chain === s.chain && attrs[si + 1]) attrs[si] = { ...attrs[si + 1]!, before: false, contentTok: -1, leadTok: undefined };
      else if (prev && paraOf(prev) === paraOf(s) && attrs[si - 1] && !attrs[si - 1]!.before) attrs[si] = { ...attrs[si - 1]!, contentTok: -1, leadTok: undefined };
      else if (next && paraOf(next) === paraOf(s) && attrs[si + 1] && !attrs[si + 1]!.before && pass === 0) attrs[si] = { ...attrs[si + 1]!, contentTok: -1, leadTok: undefined };
      else if (prev && attrs[si - 1] && paraOf(prev) === paraOf(s) - 1 && isWholeParagraph(s)) attrs[si] = { ...attrs[si - 1]!, before: false, contentTok: -1, leadTok: undefined };
    }
  }

  function isWholeParagraph(s: QuoteSegment): boolean {
    let a = s.open;
    while (a > 0 && text[a - 1] !== '\n') {
      if (!/\s/.test(text[a - 1]!)) return false;
      a--;
    }
    return true;
  }

  // ---- speaker resolution
  const personMentions = ents.mentions.filter((m) => m.type === 'person');
  const subjectEntity = new Map<number, string>(); // sentence -> entity of its resolved attribution subject
  const resolve = (subj: Subject): Speaker => {
    const start = tokens[subj.tokStart]!.start;
    const end = tokens[subj.tokEnd - 1]!.end;
    const name = text.slice(start, end);
    if (subj.kind === 'name') {
      const m = subj.mention!;
      if (m.type === 'other') m.type = 'person';
      return { name, start, end, entity: m.entity, via: 'name' };
    }
    const sent = tokens[subj.tokStart]!.sent;
    if (subj.kind === 'role') {
      const key = subj.roleKey!;
      const noun = key.split(' ').slice(-1)[0]!;
      const ent = ents.roles.get(key) ?? ents.roles.get(noun) ?? nearestWithRole(noun, start);
      return { name, start, end, entity: ent, via: 'role' };
    }
    const pn = tokens[subj.tokStart]!.norm;
    if (LEX.groupPronouns.has(pn)) return { name, start, end, entity: null, via: 'pronoun' };
    return { name, start, end, entity: governingSubject(subj.tokStart) ?? antecedent(start, sent), via: 'pronoun' };
  };

  /** "Putin said he hoped", "The Russian leader noted in the message that he hopes": the subject of an earlier cue in the sentence. */
  function governingSubject(pronounTok: number): string | null {
    const lo = sentStartTok(pronounTok);
    for (let c = pronounTok - 1; c >= lo; c--) {
      if (inQuote[c]) break;
      const n = cueAt(c);
      if (n === 0 || c + n > pronounTok) continue;
      const s = subjectLeft(c, lo);
      if (s && s.kind !== 'pronoun') return resolve(s).entity;
      if (s) continue;
    }
    return null;
  }

  function nearestWithRole(noun: string, before: number): string | null {
    for (let q = personMentions.length - 1; q >= 0; q--) {
      const m = personMentions[q]!;
      if (m.start < before && m.role.includes(noun)) return m.entity;
    }
    return null;
  }

  /** The person a he/she refers to: the subject of the nearest sentence that has one. */
  function antecedent(before: number, sent: number): string | null {
    for (let s = sent; s >= Math.max(0, sent - 6); s--) {
      const resolved = subjectEntity.get(s);
      if (resolved && s < sent) return resolved;
      const sent0 = tk.sentences[s]!;
      let first: NameMention | null = null;
      for (const m of personMentions) {
        if (m.start >= sent0.start && m.start < Math.min(sent0.end, before) && !insideQuote(m.start)) {
          first = m;
          break;
        }
      }
      if (first) return first.entity;
    }
    return null;
  }

  function insideQuote(off: number): boolean {
    const i = tokenAt(tokens, off);
    return i < tokens.length && inQuote[i] === 1;
  }

  /** A short name-like string: every content word capitalised, no sentence punctuation inside ("Meet the Press"). */
  function isTitle(s: string): boolean {
    const core = s.replace(/[\s.,;:!?]+$/u, '');
    if (/[.!?;]/.test(core)) return false;
    const ws = core.split(/\s+/).filter(Boolean);
    if (ws.length === 0) return false;
    const content = ws.filter((w) => !/^(?:the|a|an|of|and|or|to|in|on|for|with|at|by|is|from)$/i.test(w));
    return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}#@]/u.test(w));
  }

  function isTitleCase(s: string): boolean {
    const ws = s.match(/[\p{L}][\p{L}'’\-]{3,}/gu) ?? [];
    if (ws.length < 3) return false;
    return ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length > 0.7;
  }

  // ---- build quotes
  const quotes: Quote[] = [];
  const seenMixed = new Map<string, Quote>();
  const speakerCache = new Map<Attribution, Speaker | null>();
  const speakerOf = (a: Attribution): Speaker | null => {
    if (!speakerCache.has(a)) {
      const sp = a.subject ? resolve(a.subject) : null;
      speakerCache.set(a, sp);
      if (sp?.entity && a.subject) subjectEntity.set(tokens[a.subject.tokStart]!.sent, sp.entity);
    }
    return speakerCache.get(a)!;
  };
  for (let si = 0; si < segs.length; si++) {
    const s = segs[si]!;
    const a = attrs[si];
    const inner = text.slice(s.innerStart, s.innerEnd);
    const words = inner.split(/\s+/).length;
    if (!a && (words < 6 || isTitleCase(inner))) continue; // a scare quote, title, nickname or headline
    if (process.env.NOTITLE !== "1" && words <= 6 && isTitle(inner) && !(a && a.before && (a.contentTok ?? -1) >= 0)) continue; // "Meet the Press", "Hannity"
    let kind: QuoteKind = 'direct';
    let start = s.innerStart;
    let end = s.innerEnd;
    if (a && a.before && a.contentTok !== undefined && a.contentTok >= 0 && a.contentTok < tokens.length) {
      kind = 'mixed';
      let ct = a.contentTok;
      while (ct < tokens.length - 1 && !tokens[ct]!.word && !QUOTE_MARK.has(tokens[ct]!.text)) ct++;
      start = tokens[ct]!.start;
      const sentIdx = tokens[Math.min(tokenAt(tokens, s.open), tokens.length - 1)]!.sent;
      const sEnd = tk.sentences[sentIdx]!.end;
      end = Math.max(s.close, sEnd);
      const tail = END_PUNCT.exec(text.slice(start, end));
      if (tail && !/["”]/.test(tail[0])) end -= tail[0].length;
    } else if (a && !a.before && a.leadTok !== undefined && segs[si - 1]?.chain !== s.chain) {
      kind = 'mixed';
      start = tokens[a.leadTok]!.start;
      while (end > start && /[,;:]/.test(text[end - 1]!)) end--;
    } else {
      // drop a trailing comma that belongs to the attribution ("We are ready," Putin said)
      while (end > start && /[,;:]/.test(text[end - 1]!)) end--;
    }
    if (end <= start) continue;
    const speaker = a ? speakerOf(a) : null;
    const q: Quote = { text: text.slice(start, end), start, end, kind, cue: a?.cue ?? null, speaker, reporter: a?.reporter ?? null };
    if (kind === 'mixed') {
      const key = `${start}:${a!.cueTok}`;
      const prior = seenMixed.get(key);
      if (prior) {
        if (end > prior.end) {
          prior.end = end;
          prior.text = text.slice(prior.start, end);
        }
        continue;
      }
      seenMixed.set(key, q);
    }
    quotes.push(q);
  }

  // ---- indirect quotes: sentences with no quote marks
  const quotedSents = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (inQuote[i]) quotedSents.add(tokens[i]!.sent);
  for (let si = 0; si < tk.sentences.length; si++) {
    if (quotedSents.has(si)) continue;
    const sent = tk.sentences[si]!;
    const a = sent.firstTok;
    const b = sent.endTok;
    if (b - a < 4) continue;
    let found: { attr: Attribution; cStart: number; cEnd: number } | null = null;
    for (let c = a; c < b && !found; c++) {
      if (norms[c] === 'according' && norms[c + 1] === 'to') {
        const subj = subjectRight(c + 2, b);
        if (!subj) continue;
        const rep = subj.agency ?? null;
        const attr: Attribution = { subject: rep ? null : subj, cue: 'according to', cueTok: c, reporter: rep, before: true };
        if (c === a) {
          // "According to X, CLAUSE."
          let k = subj.tokEnd;
          if (tokens[k]?.text === ',') k++;
          if (k < b - 1) found = { attr, cStart: k, cEnd: b };
        } else if (tokens[c - 1]?.text === ',') found = { attr, cStart: a, cEnd: c - 1 };
        continue;
      }
      const n = cueAt(c);
      if (n === 0) continue;
      const leftSubj = subjectLeft(c, a);
      if (leftSubj) {
        // "X said (that) CLAUSE" -- the clause must follow
        let k = c + n;
        let seenThat = false;
        for (let q = k; q < Math.min(b, k + 6); q++) {
          if (norms[q] === 'that') {
            k = q + 1;
            seenThat = true;
            break;
          }
        }
        const restWords = b - k;
        const clauseStart = tokens[k];
        const clauseOk = seenThat || (clauseStart && (LEX.personPronouns.has(clauseStart.norm) || LEX.groupPronouns.has(clauseStart.norm) || clauseStart.norm === 'the' || clauseStart.norm === 'it' || clauseStart.cap));
        if (restWords >= 3 && clauseOk && leftSubj.tokStart <= a + 12) {
          const attr = attributionAtCue(c, n, a, b, false);
          if (attr) found = { attr, cStart: k, cEnd: b };
        } else if (k >= b - 2 && tokens[leftSubj.tokStart - 1]?.text === ',') {
          // "CLAUSE, X said."
          const attr = attributionAtCue(c, n, a, b, false);
          if (attr) found = { attr, cStart: a, cEnd: leftSubj.tokStart - 1 };
        }
      } else if (tokens[c - 1]?.text === ',' && c + n < b) {
        // "CLAUSE, said X."
        const subj = subjectRight(c + n, b);
        if (subj && subj.tokEnd >= b - 1) {
          const attr: Attribution = { subject: subj, cue: tokens.slice(c, c + n).map((t) => t.text).join(' '), cueTok: c, reporter: subj.agency ?? null, before: false };
          if (attr.reporter) attr.subject = null;
          found = { attr, cStart: a, cEnd: c - 1 };
        }
      }
    }
    if (!found || found.cEnd <= found.cStart) continue;
    const start = tokens[found.cStart]!.start;
    let end = tokens[found.cEnd - 1]!.end;
    const tail = END_PUNCT.exec(text.slice(start, end));
    if (tail) end -= tail[0].length;
    if (end - start < 10) continue;
    quotes.push({
      text: text.slice(start, end),
      start,
      end,
      kind: 'indirect',
      cue: found.attr.cue,
      speaker: speakerOf(found.attr),
      reporter: found.attr.reporter,
    });
  }
  quotes.sort((x, y) => x.start - y.start);
  return quotes;
}
