// Event and storyline summaries as the store keeps them (one row each, written when they change) and back: the changes
// a writer took from its weaver and has not written yet, and the summaries a process lists, kept up to date with them.
import type { SummaryRecord, SummaryRowChanges } from '../store/store.js';
import type { EventSummary, StorylineSummary, SummaryChanges } from '../weave/index.js';

/** The summaries a process lists, as lists and by id. */
export interface Summaries {
  events: EventSummary[];
  storylines: StorylineSummary[];
  eventById: Map<string, EventSummary>;
  storylineById: Map<string, StorylineSummary>;
}

/** Summaries from maps by id (the lists in the maps' order; every list view sorts them with an id tie-break). */
function summariesOf(eventById: Map<string, EventSummary>, storylineById: Map<string, StorylineSummary>): Summaries {
  return { events: [...eventById.values()], storylines: [...storylineById.values()], eventById, storylineById };
}

/** The summaries the store's rows hold. */
export function summariesOfRows(rows: { events: SummaryRecord[]; storylines: SummaryRecord[] }): Summaries {
  return summariesOf(
    new Map(rows.events.map((r) => [r.id, JSON.parse(r.data) as EventSummary])),
    new Map(rows.storylines.map((r) => [r.id, JSON.parse(r.data) as StorylineSummary])),
  );
}

/** Changes taken from the weaver and not written yet: the latest summary by id, null for an id gone. */
export class PendingSummaries {
  /** The changes hold every summary: the stored ones are all dropped first. */
  replace = false;
  readonly events = new Map<string, EventSummary | null>();
  readonly storylines = new Map<string, StorylineSummary | null>();

  add(ch: SummaryChanges): void {
    if (ch.all) {
      this.replace = true;
      this.events.clear();
      this.storylines.clear();
    }
    for (const e of ch.events) this.events.set(e.id, e);
    for (const id of ch.eventsRemoved) this.events.set(id, null);
    for (const s of ch.storylines) this.storylines.set(s.id, s);
    for (const id of ch.storylinesRemoved) this.storylines.set(id, null);
  }

  get empty(): boolean {
    return !this.replace && this.events.size === 0 && this.storylines.size === 0;
  }

  /** As the store writes them, stamped with the weave version of the flush. */
  rows(savedAt: string): SummaryRowChanges {
    const out: SummaryRowChanges = { replace: this.replace, events: [], storylines: [], eventsRemoved: [], storylinesRemoved: [] };
    for (const [id, e] of this.events) {
      if (e) out.events.push(recordOf(e, e.storyline, savedAt));
      else if (!this.replace) out.eventsRemoved.push(id);
    }
    for (const [id, s] of this.storylines) {
      if (s) out.storylines.push(recordOf(s, null, savedAt));
      else if (!this.replace) out.storylinesRemoved.push(id);
    }
    return out;
  }

  /** What a process lists: `base` (the stored rows' summaries, unused when these replace them all) with these changes. */
  over(base: Summaries | null): Summaries {
    const events = new Map(this.replace || !base ? [] : base.eventById);
    const storylines = new Map(this.replace || !base ? [] : base.storylineById);
    apply(events, this.events);
    apply(storylines, this.storylines);
    return summariesOf(events, storylines);
  }
}

function apply<T>(into: Map<string, T>, changes: Map<string, T | null>): void {
  for (const [id, x] of changes) {
    if (x) into.set(id, x);
    else into.delete(id);
  }
}

/** Listed summaries with the weaver's latest changes. */
export function withChanges(shown: Summaries, ch: SummaryChanges): Summaries {
  const one = new PendingSummaries();
  one.add(ch);
  return one.over(shown);
}

function recordOf(x: EventSummary | StorylineSummary, storyline: string | null, savedAt: string): SummaryRecord {
  return { id: x.id, storyline, firstDate: x.firstDate, lastDate: x.lastDate, articles: x.members.length, data: JSON.stringify(x), savedAt };
}
