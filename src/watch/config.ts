// The watch tunables from data/watch-config.json, typed, with per-run overrides.
import { loadData } from '../util/data-files.js';

export interface WatchConfig {
  defaultEvery: string;
  minEveryMs: number;
  maxItemsPerRound: number;
  maxItemAttempts: number;
  failureBackoffMaxMs: number;
  keepLog: number;
  maxChildSitemaps: number;
  minFallbackChars: number;
}

/** The configured defaults, with any fields of `over` replacing them. */
export function watchConfig(over: Partial<WatchConfig> = {}): WatchConfig {
  const base = loadData<WatchConfig & { _comment?: string }>('watch-config.json');
  const { _comment, ...rest } = base;
  void _comment;
  return { ...rest, ...over };
}
