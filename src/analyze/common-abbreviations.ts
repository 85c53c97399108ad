// Abbreviations that name no one, in the languages with rules other than English: a language's common nouns and units written
// short (data commonAbbreviations: `TV`, `PDF`, `KMU`, `СМИ`), and an abbreviation right after a number, a unit (`500 MW`, `16 GB`).
import type { LangProfile } from '../lang/index.js';
import { commonNouns } from '../lang/noun-lexicon.js';
import type { Token } from './tokens.js';

/** What the tests read of a language's profile. */
type Lists = Pick<LangProfile, 'commonAbbreviations' | 'citationWords' | 'extraStopwords' | 'code'>;

/** An abbreviation's shape: capitals (and digits), or one to three capitals and one or two small letters (`GWh`, `GHz`). */
const SHORT = /^(?:\p{Lu}[\p{Lu}\p{N}]{1,5}|\p{Lu}{1,3}\p{Ll}{1,2})$/u;
/** A year before an abbreviation dates it, no quantity (`der Bericht 2023 IEA`). */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** A number as written before a unit (`500`, `2,5`, `1.000`); not an ordinal (`1.`), whose full stop is a token of its own. */
const NUMBER = /^\p{N}[\p{N}.,]*$/u;

/** Token k is a common noun's or a unit's abbreviation: listed for the language, or shaped as one right after a number
 * that opens no legal citation (data citationWords: `§ 312 Abs. 2 Nr. 9 BGB`, `Art. 90 Abs. 3 SVG`). */
function commonAbbreviation(text: string, tokens: readonly Token[], k: number, p: Lists): boolean {
  const t = tokens[k]!;
  if (p.commonAbbreviations.has(t.text)) return true;
  const b = tokens[k - 1];
  if (!b || !SHORT.test(t.text) || !NUMBER.test(b.text) || b.text.endsWith('.') || YEAR.test(b.text) || !/^[ \u00a0\u202f]$/.test(text.slice(b.end, t.start)))
    return false;
  for (let i = k - 2; i >= Math.max(0, k - 7); i--) if (p.citationWords.has(tokens[i]!.text)) return false;
  return true;
}

/** The run a..b is made only of such abbreviations (`GB RAM`, `TV`), after a number or a quantity's word and its units
 * (German nouns: `72 Millionen Tonnen CO2`) too: no name; one with a name's word stays (`TV Wattenscheid`). */
export function abbreviationsOnly(text: string, tokens: readonly Token[], a: number, b: number, p: Lists): boolean {
  let s = a;
  const before = tokens[a - 1];
  if (before && (NUMBER.test(before.text) || p.extraStopwords.includes(before.norm))) while (s < b - 1 && commonNouns(p.code).has(tokens[s]!.text)) s++;
  for (let k = s; k < b; k++) if (!commonAbbreviation(text, tokens, k, p)) return false;
  return b > a;
}
