// Attributes each quoted segment: the cue and speaker after it, before it, or inherited from its neighbours.
import { LEX, matchPhrase } from './lexicon.js';
import type { QuoteSegment } from './quote-marks.js';
import { QUOTE_MARK, tokenAt, type TextView } from './text-view.js';
import type { Attribution, Subjects } from './subjects.js';

/** One attribution (or null) per segment, in segment order. */
export function attributeSegments(v: TextView, sb: Subjects, segs: QuoteSegment[]): (Attribution | null)[] {
  const { text, tk, tokens, norms, inQuote, cueAt, sentStartTok, sentEndTok } = v;
  const { subjectEndingAt, subjectLeft, firstSubject, subjectRight, lastNameBefore, reporterIn, attributionAtCue } = sb;
  // ---- attribution for each quote segment
  const attrs: (Attribution | null)[] = segs.map(() => null);

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
      while (
        limit < tokens.length &&
        limit - a < 16 &&
        !QUOTE_MARK.has(tokens[limit]!.text) &&
        tokens[limit]!.para === tokens[a]?.para &&
        !(tokens[limit]!.text === '.' && limit > a + 1)
      )
        limit++;
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
            after = {
              subject: subj0.agency ? null : subj0,
              cue: tokens
                .slice(q + 1, q + 1 + n)
                .map((t) => t.text)
                .join(' '),
              cueTok: q + 1,
              reporter: subj0.agency ?? null,
              before: false,
            };
          }
        }
      }
      if (!after && subj0 && /[,?!]$/.test(innerText)) {
        const vt = tokens[subj0.tokEnd];
        const after2 = tokens[subj0.tokEnd + 1];
        if (
          vt?.word &&
          !vt.cap &&
          /(?:ed|ew|ote|old|aid|ought|ang|ent|ke)$/.test(vt.norm) &&
          (!after2?.word || after2.para !== vt.para || LEX.fn.prepositions.has(after2.norm) || /^(?:with|as|back|out|up)$/.test(after2.norm))
        ) {
          after = { subject: subj0.agency ? null : subj0, cue: vt.text, cueTok: subj0.tokEnd, reporter: subj0.agency ?? null, before: false };
        }
      }
      for (let c = a; !after && c < Math.min(limit, a + 9); c++) {
        const n = cueAt(c);
        if (n === 0) continue;
        after = attributionAtCue(c, n, a, limit, c <= a + 1);
        if (after) {
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
    if (after && !after.reporter && after.cueTok >= 0) {
      // `," President Putin said, speaking at the ceremony; RT reported.`
      const rep = reporterIn(after.cueTok + 1, Math.min(tokens.length, sentEndTok(after.cueTok) + 1));
      if (rep) after.reporter = rep;
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
        const gapDirect =
          gap.every((t) => LEX.fn.directGap.has(t.norm)) || (gap.length <= 8 && (gap[gap.length - 1]?.text === ',' || gap[gap.length - 1]?.text === ':'));
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
        const verbBefore = tokens[openTok - 2]?.word === true && !tokens[openTok - 2]!.cap;
        const subj =
          subjectEndingAt(openTok - 2, lo2) ??
          (verbBefore ? subjectEndingAt(openTok - 3, lo2) : null) ??
          firstSubject(lo2, openTok - 1) ??
          lastNameBefore(lo2, openTok - 1);
        if (subj)
          before = {
            subject: subj.agency ? null : subj,
            cue: null,
            cueTok: openTok - 1,
            reporter: subj.agency ?? null,
            before: true,
            contentTok: -1,
            leadTok: undefined,
          };
      } else if (prevTok.sent === tokens[openTok]!.sent) {
        // "Trump in his announcement speech called immigrants “rapists”": a characterising verb with the sentence subject
        for (let c = openTok - 1; c > lo2 && !before; c--) {
          if (inQuote[c]) break;
          const nc = cueAt(c) || (tokens[c]!.cap ? 0 : matchPhrase(LEX.characterizing, norms, c));
          if (nc === 0) continue;
          const subj = subjectLeft(c, lo2) ?? firstSubject(lo2, c);
          if (subj && subj.tokEnd <= c) {
            let ct = c + nc;
            for (let q = ct; q < Math.min(openTok, ct + 6); q++)
              if (norms[q] === 'that') {
                ct = q + 1;
                break;
              }
            before = {
              subject: subj.agency ? null : subj,
              cue: tokens
                .slice(c, c + nc)
                .map((t) => t.text)
                .join(' '),
              cueTok: c,
              reporter: subj.agency ?? null,
              before: true,
              contentTok: ct,
            };
          }
        }
        // "Trump called Ford's plans “an absolute disgrace”": a subject and a verb open the sentence
        const subj = before ? null : firstSubject(lo2, openTok);
        if (subj && subj.tokEnd < openTok) {
          let v = subj.tokEnd;
          while (v < openTok && LEX.fn.subjectGap.has(norms[v]!)) v++;
          const vt = tokens[v];
          const nv = v < openTok ? matchPhrase(LEX.characterizing, norms, v) : 0;
          const personal =
            subj.kind !== 'name' || subj.mention!.type === 'person' || (subj.mention!.type === 'other' && subj.mention!.tokEnd - subj.mention!.tokStart > 1);
          const verbish = nv > 0 || (vt !== undefined && /(?:ed|ew|ote|old|aid|ought|ang|ent)$/.test(vt.norm) && personal);
          if (vt && !vt.cap && verbish && (personal || nv > 0)) {
            before = {
              subject: subj.agency ? null : subj,
              cue: tokens
                .slice(v, v + Math.max(1, nv))
                .map((t) => t.text)
                .join(' '),
              cueTok: v,
              reporter: subj.agency ?? null,
              before: true,
              contentTok: v + Math.max(1, nv),
            };
          }
        }
      }
    }
    if (before?.before && (before.contentTok ?? -1) < 0 && !s.runsOn) {
      // `Obama said “it gets me mad” every time he thinks about...`: the clause goes on after the quote
      const closeTok = tokenAt(tokens, s.close);
      const endTok = openTok < tokens.length ? sentEndTok(openTok) : closeTok;
      let trailing = 0;
      for (let q = closeTok; q < endTok && !QUOTE_MARK.has(tokens[q]!.text); q++) if (tokens[q]!.word) trailing++;
      if (trailing >= 3 && !/[.!?]$/.test(innerText)) {
        let ct = before.cueTok + 1;
        const cueEnd = before.cueTok + (before.cue ?? '').split(' ').length;
        ct = Math.max(ct, cueEnd);
        if (before.subject && before.subject.tokStart >= ct) ct = before.subject.tokEnd;
        for (let q = ct; q < Math.min(openTok, ct + 6); q++)
          if (norms[q] === 'that') {
            ct = q + 1;
            break;
          }
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
    // the latest earlier segment with a subject (paragraphs only grow with the offset): one pass, not a scan back per segment
    let lastSpoken = -1;
    for (let si = 0; si < segs.length; si++) {
      if (si > 0 && attrs[si - 1]?.subject) lastSpoken = si - 1;
      if (attrs[si]) continue;
      const s = segs[si]!;
      const prev = segs[si - 1];
      const next = segs[si + 1];
      if (prev && prev.chain === s.chain && attrs[si - 1]) attrs[si] = { ...attrs[si - 1]!, before: false, contentTok: -1, leadTok: undefined };
      else if (next && next.chain === s.chain && attrs[si + 1]) attrs[si] = { ...attrs[si + 1]!, before: false, contentTok: -1, leadTok: undefined };
      else if (prev && paraOf(prev) === paraOf(s) && attrs[si - 1] && !attrs[si - 1]!.before)
        attrs[si] = { ...attrs[si - 1]!, contentTok: -1, leadTok: undefined };
      else if (next && paraOf(next) === paraOf(s) && attrs[si + 1] && !attrs[si + 1]!.before && pass === 0)
        attrs[si] = { ...attrs[si + 1]!, contentTok: -1, leadTok: undefined };
      else if (prev && attrs[si - 1] && paraOf(prev) === paraOf(s) - 1 && isWholeParagraph(s))
        attrs[si] = { ...attrs[si - 1]!, before: false, contentTok: -1, leadTok: undefined };
      else if (pass === 1) {
        // an earlier quote of the same paragraph spoken by someone ("“A,” Carson told the AP after hinting that “x”. “B.”")
        const para = paraOf(s);
        if (lastSpoken >= 0 && paraOf(segs[lastSpoken]!) === para) {
          attrs[si] = { ...attrs[lastSpoken]!, before: false, contentTok: -1, leadTok: undefined };
          continue;
        }
        // "Bolton distanced himself from the movement. “I'm going to support him.”": the previous sentence's subject
        const ot = tokenAt(tokens, s.open);
        if (ot < tokens.length && ot > 0 && tokens[ot]!.sent !== tokens[ot - 1]!.sent && tokens[ot - 1]!.para === tokens[ot]!.para) {
          const ps = tokens[ot - 1]!.sent;
          const subj = firstSubject(tk.sentences[ps]!.firstTok, tk.sentences[ps]!.endTok);
          if (subj && (subj.kind !== 'name' || subj.mention!.type === 'person')) {
            attrs[si] = { subject: subj, cue: null, cueTok: -1, reporter: null, before: false };
          }
        }
      }
    }
  }

  // "The Russian leader noted that he hopes to address “…,” RIA Novosti reported": an agency-only attribution names the
  // reporter; the speaker is the person or role that opens the quote's own sentence.
  for (let si = 0; si < segs.length; si++) {
    const a = attrs[si];
    if (!a || a.subject || !a.reporter) continue;
    const ot = tokenAt(tokens, segs[si]!.open);
    if (ot >= tokens.length) continue;
    const sent = tk.sentences[tokens[ot]!.sent]!;
    const subj = firstSubject(sent.firstTok, ot);
    if (subj && !subj.agency && (subj.kind !== 'name' || subj.mention!.type === 'person')) attrs[si] = { ...a, subject: subj };
  }

  function isWholeParagraph(s: QuoteSegment): boolean {
    let a = s.open;
    while (a > 0 && text[a - 1] !== '\n') {
      if (!/\s/.test(text[a - 1]!)) return false;
      a--;
    }
    return true;
  }

  return attrs;
}
