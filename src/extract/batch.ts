// The `newsloom extract` row contract: {id, html?, text?, url?, ...} -> {id, title, authors, published, language, outlet, dateline, text, provenance}.
import { rowFromObject } from '../ingest/jsonl.js';
import type { RawDoc } from '../model.js';
import { shortHash } from '../util/hash.js';
import { extract, isRejection } from './index.js';

/** Extract one batch row; throws with the reason when the row holds no usable article. */
export function extractRow(row: Record<string, unknown>, line: number) {
  const parsed = rowFromObject(row, `row ${line}`);
  const bytes = Buffer.from(JSON.stringify(row), 'utf8');
  const raw: RawDoc = { id: shortHash('raw', parsed.format, bytes), origin: { kind: 'jsonl', path: '-', line }, format: parsed.format, bytes, body: parsed.body, fetchedAt: new Date().toISOString(), hints: parsed.hints };
  const a = extract(raw);
  if (isRejection(a)) throw new Error(a.reason);
  return { id: row.id ?? null, title: a.title, authors: a.authors, published: a.published, language: a.language, outlet: a.outlet, dateline: a.dateline, url: a.url, text: a.text, provenance: a.provenance };
}
