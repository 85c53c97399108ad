// Reading publication dates from text (date lines, datelines, input fields, file names) with chrono-node, never inventing a missing year.
// chrono's English locale alone: the package's main entry builds parsers for every locale (~0.2 s CPU per thread at start)
import * as chronoEn from 'chrono-node/en';
import type { Field } from '../model.js';
import dateLimits from '../../data/extract-dates.json' with { type: 'json' };
import { findNamedDate } from '../lang/index.js';

/** A fixed reference so that parsing never depends on today's date; chrono's implied values are never used as facts. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export interface ParsedDate {
  /** Full ISO 8601 date or date-time, when year, month and day are all stated. */
  iso: string | null;
  /** ISO partial ("--12-13") when the year is not stated. */
  partial: string | null;
  /** The exact words that gave the date. */
  matched: string;
  /** Share of the input the date covers (1 = the line is nothing but a date). */
  coverage: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function offsetString(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** Parse the first date chrono finds in `text` (its first maxDateTextChars characters), keeping only what the text states. */
export function parseDate(text: string): ParsedDate | null {
  // chrono reads only the head of a long text: its patterns are quadratic on long runs of spaces
  const head = text.length > dateLimits.maxDateTextChars ? text.slice(0, dateLimits.maxDateTextChars) : text;
  // a relative phrase ("two days ago", "in three days") states no date: chrono would fill it in from REFERENCE
  const r = chronoEn.strict.parse(head, REFERENCE).find((x) => !x.tags().has('result/relativeDate'));
  if (!r) return namedDate(head, text);
  const c = r.start;
  if (!c.isCertain('month') || !c.isCertain('day')) return null;
  const month = c.get('month')!;
  const day = c.get('day')!;
  const coverage = r.text.length / Math.max(1, text.trim().length);
  if (!c.isCertain('year')) {
    return { iso: null, partial: `--${pad(month)}-${pad(day)}`, matched: r.text, coverage };
  }
  const year = c.get('year')!;
  let iso = `${year}-${pad(month)}-${pad(day)}`;
  if (c.isCertain('hour')) {
    iso += `T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
    if (c.isCertain('timezoneOffset')) iso += offsetString(c.get('timezoneOffset')!);
  }
  return { iso, partial: null, matched: r.text, coverage };
}

/** A date with a month name in another language (`24. September 2018`, `24 de setembro de 2018`, `13 декабря`). */
function namedDate(head: string, text: string): ParsedDate | null {
  const n = findNamedDate(head);
  if (!n) return null;
  const coverage = n.matched.length / Math.max(1, text.trim().length);
  const md = `${pad(n.month)}-${pad(n.day)}`;
  if (n.year === null) return { iso: null, partial: `--${md}`, matched: n.matched, coverage };
  return { iso: `${n.year}-${md}`, partial: null, matched: n.matched, coverage };
}

/** True when a line is a standalone date ("Wed Nov 9, 2016 16:51:35", "Published: 9 November 2016"). */
export function isDateLine(line: string): boolean {
  if (line.length > 80) return false;
  const stripped = line.replace(/^(published|posted|updated|last updated|date)\s*(on|at)?\s*:?\s*/i, '');
  const d = parseDate(stripped);
  return d !== null && d.iso !== null && d.coverage >= 0.7;
}

/** A date given by an input field (JSONL `published`, feed items): ISO strings pass through, other forms are parsed. */
export function dateFromInput(value: string): Field<string> {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  // a cut or impossible ISO string ("2026-03-03T10:0", "2026-13-45") is not passed through: it is parsed like any other text
  if (iso && !Number.isNaN(Date.parse(v.replace(' ', 'T')))) return { value: v.replace(' ', 'T'), source: 'input', confidence: 0.95 };
  const d = parseDate(v);
  if (d?.iso) return { value: d.iso, source: 'input', confidence: 0.9 };
  if (d?.partial) return { value: null, source: 'input', confidence: 0, partial: d.partial, note: `no year in '${d.matched}'` };
  return { value: null, source: 'input', confidence: 0, note: `cannot read a date in '${v.slice(0, 60)}'` };
}

/** A date in a file name: 2019-05-15 or 20190515. */
export function dateFromFileName(name: string): Field<string> | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(name);
  if (!m) return null;
  return { value: `${m[1]}-${m[2]}-${m[3]}`, source: 'file', confidence: 0.6, note: `from file name '${name}'` };
}
