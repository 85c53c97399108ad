// Batch rows ({id, html?, text?, url?, ...}) to Articles, and the `newsloom extract` output row.
import { rowFromObject } from '../ingest/jsonl.js';
import type { Article, RawDoc } from '../model.js';
import { shortHash } from '../util/hash.js';
import { extract, isRejection } from './index.js';

/** Clean one batch row into an Article exactly as ingest would; throws with the reason when it holds no usable article. */
export function articleFromRow(row: Record<string, unknown>, line: number): Article {
  const parsed = rowFromObject(row, `row ${line}`);
  const bytes = Buffer.from(JSON.stringify(row), 'utf8');
  const raw: RawDoc = { id: shortHash('raw', parsed.format, bytes), origin: { kind: 'jsonl', path: '-', line }, format: parsed.format, bytes, body: parsed.body, fetchedAt: new Date().toISOString(), hints: parsed.hints };
  const a = extract(raw);
  if (isRejection(a)) throw new Error(a.reason.replace(/^[^:]*:\d+: /, ''));
  return a;
}

/** The `newsloom extract` contract for one row. */
export function extractRow(row: Record<string, unknown>, line: number) {
  const a = articleFromRow(row, line);
  return { id: row.id ?? null, title: a.title, authors: a.authors, published: a.published, language: a.language, outlet: a.outlet, dateline: a.dateline, url: a.url, text: a.text, provenance: a.provenance };
}
