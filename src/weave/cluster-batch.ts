// Batch clustering for `newsloom cluster`: runs the online weaver over rows in stream order, one output row per input row.
import type { WeaveConfig, WeaveInput } from './types.js';
import { Weaver } from './weaver.js';

export interface ClusterRow {
  id: string;
  event: string;
  storyline: string;
}

/**
 * Weave rows in the given order and return {id, event, storyline} per row, in input order: each row's event as it stands
 * after the whole stream (later merges, moves and splits included) and that event's storyline.
 */
export function clusterBatch(rows: WeaveInput[], config: Partial<WeaveConfig> = {}): ClusterRow[] {
  const weaver = new Weaver(config);
  for (const r of rows) weaver.add(r);
  const storylineOf = new Map(weaver.events().map((e) => [e.id, e.storyline]));
  return rows.map((r) => {
    const event = weaver.eventOf(r.id) as string;
    return { id: r.id, event, storyline: storylineOf.get(event) ?? event };
  });
}
