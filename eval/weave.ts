// Event clustering quality on ECB+ dev: BCubed P/R/F1 of weave events vs gold subtopics through the production path (extract + analyze), beside cheap-feature and TF-IDF baselines; --folds reports topic folds (--fit-pair-model: the pair model fitted per fold on its training topics); --errors lists where F1 is lost, --sweep sweeps the join threshold.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Weaver, type WeaveConfig, type WeaveInput, weaveInputOf } from '../src/weave/index.js';
import { bcubed } from './lib/bcubed.js';
import { singlePassTfidf } from './lib/baseline-tfidf.js';
import { articleFromRow } from '../src/extract/batch.js';
import { analyze } from '../src/analyze/index.js';
import { fitPairModelOn, foldReport, meanSd, meanWeaveF1, shuffled } from './lib/weave-folds.js';

interface EcbDoc {
  doc_id: string;
  topic: number;
  subtopic: string;
  text: string;
}

const DATA = fileURLToPath(new URL('../../shared/data/ecbplus-dev.jsonl.gz', import.meta.url));
const SEED = 20240613;
const EXTRA_SEEDS = [1, 2, 3, 4, 5];

function fmt(x: number): string {
  return x.toFixed(4);
}

/** The production path of `newsloom cluster` and ingest: a row {id, text} is extracted, analysed and turned into the weaver's input. */
function productionInput(d: EcbDoc, line: number): WeaveInput {
  const a = articleFromRow({ id: d.doc_id, text: d.text }, line);
  return weaveInputOf({ ...a, id: d.doc_id }, analyze(a.text, { title: a.title }));
}

/** The weaver's own cheap features: raw text, no title, no analyze (entities and quotes guessed inside the weaver). */
function cheapInput(d: EcbDoc): WeaveInput {
  return { id: d.doc_id, title: null, text: d.text, published: null };
}

/** Weave in order; events as handed out at add time, and as they stand at the end (an event merged later answers with the survivor). */
function weaveBoth(inputs: WeaveInput[], config: Partial<WeaveConfig>): { addTime: Map<string, string>; final: Map<string, string> } {
  const w = new Weaver(config);
  const addTime = new Map<string, string>();
  for (const x of inputs) addTime.set(x.id, w.add(x).event);
  const final = new Map<string, string>();
  for (const id of addTime.keys()) final.set(id, w.eventOf(id) as string);
  return { addTime, final };
}

function runWeave(inputs: WeaveInput[], config: Partial<WeaveConfig>): Map<string, string> {
  return weaveBoth(inputs, config).final;
}

function parseOverrides(): Partial<WeaveConfig> {
  const overrides: Partial<WeaveConfig> = {};
  for (const arg of process.argv.slice(2)) {
    const m = /^--(\w+)=([\d.]+)$/.exec(arg);
    if (m) (overrides as Record<string, number>)[m[1]] = Number(m[2]);
  }
  return overrides;
}

function report(label: string, inputs: WeaveInput[], gold: Map<string, string>, overrides: Partial<WeaveConfig>): void {
  const orders: [string, WeaveInput[]][] = [
    [`shuffled(seed ${SEED})`, shuffled(inputs, SEED)],
    ['file order', inputs],
  ];
  for (const [name, order] of orders) {
    const t0 = performance.now();
    const both = weaveBoth(order, overrides);
    const ms = performance.now() - t0;
    const s = bcubed(both.final, gold);
    const a = bcubed(both.addTime, gold);
    console.log(
      `${label.padEnd(11)} ${name.padEnd(22)} P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}  events ${s.predictedClusters}  (${(ms / order.length).toFixed(2)} ms/article)  | add-time ids: F1 ${fmt(a.f1)} events ${a.predictedClusters}`,
    );
  }
  const f1s = EXTRA_SEEDS.map((seed) => bcubed(runWeave(shuffled(inputs, seed), overrides), gold).f1);
  console.log(
    `${label.padEnd(11)} other shuffles (seeds ${EXTRA_SEEDS.join(',')}): F1 ${f1s.map(fmt).join(' ')}  mean ${fmt(f1s.reduce((a, b) => a + b, 0) / f1s.length)}`,
  );
}

