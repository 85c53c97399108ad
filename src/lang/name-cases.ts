// Russian personal names back to the nominative (`Романа Вильфанда` -> `Роман Вильфанд`, `Ирины Соколовой` -> `Ирина
// Соколова`, `Сергеем Лавровым` -> `Сергей Лавров`): news names people in every case (`по словам Ирины Соколовой`), and
// one person must be one entity whatever the case of the mention. The declension is petrovich's (MIT; the rules of the
// petrovich projects, exceptions included), run forward: a nominative candidate is taken when petrovich declines it to
// the form written. The given name tells the case and the gender (it must be one of the profile's given names); the
// patronymic and the surname are read back in the same case and gender.
import petrovich from 'petrovich';

const CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
type Case = (typeof CASES)[number];
type Gender = 'male' | 'female';
/** Endings a nominative may have after the declined form's last letters are cut (the candidates declined to check). */
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'й', 'ь', 'ий', 'ый', 'ой', 'ая', 'яя', 'ия'];
/** A given name's reading: its nominative, gender and case. */
type Reading = { nominative: string; gender: Gender; case: Case };
const NONE: readonly Reading[] = [];
/** Readings of the words asked about, per given-name set (dropped past CACHE_MAX words). */
const READINGS = new WeakMap<ReadonlySet<string>, Map<string, readonly Reading[]>>();
const CACHE_MAX = 50_000;
/** Letters of a declined ending, at most. */
const MAX_CUT = 3;

/**
 * The nominative `decline` gives `word` back for, or null: of several, the one ending first in `preferred` (`Лавровым` is
 * `Лавров`, not `Лавровый`; `Навального` is `Навальный`), then the shortest; the word itself (indeclinable) only when none.
 */
function readBack(word: string, decline: (name: string) => string, preferred: readonly string[]): string | null {
  const rank = (c: string): number => {
    const r = preferred.findIndex((e) => c.endsWith(e));
    return r < 0 ? preferred.length : r;
  };
  let best: string | null = null;
  for (let cut = 1; cut <= MAX_CUT && cut < word.length - 1; cut++) {
    const stem = word.slice(0, -cut);
    for (const end of NOMINATIVE_ENDINGS) {
      const c = stem + end;
      if (c === word || decline(c) !== word) continue;
      if (best === null || rank(c) < rank(best) || (rank(c) === rank(best) && c.length < best.length)) best = c;
    }
  }
  return best ?? (decline(word) === word ? word : null);
}

/** The readings of a given name in an oblique case: its nominative (a known given name), gender and case; none when nominative or unknown. */
export function declinedGivenName(word: string, given: ReadonlySet<string>): readonly Reading[] {
  if (given.has(word)) return NONE;
  let known = READINGS.get(given)?.get(word);
  if (known) return known;
  known = readings(word, given);
  let byWord = READINGS.get(given);
  if (!byWord || byWord.size > CACHE_MAX) {
    byWord = new Map();
    READINGS.set(given, byWord);
  }
  byWord.set(word, known);
  return known;
}

function readings(word: string, given: ReadonlySet<string>): Reading[] {
  const out: Reading[] = [];
  for (let cut = 1; cut <= MAX_CUT && cut < word.length - 1; cut++) {
    const stem = word.slice(0, -cut);
    for (const end of NOMINATIVE_ENDINGS) {
      const nominative = stem + end;
      if (nominative === word || !given.has(nominative)) continue;
      for (const gender of ['male', 'female'] as const)
        for (const c of CASES) if (petrovich[gender].first[c](nominative) === word) out.push({ nominative, gender, case: c });
    }
  }
  return out;
}

/** The nominative of a name of two or three words that opens with a declined given name, or null (nominative already, or not read back). */
export function nominativeName(
  words: readonly string[],
  given: ReadonlySet<string>,
  surnameEndings: { male: readonly string[]; female: readonly string[] },
): string | null {
  if (words.length < 2 || words.length > 3) return null;
  // each reading of the given name in turn (`Ирины` reads as a man's genitive too): the first whose other words read back
  for (const first of declinedGivenName(words[0]!, given)) {
    const out = [first.nominative];
    for (let i = 1; i < words.length && out.length === i; i++) {
      const last = i === words.length - 1;
      const back = readBack(words[i]!, petrovich[first.gender][last ? 'last' : 'middle'][first.case], last ? surnameEndings[first.gender] : []);
      if (back !== null) out.push(back);
    }
    if (out.length === words.length) return out.join(' ');
  }
  return null;
}
