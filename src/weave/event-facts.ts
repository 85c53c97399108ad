// Typed mirrors of the event fields the hot loops read per posting or per voted event (merges, date range), by event index.
import { withRoom } from '../util/typed-grow.js';
import type { EventRecord } from './records.js';

/**
 * Per event index, its record's mergedInto (-1: live) and date range (NaN: undated) for the first `known` events: the votes
 * loop and live() read a few bytes of typed array per event instead of its record (a cache miss among tens of thousands of
 * records on a big weave, most of them idle). Events added since are read from their records when first asked for; after
 * that a record's mergedInto changes only through merged() and its dates only through widen() (dates only widen).
 */
export class EventFacts {
  mergedTo = new Int32Array(1024);
  first = new Float64Array(1024);
  last = new Float64Array(1024);
  known = 0;

  /** Read the records added since the last sync. */
  sync(events: readonly EventRecord[]): void {
    const n = events.length;
    this.mergedTo = withRoom(this.mergedTo, n, true);
    this.first = withRoom(this.first, n, true);
    this.last = withRoom(this.last, n, true);
    for (let i = this.known; i < n; i++) {
      const e = events[i];
      this.mergedTo[i] = e.mergedInto;
      this.first[i] = e.firstDay ?? Number.NaN;
      this.last[i] = e.lastDay ?? Number.NaN;
    }
    this.known = n;
  }

  /** Event ev (its record e) was merged or emptied into event `into`. */
  merged(e: EventRecord, ev: number, into: number): void {
    e.mergedInto = into;
    if (ev < this.known) this.mergedTo[ev] = into;
  }

  /** Event ev (its record e) now also covers this day (null: no change). */
  widen(e: EventRecord, ev: number, day: number | null): void {
    if (day === null) return;
    e.firstDay = e.firstDay === null ? day : Math.min(e.firstDay, day);
    e.lastDay = e.lastDay === null ? day : Math.max(e.lastDay, day);
    if (ev < this.known) {
      this.first[ev] = e.firstDay;
      this.last[ev] = e.lastDay;
    }
  }

  /** Days between a dated article and event ev's range (0 inside; null when either is undated), as dates.ts dayGap of its record. */
  gap(ev: number, day: number | null): number | null {
    const first = this.first[ev];
    const last = this.last[ev];
    if (day === null || Number.isNaN(first) || Number.isNaN(last)) return null;
    if (day < first) return first - day;
    if (day > last) return day - last;
    return 0;
  }
}
