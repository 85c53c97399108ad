// Metadata from plain text with provenance: datelines ("TOKYO, December 13. /TASS/."), outlets, bylines, dates.
// Our own code: dateline conventions of wire copy are news-specific and no library reads them.
import type { Field } from '../model.js';
import { loadData } from '../util/data-files.js';
import { findNamedDate } from '../lang/index.js';
import { parseDate } from './dates.js';

interface OutletEntry {
  name: string;
  aliases: string[];
  domains: string[];
}

let outletIndex: { byAlias: Map<string, string>; byDomain: Map<string, string> } | null = null;

function outlets() {
  if (outletIndex) return outletIndex;
  const { outlets: list } = loadData<{ outlets: OutletEntry[] }>('outlets.json');
  const byAlias = new Map<string, string>();
  const byDomain = new Map<string, string>();
  for (const o of list) {
    byAlias.set(o.name.toLowerCase(), o.name);
    for (const a of o.aliases) byAlias.set(a.toLowerCase(), o.name);
    for (const d of o.domains) byDomain.set(d.toLowerCase(), o.name);
  }
  return (outletIndex = { byAlias, byDomain });
}

/** The canonical outlet for a name as text writes it ("ITAR-TASS" -> "TASS"), or null when unknown. */
export function canonicalOutlet(name: string): string | null {
  return outlets().byAlias.get(name.trim().toLowerCase()) ?? null;
}

/** The outlet owning a URL's host (www.tass.com/... -> TASS), or null when unknown. */
export function outletFromUrl(url: string): Field<string> | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const { byDomain } = outlets();
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = byDomain.get(h);
    if (name) return { value: name, source: 'url', confidence: 0.9, note: `host ${host}` };
  }
  return { value: host, source: 'url', confidence: 0.6, note: `host ${host} is not in data/outlets.json; named by its host` };
}

export interface Dateline {
  place: string | null;
  outlet: string | null;
  /** The date words of the dateline, if any ("December 13"). */
  date: string | null;
  matched: string;
}

const PLACE = String.raw`(\p{Lu}[\p{Lu}\p{Ll} .'’-]{1,40}?)`;
const DATE = String.raw`(\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{L}{3,12}(?: \d{4})?)`;
/** A day-first date with a month name in any language: `24. September 2018`, `24 de setembro de 2018`, `le 13 décembre`. */
const DATE_NAMED = String.raw`((?:le |den |el |il )?\d{1,2}\.? (?:de )?\p{L}{3,12}\.?(?:,? (?:de |del )?\d{4})?(?: (?:года|г\.))?)`;
const DATELINES: { re: RegExp; place: number; date: number; outlet: number; namedDate?: boolean }[] = [
  // TOKYO, December 13. /TASS/.
  { re: new RegExp(String.raw`^${PLACE}, ${DATE}\.? /([^/]{2,40})/\.?`, 'u'), place: 1, date: 2, outlet: 3 },
  // MOSCOW, Nov 9 (Reuters) -   |   TEHRAN (Tasnim) -   |   WASHINGTON (AP) —
  { re: new RegExp(String.raw`^${PLACE}(?:, ${DATE})? \(([^)]{2,40})\)\s*[-–—:]`, 'u'), place: 1, date: 2, outlet: 3 },
  // MOSCOW — ...   |   MOSCOW, December 13 — ...  (place in capitals only, so an ordinary sentence never matches)
  { re: /^(\p{Lu}[\p{Lu} .'’-]{2,40}?)(?:, (\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?))?\s+[-–—]\s/u, place: 1, date: 2, outlet: 0 },
  // Berlin, 24. September 2018 –   |   Brasília, 24 de setembro de 2018 –   |   Москва, 13 декабря.  (the date must read as one)
  { re: new RegExp(String.raw`^${PLACE}, ${DATE_NAMED}\s*[-–—.]`, 'u'), place: 1, date: 2, outlet: 0, namedDate: true },
];

/** Find a dateline at the start of the first paragraph. */
export function findDateline(firstParagraph: string): Dateline | null {
  for (const d of DATELINES) {
    const m = d.re.exec(firstParagraph);
    if (!m) continue;
    const place = m[d.place]!.trim();
    // A dateline place is capitalised words; "The" sentence openings and long phrases are not.
    if (d.namedDate ? !findNamedDate(m[d.date] ?? '') : d.outlet === 0 && place !== place.toUpperCase()) continue;
    return { place: titleCase(place), outlet: d.outlet ? m[d.outlet]!.trim() : null, date: m[d.date] ?? null, matched: m[0] };
  }
  return null;
}

function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The outlet a dateline names, canonicalised when known. */
export function outletFromDateline(d: Dateline): Field<string> | null {
  if (!d.outlet) return null;
  const known = canonicalOutlet(d.outlet);
  if (known) return { value: known, source: 'dateline', confidence: 0.9, note: `dateline '${d.matched.trim()}'` };
  if (/^\p{Lu}[\p{L}&. -]{1,30}$/u.test(d.outlet)) {
    return { value: d.outlet, source: 'dateline', confidence: 0.6, note: `dateline names '${d.outlet}', not in data/outlets.json` };
  }
  return null;
}

/** The date a dateline states: full when it has a year, else partial with the reason. */
export function dateFromDateline(d: Dateline): Field<string> | null {
  if (!d.date) return null;
  const p = parseDate(d.date);
  if (!p) return null;
  if (p.iso) return { value: p.iso, source: 'dateline', confidence: 0.85, note: `dateline '${d.date}'` };
  return { value: null, source: 'dateline', confidence: 0, partial: p.partial ?? undefined, note: `no year in '${d.date}'` };
}

/** Names from a byline line: "By John Smith and Jane Doe, Reuters" -> ["John Smith", "Jane Doe"]. */
export function authorsFromByline(line: string): string[] {
  const body = line.replace(/^by\s+/i, '');
  const parts = body
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.filter(
    (p) => !canonicalOutlet(p) && /^\p{Lu}/u.test(p) && p.split(' ').length <= 5 && !/\b(staff|correspondent|reporter|editor|writer)\b/i.test(p),
  );
}
