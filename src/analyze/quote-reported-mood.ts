// A quotation in a sentence whose verb is in the mood of reported speech (German Konjunktiv I, data reportedClauseVerbs)
// and that has no cue of its own goes on with the speaker before (`»…«, erklärte Bahnchefin Evelyn Palla. Die Sanierung
// werde aber »Jahre und nicht Monate dauern«.`): a newsroom convention, the reported mood marks the words as still hers.
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import type { QuoteSegment } from './quote-marks.js';
import { tokenAt } from './text-view.js';
import type { Token } from './tokens.js';

/** The speaker before is at most this many sentences back. */
const MOOD_BACK = 2;

export interface MoodContext {
  tokens: Token[];
  norms: string[];
  inQuote: Uint8Array;
  /** the language's verb forms of the reported mood are its `clauseVerbs` */
  ll: LangLex;
  byStart: ReadonlyMap<number, NameMention>;
  sentBounds: (i: number) => { lo: number; hi: number };
  /** a cue, an 'according to' phrase, a statement's phrase at token k (their words, 0 or undefined: none) */
  cueAt: (k: number) => number;
  accordingAt: (k: number) => number;
  statementAt: (k: number) => unknown;
  /** the speaker of the last quote attributed, and where that quote opens */
  lastSaid: () => { entity: string; tok: number } | null;
}

/** `mood(s)`: the speaker before for quotation s in a sentence of the reported mood that has no cue and names no one, else null. */
export function reportedMoodSpeaker(c: MoodContext): (s: QuoteSegment) => { cue: string; speaker: Speaker; reporter: null } | null {
  const { tokens } = c;
  return (s) => {
    if (c.ll.clauseVerbs.size === 0) return null;
    const open = tokenAt(tokens, s.open);
    if (open >= tokens.length) return null;
    const last = c.lastSaid();
    if (!last || last.tok >= open || tokens[open]!.sent - tokens[last.tok]!.sent > MOOD_BACK || tokens[open]!.para !== tokens[last.tok]!.para) return null;
    const { lo, hi } = c.sentBounds(open);
    let verb = -1;
    for (let k = lo; k < hi; k++) {
      if (c.inQuote[k]) continue;
      // (someone said it, or may have: `Kritik kam vom ADAC: Die … seien „…“`, `…, heißt es in der Studie`)
      const type = c.byStart.get(k)?.type;
      if (c.cueAt(k) > 0 || c.accordingAt(k) > 0 || c.statementAt(k) !== undefined || type === 'person' || type === 'org') return null;
      if (verb < 0 && c.ll.clauseVerbs.has(c.norms[k]!)) verb = k;
    }
    if (verb < 0) return null;
    const t = tokens[verb]!;
    return { cue: t.text, speaker: { name: last.entity, start: t.start, end: t.end, entity: last.entity, via: 'nearest' }, reporter: null };
  };
}
