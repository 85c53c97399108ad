// Finds reported speech without quotation marks: "X said (that) ...", "..., X said.", "According to X, ...".
import type { Quote, Speaker } from '../model.js';
import { LEX } from './lexicon.js';
import { trailingPunctStart, type TextView } from './text-view.js';
import type { Attribution, Subjects } from './subjects.js';

/** Indirect quotes in sentences that hold no quotation marks. */
export function findIndirectQuotes(v: TextView, sb: Subjects, speakerOf: (a: Attribution) => Speaker | null): Quote[] {
  const { text, tk, tokens, norms, inQuote, cueAt } = v;
  const { subjectLeft, subjectRight, attributionAtCue } = sb;
  const out: Quote[] = [];
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
        const speechCue =
          LEX.speechCues.has(
            tokens
              .slice(c, c + n)
              .map((t) => t.norm)
              .join(' '),
          ) && !LEX.fn.objectCues.has(norms[c]!);
        const clauseOk =
          seenThat ||
          (clauseStart?.word &&
            (LEX.personPronouns.has(clauseStart.norm) ||
              LEX.groupPronouns.has(clauseStart.norm) ||
              clauseStart.norm === 'the' ||
              clauseStart.norm === 'it' ||
              clauseStart.cap ||
              (speechCue && !LEX.fn.prepositions.has(clauseStart.norm))));
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
          const attr: Attribution = {
            subject: subj,
            cue: tokens
              .slice(c, c + n)
              .map((t) => t.text)
              .join(' '),
            cueTok: c,
            reporter: subj.agency ?? null,
            before: false,
          };
          if (attr.reporter) attr.subject = null;
          found = { attr, cStart: a, cEnd: c - 1 };
        }
      }
    }
    if (!found || found.cEnd <= found.cStart) continue;
    const start = tokens[found.cStart]!.start;
    let end = tokens[found.cEnd - 1]!.end;
    end = trailingPunctStart(text, start, end);
    if (end - start < 10) continue;
    out.push({
      text: text.slice(start, end),
      start,
      end,
      kind: 'indirect',
      cue: found.attr.cue,
      speaker: speakerOf(found.attr),
      reporter: found.attr.reporter,
    });
  }
  return out;
}
