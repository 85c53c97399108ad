// Types from a name's context where no rule typed it: after a preposition of place (data locatives) a place (`em
// Salamanca`, `en el Metropolitano`, `al Teatro Ariston`, `In Bad Homburg`); in a parenthesis after a name, that name's
// short form or a person's party (`Instituto Nacional de Meteorologia (Inmet)`, `Macaé (RJ)`, `Tarcísio de Freitas
// (Republicanos)`); and a body's head noun before the place it sits in names the body (`Landgericht Bochum`). Rules of
// our own: no gazetteer holds every town, stadium, agency, court and party a local paper names, and the context says
// what the name is.
import type { EntityType } from '../model.js';
import type { LangProfile } from '../lang/index.js';
import type { NameMention } from './entities.js';
import type { Token } from './tokens.js';

/** A court's or an office's number: I to IV. */
const ROMAN = /^(?:I{1,3}|IV)$/u;
/** A name written in capitals only (`ГУ МЧС`). */
const CAPITALS = /^[\p{Lu}\p{N}]{2,}(?: [\p{Lu}\p{N}]{2,})*$/u;

/** Mention m stands in parentheses right after mention prev (`Instituto Nacional de Meteorologia (Inmet)`). */
const inParentheses = (prev: NameMention, m: NameMention, tokens: readonly { text: string }[]): boolean =>
  prev.tokEnd === m.fullTokStart - 1 && tokens[m.fullTokStart - 1]?.text === '(' && tokens[m.tokEnd]?.text === ')';

/** One word in parentheses right after a name of several words is its short form when it opens with the name's first letter
 * (`Servicio Meteorológico Nacional (SMN)`, `Instituto Português do Mar e da Atmosfera (IPMA)`, `Senapred`): every
 * mention of it names that entity. Not after a person's or a place's name (`Moskau (Russland)`). */
export function shortFormsInParentheses(raw: NameMention[], tokens: readonly { text: string }[]): void {
  const joined = new Map<string, NameMention>();
  for (let i = 0; i + 1 < raw.length; i++) {
    const long = raw[i]!;
    const short = raw[i + 1]!;
    if (long.type === 'person' || long.type === 'place' || short.type === 'person' || !/\s/u.test(long.text) || /\s/u.test(short.text)) continue;
    if (!inParentheses(long, short, tokens) || short.text[0]!.toLocaleLowerCase() !== long.text[0]!.toLocaleLowerCase() || short.text.length > 12) continue;
    joined.set(short.entity, long);
  }
  for (const m of raw) {
    const long = joined.get(m.entity);
    if (!long) continue;
    m.entity = long.entity;
    if (long.type !== 'other') m.type = long.type;
  }
}

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
    if (m.type !== 'other' || prev.type === 'other') continue;
    if (inParentheses(prev, m, tokens)) typed.set(m.entity, prev.type === 'person' ? 'org' : prev.type);
  }
  for (const m of raw) {
    // an event's, a law's or a competition's head word says otherwise (`en los Juegos Olímpicos de París`)
    if (m.type !== 'other' || p.otherKeywords.has(m.text.split(/\s+/u)[0]!)) continue;
    const at = m.fullTokStart;
    const before = norms[at - 1];
    if (before === undefined) continue;
    // (a name in capitals no list knows is a body's: `в ГУ МЧС`, `im BSI`)
    if (p.locatives.has(before) || (articles.has(before) && p.locatives.has(norms[at - 2] ?? ''))) typed.set(m.entity, CAPITALS.test(m.text) ? 'org' : 'place');
  }
  if (typed.size === 0) return;
  for (const m of raw) if (m.type === 'other') m.type = typed.get(m.entity) ?? 'other';
}

/**
 * A place right after a capitalised head noun of a body (`isBody`, German; null elsewhere), no other name holding that
 * noun, becomes the body's name (`Landgericht Bochum`, `Polizei Duisburg`, `Universität Hamburg`: the noun alone is
 * common, the place alone not what is meant), as does a place right after an organisation's name in any language
 * (`Verbraucherzentrale Hessen`, `Следственный комитет России`, `Greenpeace France`); a number I-IV after the seat is the body's.
 */
export function bodiesAtPlaces(raw: NameMention[], text: string, tokens: Token[], isBody: ((j: number) => boolean) | null): void {
  const seated = (m: NameMention): void => {
    // a court's or an office's number after its seat (`Landgericht München I`)
    const t = tokens[m.tokEnd];
    if (!t || !ROMAN.test(t.text) || text.slice(m.end, t.start) !== ' ' || tokens[m.tokEnd + 1]?.cap) return;
    m.end = t.end;
    m.tokEnd++;
    m.text = text.slice(m.start, m.end);
    m.entity = m.text;
  };
  for (const m of raw) {
    if (m.type !== 'place' || m.fullTokStart !== m.tokStart) continue;
    const j = m.tokStart - 1;
    const t = tokens[j];
    if (!isBody || !t?.word || !t.cap || text.slice(t.end, m.start) !== ' ' || !isBody(j)) continue;
    if (raw.some((o) => o !== m && o.tokStart <= j && j < o.tokEnd)) continue;
    m.start = t.start;
    m.text = text.slice(m.start, m.end);
    m.tokStart = j;
    m.fullTokStart = j;
    m.type = 'org';
    m.entity = m.text;
    seated(m);
  }
  // an organisation's name right before a place names the body there (`Verbraucherzentrale Hessen`, `Technischen
  // Universität Dresden`, `Celtic Glasgow`)
  for (let i = raw.length - 1; i > 0; i--) {
    const m = raw[i]!;
    const o = raw[i - 1]!;
    if (m.type !== 'place' || o.type !== 'org' || o.tokEnd !== m.fullTokStart || m.fullTokStart !== m.tokStart || text.slice(o.end, m.start) !== ' ') continue;
    o.end = m.end;
    o.tokEnd = m.tokEnd;
    o.text = text.slice(o.start, o.end);
    o.entity = o.text;
    raw.splice(i, 1);
    seated(o);
  }
}
