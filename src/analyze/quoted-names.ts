// Names written in quotation marks, for languages that write companies, clubs, venues and works so (Russian `«Газпром»`,
// `«Зенит»`, `на «Газпром Арене»`): a short capitalised phrase that fills one pair of marks is one name, whatever the
// gazetteer or the capital runs made of its words. Speech in the same marks is told apart by its shape: more words, a
// comma, a stopword, or several words with none a name and no organisation's noun before.
import type { EntityType } from '../model.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { NAME_MARKS } from './quote-marks.js';
import type { Token } from './tokens.js';

/** Words a quoted name holds at most (`«Российские железные дороги»`). */
const MAX_WORDS = 3;
/** Joins inside a name: a hyphen or a dash (`«Сила Сибири — 2»`). */
const JOINS = new Set(['-', '—', '–']);

/**
 * Replaces the mentions inside each pair of name marks that holds a short capitalised phrase by one mention of the whole
 * phrase: an organisation after an organisation's noun (`клуб «Зенит»`) or when a mention inside was one, else the type of
 * the one mention that filled it, else `other`. Mentions that cross a mark are left alone. `raw` is changed in place.
 */
export function quotedNames(text: string, tokens: Token[], norms: string[], raw: NameMention[], ll: LangLex): void {
  for (let o = 0; o < tokens.length; o++) {
    const close = NAME_MARKS.get(tokens[o]!.text);
    if (!close) continue;
    let c = o + 1;
    let words = 0;
    while (c < tokens.length && words <= MAX_WORDS && (tokens[c]!.word || JOINS.has(tokens[c]!.text))) words += tokens[c++]!.word ? 1 : 0;
    if (tokens[c]?.text !== close || words === 0 || words > MAX_WORDS || !tokens[o + 1]!.word || !tokens[o + 1]!.cap) continue;
    if (norms.slice(o + 1, c).some((w) => ll.stop.has(w)) || JOINS.has(tokens[c - 1]!.text)) continue;
    const start = tokens[o + 1]!.start;
    const end = tokens[c - 1]!.end;
    if (raw.some((m) => m.start < end && m.end > start && (m.start < start || m.end > end))) continue;
    const inside = raw.filter((m) => m.start >= start && m.end <= end);
    const whole = inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end ? inside[0]! : null;
    if (whole) continue;
    const orgNoun = o > 0 && ll.orgRoles.has(norms[o - 1]!);
    // more words than one need more: a name found inside, an organisation's noun before, or every word capitalised (not
    // speech: `«Ситуация остаётся сложной»`)
    const capitalised = tokens.slice(o + 1, c).every((t) => !t.word || t.cap);
    if (words > 1 && inside.length === 0 && !orgNoun && !capitalised) continue;
    const type: EntityType = orgNoun || inside.some((m) => m.type === 'org') ? 'org' : 'other';
    for (const m of inside) raw.splice(raw.indexOf(m), 1);
    const name = text.slice(start, end);
    raw.push({ text: name, start, end, type, entity: name, tokStart: o + 1, tokEnd: c, fullTokStart: o + 1, role: [], agency: null });
    o = c;
  }
}
