// Copy-index benchmark: fingerprint throughput on real texts; insert CPU per document, p50/p99 query latency and memory per document at 10k-1M synthetic documents.
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { CopyIndex, DEFAULT_PARAMS, fingerprint, signatureOfTokens, tokenHashes, words } from '../src/fingerprint/index.js';
import type { Fingerprint } from '../src/model.js';
import { readJsonlGz, rng } from '../lib/dedup-data.js';

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
 * Checked against real news (issue 4): unrelated synthetic pairs become LSH candidates at about 2.4 per million
 * pairs, real PolNeAR + WCXB articles at about 6 per million, so the sets are not more repetitive than news;
 * the candidates per insert still grow linearly with the index, as for any banded LSH with fixed parameters.
 */
class Synth {
  private readonly sentences: Uint32Array[];
  private readonly stream: Uint32Array;
  private readonly r: () => number;
  private readonly recent: Uint32Array[] = [];
  constructor(texts: string[], seed: number) {
    this.r = rng(seed);
    this.sentences = texts
      .flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/))
      .map((s) => tokenHashes(words(s)))
      .filter((s) => s.length >= 4);
    let n = 0;
    for (const s of this.sentences) n += s.length;
    this.stream = new Uint32Array(n);
    let o = 0;
    for (const s of this.sentences) {
      this.stream.set(s, o);
      o += s.length;
    }
  }
  get sentenceCount(): number {
    return this.sentences.length;
  }
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
    for (let i = 0; i < k; i++) {
      const s = this.sentences[Math.floor(this.r() * this.sentences.length)]!;
      parts.push(s);
      len += s.length;
    }
    const doc = new Uint32Array(len);
    let o = 0;
    for (const s of parts) {
      doc.set(s, o);
      o += s.length;
    }
    return this.perturb(doc, 0.25);
  }
  copyOfRecent(): Uint32Array | null {
    if (this.recent.length === 0) return null;
    const src = this.recent[Math.floor(this.r() * this.recent.length)]!;
    return this.perturb(src, 0.03, 0.7 + this.r() * 0.3);
  }
  next(): Uint32Array {
    const d = (this.r() < 0.05 ? this.copyOfRecent() : null) ?? this.fresh();
    if (this.recent.length < 2000) this.recent.push(d);
    else this.recent[Math.floor(this.r() * 2000)] = d;
    return d;
  }
  random(): number {
    return this.r();
  }
}

/** Synthetic docs have no text; a key from the length and signature keeps the exact-hash path out of the measurement. */
const exactKey = (tokens: number, sig: Uint32Array): string => `${tokens}:${sig[0]}:${sig[1]}:${sig[2]}`;

/** N synthetic documents as flat signature and shingle-count arrays, plus their id and exact-key strings. */
interface DocSet {
  sigs: Uint32Array;
  shingles: Uint32Array;
  ids: string[];
  exacts: string[];
}

function makeDocs(synth: Synth, N: number): DocSet {
  const P = DEFAULT_PARAMS.permutations;
  const sigs = new Uint32Array(N * P);
  const shingles = new Uint32Array(N);
  const tokens = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const t = synth.next();
    const s = signatureOfTokens(t);
    sigs.set(s.minhash, i * P);
    shingles[i] = s.shingles;
    tokens[i] = t.length;
  }
  const ids: string[] = new Array(N);
  const exacts: string[] = new Array(N);
  for (let i = 0; i < N; i++) {
    ids[i] = `d${i}`;
    exacts[i] = exactKey(tokens[i]!, sigs.subarray(i * P, i * P + 3));
  }
  return { sigs, shingles, ids, exacts };
}

function fp(tokens: Uint32Array): Fingerprint {
  const s = signatureOfTokens(tokens);
  return { exact: exactKey(tokens.length, s.minhash), minhash: s.minhash, shingles: s.shingles };
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
  console.log(
    `fingerprint(text) on ${sample.length} real articles (avg ${(chars / sample.length).toFixed(0)} chars): ${(ms / sample.length).toFixed(3)} ms/doc wall, ${((c.user + c.system) / 1000 / sample.length).toFixed(3)} ms/doc CPU, ${(sample.length / (ms / 1000)).toFixed(0)} docs/s`,
  );
}

/** Heap size of a flat one-byte V8 string in Node (64-bit, no pointer compression): 16-byte header, characters, rounded up to 8 bytes. */
const stringHeapBytes = (s: string): number => Math.ceil((16 + s.length) / 8) * 8;

/** Milliseconds spent in garbage collection while it runs, as reported by the runtime. */
function gcWatch(): { stop: () => Promise<number> } {
  let ms = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) ms += e.duration;
  });
  obs.observe({ entryTypes: ['gc'] });
  return {
    stop: async () => {
      await new Promise((r) => setTimeout(r, 100)); // entries are delivered asynchronously
      obs.disconnect();
      return ms;
    },
  };
}

