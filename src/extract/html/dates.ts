// Normalises the many date spellings found in pages (ISO, RFC 2822, "May 3, 2024", epoch, URL paths) to ISO 8601.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // a few common non-English month names
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  maerz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

import { findNamedDate, monthNumber } from '../../lang/index.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

export interface ParsedDate {
  iso: string;
  hasTime: boolean;
  /** The other reading of an ambiguous numeric date ("03/10/2023": March 10 or 3 October), for agreement with other sources. */
  alt?: string;
}

/** Parse one date string; null when it is not a full calendar date (year, month, day). */
export function normaliseDate(raw: string | number | null | undefined): ParsedDate | null {
  if (raw === null || raw === undefined) return null;
  let s = String(raw).trim();
  if (!s) return null;
  // Epoch seconds / milliseconds.
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    if (!Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1990 && d.getUTCFullYear() <= 2100)
      return { iso: d.toISOString().replace('.000Z', 'Z'), hasTime: true };
    return null;
  }
  // ISO 8601: 2024-05-03, 2024-05-03T10:00, with seconds, fraction, Z or offset.
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?)?/i.exec(s);
  if (m) {
    const y = +m[1]!,
      mo = +m[2]!,
      d = +m[3]!;
    if (!validYmd(y, mo, d)) return null;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return { iso: date, hasTime: false };
    const hh = +m[4],
      mi = +m[5]!,
      ss = m[6] ? +m[6] : 0;
    if (hh > 23 || mi > 59 || ss > 59) return { iso: date, hasTime: false };
    let tz = m[7] ?? '';
    if (/^(utc|gmt|z)$/i.test(tz)) tz = 'Z';
    else if (tz) {
      const t = tz.replace(':', '');
      tz = `${t.slice(0, 3)}:${t.length > 3 ? t.slice(3, 5) : '00'}`;
    }
    return { iso: `${date}T${pad(hh)}:${pad(mi)}:${pad(ss)}${tz}`, hasTime: true };
  }
  // Compact 20240503 (optionally followed by time digits).
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T|\s)/.exec(s);
  if (m && validYmd(+m[1]!, +m[2]!, +m[3]!)) return { iso: `${m[1]}-${m[2]}-${m[3]}`, hasTime: false };
  s = s.replace(/\s+/g, ' ');
  // Slash / dot dates: 2024/05/03, 03.05.2024 (day first), 05/03/2024 (US month first unless impossible).
  m = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
  if (m && validYmd(+m[1]!, +m[2]!, +m[3]!)) return { iso: `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, hasTime: false };
  m = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/.exec(s);
  if (m) {
    const a = +m[1]!,
      b = +m[3]!,
      y = +m[4]!;
    const dayFirst = m[2] === '.' || a > 12;
    const [mo, d] = dayFirst ? [b, a] : [a, b];
    if (validYmd(y, mo, d)) {
      const ambiguous = a <= 12 && b <= 12 && a !== b;
      return { iso: `${y}-${pad(mo)}-${pad(d)}`, hasTime: false, ...(ambiguous ? { alt: `${y}-${pad(d)}-${pad(mo)}` } : {}) };
    }
  }
  // Month names: "May 3, 2024", "3 May 2024", "Friday, 3rd May 2024".
  // "Dec 17, 20256 min read": a year glued to a reading time.
  const words = s.toLowerCase().replace(/(\d{4})(\d{1,2}\s*min)/g, '$1 $2');
  m = /\b([a-zéû]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/.exec(words);
  if (m && MONTHS[m[1]!] && validYmd(+m[3]!, MONTHS[m[1]!]!, +m[2]!)) return withTime(s, +m[3]!, MONTHS[m[1]!]!, +m[2]!);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.? (?:de )?([a-zéûä]{3,10})\.?,? (?:de )?(\d{4})(?!\d)/.exec(words);
  if (m && MONTHS[m[2]!] && validYmd(+m[3]!, MONTHS[m[2]!]!, +m[1]!)) return withTime(s, +m[3]!, MONTHS[m[2]!]!, +m[1]!);
  // month names of every language with rules (data/lang/*/dates.json): "24 de setembro de 2018", "13 декабря 2018"
  const n = findNamedDate(s);
  if (n?.year && validYmd(n.year, n.month, n.day)) return withTime(s, n.year, n.month, n.day);
  return null;
}

/** RFC 2822-ish strings with a time and zone ("Fri, 03 May 2024 10:00:00 GMT") keep the instant; otherwise the day. */
function withTime(s: string, y: number, mo: number, d: number): ParsedDate {
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const t = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})\b/i.exec(s);
  if (t) {
    const ms = Date.parse(s);
    if (!Number.isNaN(ms)) {
      const tz = t[4]!.toUpperCase();
      if (tz === 'GMT' || tz === 'UTC' || tz === 'Z') return { iso: new Date(ms).toISOString().replace('.000Z', 'Z'), hasTime: true };
      return { iso: `${date}T${pad(+t[1]!)}:${t[2]}:${t[3] ?? '00'}${tz.slice(0, 3)}:${tz.slice(3)}`, hasTime: true };
    }
  }
  return { iso: date, hasTime: false };
}

const YEAR_END = /(?<=\b(?:19|20)\d{2})(?=[^\d\-/.:T])/;

/** Every full date in a short line ("May 21, 2025April 24, 2025 by Ann", "Updated 2 May 2024 | Published 1 May 2024"), in order. */
export function datesInLine(line: string): ParsedDate[] {
  // One year in the line: one date at most. Otherwise cut the line after each year and read the pieces.
  const years = line.match(/(?:^|\D)(?:19|20)\d{2}(?!\d)/g);
  if (!years || years.length < 2) {
    const d = normaliseDate(line);
    return d ? [d] : [];
  }
  const out: ParsedDate[] = [];
  for (const piece of line.split(YEAR_END)) {
    const d = normaliseDate(piece);
    if (d) out.push(d);
  }
  return out;
}

function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** A date in a URL path: /2019/05/15/, /2019-05-15-, /20190515/, /2023/october/03/. Year+month alone is returned as partial. */
export function dateFromUrl(url: string): { iso: string | null; partial: string | null } {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep raw */
  }
  let m = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/.exec(path);
  if (m && validYmd(+m[1]!, +m[2]!, +m[3]!)) return { iso: `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, partial: null };
  m = /\/((?:19|20)\d{2})\/(\p{L}{3,12})\/(\d{1,2})(?=$|[/_.-])/iu.exec(decodePath(path));
  const named = m ? (MONTHS[m[2]!.toLowerCase()] ?? monthNumber(m[2]!) ?? undefined) : undefined;
  if (m && named && validYmd(+m[1]!, named, +m[3]!)) return { iso: `${m[1]}-${pad(named)}-${pad(+m[3]!)}`, partial: null };
  m = /(?:^|\/)((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_-])/.exec(path);
  if (m && validYmd(+m[1]!, +m[2]!, +m[3]!)) return { iso: `${m[1]}-${m[2]}-${m[3]}`, partial: null };
  m = /\/((?:19|20)\d{2})\/(\d{1,2})\//.exec(path);
  if (m && +m[2]! >= 1 && +m[2]! <= 12) return { iso: null, partial: `${m[1]}-${pad(+m[2]!)}` };
  return { iso: null, partial: null };
}
