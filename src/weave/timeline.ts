// Timelines that place every event: an event without a full date gets an estimated date or range from its partial dates and its storyline's dated neighbours, flagged as estimated with the reason. Our own: core to the weave.
import { dayNumber, isoDay } from './dates.js';

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An estimated date (from === to) or range, never presented as known. */
export interface DateEstimate {
  from: string;
  to: string;
  reason: string;
}

/** Partial dates an event's text gives: years and month-days with their weight in the event. */
export interface PartialDates {
  years: [number, number][];
  monthDays: [number, number, number][];
}

/** Partial dates from centroid features ("d:2016", "d:12-13"). */
export function partialDatesOf(keys: readonly string[], weights: ArrayLike<number>): PartialDates {
  const years: [number, number][] = [];
  const monthDays: [number, number, number][] = [];
  keys.forEach((key, i) => {
    const y = /^d:(\d{4})$/.exec(key);
    if (y) years.push([Number(y[1]), weights[i]]);
    const md = /^d:(\d{1,2})-(\d{1,2})$/.exec(key);
    if (md) monthDays.push([Number(md[1]), Number(md[2]), weights[i]]);
  });
  years.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  monthDays.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  return { years, monthDays };
}

function dayOf(year: number, month: number, day: number): number | null {
  return dayNumber(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * Estimate when an undated event happened. before/after: the nearest dated events of its storyline that arrived before and
 * after it (day numbers), used for the year of a month-day and, failing any partial date, as the range it lies in.
 */
export function estimateDate(partial: PartialDates, before: number | null, after: number | null): DateEstimate | null {
  const md = partial.monthDays[0];
  const neighbours = [before, after].filter((d): d is number => d !== null);
  if (md) {
    const [month, day] = md;
    const label = `${MONTH_ABBR[month - 1]} ${day}`;
    const year = partial.years[0]?.[0];
    if (year !== undefined) {
      const d = dayOf(year, month, day);
      if (d !== null) {
        const iso = isoDay(d) as string;
        return { from: iso, to: iso, reason: `estimated from the partial dates in its text ("${label}" and ${year})` };
      }
    }
    if (neighbours.length > 0) {
      // the year that puts the month-day nearest its storyline's dated events
      const anchor = neighbours.reduce((a, b) => a + b, 0) / neighbours.length;
      const anchorYear = Number((isoDay(Math.round(anchor)) as string).slice(0, 4));
      let best: number | null = null;
      for (const y of [anchorYear - 1, anchorYear, anchorYear + 1]) {
        const d = dayOf(y, month, day);
        if (d !== null && (best === null || Math.abs(d - anchor) < Math.abs(best - anchor))) best = d;
      }
      if (best !== null) {
        const iso = isoDay(best) as string;
        return {
          from: iso,
          to: iso,
          reason: `estimated: "${label}" from its text, the year from its storyline's dated events (${neighbours.map((n) => isoDay(n)).join(', ')})`,
        };
      }
    }
  }
  if (neighbours.length > 0) {
    const from = Math.min(...neighbours);
    const to = Math.max(...neighbours);
    const year = partial.years[0]?.[0];
    const where =
      before !== null && after !== null ? 'between its storyline’s dated events before and after it' : 'next to its storyline’s nearest dated event';
    return { from: isoDay(from) as string, to: isoDay(to) as string, reason: `estimated ${where}${year !== undefined ? ` (its text names ${year})` : ''}` };
  }
  const year = partial.years[0]?.[0];
  if (year !== undefined) return { from: `${year}-01-01`, to: `${year}-12-31`, reason: `estimated: only the year ${year} from its text` };
  return null;
}

/** Sort key of an event on a timeline: its known first day, else the middle of its estimate, else last. */
export function timelineKey(firstDate: string | null, estimate: DateEstimate | null): number {
  const d = dayNumber(firstDate);
  if (d !== null) return d;
  if (estimate) {
    const a = dayNumber(estimate.from) as number;
    const b = dayNumber(estimate.to) as number;
    return (a + b) / 2;
  }
  return Number.POSITIVE_INFINITY;
}
