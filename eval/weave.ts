// Event clustering quality on ECB+ dev: BCubed P/R/F1 of weave events vs gold subtopics, shuffled and file order, beside a TF-IDF baseline.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Weaver, bcubed, type WeaveConfig } from '../src/weave/index.js';
import { singlePassTfidf } from '../src/weave/baseline-tfidf.js';

interface EcbDoc { doc_id: string; topic: number; subtopic: string; text: string }

const DATA = fileURLToPath(new URL('../../shared/data/ecbplus-dev.jsonl.gz', import.meta.url));
const SEED = 20240613;

/** Small deterministic PRNG (mulberry32) for a reproducible shuffle. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function fmt(x: number): string {
  return x.toFixed(4);
}

function runWeave(docs: EcbDoc[], config: Partial<WeaveConfig>): Map<string, string> {
  const w = new Weaver(config);
  const pred = new Map<string, string>();
  for (const d of docs) pred.set(d.doc_id, w.add({ id: d.doc_id, title: null, text: d.text, published: null }).event);
  return pred;
}

function main(): void {
  if (!existsSync(DATA)) {
    console.log(`eval/weave: ${DATA} not found; skipping (place ecbplus-dev.jsonl.gz in ../shared/data to run).`);
    return;
  }
  const docs: EcbDoc[] = gunzipSync(readFileSync(DATA)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EcbDoc);
  const gold = new Map(docs.map((d) => [d.doc_id, d.subtopic]));
  const orders: [string, EcbDoc[]][] = [['shuffled(seed ' + SEED + ')', shuffled(docs, SEED)], ['file order', docs]];
  const extraSeeds = [1, 2, 3, 4, 5];
  const sweep = process.argv.includes('--sweep');
  console.log(`ECB+ dev: ${docs.length} docs, ${gold.size} items, ${new Set(gold.values()).size} gold events`);

  const overrides: Partial<WeaveConfig> = {};
  for (const arg of process.argv.slice(2)) {
    const m = /^--(\w+)=([\d.]+)$/.exec(arg);
    if (m) (overrides as Record<string, number>)[m[1]] = Number(m[2]);
  }
  for (const [name, order] of orders) {
    const t0 = performance.now();
    const s = bcubed(runWeave(order, overrides), gold);
    const ms = performance.now() - t0;
    console.log(`weave  ${name.padEnd(22)} P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}  events ${s.predictedClusters}  (${(ms / order.length).toFixed(2)} ms/article)`);
  }
  const f1s = extraSeeds.map((seed) => bcubed(runWeave(shuffled(docs, seed), overrides), gold).f1);
  console.log(`weave  other shuffles (seeds ${extraSeeds.join(',')}): F1 ${f1s.map(fmt).join(' ')}  mean ${fmt(f1s.reduce((a, b) => a + b, 0) / f1s.length)}`);

  if (sweep) {
    for (const th of (process.env.SWEEP ?? "0.15,0.18,0.2,0.22,0.25,0.28,0.3,0.33").split(",").map(Number)) {
      const s = bcubed(runWeave(orders[0][1], { ...overrides, joinThreshold: th }), gold);
      const m = extraSeeds.map((seed) => bcubed(runWeave(shuffled(docs, seed), { ...overrides, joinThreshold: th }), gold).f1);
      console.log(`  sweep joinThreshold ${th.toFixed(2)}: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}  other-shuffle mean F1 ${fmt(m.reduce((a, b) => a + b, 0) / m.length)}`);
    }
  }

  if (process.env.NOBASE) return;
  for (const [name, order] of orders) {
    let best = { th: 0, p: 0, r: 0, f1: -1, k: 0 };
    for (let th = 0.05; th <= 0.6001; th += 0.025) {
      const ids = singlePassTfidf(order.map((d) => d.text), th);
      const pred = new Map(order.map((d, i) => [d.doc_id, String(ids[i])]));
      const s = bcubed(pred, gold);
      if (s.f1 > best.f1) best = { th, p: s.precision, r: s.recall, f1: s.f1, k: s.predictedClusters };
    }
    console.log(`baseline single-pass TF-IDF cosine ${name.padEnd(22)} best threshold ${best.th.toFixed(3)}: P ${fmt(best.p)} R ${fmt(best.r)} F1 ${fmt(best.f1)}  events ${best.k}`);
  }
}

main();
