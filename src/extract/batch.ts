// Batch rows ({id, html?, text?, url?, ...}) to Articles, and the `newsloom extract` output row.
import { rawDocFromRow } from '../ingest/jsonl.js';
import type { Article } from '../model.js';
import { extract, isRejection } from './index.js';

/** Clean one batch row into an Article exactly as ingest would; throws with the reason when it holds no usable article. */
export function articleFromRow(row: Record<string, unknown>, line: number): Article {
  const raw = rawDocFromRow(row, { kind: 'jsonl', path: '-', line }, `row ${line}`);
  const a = extract(raw);
  if (isRejection(a)) throw new Error(a.reason.replace(/^[^:]*:\d+: /, ''));
  return a;
}

/** The `newsloom extract` contract for one row. */
export function extractRow(row: Record<string, unknown>, line: number) {
  const a = articleFromRow(row, line);
  return {
    id: row.id ?? null,
    title: a.title,
    authors: a.authors,
    published: a.published,
    language: a.language,
    outlet: a.outlet,
    dateline: a.dateline,
    url: a.url,
    text: a.text,
    provenance: a.provenance,
  };
}
