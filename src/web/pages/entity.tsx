// One person, organisation or place: aliases, coverage over time, quotes with outlet, date and event, names seen
// with it, and its events; a name that fits several gives the choices.
import type { JSX } from 'preact';
import { paths, useApi, type EntityDetail, type LookupChoices } from '../api.js';
import { Load, OutletTag, When } from '../components/bits.js';
import { AttentionChart } from '../components/chart.js';
import { ExportLinks } from '../components/filter-bar.js';
import { useLive } from '../components/live.js';
import { formatRange, nameOf, plural } from '../format.js';
import { Link, href } from '../router.js';

function Choices(props: { c: LookupChoices }): JSX.Element {
  return (
    <>
      <h1>Which “{props.c.asked}”?</h1>
      <p class="lede muted">The name fits several; pick one.</p>
      <ul class="choices">
        {props.c.matches.map((m) => (
          <li key={m.name}>
            <Link to={href.entity(m.name)}>{m.name}</Link>{' '}
            <span class="muted">
              {m.type}, {plural(m.articles, 'article')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Entity(props: { e: EntityDetail }): JSX.Element {
  const e = props.e;
  return (
    <>
      <h1>{e.name}</h1>
      <p class="meta">
        <span class={`entity ${e.type}`}>{e.type}</span>
        <span>{plural(e.articles, 'article')}</span>
        {e.aliases.length ? <span>also: {e.aliases.join(', ')}</span> : null}
        <Link to={href.articles(0, { q: e.name.includes(' ') ? `"${e.name}"` : e.name })}>its articles</Link>
      </p>
      <div class="with-aside">
        <div class="main-col">
          <h2>Quotes</h2>
          {e.quotes.length ? (
            <ol class="ledger">
              {e.quotes.map((q) => (
                <li key={`${q.articleId}:${q.start}`}>
                  <div class="when">
                    <When iso={q.published} time={false} />
                  </div>
                  <div class="what">
                    <blockquote>{q.text}</blockquote>
                    <p class="meta">
                      <OutletTag name={q.outlet} />
                      <Link to={href.article(q.articleId)}>the article</Link>
                      {q.event ? <Link to={href.event(q.event)}>its event</Link> : null}
                      {q.speaker && q.speaker !== e.name ? <span class="muted">as “{q.speaker}”</span> : null}
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            <p class="empty">No quotes attributed to {e.name}.</p>
          )}
          {e.quotesTotal > e.quotes.length ? (
            <p>
              The latest {e.quotes.length} of {plural(e.quotesTotal, 'quote')}: <Link to={href.speaker(e.name)}>all of them in the ledger, with filters</Link>
            </p>
          ) : null}
          {e.quotes.length ? <ExportLinks view="ledger" extra={{ speaker: e.name }} /> : null}
          <h2>Events</h2>
          {e.events.length ? (
            <ul class="refs">
              {e.events.map((ev) => (
                <li key={ev.id}>
                  <span class="muted">{formatRange(ev.firstDate, ev.lastDate)}</span> <Link to={href.event(ev.id)}>{nameOf(ev)}</Link>{' '}
                  <span class="muted">({plural(ev.articles, 'article')})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">In no event yet.</p>
          )}
        </div>
        <aside class="side-col">
          <AttentionChart timeline={e.coverage} title={`Articles naming ${e.name}`} />
          <h2>Seen with</h2>
          {e.cooccurring.length ? (
            <ul class="entities">
              {e.cooccurring.map((c) => (
                <li key={c.name} class={`entity ${c.type}`}>
                  <Link to={href.entity(c.name)}>{c.name}</Link> <span class="muted">{c.articles}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">No other names.</p>
          )}
        </aside>
      </div>
    </>
  );
}

export function EntityPage(props: { name: string }): JSX.Element {
  const { tick } = useLive();
  const loaded = useApi<EntityDetail | LookupChoices>(paths.entity(props.name), tick);
  return (
    <section class="page wide">
      <p class="crumbs">
        <Link to={href.entities()}>Names</Link> ›
      </p>
      <Load loaded={loaded} what={props.name}>
        {(x) => ('matches' in x ? <Choices c={x} /> : <Entity e={x} />)}
      </Load>
    </section>
  );
}
