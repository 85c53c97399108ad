// Scores the days a page offers with a fitted linear model (data/extract-date-model.json) and picks the likeliest publication day.
import model from '../../../data/extract-date-model.json' with { type: 'json' };
import { DATE_DAY_FEATURES, type DateDay } from './date-features.js';

/** Weights over DATE_DAY_FEATURES (a conditional logit: only differences between a page's days matter, so no bias). */
export interface DateModel {
  features: readonly string[];
  weights: readonly number[];
}

export const dateModel: DateModel = model;

/** Typed error: the model file does not name the features this code computes. */
export class DateModelMismatchError extends Error {
  constructor(found: readonly string[]) {
    super(
      `data/extract-date-model.json names features [${found.join(', ')}] but the code computes [${DATE_DAY_FEATURES.join(', ')}]; refit it with \`node --import tsx eval/extract-dates.ts --write\``,
    );
    this.name = 'DateModelMismatchError';
  }
}

function check(m: DateModel): void {
  if (m.features.length !== DATE_DAY_FEATURES.length || m.features.some((f, i) => f !== DATE_DAY_FEATURES[i]) || m.weights.length !== m.features.length)
    throw new DateModelMismatchError(m.features);
}

export const dayScore = (d: DateDay, weights: readonly number[]): number => d.features.reduce((s, x, i) => s + x * (weights[i] ?? 0), 0);

/** The best-scoring day; ties go to the day the rules picked, then to the first seen. Null when no day is on offer. */
export function bestDay(days: readonly DateDay[], m: DateModel = dateModel): DateDay | null {
  check(m);
  let best: DateDay | null = null;
  let bestScore = -Infinity;
  for (const d of days) {
    const s = dayScore(d, m.weights) + (d.features[0] ? 1e-9 : 0);
    if (s > bestScore) {
      best = d;
      bestScore = s;
    }
  }
  return best;
}
