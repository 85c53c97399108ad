// A quotation that continues the one before it outside English: a sentence of its own right after a quotation given to
// someone, in the same paragraph, with no one else named between (`“Foi o gol …”, disse o jogador. “Dedico à minha filha.”`),
// or the rest of a sentence split by its cue (`«Non uscite di casa», ha raccomandato l'assessora Irene Priolo, «e seguite…»`).
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import type { QuoteSegment } from './quote-marks.js';
import { tokenAt } from './text-view.js';

/** Characters between a quotation given to someone and one that continues it, at most. */
const MAX_GAP = 160;
const ENDS_SENTENCE = /[.!?…]\s*$/u;
const SENTENCE_AFTER = /^\s*(?:[.!?…]|$)/u;
/** The words between the two parts of a sentence split by its cue: no stop, and a comma (and maybe a dash) before the second. */
const SPLIT_BY_CUE = /^[^.!?…\n]*[,،]\s*[—–]?\s*$/u;

/** The speaker of `s` when it continues `prev`, the quotation before it, which `speaker` was given; else null. */
export function continuedSpeaker(text: string, prev: QuoteSegment, speaker: Speaker, s: QuoteSegment, mentions: readonly NameMention[]): Speaker | null {
  if (s.open - prev.close > MAX_GAP) return null;
  // the sentence before ends right before it, in the same paragraph
  const gap = text.slice(prev.close, s.open);
  if (!SPLIT_BY_CUE.test(gap)) {
    if (gap.includes('\n') || !ENDS_SENTENCE.test(gap)) return null;
    // and it is a whole sentence
    if (!SENTENCE_AFTER.test(text.slice(s.close, s.close + 3)) && !ENDS_SENTENCE.test(text.slice(s.innerStart, s.innerEnd))) return null;
  }
  // (mentions are sorted by start: only those in the gap are read, so a text of many quotations stays linear)
  const lo = tokenAt(mentions, prev.close);
  for (let k = lo; k < mentions.length && mentions[k]!.start < s.open; k++) {
    const m = mentions[k]!;
    if (m.end <= s.open && m.type === 'person' && m.entity !== speaker.entity) return null;
  }
  return { ...speaker, via: 'nearest' };
}
