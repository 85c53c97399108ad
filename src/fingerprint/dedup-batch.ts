// The pure batch behind `newsloom dedup`: rows {id, text, published?} in order -> {id, copyOf, similarity, group} per row, in input order.
import { CopyIndex } from './copy-index.js';
import { fingerprint } from './fingerprint.js';
import { DEFAULT_PARAMS, type FingerprintParams } from './params.js';

export interface DedupInput {
  id: string;
  text: string;
  published?: string | null;
}

export interface DedupOutput {
  id: string;
  copyOf: string | null;
  similarity: number;
  group: string;
}

export interface DedupRowError {
  id: string | null;
  error: string;
}

/**
 * Runs the whole input through one CopyIndex (seq = input position) and reports each row's final lineage, so
 * copyOf always points at the group's origin as known after the last row. A row without a usable id or text
 * gives {id, error} in its place and does not stop the others; a repeated id reports the first row's result.
 */
export function dedupBatch(rows: readonly unknown[], params: FingerprintParams = DEFAULT_PARAMS): (DedupOutput | DedupRowError)[] {
  const index = new CopyIndex(params, rows.length);
  const ids: (string | DedupRowError)[] = rows.map((row, seq) => {
    const r = (row ?? {}) as Partial<Record<keyof DedupInput, unknown>>;
    const id = typeof r.id === 'string' && r.id !== '' ? r.id : typeof r.id === 'number' ? String(r.id) : null;
    if (id === null) return { id: null, error: 'row has no id (a non-empty string or number is required)' };
    if (typeof r.text !== 'string') return { id, error: 'row has no text field (a string is required)' };
    const published = typeof r.published === 'string' && r.published !== '' ? r.published : null;
    index.add({ id, fp: fingerprint(r.text, params), published, seq });
    return id;
  });
  return ids.map((x) => {
    if (typeof x !== 'string') return x;
    const res = index.resultFor(x)!;
    return { id: x, copyOf: res.copyOf, similarity: res.similarity, group: res.group };
  });
}
