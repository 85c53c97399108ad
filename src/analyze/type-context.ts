// Types from a name's context where no rule typed it: after a preposition of place (data locatives) a place (`em
// Salamanca`, `en el Metropolitano`, `al Teatro Ariston`, `In Bad Homburg`); in a parenthesis after a name, that name's
// short form or a person's party (`Instituto Nacional de Meteorologia (Inmet)`, `Macaé (RJ)`, `Tarcísio de Freitas
// (Republicanos)`). Rules of our own: no gazetteer holds every town, stadium, agency and party a local paper names, and
// the context says what the name is.
import type { EntityType } from '../model.js';
import type { LangProfile } from '../lang/index.js';
import type { NameMention } from './entities.js';

/**
 * Types the mentions typed 'other' (`raw` in text order) whose entity stands, somewhere in the text, after a preposition of
 * place or in a parenthesis right after another name.
 */
export function typesFromContext(
  raw: NameMention[],
  tokens: readonly { text: string }[],
  norms: string[],
  p: LangProfile,
  articles: ReadonlySet<string>,
): void {
  const typed = new Map<string, EntityType>();
  for (let i = 1; i < raw.length; i++) {
    const m = raw[i]!;
    const prev = raw[i - 1]!;
    if (m.type !== 'other' || prev.type === 'other' || prev.tokEnd !== m.fullTokStart - 1) continue;
    if (tokens[m.fullTokStart - 1]?.text === '(' && tokens[m.tokEnd]?.text === ')') typed.set(m.entity, prev.type === 'person' ? 'org' : prev.type);
  }
  for (const m of raw) {
    // an event's, a law's or a competition's head word says otherwise (`en los Juegos Olímpicos de París`)
    if (m.type !== 'other' || p.otherKeywords.has(m.text.split(/\s+/u)[0]!)) continue;
    const at = m.fullTokStart;
    const before = norms[at - 1];
    if (before === undefined) continue;
    if (p.locatives.has(before) || (articles.has(before) && p.locatives.has(norms[at - 2] ?? ''))) typed.set(m.entity, 'place');
  }
  if (typed.size === 0) return;
  for (const m of raw) if (m.type === 'other') m.type = typed.get(m.entity) ?? 'other';
}
