// Month and day names of every language with rules, for dates in text, feeds and datelines.
import { profileFor, SUPPORTED_LANGUAGES } from './profile.js';

/** Lower-case name or abbreviation (a trailing period dropped) -> month 1..12, across all languages. */
const MONTHS = new Map<string, number>();
/** Lower-case day name or abbreviation -> true, across all languages. */
const DAYS = new Set<string>();

for (const code of SUPPORTED_LANGUAGES) {
  const p = profileFor(code);
  p.months.forEach((names, i) => {
    for (const n of names) if (!MONTHS.has(n)) MONTHS.set(n, i + 1);
  });
  for (const names of p.days) for (const n of names) DAYS.add(n);
}

function key(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** Month number 1..12 for a month name or abbreviation in any language with rules (`Set`, `setembro`, `декабря`), else null. */
export function monthNumber(word: string): number | null {
  return MONTHS.get(key(word)) ?? null;
}

/** True when the word names a day of the week in a language with rules (`Seg`, `Montag`, `lundi`). */
export function isDayName(word: string): boolean {
  return DAYS.has(key(word));
}

/** Month names of one language (or of all when no code is given), for building date patterns. */
export function monthNames(code?: string): string[] {
  if (!code) return [...MONTHS.keys()];
  return profileFor(code).months.flat();
}
