// Fits the date model: a conditional logit over the days of each page (the gold day against the others), L2-regularised, by gradient ascent.
import type { DateDay } from '../../src/extract/html/date-features.js';

/** One page for fitting: its days and the index of the gold day among them. */
export interface DatePageSample {
  days: DateDay[];
  gold: number;
}

export interface FitOptions {
  /** L2 penalty per weight (times the number of pages). */
  l2: number;
  iterations: number;
  step: number;
}

export const defaultFit: FitOptions = { l2: 0.01, iterations: 1500, step: 0.5 };

/**
 * Maximise the mean log-probability of the gold day, p(day) = softmax over the page's days of w·x, minus l2/2·|w|². Starts from
 * the rules alone (weight 1 on "picked by the rules"), so features with no evidence stay at 0.
 */
export function fitDateModel(samples: readonly DatePageSample[], nFeatures: number, o: FitOptions = defaultFit): number[] {
  const w = new Array<number>(nFeatures).fill(0);
  w[0] = 1;
  const usable = samples.filter((s) => s.gold >= 0 && s.days.length > 1);
  if (!usable.length) return w;
  const grad = new Array<number>(nFeatures);
  for (let it = 0; it < o.iterations; it++) {
    grad.fill(0);
    for (const s of usable) {
      const scores = s.days.map((d) => d.features.reduce((a, x, i) => a + x * w[i]!, 0));
      const top = Math.max(...scores);
      const ex = scores.map((v) => Math.exp(v - top));
      const z = ex.reduce((a, b) => a + b, 0);
      const gold = s.days[s.gold]!.features;
      for (let i = 0; i < nFeatures; i++) {
        let expect = 0;
        for (let d = 0; d < s.days.length; d++) expect += (ex[d]! / z) * s.days[d]!.features[i]!;
        grad[i]! += gold[i]! - expect;
      }
    }
    for (let i = 0; i < nFeatures; i++) w[i]! += o.step * (grad[i]! / usable.length - o.l2 * (w[i]! - (i === 0 ? 1 : 0)));
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}
