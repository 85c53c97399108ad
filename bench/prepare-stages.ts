// The pure step's CPU per document, stage by stage (extract, analyze, fingerprint, weave features), warm on one thread,
// optionally against another tree's src in the same process (rounds alternated), so an A/B needs no figure of another run.
// node --import tsx bench/prepare-stages.ts [--limit N=910] [--rounds R=5] [--corpus polnear|stream|trafilatura|wcxb] [--against DIR]
//   [--only extract|analyze|fingerprint|features] (time that stage alone: more rounds in the same time)
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis, Article, Fingerprint, RawDoc, Rejection } from '../src/model.js';
import type { WeaveFeatures, WeaveInput } from '../src/weave/types.js';
import { prepareCorpora } from './lib/prepare-corpora.js';
import { threadCpuNs } from './lib/thread-cpu.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const limit = Number(arg('--limit') ?? 910);
const rounds = Number(arg('--rounds') ?? 5);
const corpusName = arg('--corpus') ?? 'polnear';
const against = arg('--against');
const only = arg('--only');
if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(rounds) || rounds < 1) {
  console.error(
    'usage: node --import tsx bench/prepare-stages.ts [--limit N=910] [--rounds R=5] [--corpus NAME] [--against DIR]  (N, R positive integers; DIR a tree or its src folder)',
  );
  process.exit(2);
}

type Stages = {
  extract(raw: RawDoc): Article | Rejection;
  analyzeArticle(a: Article): Analysis;
  fingerprint(text: string): Fingerprint;
  weaveFeaturesOf(a: WeaveInput): WeaveFeatures | undefined;
  weaveInputOf(a: Article, analysis: Analysis): WeaveInput;
};

async function load(src: string): Promise<Stages> {
  const mod = async (p: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(src, p)).href)) as Record<string, unknown>;
  return {
    ...(await mod('extract/index.ts')),
    ...(await mod('analyze/index.ts')),
    ...(await mod('fingerprint/index.ts')),
    ...(await mod('weave/index.ts')),
  } as unknown as Stages;
}

function srcOf(dir: string): string {
  const d = resolve(dir);
  return d.endsWith('/src') ? d : join(d, 'src');
}

const corpus = prepareCorpora(limit).find((c) => c.name === corpusName);
if (!corpus) {
  console.log(`prepare-stages: corpus ${corpusName} is not in ../shared/data; nothing to run`);
  process.exit(0);
}
const STAGES = ['extract', 'analyze', 'fingerprint', 'features'] as const;
type Tree = { name: string; s: Stages; articles: Article[]; analyses: Analysis[]; inputs: WeaveInput[]; ns: Record<(typeof STAGES)[number], number[]> };
const trees: Tree[] = [];
for (const [name, src] of [['this tree', srcOf(join(import.meta.dirname, '..'))], ...(against ? [[against, srcOf(against)]] : [])] as const) {
  const s = await load(src);
  const articles: Article[] = [];
  for (const raw of corpus.docs) {
    const a = s.extract(raw);
    if (!('rawId' in a && 'stage' in a)) articles.push(a as Article);
  }
  const analyses = articles.map((a) => s.analyzeArticle(a));
  const inputs = articles.map((a, i) => s.weaveInputOf(a, analyses[i]!));
  trees.push({ name, s, articles, analyses, inputs, ns: { extract: [], analyze: [], fingerprint: [], features: [] } });
}

let sink = 0;
function timed(stage: string, run: () => void): number {
  if (only && stage !== only) return 0;
  const t0 = threadCpuNs() ?? 0;
  run();
  return (threadCpuNs() ?? 0) - t0;
}
for (let r = 0; r <= rounds; r++) {
  for (const t of r % 2 ? [...trees].reverse() : trees) {
    const { s } = t;
    const ns = {
      extract: timed('extract', () => {
        for (const raw of corpus.docs) sink += s.extract(raw) ? 1 : 0;
      }),
      analyze: timed('analyze', () => {
        for (const a of t.articles) sink += s.analyzeArticle(a).quotes.length;
      }),
      fingerprint: timed('fingerprint', () => {
        for (const a of t.articles) sink += s.fingerprint(a.text).shingles;
      }),
      features: timed('features', () => {
        for (const x of t.inputs) sink += s.weaveFeaturesOf(x)?.words ?? 0;
      }),
    };
    if (r > 0) for (const k of STAGES) t.ns[k].push(ns[k]); // round 0 warms up
  }
}

const perDoc = (ns: number, n: number): string => (ns / 1e6 / n).toFixed(3);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `prepare-stages: ${corpus.docs.length} ${corpus.name} documents (${trees[0]!.articles.length} articles), ${rounds} warm rounds, ms CPU of the thread per document: min / median (check ${sink % 7})`,
);
console.log(`${'tree'.padEnd(24)} ${STAGES.map((k) => k.padStart(13)).join(' ')} ${'sum of mins'.padStart(12)}`);
for (const t of trees) {
  const n = (k: (typeof STAGES)[number]): number => (k === 'extract' ? corpus.docs.length : t.articles.length);
  const cells = STAGES.map((k) => `${perDoc(Math.min(...t.ns[k]), n(k))} / ${perDoc(median(t.ns[k]), n(k))}`.padStart(13));
  const sum = STAGES.reduce((x, k) => x + Math.min(...t.ns[k]) / 1e6 / n(k), 0);
  console.log(`${t.name.slice(-24).padEnd(24)} ${cells.join(' ')} ${sum.toFixed(3).padStart(12)}`);
}
console.log(
  `load average: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
