// One storyline as a timeline of its events.
import type { JSX } from 'preact';
import { paths, useApi, type StorylineDetail } from '../api.js';
import { Load, OutletTags, Reasons, Terms, When } from '../components/bits.js';
import { formatRange, nameOf, plural } from '../format.js';
import { Link, href } from '../router.js';

export function StorylinePage(props: { id: string }): JSX.Element {
  const loaded = useApi<StorylineDetail>(paths.storyline(props.id));
  return (
    <section class="page">
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
            <h2>Timeline</h2>
            <ol class="timeline">
              {s.timeline.map((e) => (
                <li key={e.id}>
                  <div class="when">
                    <When iso={e.firstDate} time={false} />
                  </div>
                  <div class="what">
                    <h3>
                      <Link to={href.event(e.id)}>{nameOf(e)}</Link>
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
            <Reasons reasons={s.reasons} title="Why these events form one storyline" />
          </>
        )}
      </Load>
    </section>
  );
}
