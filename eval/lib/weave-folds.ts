// ECB+ topic folds: each setting (join threshold grid and the TF-IDF baseline's threshold) is chosen on the other folds and reported on the held-out fold.
import { type WeaveConfig, type WeaveInput, Weaver } from '../../src/weave/index.js';
import { rng } from '../../lib/random.js';
import { singlePassTfidf } from './baseline-tfidf.js';
import { bcubed } from './bcubed.js';
import { type PairExample, collectPairs, fitLogistic } from './pair-fit.js';

export interface FoldDoc {
  id: string;
  topic: number;
  gold: string;
  input: WeaveInput;
  text: string;
}

export interface FoldResult {
  fold: number;
  topics: number[];
  /** Index into the grid of the setting the other folds chose. */
  chosen: number;
  /** The pair model fitted on the other folds' topics for that setting (null: none fitted). */
  pairModel: number[] | null;
  /** Per grid setting: its F1 on the training folds (what chose) and on this fold (FOLD_ALL_HELD=1 only, else NaN but the chosen). */
  perSetting: { train: number; held: number }[];
  f1: number;
  precision: number;
  recall: number;
  baselineThreshold: number;
  baselineF1: number;
}

export function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Topics dealt round-robin (sorted) into k folds. */
export function topicFolds(docs: FoldDoc[], k: number): number[][] {
  const topics = [...new Set(docs.map((d) => d.topic))].sort((a, b) => a - b);
  return Array.from({ length: k }, (_, f) => topics.filter((_t, i) => i % k === f));
}

function weaveF1(docs: FoldDoc[], config: Partial<WeaveConfig>, seed: number): { f1: number; precision: number; recall: number } {
  const w = new Weaver(config);
  const order = shuffled(docs, seed);
  for (const d of order) w.add(d.input);
  return bcubed(new Map(order.map((d) => [d.id, w.eventOf(d.id) as string])), new Map(order.map((d) => [d.id, d.gold])));
}

/** The mean over several shuffles (arrival order moves an online weave's figure by a few points). */
export function meanWeaveF1(docs: FoldDoc[], config: Partial<WeaveConfig>, seeds: number[]): { f1: number; precision: number; recall: number } {
  const out = { f1: 0, precision: 0, recall: 0 };
  for (const seed of seeds) {
    const s = weaveF1(docs, config, seed);
    out.f1 += s.f1 / seeds.length;
    out.precision += s.precision / seeds.length;
    out.recall += s.recall / seeds.length;
  }
  return out;
}

function tfidfF1(docs: FoldDoc[], th: number, seed: number): number {
  const order = shuffled(docs, seed);
  const ids = singlePassTfidf(
    order.map((d) => d.text),
    th,
  );
  return bcubed(new Map(order.map((d, i) => [d.id, String(ids[i])])), new Map(order.map((d) => [d.id, d.gold]))).f1;
}

/** The held-out figure per fold: the grid setting that scores best on the other folds' topics, reported on this fold's (both as the mean over the shuffles `seeds`, or one shuffle `seed`). */
export function foldReport(
  docs: FoldDoc[],
  base: Partial<WeaveConfig>,
  grid: Partial<WeaveConfig>[],
  k: number,
  seed: number,
  seeds: number[] = [seed],
  fitPairModel = false,
): FoldResult[] {
  const folds = topicFolds(docs, k);
  const out: FoldResult[] = [];
  for (let f = 0; f < k; f++) {
    const held = new Set(folds[f]);
    const train = docs.filter((d) => !held.has(d.topic));
    const test = docs.filter((d) => held.has(d.topic));
    let chosen = 0;
    let bestTrain = -1;
    // with fitPairModel, each setting gets the pair model fitted on the training topics' pairs it weighs (never the held-out fold's)
    const settings = grid.map((v) => {
      const config: Partial<WeaveConfig> = { ...base, ...v };
      return fitPairModel ? { ...config, pairModel: fitPairModelOn(train, config, seeds) } : config;
    });
    const trainF1 = settings.map((config) => meanWeaveF1(train, config, seeds).f1);
    trainF1.forEach((s, i) => {
      if (s > bestTrain) {
        bestTrain = s;
        chosen = i;
      }
    });
    const r = meanWeaveF1(test, settings[chosen], seeds);
    // FOLD_ALL_HELD=1: every setting's held-out figure too (to combine runs over parts of a grid; never used to choose)
    const all = process.env.FOLD_ALL_HELD === '1';
    const perSetting = settings.map((config, i) => ({ train: trainF1[i], held: i === chosen ? r.f1 : all ? meanWeaveF1(test, config, seeds).f1 : Number.NaN }));
    let bth = 0.05;
    let bbest = -1;
    for (let th = 0.05; th <= 0.6001; th += 0.025) {
      const s = tfidfF1(train, th, seed);
      if (s > bbest) {
        bbest = s;
        bth = th;
      }
    }
    out.push({
      fold: f,
      topics: folds[f],
      chosen,
      pairModel: settings[chosen].pairModel ?? null,
      perSetting,
      ...r,
      baselineThreshold: bth,
      baselineF1: tfidfF1(test, bth, seed),
    });
  }
  return out;
}

/** The last round-1 pairs collected (docs, config but pairProbability, seeds) and their key. */
let ROUND_ONE: { key: string; pairs: PairExample[] } = { key: '', pairs: [] };

/** The pair model (data/weave-config.json pairModel) fitted on the pairs the weave weighs on these docs with this config, over the shuffles. */
export function fitPairModelOn(docs: FoldDoc[], config: Partial<WeaveConfig>, seeds: number[], rounds = Number(process.env.PAIR_ROUNDS ?? 2)): number[] {
  const rows = docs.map((d) => ({ input: d.input, gold: d.gold }));
  // round 1 learns from the pairs the thresholds' weave weighs (pairProbability plays no part there: one weave serves every grid setting that differs only in it); a later round adds the pairs the fitted model's weave weighs
  const key = JSON.stringify([docs.map((d) => d.id), { ...config, pairModel: null, pairProbability: null }, seeds]);
  if (ROUND_ONE.key !== key) ROUND_ONE = { key, pairs: collectPairs(rows, { ...config, pairModel: null }, seeds) };
  const pairs = [...ROUND_ONE.pairs];
  let model = fitLogistic(pairs);
  for (let r = 1; r < rounds; r++) {
    pairs.push(...collectPairs(rows, { ...config, pairModel: model }, seeds));
    model = fitLogistic(pairs);
  }
  return model;
}

export function meanSd(xs: number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((t, x) => t + (x - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return { mean, sd };
}
