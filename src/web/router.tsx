// Client-side routes over the History API: parse the address, follow links without reloading, keep back/forward working.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'storylines'; offset: number }
  | { page: 'storyline'; id: string }
  | { page: 'event'; id: string }
  | { page: 'article'; id: string }
  | { page: 'speakers' }
  | { page: 'speaker'; name: string; offset: number }
  | { page: 'outlets' }
  | { page: 'outlet'; name: string; offset: number }
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
  if (parts.length === 0) return { page: 'storylines', offset };
  if (parts.length === 1) {
    if (parts[0] === 'speakers') return { page: 'speakers' };
    if (parts[0] === 'outlets') return { page: 'outlets' };
    if (parts[0] === 'search') return { page: 'search', q: params.get('q') ?? '', offset };
  }
  if (parts.length === 2 && arg) {
    if (parts[0] === 'storyline') return { page: 'storyline', id: arg };
    if (parts[0] === 'event') return { page: 'event', id: arg };
    if (parts[0] === 'article') return { page: 'article', id: arg };
    if (parts[0] === 'speaker') return { page: 'speaker', name: arg, offset };
    if (parts[0] === 'outlet') return { page: 'outlet', name: arg, offset };
  }
  return { page: 'missing', path: pathname };
}

const enc = encodeURIComponent;
export const href = {
  storylines: (offset = 0) => (offset ? `/?offset=${offset}` : '/'),
  storyline: (id: string) => `/storyline/${enc(id)}`,
  event: (id: string) => `/event/${enc(id)}`,
  article: (id: string) => `/article/${enc(id)}`,
  speakers: () => '/speakers',
  speaker: (name: string, offset = 0) => `/speaker/${enc(name)}${offset ? `?offset=${offset}` : ''}`,
  outlets: () => '/outlets',
  outlet: (name: string, offset = 0) => `/outlet/${enc(name)}${offset ? `?offset=${offset}` : ''}`,
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
