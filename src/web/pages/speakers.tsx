// Speakers: who is quoted, how often; and one speaker's ledger of statements over time.
import type { JSX } from 'preact';
import { PAGE, paths, useApi, type Paged, type Speaker, type StatementView } from '../api.js';
import { Load, OutletTags, Pager, When } from '../components/bits.js';
import { plural } from '../format.js';
import { Link, href } from '../router.js';

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
                        <Link to={href.speaker(s.name)}>{s.name}</Link>
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

export function SpeakerPage(props: { name: string; offset: number }): JSX.Element {
  const loaded = useApi<Paged<StatementView>>(paths.ledger(props.name, props.offset));
  return (
    <section class="page">
      <p class="crumbs">
        <Link to={href.speakers()}>Speakers</Link> ›
      </p>
      <h1>{props.name}</h1>
      <Load loaded={loaded} what="statements">
        {(p) =>
          p.total === 0 ? (
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
              <Pager total={p.total} offset={p.offset} limit={PAGE} to={(o) => href.speaker(props.name, o)} />
            </>
          )
        }
      </Load>
    </section>
  );
}
