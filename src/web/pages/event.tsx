// One event: its articles by outlet (who published first, who copied whom), its quotes with speakers, its entities.
import type { JSX } from 'preact';
import { paths, useApi, type ArticleRef, type EventDetail, type QuoteView, type StorylineDetail, type TimelineView } from '../api.js';
import { Estimated, Load, OutletTag, Reasons, Terms, When } from '../components/bits.js';
import { AttentionChart } from '../components/chart.js';
import { useLive } from '../components/live.js';
import { formatRange, nameOf, plural } from '../format.js';
import { Link, href } from '../router.js';

function titleOf(members: ArticleRef[], id: string): string {
  return members.find((m) => m.id === id)?.title ?? id;
}

interface QuoteGroup {
  q: QuoteView;
  carriers: { articleId: string; outlet: string | null }[];
}

/** The same words from the same speaker carried by several articles (copies, reprints) are shown once, with every carrier. */
function groupQuotes(quotes: QuoteView[]): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const q of quotes) {
    const key = `${q.speakerEntity ?? q.speaker ?? ''}\u0000${q.text.toLowerCase().replace(/\W+/g, ' ').trim()}`;
    const g = groups.get(key);
    if (g) {
      if (!g.carriers.some((c) => c.articleId === q.articleId)) g.carriers.push({ articleId: q.articleId, outlet: q.outlet });
    } else groups.set(key, { q, carriers: [{ articleId: q.articleId, outlet: q.outlet }] });
  }
  return [...groups.values()];
}

function QuoteItem(props: { g: QuoteGroup }): JSX.Element {
  const q = props.g.q;
  const who = q.speakerEntity ?? q.speaker;
  return (
    <li class="quote">
      <blockquote class={q.kind}>{q.text}</blockquote>
      <p class="meta">
        {who ? <Link to={href.entity(who)}>{who}</Link> : <span class="muted">unattributed</span>}
        {q.speaker && q.speakerEntity && q.speaker !== q.speakerEntity ? <span class="muted">as “{q.speaker}”</span> : null}
        {q.cue ? <span class="muted">{q.cue}</span> : null}
        {q.reporter ? <span>via {q.reporter}</span> : null}
        <span class="kind">{q.kind}</span>
        {q.published ? <When iso={q.published} time={false} /> : null}
        <span class="carriers">
          in{' '}
          {props.g.carriers.map((c, i) => (
            <span key={c.articleId}>
              {i ? ', ' : null}
              <Link to={href.article(c.articleId)}>{c.outlet ?? 'an article (outlet unknown)'}</Link>
            </span>
          ))}
        </span>
      </p>
    </li>
  );
}

export function EventPage(props: { id: string }): JSX.Element {
  const { tick } = useLive();
  const loaded = useApi<EventDetail>(paths.event(props.id), tick);
  const timeline = useApi<TimelineView>(paths.timeline({ event: props.id }), tick);
  const storyline = useApi<StorylineDetail>(loaded.state === 'ok' ? paths.storyline(loaded.data.storyline) : null);
  const storylineLabel = storyline.state === 'ok' ? nameOf(storyline.data) : 'storyline';
  return (
    <section class="page">
      <Load loaded={loaded} what="the event">
        {(e) => {
          const memberReasons = e.members.flatMap((m) => (m.reasons ?? []).map((r) => ({ ...r, detail: `${m.title ?? m.id}: ${r.detail}` })));
          return (
            <>
              <p class="crumbs">
                <Link to={href.storylines()}>Storylines</Link> › <Link to={href.storyline(e.storyline)}>{storylineLabel}</Link> ›
              </p>
              <h1>{nameOf(e)}</h1>
              <p class="meta">
                <span>{e.firstDate ? formatRange(e.firstDate, e.lastDate) : <Estimated e={e} />}</span>
                <span>{plural(e.articles, 'article')}</span>
                <span>{plural(e.byOutlet.length, 'outlet')}</span>
              </p>
              <Terms terms={e.topTerms} />
              {e.alsoReported.length ? (
                <ul class="also-reported">
                  {e.alsoReported.map((l) => (
                    <li key={l.eventId}>
                      Also reported in {l.languageName}
                      {l.outlets.length ? ` by ${l.outlets.join(', ')}` : ''}:{' '}
                      <Link to={href.event(l.eventId)}>
                        <span lang={l.language}>{l.title ?? l.eventId}</span>
                      </Link>{' '}
                      <span class="muted">({l.reason})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              <Load loaded={timeline} what="the coverage chart">
                {(t) => <AttentionChart timeline={t} title="Articles in this event" />}
              </Load>

              <h2>Coverage by outlet</h2>
              <ol class="outlet-groups">
                {e.byOutlet.map((g, gi) => (
                  <li key={g.outlet}>
                    <h3>
                      <OutletTag name={g.outlet === 'unknown outlet' ? null : g.outlet} />
                      {gi === 0 && e.byOutlet.length > 1 && g.articles[0]?.published ? <span class="badge first">first to publish</span> : null}
                    </h3>
                    <ul class="articles">
                      {g.articles.map((a) => (
                        <li key={a.id}>
                          <When iso={a.published} /> <Link to={href.article(a.id)}>{a.title ?? a.id}</Link>
                          {a.copyOf ? (
                            <span class="copy">
                              {' '}
                              copy of <Link to={href.article(a.copyOf)}>{titleOf(e.members, a.copyOf)}</Link>
                              {a.similarity !== null ? ` (${Math.round(a.similarity * 100)}% similar)` : ''}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>

              <h2>Quotes</h2>
              {e.quotes.length ? (
                <ul class="quotes">
                  {groupQuotes(e.quotes).map((g, i) => (
                    <QuoteItem key={`${g.q.articleId}:${g.q.start}:${i}`} g={g} />
                  ))}
                </ul>
              ) : (
                <p class="empty">No quotes found in these articles.</p>
              )}

              <h2>Who and what</h2>
              {e.entities.length ? (
                <ul class="entities">
                  {e.entities.map((x) => (
                    <li key={x.name} class={`entity ${x.type}`}>
                      <Link to={href.entity(x.name)}>{x.name}</Link>
                      <span class="muted">
                        {' '}
                        {x.type} · {x.articles}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="empty">No named entities.</p>
              )}
              <Reasons reasons={[...e.reasons, ...memberReasons]} title="Why these articles form one event" />
            </>
          );
        }}
      </Load>
    </section>
  );
}
