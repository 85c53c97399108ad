// A quotation that continues the one before it outside English: a sentence of its own right after a quotation given to
// someone, in the same paragraph, with no one else named between (`“Foi o gol …”, disse o jogador. “Dedico à minha filha.”`),
// the rest of a sentence split by its cue (`«Non uscite di casa», ha raccomandato l'assessora Irene Priolo, «e seguite…»`),
// or a quotation in lower case after `et`, `und`, `и` in the same sentence (`a dénoncé « … » et promis de « … »`).
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
/** The words between two quotations of one sentence: no stop, no line break. */
const IN_SENTENCE = /^[^.!?…\n]*$/u;

/** The speaker of `s` when it continues `prev`, the quotation before it, which `speaker` was given (`coordinators`: the
 * language's words for 'and'); else null. */
export function continuedSpeaker(
  text: string,
  prev: QuoteSegment,
  speaker: Speaker,
  s: QuoteSegment,
  mentions: readonly NameMention[],
  coordinators: ReadonlySet<string>,
): Speaker | null {
  if (s.open - prev.close > MAX_GAP) return null;
  // the sentence before ends right before it, in the same paragraph
  const gap = text.slice(prev.close, s.open);
  // or a quotation in lower case later in the same sentence (`a dénoncé « … » et promis de « continuer le combat »`)
  const sameSentence =
    IN_SENTENCE.test(gap) && /^\p{Ll}/u.test(text.slice(s.innerStart, s.innerStart + 1)) && gap.split(/[\s,]+/u).some((w) => coordinators.has(w.toLowerCase()));
  if (!SPLIT_BY_CUE.test(gap) && !sameSentence) {
    if (gap.includes('\n') || !ENDS_SENTENCE.test(gap)) return null;
    // and it is a whole sentence
    if (!SENTENCE_AFTER.test(text.slice(s.close, s.close + 3)) && !ENDS_SENTENCE.test(text.slice(s.innerStart, s.innerEnd))) return null;
  }
  // (mentions are sorted by start: only those in the gap are read, so a text of many quotations stays linear)
  const lo = tokenAt(mentions, prev.close);
  for (let k = lo; k < mentions.length && mentions[k]!.start < s.open; k++) {
    const m = mentions[k]!;
    if (m.end <= s.open && (m.type === 'person' || (sameSentence && m.type === 'org')) && m.entity !== speaker.entity) return null;
  }
  return { ...speaker, via: 'nearest' };
}
