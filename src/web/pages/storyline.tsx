// One storyline as a timeline of its events.
import type { JSX } from 'preact';
import { paths, useApi, type StorylineDetail, type TimelineView } from '../api.js';
import { Estimated, Load, OutletTags, Reasons, Terms, When } from '../components/bits.js';
import { AttentionChart } from '../components/chart.js';
import { ExportLinks } from '../components/filter-bar.js';
import { NewMark, useLive } from '../components/live.js';
import { formatRange, nameOf, plural } from '../format.js';
import { Link, href } from '../router.js';

export function StorylinePage(props: { id: string }): JSX.Element {
  const { tick } = useLive();
  const loaded = useApi<StorylineDetail>(paths.storyline(props.id), tick);
  const timeline = useApi<TimelineView>(paths.timeline({ storyline: props.id }), tick);
  return (
    <section class="page wide">
      <Load loaded={loaded} what="the storyline">
        {(s) => (
          <>
            <p class="crumbs">
              <Link to={href.storylines()}>Storylines</Link> ›
            </p>
            <h1>{nameOf(s)}</h1>
            <p class="meta">
              <span>{formatRange(s.firstDate, s.lastDate)}</span>
              <span>{plural(s.events, 'event')}</span>
              <span>{plural(s.articles, 'article')}</span>
            </p>
            <OutletTags names={s.outlets} />
            <Terms terms={s.topTerms} />
            <div class="with-aside">
              <div class="main-col">
                <h2>Timeline</h2>
                <ol class="timeline">
                  {s.timeline.map((e) => (
                    <li key={e.id}>
                      <div class="when">{e.firstDate ? <When iso={e.firstDate} time={false} /> : <Estimated e={e} />}</div>
                      <div class="what">
                        <h3>
                          <Link to={href.event(e.id)}>{nameOf(e)}</Link> <NewMark id={e.id} />
                        </h3>
                        <p class="meta">
                          <span>{plural(e.articles, 'article')}</span>
                          {e.lastDate && e.lastDate !== e.firstDate ? <span>until {formatRange(e.lastDate, e.lastDate)}</span> : null}
                        </p>
                        <OutletTags names={e.outlets} />
                        <Terms terms={e.topTerms.slice(0, 6)} />
                      </div>
                    </li>
                  ))}
                </ol>
                <ExportLinks view="events" extra={{ storyline: s.id, sort: 'oldest' }} />
                <Reasons reasons={s.reasons} title="Why these events form one storyline" />
              </div>
              <aside class="side-col">
                <Load loaded={timeline} what="the coverage chart">
                  {(t) => <AttentionChart timeline={t} title="Articles in this storyline" />}
                </Load>
              </aside>
            </div>
          </>
        )}
      </Load>
    </section>
  );
}
