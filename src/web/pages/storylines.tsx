// The front page: storylines, each with its span, size, outlets and top terms.
import type { JSX } from 'preact';
import { PAGE, paths, useApi, type Paged, type StorylineView } from '../api.js';
import { Load, OutletTags, Pager, Terms } from '../components/bits.js';
import { formatRange, nameOf, plural } from '../format.js';
import { Link, href } from '../router.js';

export function StorylinesPage(props: { offset: number }): JSX.Element {
  const loaded = useApi<Paged<StorylineView>>(paths.storylines(props.offset));
  return (
    <section class="page">
      <h1>Storylines</h1>
      <Load loaded={loaded} what="storylines">
        {(p) =>
          p.total === 0 ? (
            <p class="empty">
              No storylines yet. Ingest articles with <code>newsloom ingest</code> or POST /api/ingest.
            </p>
          ) : (
            <>
              <p class="lede muted">{plural(p.total, 'storyline')} woven from the articles in the store.</p>
              <ol class="cards">
                {p.items.map((s) => (
                  <li key={s.id} class="card">
                    <h2>
                      <Link to={href.storyline(s.id)}>{nameOf(s)}</Link>
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
              <Pager total={p.total} offset={p.offset} limit={PAGE} to={href.storylines} />
            </>
          )
        }
      </Load>
    </section>
  );
}
