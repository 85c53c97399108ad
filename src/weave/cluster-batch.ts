// Batch clustering for `newsloom cluster`: runs the online weaver over rows in stream order, one output row per input row.
import type { WeaveConfig, WeaveInput } from './types.js';
import { Weaver } from './weaver.js';

export interface ClusterRow {
  id: string;
  event: string;
  storyline: string;
}

/** Weave rows in the given order and return {id, event, storyline} per row, in input order (the final storyline of each event). */
export function clusterBatch(rows: WeaveInput[], config: Partial<WeaveConfig> = {}): ClusterRow[] {
  const weaver = new Weaver(config);
  const events = rows.map((r) => weaver.add(r).event);
  const storylineOf = new Map(weaver.events().map((e) => [e.id, e.storyline]));
  return rows.map((r, i) => ({ id: r.id, event: events[i], storyline: storylineOf.get(events[i]) ?? events[i] }));
}
