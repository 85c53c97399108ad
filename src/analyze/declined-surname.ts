// A surname of the text in another case (`По словам Ларионова` after `Игорь Ларионов`): the person's surname as written.
import type { LangProfile } from '../lang/index.js';
import type { NameMention } from './entities.js';

/** The surname, as a person named before wrote it, that word `w` is in another case (the language's inflection endings
 * cut from it); undefined when none or the language's surnames do not decline. */
export function declinedSurname(w: string, surnames: ReadonlySet<string>, named: readonly NameMention[], p: LangProfile): string | undefined {
  if (!p.surnameEndings) return undefined;
  const written = (b: string): boolean => surnames.has(b) && named.some((m) => m.type === 'person' && m.text.endsWith(` ${b}`));
  return p.inflectionEndings.map((x) => (w.endsWith(x) ? w.slice(0, -x.length) : '')).find((b) => b !== '' && written(b));
}
