// A street's or square's name opened by its word written small, as French, Spanish, Italian and Portuguese write them (`rue
// Jean-Jaurès`, `boulevard de la Liberté`, `calle de Aribau`, `via del Tritone`): the capitalised runs start after the small
// word, so the name found alone would be a person's or a word's (`Jean-Jaurès`). Districts, rivers and stations keep their
// bare names (`quartier de la Part-Dieu`, `rio Douro`: `Part-Dieu`, `Douro`), so only the streets' words (data streetWords).
import type { LangProfile } from '../lang/index.js';
import type { NameMention } from './entities.js';
import type { Token } from './tokens.js';

/**
 * Opens each mention right after a street's word written small (data streetWords), with one connector and
 * one article between at most (data nameTails.connectors, nameTails.articles; `de la`, `del`), over that word: the mention
 * becomes the place. Not a known organisation's or a known place's name after a connector (`via Twitter`, `plaza de España`
 * stay as they were: the place is named on its own).
 */
export function streetNames(
  raw: NameMention[],
  text: string,
  tokens: readonly Token[],
  norms: readonly string[],
  p: LangProfile,
  known: (w: string) => string | null,
): void {
  const words = p.streetWords;
  if (words.size === 0) return;
  const link = (k: number): boolean => p.nameTails.connectors.includes(norms[k]!) || p.nameTails.articles.includes(norms[k]!);
  for (const m of raw) {
    let k = m.tokStart - 1;
    while (k >= m.tokStart - 2 && k >= 0 && link(k)) k--;
    const t = tokens[k];
    if (!t?.word || t.cap || !words.has(norms[k]!) || t.sent !== tokens[m.tokStart]!.sent) continue;
    const kind = known(m.entity);
    if (kind === 'org' || (kind === 'place' && k < m.tokStart - 1)) continue;
    m.start = t.start;
    m.tokStart = k;
    m.fullTokStart = Math.min(m.fullTokStart, k);
    m.text = text.slice(m.start, m.end);
    m.entity = m.text;
    m.type = 'place';
  }
}
