// Benchmark: a prepare thread's work per document as the ingest gives it (distinct scale-corpus texts), on the calling
// thread: the pure step and the reply's making (toWire + v8 serialise, what postMessage copies), pass by pass.
// node --import tsx bench/ingest-prepare.ts [N=3000] [PASSES=2] [--split | --batch B] [--against DIR]
//   default: document by document (prepareDoc), CPU of the whole loop only; --split: the same with the thread's clock read
//   around each stage (each read is a /proc read, syscalls: they cost the stages too); --batch B: prepareStaged over
//   batches of B documents (src/parallel/prepare-staged.ts, what a prepare thread runs); --against DIR: also that tree's
//   src (its prepare-staged.ts with --batch when it has one, else prepareDoc document by document), the trees alternated pass by pass in this process.
// CPU of this thread from /proc/thread-self/schedstat; GC pauses from the `gc` performance entries (wall).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import type { Prepared } from '../src/engine/prepare.js';
import { readSources } from '../src/ingest/sources.js';
import type { RawDoc } from '../src/model.js';
import { writeScaleFiles } from './lib/scale-files.js';
import { threadCpuNs } from './lib/thread-cpu.js';

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv.splice(i, 2)[1] : undefined;
};
const split = argv.includes('--split');
if (split) argv.splice(argv.indexOf('--split'), 1);
const batch = opt('--batch');
const BATCH = batch === undefined ? 0 : Number(batch);
const against = opt('--against');
const N = Number(argv[0] ?? 3000);
const PASSES = Number(argv[1] ?? 2);
if (!Number.isInteger(N) || N < 1 || !Number.isInteger(PASSES) || PASSES < 1 || !Number.isInteger(BATCH) || BATCH < 0) {
  console.error('usage: node --import tsx bench/ingest-prepare.ts [N=3000] [PASSES=2] [--split | --batch B] [--against DIR]  (positive integers)');
  process.exit(2);
}

type Tree = {
  name: string;
  prepareDoc(raw: RawDoc): Prepared;
  prepareStaged?: (raws: readonly RawDoc[], done: (i: number, p: Prepared | Error) => void) => void;
  toWire(p: Prepared): unknown;
  stages: {
    extract(raw: RawDoc): unknown;
    isRejection(x: unknown): boolean;
    analyzeArticle(a: unknown): unknown;
    fingerprint(text: string): unknown;
    weaveFeaturesOf(x: unknown): unknown;
    weaveInputOf(a: unknown, an: unknown): unknown;
  };
};
async function load(name: string, src: string): Promise<Tree> {
  const mod = async (p: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(src, p)).href)) as Record<string, unknown>;
  const staged = join(src, 'parallel', 'prepare-staged.ts');
  return {
    name,
    prepareDoc: (await mod('engine/prepare.ts')).prepareDoc as Tree['prepareDoc'],
    prepareStaged: existsSync(staged) ? ((await mod('parallel/prepare-staged.ts')).prepareStaged as Tree['prepareStaged']) : undefined,
    toWire: (await mod('parallel/prepared-wire.ts')).toWire as Tree['toWire'],
    stages: {
      ...(await mod('extract/index.ts')),
      ...(await mod('analyze/index.ts')),
      ...(await mod('fingerprint/index.ts')),
      ...(await mod('weave/index.ts')),
    } as unknown as Tree['stages'],
  };
}
const srcOf = (dir: string): string => (resolve(dir).endsWith('/src') ? resolve(dir) : join(resolve(dir), 'src'));
const trees = [await load('this tree', join(import.meta.dirname, '..', 'src'))];
if (against) trees.push(await load(against, srcOf(against)));

const dir = mkdtempSync(join(tmpdir(), 'newsloom-prep-'));
if (writeScaleFiles(dir, N) === null) process.exit(0);
const raws: RawDoc[] = [];
// a thread is sent the document without its original bytes (prepare-pool.ts)
for await (const it of readSources([dir], {})) if (it.raw) raws.push({ ...it.raw, bytes: new Uint8Array(0) });
rmSync(dir, { recursive: true, force: true });

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

let bytes = 0;
const wire = (t: Tree, p: Prepared | Error): void => {
  if (!(p instanceof Error)) bytes += serialize(t.toWire(p)).length;
};
const STAGES = ['extract', 'analyze', 'fingerprint', 'features', 'wire'] as const;

/** One pass of tree `t` over every document: ms CPU per document, and the stages' when split. */
function pass(t: Tree): { all: number; ns?: Record<(typeof STAGES)[number], number> } {
  const all0 = threadCpuNs()!;
  if (BATCH > 0 && t.prepareStaged) {
    for (let from = 0; from < raws.length; from += BATCH) t.prepareStaged(raws.slice(from, from + BATCH), (_, p) => wire(t, p));
  } else if (!split) {
    // (a tree without prepare-staged.ts runs document by document even with --batch: main against this branch)
    for (const raw of raws) wire(t, t.prepareDoc(raw));
  } else {
    const ns = { extract: 0, analyze: 0, fingerprint: 0, features: 0, wire: 0 };
    const s = t.stages;
    for (const raw of raws) {
      const t0 = threadCpuNs()!;
      const article = s.extract(raw);
      const t1 = threadCpuNs()!;
      ns.extract += t1 - t0;
      if (s.isRejection(article)) continue;
      const analysis = s.analyzeArticle(article);
      const t2 = threadCpuNs()!;
      const fp = s.fingerprint((article as { text: string }).text);
      const t3 = threadCpuNs()!;
      const weave = s.weaveFeaturesOf(s.weaveInputOf(article, analysis));
      const t4 = threadCpuNs()!;
      wire(t, { kind: 'article', article, analysis, fp, weave } as Prepared);
      const t5 = threadCpuNs()!;
      ns.analyze += t2 - t1;
      ns.fingerprint += t3 - t2;
      ns.features += t4 - t3;
      ns.wire += t5 - t4;
    }
    return { all: threadCpuNs()! - all0, ns };
  }
  return { all: threadCpuNs()! - all0 };
}

const per = (x: number): string => (x / 1e6 / raws.length).toFixed(3);
const mode = BATCH > 0 ? `prepareStaged, batches of ${BATCH}` : split ? 'document by document, stages timed' : 'document by document';
console.log(`ingest-prepare: ${raws.length} scale documents, ${mode}; ms CPU of the thread per document`);
for (let p = 1; p <= PASSES; p++) {
  for (const t of p % 2 ? trees : [...trees].reverse()) {
    gcMs = 0;
    const r = pass(t);
    await new Promise((res) => setImmediate(res)); // this pass's gc entries
    const stages = r.ns ? `${STAGES.map((k) => `${k} ${per(r.ns![k])}`).join(', ')}; ` : '';
    console.log(`pass ${p}, ${t.name}: ${stages}whole ${per(r.all)}; GC pauses ${(gcMs / raws.length).toFixed(3)} ms wall; load ${loadavg()[0]!.toFixed(1)}`);
  }
}
console.log(`reply ${(bytes / PASSES / trees.length / raws.length / 1e3).toFixed(1)} KB serialised on average`);
