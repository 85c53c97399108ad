// Benchmark: the per-article cost of each stage as the store grows (bench/scale.ts --growth N runs it). One serial writer
// over SQLite, doing what WritePath.storeRaw does, stage by stage, with a CPU clock around each; a line per checkpoint.
// RSS counts the database pages SQLite maps (mmap_size 1 GB) and its 64 MB page cache; heap is the JavaScript heap
// (the weave, the copy index), after a full collection when run with --expose-gc.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze/index.js';
import { WovenState } from '../src/engine/woven-state.js';
import { planWeave, writeWeave } from '../src/engine/weave-step.js';
import { extract, isRejection } from '../src/extract/index.js';
import { fingerprint, signatureToBuffer } from '../src/fingerprint/index.js';
import { rawDocFromRow } from '../src/ingest/jsonl.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { scaleCorpus } from './lib/scale-corpus.js';

/** Store writes split: the original and the article (with its full-text rows), the analysis (quotes, entities), fingerprint and places, the batch commit with the weave rows. */
const STAGES = ['extract', 'analyze', 'fingerprint', 'copies', 'weave', 'st:article', 'st:analysis', 'st:places', 'st:commit'] as const;
type Stage = (typeof STAGES)[number];

export async function growth(n: number, every: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsloom-scale-'));
  const path = join(dir, 'growth.db');
  const store = SqliteStore.open(path, { mmap: false }); // as `newsloom ingest` opens it
  const state = new WovenState(store, undefined);
  const copies = await state.copyIndex();
  const weaver = await state.weaver();
  const spent = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  // CPU time, not wall time: other jobs on the machine stretch wall time but not the work done
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e3;
  };
  let t = cpuMs();
  const clock = (s: Stage) => {
    const now = cpuMs();
    spent[s] += now - t;
    t = now;
  };
  console.log(`per-article CPU cost by stage (ms, mean over the last ${every}) as the store grows; one writer, SQLite; art/s is wall-clock`);
  console.log(['articles', ...STAGES, 'total', 'art/s', 'RSS MB', 'heap MB', 'db MB'].map((h) => h.padStart(11)).join(' '));
  let i = 0;
  let windowStart = performance.now();
  await store.beginBatch();
  for (const row of scaleCorpus(n, 7)) {
    t = cpuMs();
    const raw = rawDocFromRow(row as unknown as Record<string, unknown>, { kind: 'jsonl', path: 'scale.jsonl', line: i + 1 }, `scale.jsonl:${i + 1}`);
    const article = extract(raw);
    clock('extract');
    if (isRejection(article)) throw new Error(article.reason);
    const analysis = analyze(article.text, { title: article.title });
    clock('analyze');
    const fp = fingerprint(article.text);
    clock('fingerprint');
    await store.putRaw(raw);
    const seq = await store.putArticle(article);
    clock('st:article');
    const { result, changed } = copies.addDetailed({ id: article.id, fp, published: article.published, seq });
    clock('copies');
    const plan = planWeave(weaver, article, analysis);
    clock('weave');
    await store.clearRejectionsFor(article.rawId);
    await store.putAnalysis(article.id, analysis);
    clock('st:analysis');
    await store.putFingerprint({
      articleId: article.id,
      seq,
      exact: fp.exact,
      minhash: signatureToBuffer(fp.minhash),
      shingles: fp.shingles,
      published: article.published,
      ...result,
    });
    if (changed.length) await store.updateLineage(changed);
    await writeWeave(store, plan);
    clock('st:places');
    state.changed();
    i++;
    if (i % 200 === 0) {
      await state.flushRows();
      await store.endBatch();
      await store.beginBatch();
    }
    clock('st:commit');
    if (i % every === 0) {
      const secs = (performance.now() - windowStart) / 1000;
      // live heap, not garbage yet to be collected (run with --expose-gc, as npm run bench:scale does)
      (globalThis as { gc?: () => void }).gc?.();
      const per = STAGES.map((s) => spent[s] / every);
      console.log(
        [
          String(i),
          ...per.map((x) => x.toFixed(2)),
          per.reduce((a, b) => a + b, 0).toFixed(2),
          (every / secs).toFixed(0),
          (process.memoryUsage().rss / 1e6).toFixed(0),
          (process.memoryUsage().heapUsed / 1e6).toFixed(0),
          (statSync(path).size / 1e6).toFixed(0),
        ]
          .map((c) => c.padStart(11))
          .join(' '),
      );
      for (const s of STAGES) spent[s] = 0;
      windowStart = performance.now();
    }
  }
  await state.flush();
  await store.endBatch();
  await store.close();
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
  rmSync(dir, { recursive: true, force: true });
}
