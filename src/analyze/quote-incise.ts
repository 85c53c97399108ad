// An attribution inside one pair of quotation marks (French style: `« Le risque est maximal, a averti le colonel Marc
// Duthil, directeur du SDIS, et la moindre étincelle peut suffire. »`; Russian with dashes: `«…, — рассказал Петрукович
// журналистам, — и …»`): where its cue and the subject after it lie.
import { isComma } from './lang-subject-phrases.js';
import type { Token } from './tokens.js';

const DASHES = new Set(['—', '–', '-']);
const STOPS = new Set(['.', '!', '?']);
/** Dashes that open and close an incise with no comma (Spanish `—afirmó Illa—`). */
const LONG_DASHES = new Set(['—', '–']);
/** Tokens of a dashed incise, at most. */
const MAX_INCISE = 30;

/** The incise between tokens open and close: after a comma, a cue of n words at k, its subject up to the comma or stop at
 * `end`, and the quotation going on after it; null when there is none (`cueAt`: cue words at a token, quotes or not). */
export function inciseAt(tokens: Token[], open: number, close: number, cueAt: (k: number) => number): { k: number; n: number; end: number } | null {
  for (let k = open + 2; k < close - 2; k++) {
    // after a comma, or a comma and a dash, or a long dash right after a word (Spanish `«No podemos seguir así —afirmó
    // Illa en Lleida—, los usuarios…»`)
    const dashed = LONG_DASHES.has(tokens[k - 1]!.text) && tokens[k - 2]!.word;
    if (!isComma(tokens[k - 1]!.text) && !(DASHES.has(tokens[k - 1]!.text) && isComma(tokens[k - 2]!.text)) && !dashed) continue;
    const n = cueAt(k);
    if (n === 0) continue;
    let end = k + n;
    // a dashed incise runs to its closing dash, commas and a parenthesis inside it (`—explicó el secretario general de la
    // Confederación (CESM), Víctor Pedrera—,`)
    if (dashed) while (end < close - 1 && end < k + MAX_INCISE && !LONG_DASHES.has(tokens[end]!.text)) end++;
    else while (end < close && !isComma(tokens[end]!.text) && tokens[end]!.word) end++;
    // the incise closes at a comma, or at a stop and the quotation goes on with a sentence of its own (`…, a indiqué SNCF
    // Réseau dans un communiqué. Une reprise partielle pourrait intervenir… »`)
    if (end < close - 1 && (isComma(tokens[end]!.text) || STOPS.has(tokens[end]!.text) || (dashed && LONG_DASHES.has(tokens[end]!.text)))) return { k, n, end };
  }
  return null;
}
