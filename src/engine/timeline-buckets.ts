// Coverage rows (articles per day and outlet) gathered into day, week (Monday first) or month buckets: a pure step.
import type { CoverageRow } from '../store/store.js';
import type { TimelineView } from '../views.js';

export type Bucket = TimelineView['bucket'];

/** The first day of the bucket holding `day` (YYYY-MM-DD). */
export function bucketStart(day: string, bucket: Bucket): string {
  if (bucket === 'day') return day;
  if (bucket === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7; // days since Monday
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** A bucket size that keeps a span readable: days up to ~3 months, weeks up to ~2 years, then months. */
export function bucketFor(rows: readonly CoverageRow[]): Bucket {
  const days = rows
    .map((r) => r.day)
    .filter((d): d is string => d !== null)
    .sort();
  if (days.length < 2) return 'day';
  const span = (Date.parse(days[days.length - 1]!) - Date.parse(days[0]!)) / 86_400_000;
  return span <= 92 ? 'day' : span <= 730 ? 'week' : 'month';
}

const UNKNOWN = 'unknown outlet';

/** Buckets in time order with per-outlet counts; rows without a day count as undated. */
export function timelineOf(rows: readonly CoverageRow[], bucket: Bucket): TimelineView {
  const byStart = new Map<string, { count: number; outlets: Record<string, number> }>();
  let undated = 0;
  let total = 0;
  for (const r of rows) {
    total += r.articles;
    if (!r.day || Number.isNaN(Date.parse(`${r.day}T00:00:00Z`))) {
      undated += r.articles;
      continue;
    }
    const start = bucketStart(r.day, bucket);
    let b = byStart.get(start);
    if (!b) byStart.set(start, (b = { count: 0, outlets: {} }));
    b.count += r.articles;
    const o = r.outlet ?? UNKNOWN;
    b.outlets[o] = (b.outlets[o] ?? 0) + r.articles;
  }
  const buckets = [...byStart.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([start, b]) => ({ start, ...b }));
  return { bucket, buckets, undated, total };
}
