// The live view: one EventSource on /api/live for the whole page. It counts what arrives (lists reload on it) and
// keeps the ids of articles, events and storylines new since the last visit (the last seen article is in localStorage).
import type { ComponentChildren, JSX } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

const SEEN_KEY = 'newsloom:lastSeenSeq';
/** Messages arriving within this many ms are shown together. */
const BURST_MS = 300;

interface Live {
  /** Grows with every message: lists pass it to useApi to reload. */
  tick: number;
  /** Articles, events and storylines added since the last visit or while the page is open. */
  fresh: ReadonlySet<string>;
  /** Articles that arrived while the page was open. */
  arrived: number;
}

const LiveContext = createContext<Live>({ tick: 0, fresh: new Set(), arrived: 0 });

function lastSeen(): number | null {
  try {
    const v = Number(localStorage.getItem(SEEN_KEY));
    return Number.isSafeInteger(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
}

function remember(seq: number): void {
  try {
    localStorage.setItem(SEEN_KEY, String(seq));
  } catch {
    // private mode: nothing is remembered between visits
  }
}

export function LiveProvider(props: { children: ComponentChildren }): JSX.Element {
  const [live, setLive] = useState<Live>({ tick: 0, fresh: new Set(), arrived: 0 });
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const since = lastSeen();
    const src = new EventSource(`/api/live${since ? `?since=${since}` : ''}`);
    let catchingUp = since !== null;
    src.addEventListener('hello', (e) => {
      const { since: at } = JSON.parse((e as MessageEvent).data) as { since: number };
      if (!since) remember(at);
      // What the first look sends is what was added since the last visit; later messages arrive while the page is open.
      setTimeout(() => (catchingUp = false), 1500);
    });
    // Messages come in bursts (an ingest of many rows): they are gathered and shown together, one reload per burst.
    const pending = { ids: [] as string[], arrived: 0 };
    let flush: ReturnType<typeof setTimeout> | null = null;
    const add = (id: string, seq?: number) => {
      pending.ids.push(id);
      if (seq !== undefined && !catchingUp) pending.arrived++;
      flush ??= setTimeout(() => {
        flush = null;
        const { ids, arrived } = pending;
        pending.ids = [];
        pending.arrived = 0;
        setLive((l) => ({ tick: l.tick + 1, fresh: new Set([...l.fresh, ...ids]), arrived: l.arrived + arrived }));
      }, BURST_MS);
    };
    src.addEventListener('article', (e) => {
      const a = JSON.parse((e as MessageEvent).data) as { id: string; seq: number };
      remember(a.seq);
      add(a.id, a.seq);
    });
    for (const kind of ['event', 'storyline']) src.addEventListener(kind, (e) => add((JSON.parse((e as MessageEvent).data) as { id: string }).id));
    return () => {
      src.close();
      if (flush) clearTimeout(flush);
    };
  }, []);
  return <LiveContext.Provider value={live}>{props.children}</LiveContext.Provider>;
}

export function useLive(): Live {
  return useContext(LiveContext);
}

/** A "new" mark on an item added since the last visit. */
export function NewMark(props: { id: string }): JSX.Element | null {
  return useLive().fresh.has(props.id) ? <span class="new-mark">new</span> : null;
}

/** How many articles arrived while the page is open (they are already in the lists). */
export function LiveNote(): JSX.Element | null {
  const { arrived } = useLive();
  return (
    <p class="live-note" role="status" aria-live="polite">
      {arrived ? `${arrived} new article${arrived === 1 ? '' : 's'} arrived` : ''}
    </p>
  );
}
