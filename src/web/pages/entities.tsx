// People, organisations and places, by the articles naming them; filtered and sorted from the address, each linking its page.
import type { JSX } from 'preact';
import { PAGE, paths, useApi, type EntityView, type Paged } from '../api.js';
import { Load, Pager } from '../components/bits.js';
import { FilterBar } from '../components/filter-bar.js';
import { useLive } from '../components/live.js';
import { plural } from '../format.js';
import { type Filters, Link, href } from '../router.js';

export const ENTITY_SORTS = ['articles', 'name'] as const;

export function EntitiesPage(props: { offset: number; filters: Filters }): JSX.Element {
  const { tick } = useLive();
  const f = props.filters;
  const loaded = useApi<Paged<EntityView>>(paths.entities(props.offset, f), tick);
  return (
    <section class="page">
      <h1>Names</h1>
      <FilterBar filters={f} sorts={ENTITY_SORTS} to={(x) => href.entities(0, x)} />
      <Load loaded={loaded} what="names">
        {(p) =>
          p.items.length ? (
            <>
              <p class="lede muted">{plural(p.total, 'name')} of people, organisations and places; counts are articles naming them.</p>
              <ul class="entities">
                {p.items.map((e) => (
                  <li key={e.name} class={`entity ${e.type}`}>
                    <Link to={href.entity(e.name)}>{e.name}</Link>{' '}
                    <span class="muted">
                      {e.type} · {e.articles}
                    </span>
                  </li>
                ))}
              </ul>
              <Pager total={p.total} offset={p.offset} limit={PAGE} to={(o) => href.entities(o, f)} />
            </>
          ) : (
            <p class="empty">No names match these filters.</p>
          )
        }
      </Load>
    </section>
  );
}
