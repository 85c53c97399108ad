// Day arithmetic for the weave stage: ISO dates to day numbers and back, time decay between an article and an event.

const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01, UTC) of an ISO 8601 date or date-time; null when absent or unparsable. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / MS_PER_DAY) : null;
}

/** ISO calendar date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number | null): string | null {
  if (day === null) return null;
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days between a dated article and an event's date range (0 inside the range); null when either is undated. */
export function dayGap(day: number | null, first: number | null, last: number | null): number | null {
  if (day === null || first === null || last === null) return null;
  if (day < first) return first - day;
  if (day > last) return day - last;
  return 0;
}

/** Multiplier in (0, 1]: 1 within the grace period, then halving every halfLife days. */
export function decay(gap: number | null, graceDays: number, halfLifeDays: number): number {
  if (gap === null || gap <= graceDays) return 1;
  return 0.5 ** ((gap - graceDays) / Math.max(halfLifeDays, 1e-9));
}

const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const TEXT_DATES: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [
    new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*((?:19|20)\\d\\d)\\b`, 'i'),
    (m) => [Number(m[3]), MONTH_INDEX[m[1].slice(0, 3).toLowerCase()], Number(m[2])],
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\s*,?\\s*((?:19|20)\\d\\d)\\b`, 'i'),
    (m) => [Number(m[3]), MONTH_INDEX[m[2].slice(0, 3).toLowerCase()], Number(m[1])],
  ],
  [/\b((?:19|20)\d\d)\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})\b/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [
    /\b(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)?\d\d)\b/,
    (m) => {
      let y = Number(m[3]);
      if (y < 100) y += y < 50 ? 2000 : 1900;
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a > 12 ? [y, b, a] : [y, a, b];
    },
  ],
];

/**
 * The full date (with year) an article states near its top, e.g. a dateline or "Posted Nov 27, 2005";
 * null when the lead holds none. Used as the article's date when no published date was given.
 */
export function leadDate(text: string, leadChars: number): { day: number; text: string } | null {
  const lead = text.slice(0, leadChars);
  let best: { at: number; day: number; text: string } | null = null;
  for (const [re, parts] of TEXT_DATES) {
    const m = re.exec(lead);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) continue;
    const t = Date.UTC(y, mo - 1, d);
    if (!Number.isFinite(t)) continue;
    if (!best || m.index < best.at) best = { at: m.index, day: Math.floor(t / MS_PER_DAY), text: m[0] };
  }
  return best ? { day: best.day, text: best.text } : null;
}
