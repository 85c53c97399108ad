// The newsloom page: picks the page for the current address and sets the document title.
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { Layout } from './components/layout.js';
import { LiveProvider } from './components/live.js';
import { ArticlePage } from './pages/article.js';
import { ArticlesPage } from './pages/articles.js';
import { EntitiesPage } from './pages/entities.js';
import { EntityPage } from './pages/entity.js';
import { EventPage } from './pages/event.js';
import { OutletPage, OutletsPage } from './pages/outlets.js';
import { SearchPage } from './pages/search.js';
import { SpeakerPage, SpeakersPage } from './pages/speakers.js';
import { StorylinePage } from './pages/storyline.js';
import { StorylinesPage } from './pages/storylines.js';
import { Link, useRoute, type Route } from './router.js';

function pageFor(r: Route): JSX.Element {
  switch (r.page) {
    case 'storylines':
      return <StorylinesPage offset={r.offset} filters={r.filters} />;
    case 'articles':
      return <ArticlesPage offset={r.offset} filters={r.filters} />;
    case 'entity':
      return <EntityPage name={r.name} />;
    case 'entities':
      return <EntitiesPage offset={r.offset} filters={r.filters} />;
    case 'storyline':
      return <StorylinePage id={r.id} />;
    case 'event':
      return <EventPage id={r.id} />;
    case 'article':
      return <ArticlePage id={r.id} />;
    case 'speakers':
      return <SpeakersPage />;
    case 'speaker':
      return <SpeakerPage name={r.name} offset={r.offset} filters={r.filters} />;
    case 'outlets':
      return <OutletsPage />;
    case 'outlet':
      return <OutletPage name={r.name} offset={r.offset} filters={r.filters} />;
    case 'search':
      return <SearchPage q={r.q} offset={r.offset} />;
    case 'missing':
      return (
        <section class="page">
          <h1>Not found</h1>
          <p>There is no page at {r.path}.</p>
          <p>
            <Link to="/">Back to the storylines</Link>
          </p>
        </section>
      );
  }
}

const TITLES: Record<Route['page'], string> = {
  storylines: 'Storylines',
  articles: 'Articles',
  entity: 'Entity',
  entities: 'Names',
  storyline: 'Storyline',
  event: 'Event',
  article: 'Article',
  speakers: 'Speakers',
  speaker: 'Speaker',
  outlets: 'Outlets',
  outlet: 'Outlet',
  search: 'Search',
  missing: 'Not found',
};

export function App(): JSX.Element {
  const route = useRoute();
  useEffect(() => {
    const extra =
      route.page === 'speaker' || route.page === 'outlet' || route.page === 'entity'
        ? `: ${route.name}`
        : route.page === 'search' && route.q
          ? `: ${route.q}`
          : '';
    document.title = `${TITLES[route.page]}${extra} · newsloom`;
  }, [route]);
  const key = route.page + ('id' in route ? route.id : 'name' in route ? route.name : '') + ('filters' in route ? JSON.stringify(route.filters) : '');
  return (
    <LiveProvider>
      <Layout route={route}>
        <div key={key}>{pageFor(route)}</div>
      </Layout>
    </LiveProvider>
  );
}