/** Where F1 is lost: events mixing gold events (precision) and gold events spread over several events (recall), worst first. */
function errors(pred: Map<string, string>, gold: Map<string, string>, top: number): void {
  const n = gold.size;
  const group = (by: Map<string, string>, of: Map<string, string>): Map<string, Map<string, number>> => {
    const out = new Map<string, Map<string, number>>();
    for (const [id, k] of by) {
      const m = out.get(k) ?? new Map<string, number>();
      const o = of.get(id) as string;
      m.set(o, (m.get(o) ?? 0) + 1);
      out.set(k, m);
    }
    return out;
  };
  const loss = (parts: Map<string, number>): number => {
    const total = [...parts.values()].reduce((a, b) => a + b, 0);
    return [...parts.values()].reduce((t, k) => t + k * (1 - k / total), 0) / n;
  };
  for (const [label, groups] of [
    ['precision lost in events mixing gold events', group(pred, gold)],
    ['recall lost in gold events split over events', group(gold, pred)],
  ] as const) {
    const rows = [...groups.entries()]
      .map(([k, parts]) => ({ k, loss: loss(parts), parts }))
      .filter((r) => r.loss > 0)
      .sort((x, y) => y.loss - x.loss);
    console.log(`  ${label}: ${fmt(rows.reduce((t, r) => t + r.loss, 0))}`);
    for (const r of rows.slice(0, top))
      console.log(
        `    ${fmt(r.loss)}  ${r.k}: ${[...r.parts.entries()]
          .sort((x, y) => y[1] - x[1])
          .map(([o, c]) => `${o}:${c}`)
          .join(' ')}`,
      );
  }
}

