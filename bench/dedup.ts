// Copy-index benchmark: fingerprint throughput on real texts; insert/query throughput, p50/p99 query latency and memory per document at 10k-1M synthetic documents.
import { performance } from 'node:perf_hooks';
import { CopyIndex, DEFAULT_PARAMS, fingerprint, signatureOfTokens, tokenHashes, words } from '../src/fingerprint/index.js';
import type { Fingerprint } from '../src/model.js';
import { readJsonlGz, rng } from '../eval/dedup-data.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const q = (xs: Float64Array | number[], p: number): number => {
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const mb = (b: number): string => (b / 1048576).toFixed(0);

function loadTexts(): string[] | null {
  const pol = readJsonlGz<{ text: string }>('polnear-dev.jsonl.gz');
  const wc = readJsonlGz<{ main_content: string | null }>('wcxb-dev.jsonl.gz');
  const ecb = readJsonlGz<{ text: string }>('ecbplus-dev.jsonl.gz');
  if (!pol || !wc || !ecb) return null;
  return [...pol.map((r) => r.text), ...wc.map((r) => r.main_content ?? ''), ...ecb.map((r) => r.text)].filter((t) => t.length > 200);
}

/**
 * Synthetic news-like documents from real sentences: each doc is 8-32 real sentences (token hashes), with every
 * word replaced with probability 0.25 by a word drawn from the real word stream (so word frequencies stay
 * realistic but docs are not accidental copies of each other). 5% of docs are near copies of a recent doc
 * (3% words replaced, 70-100% kept), so the index also has real groups to link.
 */
class Synth {
  private readonly sentences: Uint32Array[];
  private readonly stream: Uint32Array;
  private readonly r: () => number;
  private readonly recent: Uint32Array[] = [];
  constructor(texts: string[], seed: number) {
    this.r = rng(seed);
    this.sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).map((s) => tokenHashes(words(s))).filter((s) => s.length >= 4);
    let n = 0;
    for (const s of this.sentences) n += s.length;
    this.stream = new Uint32Array(n);
    let o = 0;
    for (const s of this.sentences) { this.stream.set(s, o); o += s.length; }
  }
  get sentenceCount(): number { return this.sentences.length; }
  private perturb(src: Uint32Array, p: number, keep = 1): Uint32Array {
    const n = Math.max(1, Math.floor(src.length * keep));
    const out = src.slice(0, n);
    for (let i = 0; i < n; i++) if (this.r() < p) out[i] = this.stream[Math.floor(this.r() * this.stream.length)]!;
    return out;
  }
  fresh(): Uint32Array {
    const k = 8 + Math.floor(this.r() * 25);
    const parts: Uint32Array[] = [];
    let len = 0;
    for (let i = 0; i < k; i++) { const s = this.sentences[Math.floor(this.r() * this.sentences.length)]!; parts.push(s); len += s.length; }
    const doc = new Uint32Array(len);
    let o = 0;
    for (const s of parts) { doc.set(s, o); o += s.length; }
    return this.perturb(doc, 0.25);
  }
  copyOfRecent(): Uint32Array | null {
    if (this.recent.length === 0) return null;
    const src = this.recent[Math.floor(this.r() * this.recent.length)]!;
    return this.perturb(src, 0.03, 0.7 + this.r() * 0.3);
  }
  next(): Uint32Array {
    const d = (this.r() < 0.05 ? this.copyOfRecent() : null) ?? this.fresh();
    if (this.recent.length < 2000) this.recent.push(d); else this.recent[Math.floor(this.r() * 2000)] = d;
    return d;
  }
  random(): number { return this.r(); }
}

function fp(tokens: Uint32Array): Fingerprint {
  const s = signatureOfTokens(tokens);
  // Synthetic docs have no text; a unique exact key keeps the exact-hash path out of the measurement.
  return { exact: `${tokens.length}:${s.minhash[0]}:${s.minhash[1]}:${s.minhash[2]}`, minhash: s.minhash, shingles: s.shingles };
}

function benchFingerprint(texts: string[]): void {
  const sample = texts.slice(0, 2000);
  let chars = 0;
  for (const t of sample) chars += t.length;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of sample) fingerprint(t);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  console.log(`fingerprint(text) on ${sample.length} real articles (avg ${(chars / sample.length).toFixed(0)} chars): ${(ms / sample.length).toFixed(3)} ms/doc wall, ${((c.user + c.system) / 1000 / sample.length).toFixed(3)} ms/doc CPU, ${(sample.length / (ms / 1000)).toFixed(0)} docs/s`);
}

