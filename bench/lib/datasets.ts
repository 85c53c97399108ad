// Reading the public dev data sets from ../shared/data (gzipped JSONL), saying so clearly when they are absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DATA_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');

/** Rows of data/<name>.jsonl.gz, or null (with a message on stderr) when the file is not there. */
export function loadDataset<T>(name: string): T[] | null {
  const path = join(DATA_DIR, name);
  if (!existsSync(path)) {
    process.stderr.write(`${path} is absent: this script needs the public dev data in ../shared/data (see docs/BENCHMARKS.md)\n`);
    return null;
  }
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