function main(): void {
  if (!existsSync(DATA)) {
    console.log(`eval/weave: ${DATA} not found; skipping (place ecbplus-dev.jsonl.gz in ../shared/data to run).`);
    return;
  }
  const docs: EcbDoc[] = gunzipSync(readFileSync(DATA))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EcbDoc);
  const gold = new Map(docs.map((d) => [d.doc_id, d.subtopic]));
  console.log(`ECB+ dev: ${docs.length} docs, ${gold.size} items, ${new Set(gold.values()).size} gold events`);
  const overrides = parseOverrides();

  const t0 = performance.now();
  const prod = docs.map((d, i) => productionInput(d, i + 1));
  console.log(
    `production inputs (articleFromRow + analyze + weaveInputOf): ${((performance.now() - t0) / docs.length).toFixed(2)} ms/article; titles found ${prod.filter((x) => x.title).length}, mean entities ${(prod.reduce((t, x) => t + (x.entities?.length ?? 0), 0) / prod.length).toFixed(1)}, mean quotes ${(prod.reduce((t, x) => t + (x.quotes?.length ?? 0), 0) / prod.length).toFixed(1)}`,
  );
  if (!process.argv.includes('--no-folds')) {
    // the settings the folds choose among: FOLD_GRID_JSON (an array of config overrides), else join thresholds from FOLD_GRID
    const grid: Partial<WeaveConfig>[] = process.env.FOLD_GRID_JSON
      ? JSON.parse(process.env.FOLD_GRID_JSON)
      : (process.env.FOLD_GRID ?? '0.13,0.15,0.17,0.19,0.21,0.23').split(',').map((x) => ({ joinThreshold: Number(x) }));
    const fdocs = docs.map((d, i) => ({ id: d.doc_id, topic: d.topic, gold: d.subtopic, input: prod[i], text: d.text }));
    const k = Number(process.env.FOLDS ?? 3);
    // FOLD_SEEDS=a,b,c: choose and report on the mean over these shuffles (less arrival-order noise than one shuffle)
    const seeds = (process.env.FOLD_SEEDS ?? String(SEED)).split(',').map(Number);
    const fit = process.argv.includes('--fit-pair-model');
    const rs = foldReport(fdocs, overrides, grid, k, SEED, seeds, fit);
    console.log(
      `ECB+ dev topic folds (${k}; setting chosen on the other folds from ${grid.map((g) => JSON.stringify(g)).join(' ')}${fit ? ', each with the pair model fitted on the other folds' : ''}; ${seeds.length > 1 ? `mean over shuffles ${seeds.join(',')}` : `shuffled seed ${seeds[0]}`}):`,
    );
    for (const r of rs)
      console.log(
        `  fold ${r.fold} topics ${r.topics.join(',')}: chose ${JSON.stringify(grid[r.chosen])}${fit ? ` pairModel ${JSON.stringify(r.pairModel)}` : ''} -> P ${fmt(r.precision)} R ${fmt(r.recall)} F1 ${fmt(r.f1)}  | TF-IDF baseline (threshold ${r.baselineThreshold.toFixed(3)} chosen the same way) F1 ${fmt(r.baselineF1)}`,
      );
    for (const r of rs)
      console.log(
        `  fold ${r.fold} per setting (train F1 / held-out F1): ${r.perSetting.map((x, i) => `${JSON.stringify(grid[i])} ${fmt(x.train)} / ${fmt(x.held)}`).join('  ')}`,
      );
    const w = meanSd(rs.map((r) => r.f1));
    const b = meanSd(rs.map((r) => r.baselineF1));
    console.log(`  held-out fold F1 mean ${fmt(w.mean)} sd ${fmt(w.sd)}  | TF-IDF baseline mean ${fmt(b.mean)} sd ${fmt(b.sd)}`);
    if (process.argv.includes('--folds')) return;
  }
  if (process.argv.includes('--fit-pair-model')) {
    // the production pair model: fitted on all of dev (the fold figures above are the honest ones)
    const seeds = (process.env.FOLD_SEEDS ?? `${SEED},1,2`).split(',').map(Number);
    const all = docs.map((d, i) => ({ id: d.doc_id, topic: d.topic, gold: d.subtopic, input: prod[i], text: d.text }));
    // with FOLD_GRID_JSON: each setting with its model fitted on all of dev, and its F1 there over the shuffles (in-sample: how the default is chosen)
    const grid: Partial<WeaveConfig>[] = process.env.FOLD_GRID_JSON ? JSON.parse(process.env.FOLD_GRID_JSON) : [{}];
    for (const v of grid) {
      const config = { ...overrides, ...v };
      const model = fitPairModelOn(all, config, seeds);
      const label = `pairModel fitted on all of ECB+ dev (shuffles ${seeds.join(',')}${grid.length > 1 ? `; ${JSON.stringify(v)}` : ''})`;
      console.log(`${label}: ${JSON.stringify(model)}`);
      if (grid.length > 1)
        console.log(`  its F1 on all of dev (in-sample, same shuffles): ${fmt(meanWeaveF1(all, { ...config, pairModel: model }, seeds).f1)}`);
    }
    return;
  }
  console.log('F1 is of the final events (eventOf after the stream; merged events answer with the survivor); "add-time ids" scores the ids add() returned.');
  report('weave', prod, gold, overrides);
  if (process.argv.includes('--errors')) {
    console.log(`errors of the shuffled (seed ${SEED}) run:`);
    errors(runWeave(shuffled(prod, SEED), overrides), gold, 12);
  }

  if (process.argv.includes('--sweep')) {
    for (const th of (process.env.SWEEP ?? '0.15,0.18,0.2,0.22,0.25,0.28,0.3').split(',').map(Number)) {
      const s = bcubed(runWeave(shuffled(prod, SEED), { ...overrides, joinThreshold: th }), gold);
      const m = EXTRA_SEEDS.map((seed) => bcubed(runWeave(shuffled(prod, seed), { ...overrides, joinThreshold: th }), gold).f1);
      console.log(
        `  sweep joinThreshold ${th.toFixed(2)}: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}  other-shuffle mean F1 ${fmt(m.reduce((a, b) => a + b, 0) / m.length)}`,
      );
    }
  }
  if (process.env.NOBASE) return;

  report('weave-raw', docs.map(cheapInput), gold, overrides);
  const orders: [string, EcbDoc[]][] = [
    [`shuffled(seed ${SEED})`, shuffled(docs, SEED)],
    ['file order', docs],
  ];
  for (const [name, order] of orders) {
    let best = { th: 0, p: 0, r: 0, f1: -1, k: 0 };
    for (let th = 0.05; th <= 0.6001; th += 0.025) {
      const ids = singlePassTfidf(
        order.map((d) => d.text),
        th,
      );
      const pred = new Map(order.map((d, i) => [d.doc_id, String(ids[i])]));
      const s = bcubed(pred, gold);
      if (s.f1 > best.f1) best = { th, p: s.precision, r: s.recall, f1: s.f1, k: s.predictedClusters };
    }
    console.log(
      `baseline single-pass TF-IDF cosine ${name.padEnd(22)} best threshold ${best.th.toFixed(3)} (tuned on this data): P ${fmt(best.p)} R ${fmt(best.r)} F1 ${fmt(best.f1)}  events ${best.k}`,
    );
  }
}

main();
