// A common word written in capitals for emphasis or as a label (`GOLES:`, `Estos son los REFERENTES`, German `DANKE`), which
// the acronym rule would make an organisation: the text writes the word small elsewhere. (Not by the German noun lexicon:
// bodies and brands are written so, `GEMA`, `BÜNDNIS 90`, `WALD Hundefutter`.)
import type { Token } from './tokens.js';

/** Letters at least: shorter capitals are acronyms whatever else they spell, and some are written small in addresses and
 * file names (`HTTP`, `HTML`: `http://`, `index.html`). */
const MIN_LETTERS = 5;

/** Whether the token is such a word: all capitals, `MIN_LETTERS` letters or more, no known name (`known`). */
export function shoutedCommonWord(t: Token, lowerSeen: ReadonlySet<string>, known: (w: string) => boolean): boolean {
  return t.text.length >= MIN_LETTERS && lowerSeen.has(t.norm) && /^\p{Lu}+$/u.test(t.text) && !known(t.text);
}
