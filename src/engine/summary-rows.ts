// Event and storyline summaries as the store keeps them (one row each, written when they change) and back: the changes
// a writer took from its weaver and has not written yet, and the summaries a process lists, kept up to date with them
// (a writer's by its own changes, a reader's by reading again only the rows written since it last read).
import type { Store, SummaryRecord, SummaryRowChanges, SummaryVersion } from '../store/store.js';
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

/** Summaries a reader read, with the weave version of each row (to read again only those rewritten since). */
export interface ReadSummaries {
  shown: Summaries;
  events: Map<string, string>;
  storylines: Map<string, string>;
}

/** Read again whole when more than this share of the rows was rewritten (a re-cluster rewrites them all). */
const REREAD_SHARE = 0.5;

/**
 * The stored summaries: all of them, or, given what was read before, only the rows whose version moved since (their ids
 * and versions are read first, cheaply), the others kept as read; ids no longer stored are dropped.
 */
export async function readSummaries(store: Store, before: ReadSummaries | null): Promise<ReadSummaries> {
  if (before) {
    const now = await store.summaryVersions();
    const moved = (held: Map<string, string>, list: SummaryVersion[]) => list.filter((v) => held.get(v.id) !== v.savedAt).map((v) => v.id);
    const events = moved(before.events, now.events);
    const storylines = moved(before.storylines, now.storylines);
    if (events.length + storylines.length <= REREAD_SHARE * (now.events.length + now.storylines.length)) {
      const [evRows, slRows] = await Promise.all([store.summariesOf('event', events), store.summariesOf('storyline', storylines)]);
      const e = refreshed(now.events, before.shown.eventById, before.events, evRows);
      const s = refreshed(now.storylines, before.shown.storylineById, before.storylines, slRows);
      return { shown: summariesOf(e.byId, s.byId), events: e.versions, storylines: s.versions };
    }
  }
  const rows = await store.loadSummaries();
  const versions = (list: SummaryRecord[]) => new Map(list.map((r) => [r.id, r.savedAt]));
  return { shown: summariesOfRows(rows), events: versions(rows.events), storylines: versions(rows.storylines) };
}

/** The summaries stored now (`now`, in its order): those read again, else those held at the same version. */
function refreshed<T>(
  now: SummaryVersion[],
  held: Map<string, T>,
  heldVersions: Map<string, string>,
  read: SummaryRecord[],
): { byId: Map<string, T>; versions: Map<string, string> } {
  const fresh = new Map(read.map((r) => [r.id, r]));
  const byId = new Map<string, T>();
  const versions = new Map<string, string>();
  for (const v of now) {
    const r = fresh.get(v.id);
    const kept = held.get(v.id);
    if (r) {
      byId.set(v.id, JSON.parse(r.data) as T);
      versions.set(v.id, r.savedAt);
    } else if (kept && heldVersions.get(v.id) === v.savedAt) {
      byId.set(v.id, kept);
      versions.set(v.id, v.savedAt);
    }
  }
  return { byId, versions };
}
