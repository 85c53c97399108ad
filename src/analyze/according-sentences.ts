// Reported speech opened by an 'according to' phrase outside English: the rest of the sentence is the source's
// (`Segundo Guardia, a economia deve crescer…`, `По словам Пескова, Путин обсудит…`, `Laut Scholz ist die Lage ernst.`).
import type { Quote, Speaker } from '../model.js';
import { isComma } from './lang-subject-phrases.js';
import { tokenAt } from './text-view.js';
import type { Tokenised } from './tokens.js';

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
