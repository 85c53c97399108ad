// The one read cache: answers kept while the data they came from is unchanged (keyed on the store's data version), so
// identical reads share one computation and a repeated read costs nothing until any process writes. The engine keeps its
// views here, and the HTTP API its serialised answers (through Engine.cachedRead).

export interface ReadCache<T> {
  /** The answer for `key` computed at data `version`; a different version recomputes it. */
  get(key: string, version: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
}

/** At most `maxEntries` answers (the oldest goes first); failures are never kept. */
export function readCache<T>(maxEntries = 2000): ReadCache<T> {
  const entries = new Map<string, { value: Promise<T>; version: string }>();
  return {
    get(key, version, compute) {
      const hit = entries.get(key);
      if (hit && hit.version === version) return hit.value;
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      const entry = { version, value: compute() };
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      entries.set(key, entry);
      return entry.value;
    },
    clear() {
      entries.clear();
    },
  };
}
