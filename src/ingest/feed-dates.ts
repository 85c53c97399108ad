// Feed date parsing: RFC 822/1123 (RSS pubDate) and W3C/ISO 8601 (Atom, dc:date, sitemaps) to ISO 8601, or null when not a full date.
import formats from '../../data/fetch-feed-formats.json' with { type: 'json' };
import { monthNumber } from '../lang/index.js';

const MONTHS: Record<string, number> = formats.months;
const ZONES: Record<string, number> = formats.timezones;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validDate(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function zoneMinutes(z: string): number | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const named = ZONES[z.toLowerCase()];
  return named === undefined ? null : named;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone: number | null): string | null {
  if (!validDate(y, mo, d, h, mi, s)) return null;
  if (zone === null) return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(Math.min(s, 59))}`;
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - zone * 60000;
  return new Date(t).toISOString();
}

/**
 * Parses a feed date to ISO 8601: a UTC instant when the zone is known, a local date-time without zone when the
 * source gives none (we do not invent one), a bare "YYYY-MM-DD" for date-only values, and null for anything else.
 */
export function parseFeedDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] === undefined) return validDate(y, mo, d) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
    const ms = iso[7] ? Math.round(Number(`0.${iso[7]}`) * 1000) : 0;
    const zone = iso[8] ? zoneMinutes(iso[8]) : null;
    return build(y, mo, d, Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), ms, zone);
  }
  const rfc =
    /^(?:\p{L}{2,13}\.?,? )?(\d{1,2})[ -](\p{L}{3,12})\.?[ -](\d{2}|\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([a-z]{1,5}|[+-]\d{2}:?\d{2}))?(?: \(.*\))?$/iu.exec(
      s,
    );
  if (rfc) {
    // English month names as RFC 822 has them, else the names of every language with rules (`Seg, 24 Set 2018`)
    const mo = MONTHS[rfc[2].toLowerCase()] ?? monthNumber(rfc[2]);
    if (!mo) return null;
    let y = Number(rfc[3]);
    if (rfc[3].length === 2) y += y < 50 ? 2000 : 1900;
    const zone = rfc[7] ? zoneMinutes(rfc[7]) : null;
    if (rfc[7] && zone === null) return null;
    return build(y, mo, Number(rfc[1]), Number(rfc[4]), Number(rfc[5]), Number(rfc[6] ?? 0), 0, zone);
  }
  const dateOnly = /^(?:\p{L}{2,13},? )?(\d{1,2}) (\p{L}{3,12})\.? (\d{4})$/iu.exec(s);
  if (dateOnly) {
    const mo = MONTHS[dateOnly[2].toLowerCase()] ?? monthNumber(dateOnly[2]);
    const [y, d] = [Number(dateOnly[3]), Number(dateOnly[1])];
    return mo && validDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  return null;
}