function benchSize(texts: string[], N: number, queries: number): void {
  const gcable = globalThis as { gc?: () => void };
  gcable.gc?.();
  const synth = new Synth(texts, 7 + N);
  gcable.gc?.();
  const m0 = process.memoryUsage();
  // --presize: tell the index the expected size (as a store rebuilding from N rows can), so tables never rehash.
  const index = new CopyIndex(DEFAULT_PARAMS, process.argv.includes('--presize') ? N : undefined);
  const batch = Math.max(1, Math.min(10000, Math.floor(N / 10)));
  const segments = 10;
  const segAdd = new Float64Array(segments);
  const segCpu = new Float64Array(segments);
  let addMs = 0, signMs = 0, copies = 0, addCpuUs = 0;
  for (let start = 0; start < N; start += batch) {
    const n = Math.min(batch, N - start);
    const t0 = performance.now();
    const fps: Fingerprint[] = new Array(n);
    for (let i = 0; i < n; i++) fps[i] = fp(synth.next());
    const t1 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) {
      const r = index.add({ id: `d${start + i}`, fp: fps[i]!, published: null, seq: start + i });
      if (r.copyOf !== null) copies++;
    }
    const t2 = performance.now();
    const c1 = process.cpuUsage(c0);
    addCpuUs += c1.user + c1.system;
    segCpu[Math.min(segments - 1, Math.floor((start / N) * segments))] += c1.user + c1.system;
    signMs += t1 - t0;
    addMs += t2 - t1;
    segAdd[Math.min(segments - 1, Math.floor((start / N) * segments))] += t2 - t1;
    if (N >= 100000 && (start + n) % (N / 10) === 0) process.stderr.write(`  ... ${start + n} docs, add ${((addMs / (start + n)) * 1000).toFixed(1)} us/doc (wall) so far\n`);
  }
  gcable.gc?.();
  const m1 = process.memoryUsage();
  // Queries: half near copies of indexed docs, half new docs. Signatures are made before timing.
  const qfps: Fingerprint[] = [];
  for (let i = 0; i < queries; i++) qfps.push(fp(i % 2 === 0 ? (synth.copyOfRecent() ?? synth.fresh()) : synth.fresh()));
  const lat = new Float64Array(queries);
  let hits = 0, cands = 0;
  const qc0 = process.cpuUsage();
  const cpuLat = new Float64Array(queries);
  for (let i = 0; i < queries; i++) {
    const u0 = process.cpuUsage();
    const t0 = performance.now();
    const c = index.query(qfps[i]!);
    lat[i] = performance.now() - t0;
    const u1 = process.cpuUsage(u0);
    cpuLat[i] = (u1.user + u1.system) / 1000;
    cands += c.length;
    if (c.some((x) => x.copy)) hits++;
  }
  const qc = process.cpuUsage(qc0);
  let qTotal = 0;
  for (const x of lat) qTotal += x;
  const perSeg = Array.from(segAdd, (ms) => ((ms / (N / segments)) * 1000).toFixed(1));
  const heapDelta = m1.heapUsed + m1.arrayBuffers - (m0.heapUsed + m0.arrayBuffers);
  console.log(`\nN=${N.toLocaleString('en')}: insert ${(N / (addMs / 1000)).toFixed(0)} docs/s (${((addMs / N) * 1000).toFixed(1)} us/doc; signatures from tokens ${((signMs / N) * 1000).toFixed(0)} us/doc, not included), linked as copies: ${copies}`);
  console.log(`  insert CPU time ${(addCpuUs / N).toFixed(1)} us/doc (process CPU, less sensitive to other load on the machine); by tenth of the run: ${Array.from(segCpu, (us) => (us / (N / segments)).toFixed(1)).join(' ')}`);
  console.log(`  insert us/doc (wall) by tenth of the run: ${perSeg.join(' ')}`);
  console.log(`  query: ${queries} queries, ${(queries / (qTotal / 1000)).toFixed(0)} q/s, p50 ${(q(lat, 0.5) * 1000).toFixed(0)} us, p99 ${(q(lat, 0.99) * 1000).toFixed(0)} us, max ${(q(lat, 1) * 1000).toFixed(0)} us, CPU ${((qc.user + qc.system) / queries).toFixed(1)} us/query; copy found for ${hits} (of ${queries / 2} near-copy queries), avg candidates returned ${(cands / queries).toFixed(2)}`);
  console.log(`  query CPU time per query: p50 ${(q(cpuLat, 0.5) * 1000).toFixed(0)} us, p99 ${(q(cpuLat, 0.99) * 1000).toFixed(0)} us (excludes time the process was not running)`);
  console.log(`  memory: ${(heapDelta / N).toFixed(0)} bytes/doc (JS heap + array buffers), of which index typed arrays ${(index.typedBytes() / N).toFixed(0)} bytes/doc; rss ${mb(m1.rss)} MB`);
}

function main(): void {
  const texts = loadTexts();
  if (!texts) {
    console.log('bench/dedup: ../shared/data/*.jsonl.gz not found; skipping (the synthetic sets are built from those real texts).');
    return;
  }
  const sizes = arg('--sizes', '10000,100000').split(',').map(Number).filter((n) => n > 0);
  const queries = Number(arg('--queries', '10000'));
  console.log(`bench/dedup: params k=${DEFAULT_PARAMS.shingleSize} P=${DEFAULT_PARAMS.permutations} bands=${DEFAULT_PARAMS.lsh.bands}x${DEFAULT_PARAMS.lsh.rows}; node ${process.version}`);
  benchFingerprint(texts);
  for (const n of sizes) benchSize(texts, n, queries);
}

main();
