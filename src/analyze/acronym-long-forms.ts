// A name's long form read back from the acronym in parentheses after it (`Centre national d'études spatiales (CNES)`,
// `Associação do Alojamento Local em Portugal (ALEP)`, `Gebäudeenergiegesetz (GEG)`): the acronym's letters are matched
// from its last to its first against the words before the parenthesis, the first one at a word's start, and the name
// starts at that word (the matching of Schwartz & Hearst, "A simple algorithm for identifying abbreviation definitions
// in biomedical text", 2003). Written here: no kept package reads long forms across languages, and the runs of capitals
// stop at a long name's words in lower case, which is what this mends.
import type { EntityType } from '../model.js';
import type { NameMention } from './entities.js';
import type { Token } from './tokens.js';

/** An acronym in parentheses: a capital, then one to seven letters or digits, two capitals at least, or a capital and
 * lower case (Italian and Portuguese write `Fitp`, `Inmet`). */
const SHORT = /^\p{Lu}[\p{L}\p{N}]{1,7}$/u;
const CAPITALS = /^[\p{Lu}\p{N}]+$/u;
/** a word's letters without accents, lower case */
const bare = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The token where the long form of the acronym `acr` starts (its words end at `paren`, the token of `(` before it),
 * or -1. The words searched: at most min(letters + 5, 2 x letters) words before the parenthesis, none across
 * punctuation other than a hyphen or the sentence's start. */
export function longFormStart(tokens: readonly Token[], paren: number, acr: string): number {
  const letters = bare(acr).replace(/[^\p{L}\p{N}]/gu, '');
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const words: number[] = [];
  for (let k = paren - 1; k >= 0 && words.length < maxWords; k--) {
    const t = tokens[k]!;
    if (t.sent !== tokens[paren]!.sent) break;
    if (t.word) words.unshift(k);
    else if (t.text !== '-') break;
  }
  // the words' letters in one string, each with whether it starts a word (an elided article's apostrophe starts one too)
  let chars = '';
  const starts: boolean[] = [];
  const owner: number[] = [];
  for (const k of words) {
    const parts = bare(tokens[k]!.text).split(/['’-]/u);
    for (const part of parts)
      for (let q = 0; q < part.length; q++) {
        chars += part[q];
        starts.push(q === 0);
        owner.push(k);
      }
  }
  let at = chars.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    while (at >= 0 && (chars[at] !== letters[s] || (s === 0 && !starts[at]))) at--;
    if (at < 0) return -1;
    if (s > 0) at--;
  }
  // an acronym in lower case after its capital (`Fitp`) is a word unless two words of the long form start with its
  // letters (`Frankfurt (Oder)`: one)
  const initials = words.filter((k) => owner.indexOf(k) >= at && letters.includes(bare(tokens[k]!.text)[0]!)).length;
  return CAPITALS.test(acr) || initials >= 2 ? owner[at]! : -1;
}

/** Mends the mentions where an acronym in parentheses shows a longer name before it: the mentions inside that long form
 * become one mention of it (the type of the mention it starts with, else an organisation, or `other` for one word that
 * names no body), and the acronym, if no mention yet, one of its own. Not where a person is named inside. */
export function longFormsBeforeAcronyms(raw: NameMention[], text: string, tokens: readonly Token[], orgHead: (word: string) => boolean): void {
  for (let paren = 1; paren + 2 < tokens.length; paren++) {
    const acr = tokens[paren + 1]!.text;
    if (tokens[paren]!.text !== '(' || tokens[paren + 2]!.text !== ')' || !SHORT.test(acr)) continue;
    if (!CAPITALS.test(acr) && acr.length < 3) continue;
    let start = longFormStart(tokens, paren, acr);
    if (start < 0) continue;
    const over = raw.find((m) => m.tokStart < start && m.tokEnd > start);
    if (over) start = over.tokStart;
    if (!tokens[start]!.cap || (paren - start === 1 && !CAPITALS.test(acr))) continue;
    const inside = raw.filter((m) => m.tokStart >= start && m.tokEnd <= paren);
    if (inside.some((m) => m.type === 'person')) continue;
    const head = inside.find((m) => m.tokStart === start);
    if (head && head.tokEnd === paren) continue; // the runs found it already
    const type: EntityType =
      head && (head.type === 'org' || head.type === 'other') ? head.type : paren - start > 1 || orgHead(tokens[start]!.text) ? 'org' : 'other';
    const from = tokens[start]!.start + (/^\p{L}{1,4}['’](?=\p{Lu})/u.exec(tokens[start]!.text)?.[0].length ?? 0);
    const surface = text.slice(from, tokens[paren - 1]!.end);
    const long: NameMention = {
      text: surface,
      start: from,
      end: tokens[paren - 1]!.end,
      type,
      entity: surface,
      tokStart: start,
      tokEnd: paren,
      fullTokStart: start,
      role: [],
      agency: null,
    };
    for (const m of inside) raw.splice(raw.indexOf(m), 1);
    raw.push(long);
    const a = tokens[paren + 1]!;
    if (!raw.some((m) => m.tokStart === paren + 1))
      raw.push({
        text: acr,
        start: a.start,
        end: a.end,
        type,
        entity: acr,
        tokStart: paren + 1,
        tokEnd: paren + 2,
        fullTokStart: paren + 1,
        role: [],
        agency: null,
      });
  }
  raw.sort((x, y) => x.start - y.start);
}
