// A short-lived cache of read answers: identical reads share one computation while it runs and for ttlMs after; writes clear it.

export interface ReadCache<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
}

/** ttlMs 0 still coalesces reads that are in flight together; failures are never kept. */
export function readCache<T>(ttlMs: number, maxEntries = 1000, now: () => number = Date.now): ReadCache<T> {
  const entries = new Map<string, { value: Promise<T>; settledAt: number | null }>();
  return {
    get(key, compute) {
      const hit = entries.get(key);
      if (hit && (hit.settledAt === null || now() - hit.settledAt < ttlMs)) return hit.value;
      if (entries.size >= maxEntries) entries.clear();
      const entry: { value: Promise<T>; settledAt: number | null } = { value: Promise.resolve() as Promise<T>, settledAt: null };
      entry.value = compute().then(
        (v) => {
          entry.settledAt = now();
          if (ttlMs <= 0 && entries.get(key) === entry) entries.delete(key);
          return v;
        },
        (e: unknown) => {
          if (entries.get(key) === entry) entries.delete(key);
          throw e;
        },
      );
      entries.set(key, entry);
      return entry.value;
    },
    clear() {
      entries.clear();
    },
  };
}
