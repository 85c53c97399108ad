// A name no rule typed is a place when it stands after a preposition of place (data locatives): `em Salamanca`, `en el
// Metropolitano`, `al Teatro Ariston`, `In Bad Homburg`. A context rule of our own: no gazetteer holds every town,
// stadium and quarter a local paper names, and the preposition says what the name is.
import type { LangProfile } from '../lang/index.js';
import type { NameMention } from './entities.js';

/** Types as places the mentions typed 'other' whose entity stands, somewhere in the text, after a preposition of place. */
export function placesByPreposition(raw: NameMention[], norms: string[], p: LangProfile, articles: ReadonlySet<string>): void {
  if (p.locatives.size === 0) return;
  const placed = new Set<string>();
  for (const m of raw) {
    // an event's, a law's or a competition's head word says otherwise (`en los Juegos Olímpicos de París`)
    if (m.type !== 'other' || p.otherKeywords.has(m.text.split(/\s+/u)[0]!)) continue;
    const at = m.fullTokStart;
    const before = norms[at - 1];
    if (before === undefined) continue;
    if (p.locatives.has(before) || (articles.has(before) && p.locatives.has(norms[at - 2] ?? ''))) placed.add(m.entity);
  }
  if (placed.size === 0) return;
  for (const m of raw) if (m.type === 'other' && placed.has(m.entity)) m.type = 'place';
}
