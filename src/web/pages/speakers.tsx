// Speakers: who is quoted, how often; and one speaker's ledger of statements over time.
import type { JSX } from 'preact';
import { PAGE, paths, useApi, type LedgerPage, type Speaker } from '../api.js';
import { Load, OutletTags, Pager, When } from '../components/bits.js';
import { ExportLinks, FilterBar } from '../components/filter-bar.js';
import { useLive } from '../components/live.js';
import { plural } from '../format.js';
import { type Filters, Link, href } from '../router.js';

export const LEDGER_SORTS = ['oldest', 'newest', 'reach'] as const;

export function SpeakersPage(): JSX.Element {
  const loaded = useApi<Speaker[]>(paths.speakers());
  return (
    <section class="page">
      <h1>Speakers</h1>
      <Load loaded={loaded} what="speakers">
        {(list) =>
          list.length ? (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Speaker</th>
                    <th scope="col" class="num">
                      Quotes
                    </th>
                    <th scope="col" class="num">
                      Articles
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.name}>
                      <td>
                        <Link to={href.speaker(s.name)}>{s.name}</Link>{' '}
                        <Link to={href.entity(s.name)} class="muted">
                          profile
                        </Link>
                      </td>
                      <td class="num">{s.quotes}</td>
                      <td class="num">{s.articles}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p class="empty">No attributed quotes yet.</p>
          )
        }
      </Load>
    </section>
  );
}

export function SpeakerPage(props: { name: string; offset: number; filters: Filters }): JSX.Element {
  const { tick } = useLive();
  const f = props.filters;
  const loaded = useApi<LedgerPage>(paths.ledger(props.name, props.offset, f), tick);
  return (
    <section class="page">
      <p class="crumbs">
        <Link to={href.speakers()}>Speakers</Link> ›
      </p>
      <h1>{loaded.state === 'ok' && loaded.data.speaker ? loaded.data.speaker : props.name}</h1>
      <p class="meta">
        <Link to={href.entity(loaded.state === 'ok' && loaded.data.speaker ? loaded.data.speaker : props.name)}>
          profile: coverage, events, names seen with
        </Link>
      </p>
      <FilterBar filters={f} sorts={LEDGER_SORTS} to={(x) => href.speaker(props.name, 0, x)} />
      <Load loaded={loaded} what="statements">
        {(p) =>
          p.choices?.length ? (
            <>
              <p class="lede muted">“{props.name}” fits several speakers; pick one.</p>
              <ul class="choices">
                {p.choices.map((c) => (
                  <li key={c.name}>
                    <Link to={href.speaker(c.name, 0, f)}>{c.name}</Link> <span class="muted">{plural(c.articles, 'article')}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : p.total === 0 ? (
            <p class="empty">No statements attributed to {props.name}.</p>
          ) : (
            <>
              <p class="lede muted">{plural(p.total, 'statement')} reported, each with the outlets that carried it.</p>
              <ol class="ledger">
                {p.items.map((s) => (
                  <li key={s.id}>
                    <div class="when">
                      <When iso={s.firstDate} time={false} />
                    </div>
                    <div class="what">
                      <blockquote>{s.text}</blockquote>
                      <p class="meta">
                        <OutletTags names={s.outlets} />
                        {s.articles.map((id, i) => (
                          <Link key={id} to={href.article(id)}>
                            {s.articles.length > 1 ? `article ${i + 1}` : 'article'}
                          </Link>
                        ))}
                        {s.events.slice(0, 1).map((id) => (
                          <Link key={id} to={href.event(id)}>
                            event
                          </Link>
                        ))}
                      </p>
                    </div>
                  </li>
                ))}
              </ol>
              <Pager total={p.total} offset={p.offset} limit={PAGE} to={(o) => href.speaker(props.name, o, f)} />
              <ExportLinks view="ledger" extra={{ speaker: p.speaker ?? props.name, ...f }} />
            </>
          )
        }
      </Load>
    </section>
  );
}
