// The page's client for the HTTP API: typed GETs, errors carrying the server's message, and a loading hook.
import { useEffect, useState } from 'preact/hooks';
import type {
  ArticleDetail,
  ArticleRef,
  EntityDetail,
  EntityView,
  EventDetail,
  EventView,
  LedgerPage,
  LookupChoices,
  OutletView,
  Paged,
  QuoteView,
  SearchHit,
  Speaker,
  StatementView,
  StorylineDetail,
  StorylineView,
  TimelineView,
} from '../views.js';
import type { Filters } from './router.js';

export type {
  ArticleDetail,
  ArticleRef,
  EntityDetail,
  EntityView,
  EventDetail,
  EventView,
  LedgerPage,
  LookupChoices,
  OutletView,
  Paged,
  QuoteView,
  SearchHit,
  Speaker,
  StatementView,
  StorylineDetail,
  StorylineView,
  TimelineView,
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'the newsloom server cannot be reached; is `newsloom serve` still running?');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new ApiError(res.status, body?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

const enc = encodeURIComponent;
function qs(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${enc(k)}=${enc(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export const PAGE = 20;

export const paths = {
  storylines: (offset: number, f: Filters = {}) => `/api/storylines${qs({ limit: PAGE, offset, ...f })}`,
  storyline: (id: string) => `/api/storyline/${enc(id)}`,
  event: (id: string) => `/api/event/${enc(id)}`,
  events: (offset: number) => `/api/events${qs({ limit: PAGE, offset })}`,
  article: (id: string) => `/api/article/${enc(id)}`,
  articles: (offset: number, f: Filters = {}) => `/api/articles${qs({ limit: PAGE, offset, ...f })}`,
  search: (q: string, offset: number) => `/api/search${qs({ q, limit: PAGE, offset })}`,
  ledger: (speaker: string | undefined, offset: number, f: Filters = {}) => `/api/ledger${qs({ speaker, limit: PAGE, offset, ...f })}`,
  entity: (name: string) => `/api/entity/${enc(name)}`,
  entities: (offset: number, f: Filters = {}) => `/api/entities${qs({ limit: PAGE, offset, ...f })}`,
  timeline: (of: { storyline?: string; event?: string; entity?: string; outlet?: string } & Filters) => {
    const { sort: _sort, ...rest } = of;
    return `/api/timeline${qs(rest)}`;
  },
  exportOf: (view: 'articles' | 'events' | 'storylines' | 'ledger', format: 'csv' | 'jsonl', extra: Record<string, string | undefined>) =>
    `/api/export${qs({ view, format, ...extra })}`,
  speakers: () => '/api/speakers',
  outlets: () => '/api/outlets',
  outlet: (name: string) => `/api/outlet/${enc(name)}`,
  health: () => '/api/health',
};

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ok'; data: T };

/** Fetch a path whenever it (or `refresh`, e.g. the live view's count of new items) changes; stale answers are dropped. */
export function useApi<T>(path: string | null, refresh = 0): Loaded<T> {
  const [value, setValue] = useState<{ path: string | null; loaded: Loaded<T> }>({ path, loaded: { state: 'loading' } });
  useEffect(() => {
    if (path === null) return;
    const ctl = new AbortController();
    // A refresh keeps what is shown until the new answer arrives (no flash of "Loading").
    if (refresh === 0) setValue({ path, loaded: { state: 'loading' } });
    getJson<T>(path, ctl.signal).then(
      (data) => setValue({ path, loaded: { state: 'ok', data } }),
      (e: Error) => {
        if (e.name !== 'AbortError') setValue({ path, loaded: { state: 'error', error: e instanceof ApiError ? e : new ApiError(0, e.message) } });
      },
    );
    return () => ctl.abort();
  }, [path, refresh]);
  return value.path === path ? value.loaded : { state: 'loading' };
}
