// Fitting the weave's pair model: the pairs the second and late looks weigh on training topics, labelled by gold, and a ridge logistic regression over their features.
import { type WeaveConfig, type WeaveInput, Weaver } from '../../src/weave/index.js';
import { shuffled } from './weave-folds.js';

export interface PairExample {
  features: number[];
  /** 1 when both groups' majority gold event is the same. */
  label: number;
  /** Articles paired by the decision (the product of the two sizes): what a wrong merge or a missed one costs in BCubed terms. */
  weight: number;
}

function majority(ids: readonly string[], gold: Map<string, string | null>): string | null {
  const counts = new Map<string | null, number>();
  let best: string | null = null;
  let bestN = 0;
  for (const id of ids) {
    const g = gold.get(id) ?? null;
    const n = (counts.get(g) ?? 0) + 1;
    counts.set(g, n);
    if (n > bestN) {
      bestN = n;
      best = g;
    }
  }
  return best;
}

/** The pairs of these kinds of decision weighed while weaving docs (each shuffle of seeds), labelled by their groups' majority gold event (null gold: never the same). */
export function collectPairs(
  docs: { input: WeaveInput; gold: string | null }[],
  config: Partial<WeaveConfig>,
  seeds: number[],
  kinds: string[] = (process.env.PAIR_KINDS ?? 'group,late').split(','),
): PairExample[] {
  const gold = new Map(docs.map((d) => [d.input.id, d.gold]));
  const out: PairExample[] = [];
  // PAIR_FEATURE_COUNT=9: fit on the centroid features only (a model that reads no member evidence, for comparison)
  const count = Number(process.env.PAIR_FEATURE_COUNT ?? 0);
  for (const seed of seeds) {
    const w = new Weaver(config);
    w.observePairs((features, a, b, kind) => {
      if (!kinds.includes(kind)) return;
      const ga = majority(a, gold);
      const gb = majority(b, gold);
      out.push({ features: count > 0 ? features.slice(0, count) : [...features], label: ga !== null && ga === gb ? 1 : 0, weight: a.length * b.length });
    });
    for (const d of seeds.length > 1 || seed !== 0 ? shuffled(docs, seed) : docs) w.add(d.input);
  }
  return out;
}

/** Solve A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    const d = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / d;
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

/**
 * Ridge logistic regression by Newton's method on standardised features (the bias is not penalised); each example weighs
 * weight^power (power 1: as many article pairs as the decision joins or parts). The weights come back for the raw
 * features, bias first, as data/weave-config.json's pairModel takes them.
 */
export function fitLogistic(
  examples: PairExample[],
  ridge = Number(process.env.RIDGE ?? 30),
  iterations = 25,
  power = Number(process.env.PAIR_WEIGHT ?? 1),
): number[] {
  const d = examples[0]?.features.length ?? 0;
  const mean = new Array(d).fill(0);
  const sd = new Array(d).fill(0);
  for (const e of examples) for (let j = 0; j < d; j++) mean[j] += e.features[j] / examples.length;
  for (const e of examples) for (let j = 0; j < d; j++) sd[j] += (e.features[j] - mean[j]) ** 2 / examples.length;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  const xs = examples.map((e) => [1, ...e.features.map((x, j) => (x - mean[j]) / sd[j])]);
  let w = new Array(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    xs.forEach((x, i) => {
      const z = x.reduce((t, v, j) => t + v * w[j], 0);
      const p = 1 / (1 + Math.exp(-z));
      const ew = examples[i].weight ** power;
      const r = (p - examples[i].label) * ew;
      const s = p * (1 - p) * ew;
      for (let j = 0; j <= d; j++) {
        grad[j] += r * x[j];
        for (let k = 0; k <= d; k++) hess[j][k] += s * x[j] * x[k];
      }
    });
    for (let j = 1; j <= d; j++) {
      grad[j] += ridge * w[j];
      hess[j][j] += ridge;
    }
    hess[0][0] += 1e-9;
    const step = solve(hess, grad);
    w = w.map((v, j) => v - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const raw = w.slice(1).map((v, j) => v / sd[j]);
  const bias = w[0] - raw.reduce((t, v, j) => t + v * mean[j], 0);
  return [bias, ...raw].map((x) => Math.round(x * 1e4) / 1e4);
}
