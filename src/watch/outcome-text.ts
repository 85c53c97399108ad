// A poll's outcome in words whose counts add up, for the watch summary line and the watch log (pure).
import type { SourceOutcome } from './types.js';

/**
 * "12 new: 9 added (4 from feed text), 1 unchanged, 0 rejected, 2 kept as stubs (...)": every new item counted once;
 * items over the per-round cap `cap` are named with the reason and what happens to them.
 */
export function outcomeCounts(o: SourceOutcome, cap: number): string {
  const parts = [`${o.added} added${o.fromFeedText ? ` (${o.fromFeedText} from feed text)` : ''}`, `${o.unchanged} unchanged`, `${o.rejected} rejected`];
  if (o.stubs) parts.push(`${o.stubs} kept as stubs (title and link only: page unusable and no text in the feed)`);
  if (o.failedItems) parts.push(`${o.failedItems} failed (no link and no text in the feed)`);
  if (o.deferred)
    parts.push(
      `${o.deferred} not taken yet (over the cap of ${cap} items per poll, maxItemsPerRound; the next poll takes the newest ${Math.min(cap, o.deferred)})`,
    );
  return `${o.fresh} new: ${parts.join(', ')}`;
}
