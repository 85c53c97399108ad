// When each watched source is next polled: its interval after a success, a growing backoff after failures (pure).
import type { WatchSource } from '../store/watch-state.js';

/** The next poll time after a poll at `nowMs`: `everyMs` after a success; `everyMs * 2^(failures-1)`, capped, after failures. */
export function nextPollTime(everyMs: number, failures: number, nowMs: number, backoffMaxMs: number): number {
  if (failures <= 0) return nowMs + everyMs;
  return nowMs + Math.min(everyMs * 2 ** Math.min(failures - 1, 30), Math.max(everyMs, backoffMaxMs));
}

/** Sources whose next poll is due at `nowMs` (never-polled sources are always due). */
export function dueSources(sources: readonly WatchSource[], nowMs: number): WatchSource[] {
  return sources.filter((s) => !s.nextPollAt || Date.parse(s.nextPollAt) <= nowMs);
}

/** Milliseconds from `nowMs` until the earliest next poll (0 when one is due; null when there are no sources). */
export function msUntilNextPoll(sources: readonly WatchSource[], nowMs: number): number | null {
  if (!sources.length) return null;
  let soonest = Infinity;
  for (const s of sources) soonest = Math.min(soonest, s.nextPollAt ? Date.parse(s.nextPollAt) : nowMs);
  return Math.max(0, soonest - nowMs);
}
