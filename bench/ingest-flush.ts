// Benchmark: what the weave's row flushes write during an ingest (rows and KB per flush and per article, by kind).
// node --import tsx bench/ingest-flush.ts [N=1000]: the PolNeAR files of bench/ingest.ts through Engine.ingest on one thread.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine/index.js';
import type { WeaveRowChanges } from '../src/store/store.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { loadDataset } from './lib/datasets.js';

const N = Number(process.argv[2] ?? 1000);
const rows = loadDataset<{ title: string; text: string }>('polnear-dev.jsonl.gz');
if (!rows) process.exit(0);
const dir = mkdtempSync(join(tmpdir(), 'newsloom-flush-'));
const src = join(dir, 'articles');
mkdirSync(src);
for (let i = 0; i < N; i++) {
  const r = rows[i % rows.length]!;
  const body = `${r.title}\n\n${r.text}\n\nShare this article\nComments are closed\n${i >= rows.length ? `\n(copy ${Math.floor(i / rows.length)})` : ''}`;
  writeFileSync(join(src, `${String(i).padStart(6, '0')}.txt`), body);
}
const store = SqliteStore.open(join(dir, 'bench.db'));
const byKind = new Map<string, { rows: number; bytes: number }>();
let flushes = 0;
let saveMs = 0;
const save = store.saveWeaveRows.bind(store);
store.saveWeaveRows = async (changes: WeaveRowChanges, saved: boolean) => {
  flushes++;
  for (const r of changes.upserts) {
    const k = byKind.get(r.kind) ?? { rows: 0, bytes: 0 };
    k.rows++;
    k.bytes += r.kind.length + r.key.length + (typeof r.data === 'string' ? Buffer.byteLength(r.data) : (r.data as Uint8Array).byteLength);
    byKind.set(r.kind, k);
  }
  const t = performance.now();
  await save(changes, saved);
  saveMs += performance.now() - t;
};
const report = await new Engine(store).ingest([src], {});
await store.close();
rmSync(dir, { recursive: true, force: true });
const n = report.added.length;
let allRows = 0;
let allBytes = 0;
for (const v of byKind.values()) {
  allRows += v.rows;
  allBytes += v.bytes;
}
console.log(
  `${n} articles, ${flushes} flushes: ${(allRows / flushes).toFixed(0)} rows and ${(allBytes / 1e3 / flushes).toFixed(0)} KB per flush, ${(allBytes / 1e3 / n).toFixed(1)} KB and ${(allRows / n).toFixed(1)} rows per article; saveWeaveRows ${(saveMs / n).toFixed(2)} ms wall per article`,
);
for (const [k, v] of [...byKind].sort((a, b) => b[1].bytes - a[1].bytes))
  console.log(`  ${k}: ${(v.rows / n).toFixed(1)} rows, ${(v.bytes / 1e3 / n).toFixed(1)} KB per article`);
