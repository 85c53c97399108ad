// The window of the latest woven articles that may still move to another event: each one's centroid contribution, date and event.
import type { RecentState } from './types.js';
import { type EventRecord, type GroupCache, groupCache } from './records.js';

/** A recently woven article: its centroid contribution (pre-IDF, unit length per group; ids ascending), date and event. */
export interface RecentArticle {
  id: string;
  ids: Int32Array;
  raw: Float32Array;
  /** Feature groups of ids (made when first read, see groupsOf in scoring.ts). */
  groups: GroupCache;
  /** Weight it was added to its event's centroid with. */
  weight: number;
  day: number | null;
  /** Event index it belongs to (an event merged away answers with its survivor). */
  event: number;
  seq: number;
}

/** The last `size` articles by id, oldest first; adding one more lets the oldest go. */
export class RecentWindow {
  private readonly byId = new Map<string, RecentArticle>();
  /** Article per add sequence number (to find the article woven n adds ago, or a member by its memberSeq: no id read). */
  private readonly bySeq = new Map<number, RecentArticle>();

  constructor(private readonly size: number) {}

  /** Ids added or changed since the last flush of rows. */
  readonly changed = new Set<string>();
  /** Add sequence numbers whose rows go (rows are keyed by it): articles that left the window, or were woven again. */
  readonly dropped = new Set<number>();

  add(r: RecentArticle): void {
    if (!(this.size > 0)) return;
    const prev = this.byId.get(r.id);
    if (prev) {
      this.bySeq.delete(prev.seq);
      if (prev.seq !== r.seq) this.dropped.add(prev.seq);
    }
    this.byId.set(r.id, r);
    this.bySeq.set(r.seq, r);
    this.changed.add(r.id);
    while (this.byId.size > this.size) {
      const old = this.byId.keys().next().value as string;
      const seq = (this.byId.get(old) as RecentArticle).seq;
      this.bySeq.delete(seq);
      this.byId.delete(old);
      this.changed.delete(old);
      this.dropped.add(seq);
    }
  }

  /** Note that a remembered article changed (it moved to another event). */
  touched(id: string): void {
    if (this.byId.has(id)) this.changed.add(id);
  }

  /** One remembered article as its row. */
  stateOf(id: string): RecentState | null {
    const r = this.byId.get(id);
    return r ? { id: r.id, ids: Array.from(r.ids), raw: Array.from(r.raw), weight: r.weight, day: r.day, event: r.event, seq: r.seq } : null;
  }

  /** The remembered article woven at this add sequence number, if still in the window. */
  atSeq(seq: number): RecentArticle | undefined {
    return this.bySeq.get(seq);
  }

  get(id: string): RecentArticle | undefined {
    return this.byId.get(id);
  }
  /** Set every record's memberSeq from this window (after a restore: members no longer recent are -1). */
  alignMemberSeqs(events: readonly EventRecord[]): void {
    for (const e of events) e.memberSeq = e.members.map((m) => this.get(m)?.seq ?? -1);
  }

  toState(): RecentState[] {
    return [...this.byId.keys()].map((id) => this.stateOf(id) as RecentState);
  }

  static fromState(size: number, states: RecentState[]): RecentWindow {
    const w = new RecentWindow(size);
    for (const r of states)
      w.add({
        id: r.id,
        ids: Int32Array.from(r.ids),
        raw: Float32Array.from(r.raw),
        groups: groupCache(),
        weight: r.weight,
        day: r.day,
        event: r.event,
        seq: r.seq,
      });
    return w;
  }
}
