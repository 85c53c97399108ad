// Two word-form tests of the non-English name finder that need only the tokens or the language: a word opening a
// hyphenated compound whose rest comes later, and a known place's genitive (German `Deutschlands`).
import type { LangProfile } from '../lang/index.js';
import { knownType } from './known-names.js';
import type { LangLex } from './lang-lex.js';
import type { Token } from './tokens.js';

/** token i, a hyphen and a space open a compound whose rest comes later (`Dusch- und Baderäumen`, `Twitter- und
 * Facebook-Profilen`): a common noun's part, or a name only inside a compound, which is no name of its own */
export function opensCompoundAt(tokens: Token[], i: number): boolean {
  const dash = tokens[i + 1];
  return dash?.text === '-' && dash.start === tokens[i]!.end && (tokens[i + 2]?.start ?? Number.POSITIVE_INFINITY) > dash.end;
}

/** one word that is a known place's genitive (data genitiveSuffixes: German `Deutschlands`, `Bayerns`): the place's name, else null */
export function genitivePlaceOf(w: string, p: LangProfile, ll: LangLex): string | null {
  if (w.includes(' ')) return null;
  for (const x of p.genitiveSuffixes)
    if (w.length > x.length + 2 && w.endsWith(x) && knownType(w.slice(0, -x.length), ll, p.code) === 'place') return w.slice(0, -x.length);
  return null;
}
