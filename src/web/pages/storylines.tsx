// The front page: storylines (filtered and sorted from the address), each with its span, size, outlets and top terms;
// beside them on a wide screen, the attention the filtered articles got over time.
import type { JSX } from 'preact';
import { PAGE, paths, useApi, type Paged, type StorylineView, type TimelineView } from '../api.js';
import { Load, OutletTags, Pager, Terms } from '../components/bits.js';
import { AttentionChart } from '../components/chart.js';
import { ExportLinks, FilterBar } from '../components/filter-bar.js';
import { NewMark, useLive } from '../components/live.js';
import { formatRange, nameOf, plural } from '../format.js';
import { type Filters, Link, href } from '../router.js';

export const STORYLINE_SORTS = ['size', 'newest', 'oldest'] as const;

export function StorylinesPage(props: { offset: number; filters: Filters }): JSX.Element {
  const { tick } = useLive();
  const f = props.filters;
  const loaded = useApi<Paged<StorylineView>>(paths.storylines(props.offset, f), tick);
  const timeline = useApi<TimelineView>(paths.timeline(f), tick);
  return (
    <section class="page wide">
      <h1>Storylines</h1>
      <FilterBar filters={f} sorts={STORYLINE_SORTS} to={(x) => href.storylines(0, x)} />
      <div class="with-aside">
        <div class="main-col">
          <Load loaded={loaded} what="storylines">
            {(p) =>
              p.total === 0 ? (
                <p class="empty">
                  {Object.keys(f).length
                    ? 'No storylines match these filters.'
                    : 'No storylines yet. Ingest articles with newsloom ingest or POST /api/ingest.'}
                </p>
              ) : (
                <>
                  <p class="lede muted">
                    {plural(p.total, 'storyline')} woven from the articles in the store. <Link to={href.articles(0, f)}>See the articles</Link>
                  </p>
                  <ol class="cards">
                    {p.items.map((s) => (
                      <li key={s.id} class="card">
                        <h2>
                          <Link to={href.storyline(s.id)}>{nameOf(s)}</Link> <NewMark id={s.id} />
                        </h2>
                        <p class="meta">
                          <span>{formatRange(s.firstDate, s.lastDate)}</span>
                          <span>{plural(s.events, 'event')}</span>
                          <span>{plural(s.articles, 'article')}</span>
                        </p>
                        <OutletTags names={s.outlets} />
                        <Terms terms={s.topTerms.slice(0, 8)} />
                      </li>
                    ))}
                  </ol>
                  <Pager total={p.total} offset={p.offset} limit={PAGE} to={(o) => href.storylines(o, f)} />
                  <ExportLinks view="storylines" extra={f} />
                </>
              )
            }
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
