// One organisation's name whose complement coordinates two fields (`Ministério de Minas e Energia`, `Istituto Nazionale di
// Geofisica e Vulcanologia`, `Comisión Nacional de los Mercados y la Competencia`): the capitalised runs stop at the
// small conjunction, so the finder sees two names; joined here when both fields are words no list knows as names.
import type { LangProfile } from '../lang/index.js';
import type { NameMention } from './entities.js';
import { knownType } from './known-names.js';
import type { LangLex } from './lang-lex.js';
import { CONNECTORS } from './lang-titles.js';
import type { Token } from './tokens.js';

/** Words of the field after the conjunction, at most (`e Proteção Civil`). */
const MAX_SECOND = 3;
/** What may stand between a body's name and a field after its conjunction, or after a comma: words and their links. */
const AFTER_CONJUNCTION = /^[\p{L}\s’']*$/u;
const AFTER_COMMA = /^,[\p{L}\s’']*$/u;

/**
 * Joins, in `raw` (sorted by start), a body's name holding a connector (`de`, `di`, `do`) and the name right after it
 * past a conjunction and at most two articles or connectors (`e da`, `y la`), when the word before the conjunction and
 * the first word after it are neither known names nor given names (so `Banco de España y Iberdrola` stay two), and the
 * second opens no body's name of its own.
 */
export function coordinatedFields(
  raw: NameMention[],
  text: string,
  tokens: Token[],
  norms: string[],
  ll: LangLex,
  p: LangProfile,
  w: { givenName: (w: string) => boolean; surnames: ReadonlySet<string>; orgHead: (w: string) => boolean },
): void {
  /** a word no list knows as a name, given name or surname */
  const plainWord = (i: number): boolean =>
    !w.givenName(tokens[i]!.text) && !w.surnames.has(tokens[i]!.text) && knownType(tokens[i]!.text, ll, p.code, p.inflectionEndings) === null;
  const smallLink = (x: string): boolean => CONNECTORS.has(x) || ll.roleDeterminers.has(x) || p.nameTails.connectors.includes(x);
  /** a field from token b: a word or two no list knows, opening no body; after a's end only small links (`e da`, `de la`)
   * and, between their tokens, only letters, spaces and apostrophes past the opener (`sep`) */
  const fieldFrom = (a: NameMention, b: NameMention, sep: RegExp): boolean => {
    if (b.tokStart - a.tokEnd < 1 || b.tokStart - a.tokEnd > 3 || b.tokEnd - b.tokStart > MAX_SECOND) return false;
    for (let k = a.tokEnd + 1; k < b.tokStart; k++) if (!smallLink(norms[k]!)) return false;
    return sep.test(text.slice(a.end, b.start)) && plainWord(b.tokStart) && !w.orgHead(tokens[b.tokStart]!.text);
  };
  /** b is the field after a past a conjunction (`Minas e Energia`) */
  const fieldAfter = (a: NameMention, b: NameMention): boolean => ll.coordinators.has(norms[a.tokEnd]!) && fieldFrom(a, b, AFTER_CONJUNCTION);
  /** b is a field listed after a comma (`Ministerio de Ganadería, Agricultura y Pesca`, `ministère du Travail, de la Santé`) */
  const listedAfter = (a: NameMention, b: NameMention): boolean => tokens[a.tokEnd]?.text === ',' && fieldFrom(a, b, AFTER_COMMA);
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!;
    const inner = norms.slice(a.tokStart + 1, a.tokEnd - 1);
    // (a French body's head may be written small: `ministère de l'Économie`)
    const head = a.text.split(' ')[0]!;
    const bodyWithField = (w.orgHead(head) || w.orgHead(head.charAt(0).toUpperCase() + head.slice(1))) && inner.some((x) => CONNECTORS.has(x));
    if (!bodyWithField || !plainWord(a.tokEnd - 1)) continue;
    // the fields listed by commas, then the last one after the conjunction
    let j = i + 1;
    while (j + 1 < raw.length && listedAfter(raw[j - 1]!, raw[j]!)) j++;
    if (!fieldAfter(raw[j - 1]!, raw[j]!)) continue;
    const b = raw[j]!;
    a.end = b.end;
    a.tokEnd = b.tokEnd;
    a.text = text.slice(a.start, a.end);
    a.entity = a.text;
    a.type = 'org';
    raw.splice(i + 1, j - i);
    i--;
  }
}
