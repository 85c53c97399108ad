// Known names outside English: a name's gazetteer or alias spelling when written in another inflected form, and its type.
import type { EntityType } from '../model.js';
import { canonicalAlias } from '../lang/index.js';
import { type LangLex, stemName } from './lang-lex.js';
import { LEX } from './lexicon.js';

/** The gazetteer or alias spelling of a name written in another inflected form (`Путина` -> `Путин`), or null. */
export function knownSpelling(name: string, ll: LangLex, code: string, endings: readonly string[] = []): string | null {
  // stems join inflected forms only in languages that inflect names (their profile lists case endings)
  if (endings.length === 0) return null;
  const w = ll.byStem.get(stemName(name, code));
  if (w && inflects(name, w, endings)) return w;
  for (const e of endings) {
    if (name.length <= e.length + 2 || !name.toLowerCase().endsWith(e)) continue;
    const bare = name.slice(0, -e.length);
    if (ll.gazType.has(bare.toLowerCase()) || canonicalAlias(bare)) return bare;
  }
  return null;
}

/** Each word of `name` is the word of `known` in the same place, or a case ending on a stem that word opens with, in a
 * case ending's reach of its end (`Путина`, `Украиной`, `Арабских`), so a stem the stemmer cut short joins no other name
 * (`Даниил` and `Дания` share the stem `дан`, `Дело` and `Дели` the stem `дел`). */
function inflects(name: string, known: string, endings: readonly string[]): boolean {
  const a = name.toLowerCase().replace(/ё/gu, 'е').split(/\s+/);
  const b = known.toLowerCase().replace(/ё/gu, 'е').split(/\s+/);
  if (a.length !== b.length) return true;
  return a.every((x, i) => {
    const y = b[i]!;
    if (x === y) return true;
    return endings.some((e) => {
      if (!x.endsWith(e) || x.length - e.length < MIN_STEM) return false;
      const base = x.slice(0, -e.length);
      return y.startsWith(base) && y.length - base.length <= MAX_OWN_ENDING;
    });
  });
}
/** Letters at least of a stem an ending follows, and at most of the known word's own ending past that stem. */
const MIN_STEM = 3;
const MAX_OWN_ENDING = 3;

/** The type a known name has: the language's gazetteer, the alias table, then the shared English-name gazetteer. */
export function knownType(name: string, ll: LangLex, code: string, endings: readonly string[] = []): EntityType | null {
  // an acronym written as a word is that word (`Un`, `Eu`, `Da`: not UN, EU, DA)
  if (name.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(name)) return null;
  const written = knownSpelling(name, ll, code, endings);
  if (written && written !== name) return knownType(written, ll, code);
  const g = ll.gazType.get(name.toLowerCase());
  if (g) return g;
  const a = canonicalAlias(name);
  if (a) return a.type;
  if (LEX.orgs.has(name)) return 'org';
  if (LEX.places.has(name) || ll.places().has(name)) return 'place';
  return null;
}
