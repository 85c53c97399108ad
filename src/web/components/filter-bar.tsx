// The filters and sort of a list, kept in the page's address (so a view can be shared), and its export links.
import type { InputHTMLAttributes, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { paths } from '../api.js';
import { type Filters, navigate } from '../router.js';

const SORT_LABELS: Record<string, string> = {
  size: 'largest',
  newest: 'newest',
  oldest: 'oldest',
  ingested: 'as ingested',
  outlet: 'by outlet',
  reach: 'most outlets',
  articles: 'most articles',
  name: 'by name',
};

export function FilterBar(props: { filters: Filters; sorts: readonly string[]; to: (f: Filters) => string; hide?: (keyof Filters)[] }): JSX.Element {
  const [f, setF] = useState<Filters>(props.filters);
  const shown = (k: keyof Filters) => !props.hide?.includes(k);
  const field = (k: keyof Filters, label: string, type: 'text' | 'search' | 'date' = 'text', extra: Record<string, unknown> = {}) =>
    shown(k) ? (
      <label class={`f-${k}`}>
        <span>{label}</span>
        <input
          name={k}
          value={f[k] ?? ''}
          onInput={(e) => setF({ ...f, [k]: (e.target as HTMLInputElement).value })}
          {...({ type, ...extra } as InputHTMLAttributes<HTMLInputElement>)}
        />
      </label>
    ) : null;
  const submit = (e: Event) => {
    e.preventDefault();
    const clean: Filters = {};
    for (const [k, v] of Object.entries(f)) if (v?.trim()) clean[k as keyof Filters] = v.trim();
    navigate(props.to(clean));
  };
  const active = Object.keys(props.filters).length > 0;
  return (
    <form class="filters" aria-label="Filter and sort" onSubmit={submit}>
      {field('q', 'Words', 'search', { placeholder: 'any words', maxLength: 500 })}
      {field('from', 'From', 'date')}
      {field('to', 'To', 'date')}
      {field('outlet', 'Outlet', 'text', { placeholder: 'e.g. TASS', maxLength: 200 })}
      {field('language', 'Language', 'text', { placeholder: 'en', maxLength: 3, size: 3 })}
      <label class="f-sort">
        <span>Sort</span>
        <select name="sort" value={f.sort ?? props.sorts[0]} onChange={(e) => setF({ ...f, sort: (e.target as HTMLSelectElement).value })}>
          {props.sorts.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s] ?? s}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Apply</button>
      {active ? (
        <button type="button" class="secondary" onClick={() => navigate(props.to({}))}>
          Clear
        </button>
      ) : null}
    </form>
  );
}

/** CSV and JSONL downloads of what the list shows (all its pages). */
export function ExportLinks(props: { view: 'articles' | 'events' | 'storylines' | 'ledger'; extra: Record<string, string | undefined> }): JSX.Element {
  return (
    <p class="export">
      Export:{' '}
      <a href={paths.exportOf(props.view, 'csv', props.extra)} download>
        CSV
      </a>{' '}
      ·{' '}
      <a href={paths.exportOf(props.view, 'jsonl', props.extra)} download>
        JSONL
      </a>
    </p>
  );
}
