// A news agency's credit written small in parentheses, as German datelines write it (`Berlin (dpa) -`, `(dpa/lno)`, `(epd)`):
// the capitalised runs skip words written small, so these are found here, by the agencies' list (data analyze-reporters.json).
import { LEX } from './lexicon.js';
import type { Token } from './tokens.js';

/** The tokens that are such credits: a known agency's name in small letters after `(` and before `)` or `/`. */
export function agencyCredits(tokens: readonly Token[], norms: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i + 1 < tokens.length; i++)
    if (tokens[i - 1]!.text === '(' && /^[)/]$/u.test(tokens[i + 1]!.text) && /^\p{Ll}+$/u.test(tokens[i]!.text) && LEX.agencies.has(norms[i]!)) out.push(i);
  return out;
}
