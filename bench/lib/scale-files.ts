// The plain-text files of the scale corpus (bench/lib/scale-corpus.ts): N PolNeAR-sized articles, each a title, a date
// line and the text, one file each, so a plain-text ingest bench can run 10k+ distinct articles (PolNeAR holds ~900).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaleCorpus } from './scale-corpus.js';

/** Writes article files `from`..n-1 into `dir` (created); their total size in bytes, or null (said) when a data set is absent. */
export function writeScaleFiles(dir: string, n: number, from = 0): number | null {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let i = 0;
  for (const row of scaleCorpus(n, 1)) {
    if (i < from) {
      i++;
      continue;
    }
    const date = new Date(row.published).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    const body = `${row.title}\n${date}\n\n${row.text}\n`;
    bytes += Buffer.byteLength(body);
    writeFileSync(join(dir, `${String(i++).padStart(7, '0')}.txt`), body);
  }
  if (i === 0) {
    console.log('scale corpus: ../shared/data lacks a data set it reads (polnear-dev, stream-dev, ecbplus-dev); nothing to run');
    return null;
  }
  return bytes;
}
