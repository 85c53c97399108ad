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

/** A day-month-year date written with a month name in any language with rules. */
export interface NamedDate {
  year: number | null;
  month: number;
  day: number;
  /** the words that gave the date, and where they start in the input */
  matched: string;
  index: number;
}

/**
 * The first date written day first with a month name (`24. September 2018`, `24 de setembro de 2018`, `13 декабря 2018 г.`,
 * `24 سبتمبر 2018`, `13 décembre`) or month first (`September 24, 2018`), in any language with rules; year null when
 * the text gives none. Impossible days are skipped.
 */
export function findNamedDate(s: string): NamedDate | null {
  const re =
    /(?<![\p{L}\p{N}])(?:(\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s(?:de\s)?(\p{L}{3,12})\.?(?:,?\s(?:de\s|del\s)?((?:19|20)\d{2})(?!\d))?|(\p{L}{3,12})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s((?:19|20)\d{2})(?!\d))/gu;
  let m: RegExpExecArray | null;
  for (;;) {
    m = re.exec(s);
    if (!m) return null;
    const dayFirst = m[1] !== undefined;
    const month = monthNumber(dayFirst ? m[2]! : m[4]!);
    if (!month) continue;
    const day = Number(dayFirst ? m[1] : m[5]);
    const yText = dayFirst ? m[3] : m[6];
    const year = yText ? Number(yText) : null;
    const probe = new Date(Date.UTC(year ?? 2000, month - 1, day));
    if (day < 1 || probe.getUTCMonth() !== month - 1) continue;
    return { year, month, day, matched: m[0], index: m.index };
  }
}
