// A quotation inside a statement whose cue comes after it in the sentence (`Die Tat sei „…“ gewesen, sagte die Richterin`),
// or whose characterising verb closes the clause (`deren Chef Johannes Winkel das Paket als „…“ bezeichnete`).
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import { isComma } from './lang-subject-phrases.js';
import type { QuoteSegment } from './quote-marks.js';
import { tokenAt } from './text-view.js';
import type { Token } from './tokens.js';

/** Words of a quotation that read as a name or a title: at most six, every word of four letters or more capitalised. */
function nameLike(inner: string): boolean {
  const words = inner.split(/\s+/u).filter(Boolean);
  const long = words.filter((w) => /^\P{L}*\p{L}{4}/u.test(w));
  return words.length <= 6 && long.length > 0 && long.every((w) => /^\P{L}*\p{Lu}/u.test(w));
}

export interface CueLaterContext {
  text: string;
  tokens: Token[];
  inQuote: Uint8Array;
  /** words of a cue starting at token i, 0 when none */
  cueAt: (i: number) => number;
  cueText: (i: number, n: number) => string;
  /** the token after the sentence of token i */
  sentEnd: (i: number) => number;
  /** the speaker named at token i or just after it, up to `limit` */
  subjectAt: (i: number, limit: number) => Speaker | null;
  /** tokens after a cue within which its subject is named */
  afterWords: number;
}

/**
 * For a quotation with no cue of its own, the cue after a later comma of its sentence, with its subject (`habe »…« Anleger
 * um Millionen gebracht, sagte die Vorsitzende Richterin Claudia Reindl`); null when another quotation comes first, when
 * no cue with a subject follows, or when the quotation reads as a title (`O filme “Onde o Rio Acaba”, …, anunciou`).
 */
export function cueAfterStatement(c: CueLaterContext) {
  const { tokens } = c;
  return (s: QuoteSegment): { cue: string; speaker: Speaker; reporter: null } | null => {
    if (nameLike(c.text.slice(s.innerStart, s.innerEnd))) return null;
    const from = tokenAt(tokens, s.close);
    const hi = c.sentEnd(Math.min(from, tokens.length - 1));
    for (let k = from; k < hi - 1; k++) {
      if (c.inQuote[k]) return null;
      if (!isComma(tokens[k]!.text)) continue;
      let q = k + 1;
      while (q < hi && (tokens[q]!.text === '—' || tokens[q]!.text === '–')) q++;
      const n = c.cueAt(q);
      if (n === 0) continue;
      const speaker = c.subjectAt(q + n, Math.min(hi, q + n + c.afterWords));
      return speaker ? { cue: c.cueText(q, n), speaker, reporter: null } : null;
    }
    return null;
  };
}

/** The first person or organisation named, not after a preposition (`governed`), in the clause holding the quotation that
 * opens at token `open` (from the comma before it, or the sentence's start `lo`): the subject of a verb that closes it. */
export function clauseOpener(
  tokens: Token[],
  open: number,
  lo: number,
  byStart: ReadonlyMap<number, NameMention>,
  governed: (m: NameMention) => boolean,
): NameMention | null {
  let cs = open;
  while (cs > lo && !isComma(tokens[cs - 1]!.text)) cs--;
  return firstNamed(cs, open, byStart, governed);
}

/** The first person or organisation named from token `from` and ending before `open`, not after a preposition (`governed`). */
export function firstNamed(from: number, open: number, byStart: ReadonlyMap<number, NameMention>, governed: (m: NameMention) => boolean): NameMention | null {
  for (let k = from; k < open; k++) {
    const m = byStart.get(k);
    if (m && m.tokEnd <= open && (m.type === 'person' || m.type === 'org') && !governed(m)) return m;
  }
  return null;
}
