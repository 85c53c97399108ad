// Small shared pieces: loading and error states, pagers, dates, outlet tags, safe external links, reasons.
import type { ComponentChildren, JSX } from 'preact';
import type { Loaded } from '../api.js';
import { formatDate, hostOf, safeHref } from '../format.js';
import { Link, href } from '../router.js';
import type { Reason } from '../../views.js';

/** Show the loading or error state, or render the data. */
export function Load<T>(props: { loaded: Loaded<T>; what: string; children: (data: T) => ComponentChildren }): JSX.Element {
  const l = props.loaded;
  if (l.state === 'loading')
    return (
      <p class="status" aria-busy="true">
        Loading {props.what}…
      </p>
    );
  if (l.state === 'error') {
    return (
      <div class="status error" role="alert">
        <h1>{l.error.status === 404 ? 'Not found' : 'Something went wrong'}</h1>
        <p>{l.error.message}</p>
        <p>
          <Link to="/">Back to the storylines</Link>
        </p>
      </div>
    );
  }
  return <>{props.children(l.data)}</>;
}

export function Pager(props: { total: number; offset: number; limit: number; to: (offset: number) => string }): JSX.Element | null {
  const { total, offset, limit } = props;
  if (total <= limit) return null;
  const prev = Math.max(0, offset - limit);
  const next = offset + limit;
  return (
    <nav class="pager" aria-label="Pages">
      {offset > 0 ? <Link to={props.to(prev)}>← Newer</Link> : <span />}
      <span class="muted">
        {offset + 1}–{Math.min(total, offset + limit)} of {total.toLocaleString('en')}
      </span>
      {next < total ? <Link to={props.to(next)}>Older →</Link> : <span />}
    </nav>
  );
}

export function When(props: { iso: string | null; time?: boolean }): JSX.Element {
  return props.iso ? <time dateTime={props.iso}>{formatDate(props.iso, props.time ?? true)}</time> : <span class="muted">undated</span>;
}

/** An event without a full date: its estimated date (or range) and why, never shown as a known date. */
export function Estimated(props: { e: { estimated: { from: string; to: string; reason: string } | null } }): JSX.Element {
  const est = props.e.estimated;
  if (!est) return <span class="muted">undated</span>;
  const when = est.from === est.to ? formatDate(est.from, false) : `${formatDate(est.from, false)} – ${formatDate(est.to, false)}`;
  return (
    <span class="estimated" title={est.reason}>
      estimated: {when} <span class="muted">({est.reason.replace(/^estimated:?\s*/, '')})</span>
    </span>
  );
}

export function OutletTag(props: { name: string | null }): JSX.Element {
  if (!props.name) return <span class="outlet unknown">unknown outlet</span>;
  return (
    <Link to={href.outlet(props.name)} class="outlet">
      {props.name}
    </Link>
  );
}

export function OutletTags(props: { names: string[] }): JSX.Element {
  return (
    <span class="outlets">
      {props.names.map((n) => (
        <OutletTag key={n} name={n === 'unknown outlet' ? null : n} />
      ))}
    </span>
  );
}

/** A link to the original page, only for http(s) addresses; otherwise the address as plain text. */
export function SourceLink(props: { url: string | null }): JSX.Element | null {
  if (!props.url) return null;
  const safe = safeHref(props.url);
  if (!safe) return <span class="muted">{props.url}</span>;
  return (
    <a href={safe} rel="noopener noreferrer nofollow" target="_blank">
      {hostOf(safe)} ↗
    </a>
  );
}

export function Reasons(props: { reasons: Reason[] | undefined; title: string }): JSX.Element | null {
  if (!props.reasons?.length) return null;
  return (
    <details class="reasons">
      <summary>{props.title}</summary>
      <ul>
        {props.reasons.map((r, i) => (
          <li key={i}>
            <strong>{r.kind}</strong> {r.detail}
            {r.weight !== undefined ? <span class="muted"> ({r.weight.toFixed(2)})</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Terms(props: { terms: string[] }): JSX.Element | null {
  if (!props.terms.length) return null;
  return (
    <ul class="terms" aria-label="Top terms">
      {props.terms.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}
