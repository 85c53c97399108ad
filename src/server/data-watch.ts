// One watch of the store's data version for every /api/live connection: a single poll while anyone listens, each
// listener told when the version moves (a write by any process).

export interface DataWatch {
  /** Call `fn` with the new version whenever it changes; returns how to stop. */
  subscribe(fn: (version: string) => void): () => void;
}

export function dataWatch(version: () => Promise<string>, everyMs: number): DataWatch {
  const listeners = new Set<(v: string) => void>();
  let timer: NodeJS.Timeout | null = null;
  let last: string | null = null;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const now = await version();
      if (now !== last) {
        last = now;
        for (const fn of listeners) fn(now);
      }
    } catch {
      // the next tick tries again; each listener reports its own read failures
    } finally {
      busy = false;
    }
  };
  return {
    subscribe(fn) {
      listeners.add(fn);
      if (!timer) timer = setInterval(() => void tick(), everyMs);
      return () => {
        listeners.delete(fn);
        if (!listeners.size && timer) {
          clearInterval(timer);
          timer = null;
          last = null;
        }
      };
    },
  };
}
