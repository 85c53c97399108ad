// German: a capitalised word that the noun lexicon holds, used as a common noun where an article or an adjective before it says so.
import type { LangProfile } from '../lang/index.js';
import { commonNouns } from '../lang/noun-lexicon.js';
import { knownType } from './known-names.js';
import type { LangLex } from './lang-lex.js';
import type { Token } from './tokens.js';

/**
 * A known name of one word, no place, that the noun lexicon holds too, right after an indefinite article or a declined
 * lower-case adjective (`ein Bild`, `ein eigenes Bild`): the noun, not the name (the newspaper). Not after a definite
 * article, a preposition or one fused with an article, where the name stands as often (`der Spiegel`, `im Bundestag`),
 * nor an acronym.
 */
export function nounUse(tokens: Token[], i: number, p: LangProfile, ll: LangLex, lexAdjective: (w: string) => boolean): boolean {
  const t = tokens[i]!;
  const b = tokens[i - 1];
  if (!p.capitalisedCommonNouns || !b?.word || b.cap || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !commonNouns(p.code).has(t.text)) return false;
  // (a declined adjective: `eigenes`, `anderes`; not a verb the lexicon lists as an adjective too: `bereitet`)
  if (!ll.indefinite.has(b.norm) && !(/(?:e|en|es|er|em)$/u.test(b.norm) && lexAdjective(b.text[0]!.toUpperCase() + b.text.slice(1)))) return false;
  const known = knownType(t.text, ll, p.code, p.inflectionEndings);
  return known !== null && known !== 'place'; // (a place keeps its adjective: `in den bayerischen Alpen`)
}

/** German: a noun of the lexicon after an article or an adjective (`der Artikel`, `erschienener Artikel`): a common noun */
export function nounAfterArticle(tokens: Token[], k: number, p: LangProfile, lexAdjective: (w: string) => boolean): boolean {
  const b = tokens[k - 1];
  if (!p.capitalisedCommonNouns || !b || b.cap || !commonNouns(p.code).has(tokens[k]!.text)) return false;
  return p.determiners.has(b.norm) || lexAdjective(b.text[0]!.toUpperCase() + b.text.slice(1));
}
