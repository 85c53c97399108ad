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
  /** b is a field after a's end: past a conjunction and at most two articles or connectors, first word no known name, opening no body */
  const fieldAfter = (a: NameMention, b: NameMention): boolean => {
    if (b.tokStart - a.tokEnd < 1 || b.tokStart - a.tokEnd > 3 || b.tokEnd - b.tokStart > MAX_SECOND) return false;
    if (!ll.coordinators.has(norms[a.tokEnd]!)) return false;
    for (let k = a.tokEnd + 1; k < b.tokStart; k++) if (!smallLink(norms[k]!)) return false;
    return !/[^\p{L}\s’']/u.test(text.slice(a.end, b.start)) && plainWord(b.tokStart) && !w.orgHead(tokens[b.tokStart]!.text);
  };
  /** b is a field listed after a comma and at most two articles or connectors (`Ministerio de Ganadería, Agricultura y Pesca`,
   * `ministère du Travail, de la Santé`): a word or two no list knows */
  const listedAfter = (a: NameMention, b: NameMention): boolean => {
    if (tokens[a.tokEnd]?.text !== ',' || b.tokStart - a.tokEnd > 3 || b.tokEnd - b.tokStart > MAX_SECOND) return false;
    for (let k = a.tokEnd + 1; k < b.tokStart; k++) if (!smallLink(norms[k]!)) return false;
    return /^,[\p{L}\s’']*$/u.test(text.slice(a.end, b.start)) && plainWord(b.tokStart) && !w.orgHead(tokens[b.tokStart]!.text);
  };
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
