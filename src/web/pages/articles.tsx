// Every article, filtered and sorted from the address (dates, outlet, language, words), with its coverage chart and exports.
import type { JSX } from 'preact';
import { PAGE, paths, useApi, type ArticleRef, type Paged, type TimelineView } from '../api.js';
import { Load, OutletTag, Pager, When } from '../components/bits.js';
import { AttentionChart } from '../components/chart.js';
import { ExportLinks, FilterBar } from '../components/filter-bar.js';
import { NewMark, useLive } from '../components/live.js';
import { plural } from '../format.js';
import { type Filters, Link, href } from '../router.js';

export const ARTICLE_SORTS = ['ingested', 'newest', 'oldest', 'outlet'] as const;

/** A list of article links: date, outlet, readable name, a "new" mark. */
export function ArticleList(props: { items: ArticleRef[]; outlet?: boolean }): JSX.Element {
  return (
    <ul class="refs">
      {props.items.map((a) => (
        <li key={a.id}>
          <When iso={a.published} /> {props.outlet === false ? null : <OutletTag name={a.outlet} />} <Link to={href.article(a.id)}>{a.title ?? a.id}</Link>
          {a.copyOf ? <span class="muted"> (a copy)</span> : null} <NewMark id={a.id} />
        </li>
      ))}
    </ul>
  );
}

export function ArticlesPage(props: { offset: number; filters: Filters }): JSX.Element {
  const { tick } = useLive();
  const f = props.filters;
  const loaded = useApi<Paged<ArticleRef>>(paths.articles(props.offset, f), tick);
  const timeline = useApi<TimelineView>(paths.timeline(f), tick);
  return (
    <section class="page wide">
      <p class="crumbs">
        <Link to={href.storylines(0, f)}>Storylines</Link> ›
      </p>
      <h1>Articles</h1>
      <FilterBar filters={f} sorts={ARTICLE_SORTS} to={(x) => href.articles(0, x)} />
      <div class="with-aside">
        <div class="main-col">
          <Load loaded={loaded} what="articles">
            {(p) => (
              <>
                <p class="lede muted">{plural(p.total, 'article')}</p>
                {p.items.length ? <ArticleList items={p.items} /> : <p class="empty">No articles match these filters.</p>}
                <Pager total={p.total} offset={p.offset} limit={PAGE} to={(o) => href.articles(o, f)} />
                <ExportLinks view="articles" extra={f} />
              </>
            )}
          </Load>
        </div>
        <aside class="side-col">
          <Load loaded={timeline} what="the coverage chart">
            {(t) => <AttentionChart timeline={t} title="Articles" />}
          </Load>
        </aside>
      </div>
    </section>
  );
}
