// Full-text search results with snippets.
import type { JSX } from 'preact';
import { PAGE, paths, useApi, type Paged, type SearchHit } from '../api.js';
import { Load, OutletTag, Pager, When } from '../components/bits.js';
import { plural } from '../format.js';
import { Link, href } from '../router.js';

export function SearchPage(props: { q: string; offset: number }): JSX.Element {
  const q = props.q.trim();
  const loaded = useApi<Paged<SearchHit>>(q ? paths.search(q, props.offset) : null);
  return (
    <section class="page">
      <h1>{q ? <>Search: “{q}”</> : 'Search'}</h1>
      {!q ? (
        <p class="empty">Type words in the search box: all must match; use "quotes" for a phrase.</p>
      ) : (
        <Load loaded={loaded} what="results">
          {(p) =>
            p.total === 0 ? (
              <p class="empty">No article matches “{q}”.</p>
            ) : (
              <>
                <p class="lede muted">{p.totalCapped ? `More than ${p.total.toLocaleString('en')} articles` : plural(p.total, 'article')} match.</p>
                <ol class="hits">
                  {p.items.map((h) => (
                    <li key={h.id}>
                      <h2>
                        <Link to={href.article(h.id)}>{h.title ?? h.id}</Link>
                      </h2>
                      <p class="meta">
                        <OutletTag name={h.outlet} />
                        <When iso={h.published} />
                        <span>{plural(h.words, 'word')}</span>
                      </p>
                      <p class="snippet">{h.snippet}</p>
                    </li>
                  ))}
                </ol>
                <Pager total={p.total} offset={p.offset} limit={PAGE} to={(o) => href.search(q, o)} />
              </>
            )
          }
        </Load>
      )}
    </section>
  );
}
