// Client-side routes over the History API: parse the address, follow links without reloading, keep back/forward working.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The list filters a page keeps in its address (so a view can be shared): from, to, outlet, language, q, sort. */
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;
export const FILTER_KEYS = ['from', 'to', 'outlet', 'language', 'q', 'sort'] as const;

export function filtersOf(params: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  return f;
}

/** "?from=…&q=…" for filters and an offset (empty when there is nothing to say). */
export function queryOf(f: Filters, offset = 0): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) p.set(k, f[k]!);
  if (offset) p.set('offset', String(offset));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export type Route =
  | { page: 'storylines'; offset: number; filters: Filters }
  | { page: 'articles'; offset: number; filters: Filters }
  | { page: 'entity'; name: string }
  | { page: 'entities'; offset: number; filters: Filters }
  | { page: 'storyline'; id: string }
  | { page: 'event'; id: string }
  | { page: 'article'; id: string }
  | { page: 'speakers' }
  | { page: 'speaker'; name: string; offset: number; filters: Filters }
  | { page: 'outlets' }
  | { page: 'outlet'; name: string; offset: number; filters: Filters }
  | { page: 'search'; q: string; offset: number }
  | { page: 'missing'; path: string };

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  const parts = pathname.split('/').filter(Boolean);
  const arg = parts[1] !== undefined ? decode(parts[1]) : null;
  const filters = filtersOf(params);
  if (parts.length === 0) return { page: 'storylines', offset, filters };
  if (parts.length === 1) {
    if (parts[0] === 'articles') return { page: 'articles', offset, filters };
    if (parts[0] === 'entities') return { page: 'entities', offset, filters };
    if (parts[0] === 'speakers') return { page: 'speakers' };
    if (parts[0] === 'outlets') return { page: 'outlets' };
    if (parts[0] === 'search') return { page: 'search', q: params.get('q') ?? '', offset };
  }
  if (parts.length === 2 && arg) {
    if (parts[0] === 'storyline') return { page: 'storyline', id: arg };
    if (parts[0] === 'event') return { page: 'event', id: arg };
    if (parts[0] === 'article') return { page: 'article', id: arg };
    if (parts[0] === 'speaker') return { page: 'speaker', name: arg, offset, filters };
    if (parts[0] === 'outlet') return { page: 'outlet', name: arg, offset, filters };
    if (parts[0] === 'entity') return { page: 'entity', name: arg };
  }
  return { page: 'missing', path: pathname };
}

const enc = encodeURIComponent;
export const href = {
  storylines: (offset = 0, f: Filters = {}) => `/${queryOf(f, offset)}`,
  articles: (offset = 0, f: Filters = {}) => `/articles${queryOf(f, offset)}`,
  entity: (name: string) => `/entity/${enc(name)}`,
  entities: (offset = 0, f: Filters = {}) => `/entities${queryOf(f, offset)}`,
  storyline: (id: string) => `/storyline/${enc(id)}`,
  event: (id: string) => `/event/${enc(id)}`,
  article: (id: string) => `/article/${enc(id)}`,
  speakers: () => '/speakers',
  speaker: (name: string, offset = 0, f: Filters = {}) => `/speaker/${enc(name)}${queryOf(f, offset)}`,
  outlets: () => '/outlets',
  outlet: (name: string, offset = 0, f: Filters = {}) => `/outlet/${enc(name)}${queryOf(f, offset)}`,
  search: (q: string, offset = 0) => `/search?q=${enc(q)}${offset ? `&offset=${offset}` : ''}`,
};

const EVENT = 'newsloom:navigate';

export function navigate(to: string): void {
  if (to === location.pathname + location.search) return;
  history.pushState(null, '', to);
  window.dispatchEvent(new Event(EVENT));
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const read = () => parseRoute(location.pathname, location.search);
  const [route, setRoute] = useState<Route>(read);
  useEffect(() => {
    const on = () => setRoute(read());
    window.addEventListener('popstate', on);
    window.addEventListener(EVENT, on);
    return () => {
      window.removeEventListener('popstate', on);
      window.removeEventListener(EVENT, on);
    };
  }, []);
  return route;
}

/** An in-app link: a real <a href> (so open-in-new-tab works) that navigates without a reload on a plain click. */
export function Link(props: { to: string; class?: string; children: ComponentChildren; title?: string }): JSX.Element {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={props.to} class={props.class} title={props.title} onClick={onClick}>
      {props.children}
    </a>
  );
}