async function benchSize(texts: string[], N: number, queries: number): Promise<void> {
  const gcable = globalThis as { gc?: () => void };
  const P = DEFAULT_PARAMS.permutations;
  const synth = new Synth(texts, 7 + N);
  const g0 = performance.now();
  const docs = makeDocs(synth, N);
  const genS = (performance.now() - g0) / 1000;
  gcable.gc?.();
  const m0 = process.memoryUsage();
  // --presize: tell the index the expected size (as a store rebuilding from N rows can), so tables never double.
  const index = new CopyIndex(DEFAULT_PARAMS, process.argv.includes('--presize') ? N : undefined);
  // Everything a document needs is made before the clock starts; the timed loop is only index.add().
  const segments = 10;
  const segCpu = new Float64Array(segments);
  let copies = 0;
  const gc = gcWatch();
  const t0 = performance.now();
  for (let s = 0; s < segments; s++) {
    const lo = Math.floor((s * N) / segments);
    const hi = Math.floor(((s + 1) * N) / segments);
    const c0 = process.cpuUsage();
    for (let i = lo; i < hi; i++) {
      const fpi = { exact: docs.exacts[i]!, minhash: docs.sigs.subarray(i * P, (i + 1) * P), shingles: docs.shingles[i]! };
      if (index.add({ id: docs.ids[i]!, fp: fpi, published: null, seq: i }).copyOf !== null) copies++;
    }
    const c = process.cpuUsage(c0);
    segCpu[s] = c.user + c.system;
    if (N >= 100000) process.stderr.write(`  ... ${hi} docs, ${((c.user + c.system) / (hi - lo)).toFixed(1)} us/doc CPU in this tenth\n`);
  }
  const addMs = performance.now() - t0;
  const gcMs = await gc.stop();
  gcable.gc?.();
  const m1 = process.memoryUsage();
  const st = index.stats();
  let stringBytes = 0;
  for (let i = 0; i < N; i++) stringBytes += stringHeapBytes(docs.ids[i]!) + stringHeapBytes(docs.exacts[i]!);
  // Queries: half near copies of indexed docs, half new docs. Signatures are made before timing.
  const qfps: Fingerprint[] = [];
  for (let i = 0; i < queries; i++) qfps.push(fp(i % 2 === 0 ? (synth.copyOfRecent() ?? synth.fresh()) : synth.fresh()));
  const lat = new Float64Array(queries);
  const cpuLat = new Float64Array(queries);
  let hits = 0,
    cands = 0;
  const qc0 = process.cpuUsage();
  for (let i = 0; i < queries; i++) {
    const u0 = process.cpuUsage();
    const t = performance.now();
    const c = index.query(qfps[i]!);
    lat[i] = performance.now() - t;
    const u1 = process.cpuUsage(u0);
    cpuLat[i] = (u1.user + u1.system) / 1000;
    cands += c.length;
    if (c.some((x) => x.copy)) hits++;
  }
  const qc = process.cpuUsage(qc0);
  let qTotal = 0;
  for (const x of lat) qTotal += x;
  let cpuAll = 0;
  for (const x of segCpu) cpuAll += x;
  const half = segCpu.subarray(segments / 2).reduce((a, b) => a + b, 0) / (N - Math.floor(N / 2));
  const heapDelta = m1.heapUsed + m1.arrayBuffers - (m0.heapUsed + m0.arrayBuffers);
  console.log(
    `\nN=${N.toLocaleString('en')}${process.argv.includes('--presize') ? ' (presized)' : ''}: ${genS.toFixed(0)} s to make the documents and signatures (not timed); linked as copies: ${copies}`,
  );
  console.log(
    `  insert CPU ${(cpuAll / N).toFixed(1)} us/doc over the whole run (process CPU: includes table doubling, GC and JIT warm-up), ${half.toFixed(1)} us/doc over its second half; wall ${((addMs / N) * 1000).toFixed(1)} us/doc, ${(N / (addMs / 1000)).toFixed(0)} docs/s`,
  );
  console.log(
    `  insert CPU us/doc by tenth of the run: ${Array.from(segCpu, (us) => (us / (N / segments)).toFixed(1)).join(' ')}; GC ${gcMs.toFixed(1)} ms (${((gcMs * 1000) / N).toFixed(2)} us/doc)`,
  );
  console.log(
    `  LSH per insert: ${(st.candidates / Math.max(1, st.lshInserts)).toFixed(2)} candidates, ${(st.compared / Math.max(1, st.lshInserts)).toFixed(2)} compared; ${st.capped} inserts over the lsh.maxVerify cap (${DEFAULT_PARAMS.lsh.maxVerify})`,
  );
  console.log(
    `  query: ${queries} queries, ${(queries / (qTotal / 1000)).toFixed(0)} q/s, p50 ${(q(lat, 0.5) * 1000).toFixed(0)} us, p99 ${(q(lat, 0.99) * 1000).toFixed(0)} us, max ${(q(lat, 1) * 1000).toFixed(0)} us, CPU ${((qc.user + qc.system) / queries).toFixed(1)} us/query; copy found for ${hits} (of ${queries / 2} near-copy queries), avg candidates returned ${(cands / queries).toFixed(2)}`,
  );
  console.log(
    `  query CPU time per query: p50 ${(q(cpuLat, 0.5) * 1000).toFixed(0)} us, p99 ${(q(cpuLat, 0.99) * 1000).toFixed(0)} us (excludes time the process was not running)`,
  );
  console.log(
    `  memory: index ${(heapDelta / N).toFixed(0)} bytes/doc (JS heap + array buffers), of which typed arrays ${(index.typedBytes() / N).toFixed(0)} bytes/doc; plus the caller's id and exact-key strings it keeps, ${(stringBytes / N).toFixed(0)} bytes/doc here (computed); rss ${mb(m1.rss)} MB`,
  );
}

async function main(): Promise<void> {
  const texts = loadTexts();
  if (!texts) {
    console.log('bench/dedup: ../shared/data/*.jsonl.gz not found; skipping (the synthetic sets are built from those real texts).');
    return;
  }
  const sizes = arg('--sizes', '10000,100000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const queries = Number(arg('--queries', '10000'));
  console.log(
    `bench/dedup: params k=${DEFAULT_PARAMS.shingleSize} P=${DEFAULT_PARAMS.permutations} bands=${DEFAULT_PARAMS.lsh.bands}x${DEFAULT_PARAMS.lsh.rows}; node ${process.version}`,
  );
  benchFingerprint(texts);
  for (const n of sizes) await benchSize(texts, n, queries);
}

await main();
