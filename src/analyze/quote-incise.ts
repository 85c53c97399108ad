// An attribution inside one pair of quotation marks (French style: `« Le risque est maximal, a averti le colonel Marc
// Duthil, directeur du SDIS, et la moindre étincelle peut suffire. »`; Russian with dashes: `«…, — рассказал Петрукович
// журналистам, — и …»`): where its cue and the subject after it lie.
import { isComma } from './lang-subject-phrases.js';
import type { Token } from './tokens.js';

const DASHES = new Set(['—', '–', '-']);

/** The incise between tokens open and close: after a comma, a cue of n words at k, its subject up to the comma at `end`,
 * and the quotation going on after that comma; null when there is none (`cueAt`: cue words at a token, quotes or not). */
export function inciseAt(tokens: Token[], open: number, close: number, cueAt: (k: number) => number): { k: number; n: number; end: number } | null {
  for (let k = open + 2; k < close - 2; k++) {
    // after a comma, or a comma and a dash
    if (!isComma(tokens[k - 1]!.text) && !(DASHES.has(tokens[k - 1]!.text) && isComma(tokens[k - 2]!.text))) continue;
    const n = cueAt(k);
    if (n === 0) continue;
    let end = k + n;
    while (end < close && !isComma(tokens[end]!.text) && tokens[end]!.word) end++;
    if (end < close - 1 && isComma(tokens[end]!.text)) return { k, n, end };
  }
  return null;
}
