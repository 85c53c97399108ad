// The plain-text files the ingest benches read: N PolNeAR articles (title, text, a share line and a comments line; past
// the data set's end, copies marked as such) written into a folder, one file each.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './datasets.js';

/** Writes N article files into `dir` (created); their total size in bytes, or null (said) when the data set is absent. */
export function writePolnearFiles(dir: string, n: number): number | null {
  const rows = loadDataset<{ title: string; text: string }>('polnear-dev.jsonl.gz');
  if (!rows) return null;
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i % rows.length]!;
    const body = `${r.title}\n\n${r.text}\n\nShare this article\nComments are closed\n${i >= rows.length ? `\n(copy ${Math.floor(i / rows.length)})` : ''}`;
    bytes += Buffer.byteLength(body);
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), body);
  }
  return bytes;
}
