// Reported speech outside English without quotation marks: the clause a cue introduces (`Putin sagte, dass …`, `Macron a
// déclaré que …`, `Путин заявил, что …`, `قال بوتين إن …`), the statement a cue follows (`…, sagte Putin.`), and the
// sentence an 'according to' phrase opens (`Segundo Guardia, a economia deve crescer…`, `Laut Scholz ist die Lage ernst.`).
import type { Quote, Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { isComma } from './lang-subject-phrases.js';
import { tokenAt } from './text-view.js';
import type { Token, Tokenised } from './tokens.js';

export interface CueClauseContext {
  text: string;
  tokens: Token[];
  norms: string[];
  ll: LangLex;
  mentions: readonly NameMention[];
  byStart: ReadonlyMap<number, NameMention>;
  /** sentences that hold a quotation in marks: left to the direct quotes */
  quotedSent: ReadonlySet<number>;
  /** token i is a complementiser (`dass`, `que`, `что`, `إن`) */
  isComp: (i: number) => boolean;
  cueAt: (i: number) => number;
  cueText: (i: number, n: number) => string;
  sentBounds: (i: number) => { lo: number; hi: number };
  /** the speaker named right before the cue at i, within its sentence from lo */
  subjectBefore: (i: number, lo: number) => Speaker | null;
  /** the speaker named at token i or just after it, up to limit */
  subjectAt: (i: number, limit: number) => Speaker | null;
  /** told of each speaker given a quotation, in order (pronouns after it resolve to them) */
  spoke: (sp: Speaker) => void;
}

/** Reported speech introduced by a cue with a speaker, one per sentence with no quotation marks: the statement before
 * `, sagte Putin.`, or the clause after the complementiser (which may follow an adverbial: `sagte bei einer
 * Pressekonferenz, dass`), or after a comma when the clause reads as reported (`sagte am Montag, die Lage sei ernst`). */
export function cueClauses(c: CueClauseContext): Quote[] {
  const { text, tokens, norms, ll, cueAt, sentBounds, subjectBefore } = c;
  /** the clause after the comma at k reads as reported speech without a complementizer (`sagte am Montag, die Lage sei ernst`) */
  const reportedClause = (k: number, hi: number): boolean => {
    for (let q = k + 1; q < hi; q++) if (ll.clauseVerbs.has(norms[q]!)) return true;
    return false;
  };
  /** a speaker known to be a person or an organisation (not a capitalised noun that stood next to a cue) */
  const personOrOrg = (sp: Speaker): boolean => {
    if (sp.via !== 'name') return true;
    const type = c.mentions.find((m) => m.start === sp.start)?.type;
    return type === 'person' || type === 'org';
  };
  const out: Quote[] = [];
  const push = (start: number, end: number, cue: number, n: number, sp: Speaker): void => {
    out.push({ text: text.slice(start, end), start, end, kind: 'indirect', cue: c.cueText(cue, n), speaker: sp, reporter: null });
    c.spoke(sp);
  };
  for (let i = 0; i < tokens.length; i++) {
    const n = cueAt(i);
    if (n === 0) continue;
    const { lo, hi } = sentBounds(i);
    if (c.quotedSent.has(tokens[i]!.sent)) continue;
    let sp = subjectBefore(i, lo);
    let k = i + n;
    if (!sp) {
      sp = c.subjectAt(k, hi);
      if (sp) {
        const m = c.byStart.get(k) ?? c.byStart.get(tokenAt(tokens, sp.start));
        k = m ? m.tokEnd : tokenAt(tokens, sp.end);
      }
    }
    if (!sp) continue;
    // the statement first, then `, sagte Putin.` / `, a déclaré Macron.` / `, — заявил Путин.`: reported speech without marks
    let b = i - 1;
    while (b > lo && (tokens[b]!.text === '—' || tokens[b]!.text === '–')) b--;
    if (b > lo + 2 && isComma(tokens[b]!.text) && !subjectBefore(i, lo)) {
      const start = tokens[lo]!.start;
      const end = tokens[b - 1]!.end;
      if (end - start >= 15) {
        push(start, end, i, n, sp);
        i = hi - 1;
        continue;
      }
    }
    let found = -1;
    let comma = -1;
    for (let q = k; q < Math.min(hi, k + 9); q++) {
      if (c.isComp(q)) {
        found = q;
        break;
      }
      if (q > k && cueAt(q) > 0) break;
      if (comma < 0 && isComma(tokens[q]!.text)) comma = q;
    }
    if (found < 0 && comma >= 0 && reportedClause(comma, hi) && personOrOrg(sp)) found = comma;
    if (found < 0 || found + 1 >= hi) continue;
    const start = tokens[found + 1]!.start;
    let end = tokens[hi - 1]!.end;
    while (end > start && /[.!?;:,]/.test(text[end - 1]!)) end--;
    if (end - start < 10) continue;
    push(start, end, i, n, sp);
    i = hi - 1;
  }
  return out;
}

/** The sentences no quotation was found in that open with an 'according to' phrase (`accordingAt`: its words at a token,
 * sentence-initial; `accordingSubject`: who it gives), each as an indirect quotation of the rest of the sentence. */
export function accordingSentences(
  text: string,
  tk: Tokenised,
  found: readonly Quote[],
  quotedSent: ReadonlySet<number>,
  accordingAt: (i: number, opening: boolean) => number,
  accordingSubject: (c: number, n: number, limit: number) => Speaker | null,
  cueText: (i: number, n: number) => string,
): Quote[] {
  const { tokens } = tk;
  const taken = new Set(found.map((q) => tokens[tokenAt(tokens, q.start)]?.sent));
  const out: Quote[] = [];
  for (let si = 0; si < tk.sentences.length; si++) {
    const sent = tk.sentences[si]!;
    const lo = sent.firstTok;
    const hi = sent.endTok;
    if (hi - lo < 5 || taken.has(si) || quotedSent.has(si)) continue;
    const ac = accordingAt(lo, true);
    if (ac === 0) continue;
    const sp = accordingSubject(lo, ac, hi);
    if (!sp) continue;
    let k = tokenAt(tokens, sp.end);
    if (isComma(tokens[k]?.text)) k++;
    if (k >= hi) continue;
    const start = tokens[k]!.start;
    let end = tokens[hi - 1]!.end;
    while (end > start && /[.!?;:,]/.test(text[end - 1]!)) end--;
    if (end - start < 10) continue;
    out.push({ text: text.slice(start, end), start, end, kind: 'indirect', cue: cueText(lo, ac), speaker: sp, reporter: null });
  }
  return out;
}
