// The page frame: header with navigation and the search box, then the current page.
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { Link, href, navigate, type Route } from '../router.js';
import { LiveNote } from './live.js';

function SearchBox(props: { initial: string }): JSX.Element {
  const [q, setQ] = useState(props.initial);
  const submit = (e: Event) => {
    e.preventDefault();
    const t = q.trim();
    if (t) navigate(href.search(t));
  };
  return (
    <form class="search" role="search" onSubmit={submit}>
      <label class="visually-hidden" for="q">
        Search articles
      </label>
      <input
        id="q"
        name="q"
        type="search"
        placeholder="Search articles…"
        value={q}
        onInput={(e) => setQ((e.target as HTMLInputElement).value)}
        maxLength={500}
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function Layout(props: { route: Route; children: ComponentChildren }): JSX.Element {
  const r = props.route;
  const current = (pages: Route['page'][]) => (pages.includes(r.page) ? 'current' : undefined);
  return (
    <>
      <header class="site">
        <div class="bar">
          <Link to="/" class="brand">
            newsloom
          </Link>
          <nav aria-label="Sections">
            <Link to={href.storylines()} class={current(['storylines', 'storyline', 'event'])}>
              Storylines
            </Link>
            <Link to={href.articles()} class={current(['articles', 'article'])}>
              Articles
            </Link>
            <Link to={href.speakers()} class={current(['speakers', 'speaker'])}>
              Speakers
            </Link>
            <Link to={href.entities()} class={current(['entities', 'entity'])}>
              Names
            </Link>
            <Link to={href.outlets()} class={current(['outlets', 'outlet'])}>
              Outlets
            </Link>
          </nav>
          <SearchBox key={r.page === 'search' ? r.q : ''} initial={r.page === 'search' ? r.q : ''} />
        </div>
      </header>
      <LiveNote />
      <main id="main">{props.children}</main>
      <footer class="site">
        newsloom · data from <a href="/api/openapi.json">the API</a>
      </footer>
    </>
  );
}
