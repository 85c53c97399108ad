// Outlets: what each covers, whom it copies and who copies it, how fast it follows events; and one outlet's page.
import type { JSX } from 'preact';
import { PAGE, paths, useApi, type ArticleRef, type OutletView, type Paged, type TimelineView } from '../api.js';
import { Load, Pager } from '../components/bits.js';
import { AttentionChart } from '../components/chart.js';
import { ExportLinks, FilterBar } from '../components/filter-bar.js';
import { useLive } from '../components/live.js';
import { formatRange, plural } from '../format.js';
import { type Filters, Link, href } from '../router.js';
import { ARTICLE_SORTS, ArticleList } from './articles.js';

function lag(h: number | null): string {
  if (h === null) return '—';
  if (h < 1) return `${Math.round(h * 60)} min`;
  if (h < 48) return `${h.toFixed(1)} h`;
  return `${(h / 24).toFixed(1)} days`;
}

function Flows(props: { list: { outlet: string; articles: number }[]; none: string }): JSX.Element {
  if (!props.list.length) return <p class="muted">{props.none}</p>;
  return (
    <ul class="flows">
      {props.list.map((f) => (
        <li key={f.outlet}>
          <Link to={href.outlet(f.outlet)}>{f.outlet}</Link> <span class="muted">{plural(f.articles, 'article')}</span>
        </li>
      ))}
    </ul>
  );
}

export function OutletsPage(): JSX.Element {
  const loaded = useApi<OutletView[]>(paths.outlets());
  return (
    <section class="page">
      <h1>Outlets</h1>
      <Load loaded={loaded} what="outlets">
        {(list) =>
          list.length ? (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Outlet</th>
                    <th scope="col" class="num">
                      Articles
                    </th>
                    <th scope="col">Span</th>
                    <th scope="col" class="num" title="median hours after an event's first article">
                      Lag
                    </th>
                    <th scope="col" class="num">
                      Copies from
                    </th>
                    <th scope="col" class="num">
                      Copied by
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((o) => (
                    <tr key={o.outlet}>
                      <td>
                        <Link to={href.outlet(o.outlet)}>{o.outlet}</Link>
                      </td>
                      <td class="num">{o.articles}</td>
                      <td>{formatRange(o.firstDate, o.lastDate)}</td>
                      <td class="num">{lag(o.medianLagHours)}</td>
                      <td class="num">{o.copiesFrom.length}</td>
                      <td class="num">{o.copiedBy.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p class="empty">No outlets yet.</p>
          )
        }
      </Load>
    </section>
  );
}

export function OutletPage(props: { name: string; offset: number; filters: Filters }): JSX.Element {
  const { tick } = useLive();
  const loaded = useApi<OutletView>(paths.outlet(props.name), tick);
  const f = props.filters;
  const outletName = loaded.state === 'ok' ? loaded.data.outlet : null;
  const articles = useApi<Paged<ArticleRef>>(outletName ? paths.articles(props.offset, { ...f, outlet: outletName }) : null, tick);
  const timeline = useApi<TimelineView>(outletName ? paths.timeline({ ...f, outlet: outletName }) : null, tick);
  return (
    <section class="page">
      <p class="crumbs">
        <Link to={href.outlets()}>Outlets</Link> ›
      </p>
      <Load loaded={loaded} what="the outlet">
        {(o) => (
          <>
            <h1>{o.outlet}</h1>
            <p class="meta">
              <span>{plural(o.articles, 'article')}</span>
              <span>{formatRange(o.firstDate, o.lastDate)}</span>
              {o.languages.length ? <span>{o.languages.join(', ')}</span> : null}
              <span>median lag {lag(o.medianLagHours)}</span>
            </p>
            <div class="columns">
              <div>
                <h2>Covers</h2>
                {o.topEntities.length ? (
                  <ul class="terms">
                    {o.topEntities.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                ) : (
                  <p class="muted">No named entities yet.</p>
                )}
              </div>
              <div>
                <h2>Copies from</h2>
                <Flows list={o.copiesFrom} none="Copies no other outlet." />
              </div>
              <div>
                <h2>Copied by</h2>
                <Flows list={o.copiedBy} none="No other outlet copies it." />
              </div>
            </div>
            <Load loaded={timeline} what="the coverage chart">
              {(t) => <AttentionChart timeline={t} title={`Articles from ${o.outlet}`} />}
            </Load>
            <h2>Articles</h2>
            <FilterBar filters={f} sorts={ARTICLE_SORTS} hide={['outlet']} to={(x) => href.outlet(o.outlet, 0, x)} />
            <Load loaded={articles} what="articles">
              {(p) => (
                <>
                  <ArticleList items={p.items} outlet={false} />
                  <Pager total={p.total} offset={p.offset} limit={PAGE} to={(off) => href.outlet(o.outlet, off, f)} />
                  <ExportLinks view="articles" extra={{ ...f, outlet: o.outlet }} />
                </>
              )}
            </Load>
          </>
        )}
      </Load>
    </section>
  );
}
