// Display helpers for the page: dates without time-zone guessing, safe link targets, counts.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-11-09T16:51:35" -> "9 Nov 2016, 16:51"; the date is shown as the source wrote it (no zone shift). */
export function formatDate(iso: string | null | undefined, withTime = true): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  const day = `${Number(m[3])} ${month} ${m[1]}`;
  return withTime && m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
}

/** "9 Nov 2016 – 12 Dec 2016", one date when both are the same day. */
export function formatRange(first: string | null, last: string | null): string {
  const a = formatDate(first, false);
  const b = formatDate(last, false);
  return a === b ? a : `${a} – ${b}`;
}

/** The URL when it is an absolute http(s) link, else null: never javascript:, data: or relative tricks. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}

export function hostOf(url: string | null): string | null {
  const safe = safeHref(url);
  return safe ? new URL(safe).hostname.replace(/^www\./, '') : null;
}

/** What to call a storyline or event: its earliest article's title, else its key terms, else its id. */
export function nameOf(x: { headline?: string | null; label?: string; id: string }): string {
  return x.headline || x.label || x.id;
}
