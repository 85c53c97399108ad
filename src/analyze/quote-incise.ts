// An attribution inside one pair of quotation marks (French style: `« Le risque est maximal, a averti le colonel Marc
// Duthil, directeur du SDIS, et la moindre étincelle peut suffire. »`; Russian with dashes: `«…, — рассказал Петрукович
// журналистам, — и …»`): where its cue and the subject after it lie.
import { isComma } from './lang-subject-phrases.js';
import type { QuoteSegment } from './quote-marks.js';
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

/** The two parts of quotation `s` around its incise `at` (offsets: where the first ends, keeping the comma that says its
 * sentence goes on, and where the second starts): the narrator's words are no part of the quotation. An apposition after
 * the speaker's name (`opensTitle` at the word after the incise's comma) belongs to the incise, and so does a relative
 * clause there up to its stop (`…, explique la chercheuse Hélène Morel, qui a coordonné l'essai. Nous espérons… »`). None
 * when a part is empty. */
export function inciseParts(
  tokens: Token[],
  s: QuoteSegment,
  at: { k: number; end: number },
  close: number,
  opensTitle: (j: number) => boolean,
  opensRelative: (j: number) => boolean,
): { firstEnd: number; secondStart: number } | undefined {
  let a = at.k - 1;
  while (a > 0 && !tokens[a]!.word) a--;
  const wordFrom = (j: number): number => {
    while (j < tokens.length - 1 && !tokens[j]!.word) j++;
    return j;
  };
  let b = wordFrom(at.end);
  if (opensTitle(b))
    for (let c = b + 1; c < Math.min(b + 10, close); c++)
      if (isComma(tokens[c]!.text)) {
        b = wordFrom(c + 1);
        break;
      }
  if (opensRelative(b))
    for (let c = b + 1; c < Math.min(b + MAX_INCISE, close - 1); c++)
      if (STOPS.has(tokens[c]!.text)) {
        b = wordFrom(c + 1);
        break;
      }
  const firstEnd = isComma(tokens[a + 1]!.text) ? tokens[a + 1]!.end : tokens[a]!.end;
  return tokens[a]!.end > s.innerStart && tokens[b]!.start < s.innerEnd ? { firstEnd, secondStart: tokens[b]!.start } : undefined;
}
