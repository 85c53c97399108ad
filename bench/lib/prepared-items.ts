// The writer benches' input: N PolNeAR files written to a folder, read back and prepared on the calling thread (not timed).
import { join } from 'node:path';
import { type Prepared, prepareDoc } from '../../src/engine/index.js';
import { readSources } from '../../src/ingest/sources.js';
import type { RawDoc } from '../../src/model.js';
import { writePolnearFiles } from './polnear-files.js';

export type PreparedItem = { raw: RawDoc; prepared: Prepared };

/** N PolNeAR files written under `dir`/articles, read and prepared in order; null (said) when the data set is absent. */
export async function preparedPolnearItems(dir: string, n: number): Promise<PreparedItem[] | null> {
  const src = join(dir, 'articles');
  if (writePolnearFiles(src, n) === null) return null;
  const items: PreparedItem[] = [];
  for await (const it of readSources([src], {})) if (it.raw) items.push({ raw: it.raw, prepared: prepareDoc(it.raw) });
  return items;
}
