// One article: clean text, metadata with where each value came from, its event, what it copies and who copied it.
import type { JSX } from 'preact';
import { paths, useApi, type ArticleDetail, type ArticleRef } from '../api.js';
import { Load, OutletTag, SourceLink, When } from '../components/bits.js';
import type { Field } from '../../views.js';
import { Link, href } from '../router.js';
import { nameOf } from '../format.js';

const FIELDS: [string, string][] = [
  ['title', 'Title'],
  ['authors', 'Authors'],
  ['published', 'Published'],
  ['outlet', 'Outlet'],
  ['dateline', 'Dateline'],
  ['language', 'Language'],
  ['url', 'Address'],
];

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
  return String(v);
}

function Provenance(props: { prov: Record<string, Field> }): JSX.Element {
  return (
    <div class="table-wrap">
      <table class="provenance">
        <caption>Where each value came from</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.filter(([k]) => props.prov[k]).map(([k, label]) => {
            const f = props.prov[k]!;
            return (
              <tr key={k}>
                <th scope="row">{label}</th>
                <td>
                  {show(f.value ?? f.partial)}
                  {f.note ? <div class="muted small">{f.note}</div> : null}
                </td>
                <td>{f.source}</td>
                <td>{Math.round(f.confidence * 100)}%</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RefLine(props: { a: ArticleRef }): JSX.Element {
  const a = props.a;
  return (
    <li>
      <OutletTag name={a.outlet} /> <When iso={a.published} /> <Link to={href.article(a.id)}>{a.title ?? a.id}</Link>
      {a.similarity !== null ? <span class="muted"> ({Math.round(a.similarity * 100)}% similar)</span> : null}
    </li>
  );
}

export function ArticlePage(props: { id: string }): JSX.Element {
  const loaded = useApi<ArticleDetail>(paths.article(props.id));
  return (
    <section class="page">
      <Load loaded={loaded} what="the article">
        {(d) => {
          const a = d.article;
          const quotes = d.analysis?.quotes ?? [];
          return (
            <>
              <p class="crumbs">
                <Link to={href.storylines()}>Storylines</Link> ›{' '}
                {d.storyline ? (
                  <>
                    <Link to={href.storyline(d.storyline.id)}>{nameOf(d.storyline)}</Link> ›{' '}
                  </>
                ) : null}
                {d.event ? (
                  <>
                    <Link to={href.event(d.event.id)}>event</Link> ›
                  </>
                ) : null}
              </p>
              <article class="reading">
                <header>
                  <h1>{a.title ?? 'Untitled article'}</h1>
                  <p class="meta">
                    <OutletTag name={a.outlet} />
                    <When iso={a.published} />
                    {a.authors.length ? <span>by {a.authors.join(', ')}</span> : null}
                    {a.dateline ? <span>{a.dateline}</span> : null}
                    <SourceLink url={a.url} />
                  </p>
                  {d.analysis?.note ? (
                    <p class="analysis-note muted" title="which language's rules read this article, and what was not done because of it">
                      Analysis: {d.analysis.note}
                    </p>
                  ) : null}
                  {d.copyOf ? (
                    <p class="notice">
                      A copy ({d.similarity !== null ? `${Math.round(d.similarity * 100)}% similar` : 'near-identical'}) of{' '}
                      <Link to={href.article(d.copyOf.id)}>{d.copyOf.title ?? d.copyOf.id}</Link> by <OutletTag name={d.copyOf.outlet} />, published{' '}
                      <When iso={d.copyOf.published} />.
                    </p>
                  ) : null}
                </header>
                <div class="body">
                  {(a.paragraphs.length ? a.paragraphs : [a.text]).map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                </div>
              </article>

              {d.copies.length ? (
                <>
                  <h2>Copies of this article</h2>
                  <ul class="refs">
                    {d.copies.map((c) => (
                      <RefLine key={c.id} a={c} />
                    ))}
                  </ul>
                </>
              ) : null}

              {quotes.length ? (
                <>
                  <h2>Quotes</h2>
                  <ul class="quotes">
                    {quotes.map((q, i) => {
                      const who = q.speaker?.entity ?? q.speaker?.name ?? null;
                      return (
                        <li key={i} class="quote">
                          <blockquote class={q.kind}>{q.text}</blockquote>
                          <p class="meta">
                            {who ? <Link to={href.entity(who)}>{who}</Link> : <span class="muted">unattributed</span>}
                            {q.cue ? <span class="muted">{q.cue}</span> : null}
                            {q.reporter ? <span>via {q.reporter}</span> : null}
                            <span class="kind">{q.kind}</span>
                          </p>
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : null}

              <h2>Metadata</h2>
              <Provenance prov={a.provenance as unknown as Record<string, Field>} />

              {a.removed.length ? (
                <details class="removed">
                  <summary>{a.removed.length} pieces cut as boilerplate</summary>
                  <ul>
                    {a.removed.map((r, i) => (
                      <li key={i}>
                        <span class="muted">{r.reason}:</span> {r.text.length > 300 ? `${r.text.slice(0, 300)}…` : r.text}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <p class="muted small">
                id <code>{a.id}</code>
                {a.sourceId ? (
                  <>
                    {' '}
                    · source id <code>{a.sourceId}</code>
                  </>
                ) : null}
              </p>
            </>
          );
        }}
      </Load>
    </section>
  );
}
