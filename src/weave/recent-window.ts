// The window of the latest woven articles that may still move to another event: each one's centroid contribution, date and event.
import type { RecentState } from './types.js';

/** A recently woven article: its centroid contribution (pre-IDF, unit length per group; ids ascending), date and event. */
export interface RecentArticle {
  id: string;
  ids: Int32Array;
  raw: Float32Array;
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

  constructor(private readonly size: number) {}

  add(r: RecentArticle): void {
    if (!(this.size > 0)) return;
    this.byId.set(r.id, r);
    while (this.byId.size > this.size) this.byId.delete(this.byId.keys().next().value as string);
  }

  get(id: string): RecentArticle | undefined {
    return this.byId.get(id);
  }

  toState(): RecentState[] {
    return [...this.byId.values()].map((r) => ({
      id: r.id,
      ids: Array.from(r.ids),
      raw: Array.from(r.raw),
      weight: r.weight,
      day: r.day,
      event: r.event,
      seq: r.seq,
    }));
  }

  static fromState(size: number, states: RecentState[]): RecentWindow {
    const w = new RecentWindow(size);
    for (const r of states)
      w.add({ id: r.id, ids: Int32Array.from(r.ids), raw: Float32Array.from(r.raw), weight: r.weight, day: r.day, event: r.event, seq: r.seq });
    return w;
  }
}
