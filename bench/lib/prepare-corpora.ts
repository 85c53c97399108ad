// The pure step's benchmark inputs: raw documents built deterministically from the public dev sets (no files, no clock).
import type { RawDoc } from '../../src/model.js';
import { shortHash } from '../../src/util/hash.js';
import { loadDataset } from './datasets.js';

/** One corpus of raw documents, named. */
export type Corpus = { name: string; docs: RawDoc[] };

/** The fixed fetch time every document carries, so the outputs do not depend on when the bench runs. */
const FETCHED_AT = '2026-12-04T00:00:00.000Z';

function rawDoc(corpus: string, i: number, format: RawDoc['format'], body: string, url?: string): RawDoc {
  const bytes = Buffer.from(body, 'utf8');
  const path = `${corpus}/${String(i).padStart(5, '0')}.${format === 'html' ? 'html' : 'txt'}`;
  return {
    id: shortHash('raw', format, bytes),
    origin: url ? { kind: 'url', url, path } : { kind: 'file', path },
    format,
    bytes,
    body,
    fetchedAt: FETCHED_AT,
    hints: url ? { url } : {},
  };
}

/** A plain text as the ingest benches write it: title, text, and two furniture lines extract must cut. */
function plainText(title: string, text: string): string {
  return `${title}\n\n${text}\n\nShare this article\nComments are closed\n`;
}

/** PolNeAR's distinct articles as plain texts (the first row of each article). */
export function polnearDocs(limit: number): RawDoc[] | null {
  const rows = loadDataset<{ article: string; title: string; text: string }>('polnear-dev.jsonl.gz');
  if (!rows) return null;
  const seen = new Set<string>();
  const docs: RawDoc[] = [];
  for (const r of rows) {
    if (docs.length >= limit) break;
    if (seen.has(r.article)) continue;
    seen.add(r.article);
    docs.push(rawDoc('polnear', docs.length, 'text', plainText(r.title, r.text)));
  }
  return docs;
}

/** The corpora of the pure step, `limit` documents each: PolNeAR and stream-dev as plain texts, trafilatura-dev and wcxb pages as HTML. */
export function prepareCorpora(limit: number): Corpus[] {
  const out: Corpus[] = [];
  const polnear = polnearDocs(limit);
  if (polnear) out.push({ name: 'polnear', docs: polnear });
  const stream = loadDataset<{ title: string; text: string }>('stream-dev.jsonl.gz');
  if (stream) out.push({ name: 'stream', docs: stream.slice(0, limit).map((r, i) => rawDoc('stream', i, 'text', plainText(r.title, r.text))) });
  for (const [name, file] of [
    ['trafilatura', 'trafilatura-dev.jsonl.gz'],
    ['wcxb', 'wcxb-dev.jsonl.gz'],
  ] as const) {
    const rows = loadDataset<{ url: string; html: string }>(file);
    if (rows) out.push({ name, docs: rows.slice(0, limit).map((r, i) => rawDoc(name, i, 'html', r.html, r.url)) });
  }
  return out;
}
