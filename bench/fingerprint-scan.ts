// Benchmark: opening a SQLite store reads every fingerprint in seq order (allFingerprints, the copy index); the time per
// store size with the fingerprints_seq index and without it (schema 15), in one process. Usage: bench/fingerprint-scan.ts [N...]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/store.js';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const dir = mkdtempSync(join(tmpdir(), 'newsloom-fpscan-'));

async function readAll(store: SqliteStore): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  let rows = 0;
  for await (const _ of store.allFingerprints()) rows++;
  return { ms: performance.now() - t0, rows };
}

try {
  console.log('rows  with fingerprints_seq (ms)  without (ms)');
  for (const n of sizes.length ? sizes : [20_000, 50_000, 100_000]) {
    const store = SqliteStore.open(join(dir, `s${n}.db`));
    store.db.pragma('foreign_keys = OFF');
    const put = store.db.prepare('INSERT INTO fingerprints (article_id, seq, exact, minhash, shingles) VALUES (?, ?, ?, ?, 300)');
    const minhash = Buffer.alloc(512, 7); // a signature's size on disk
    store.db.transaction(() => {
      for (let i = 0; i < n; i++) put.run(`a${i.toString(16).padStart(15, '0')}`, i + 1, `e${i}`, minhash);
    })();
    const withIndex = await readAll(store);
    store.db.exec('DROP INDEX fingerprints_seq');
    const without = await readAll(store);
    console.log(`${n}  ${withIndex.ms.toFixed(0)}  ${without.ms.toFixed(0)}  (${withIndex.rows}/${without.rows} rows)`);
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
