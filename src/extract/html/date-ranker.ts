// Scores the days a page offers with a fitted linear model (data/extract-date-model.json) and picks the likeliest publication day.
import model from '../../../data/extract-date-model.json' with { type: 'json' };
import { DATE_DAY_FEATURES, type DateDay } from './date-features.js';
import { checkModel, linearScore } from '../../util/linear-model.js';

/** Weights over DATE_DAY_FEATURES (a conditional logit: only differences between a page's days matter, so no bias). */
export interface DateModel {
  features: readonly string[];
  weights: readonly number[];
}

const SOURCE = { file: 'data/extract-date-model.json', refit: 'node --import tsx eval/extract-dates.ts --write', bias: false };

/** The shipped model, checked once when this module loads (not on every page). */
export const dateModel: DateModel = { features: model.features, weights: checkModel(model, DATE_DAY_FEATURES, SOURCE) };

export const dayScore = (d: DateDay, weights: readonly number[]): number => linearScore(weights, d.features, false);

/** The best-scoring day; ties go to the day the rules picked, then to the first seen. Null when no day is on offer. */
export function bestDay(days: readonly DateDay[], m: DateModel = dateModel): DateDay | null {
  if (m !== dateModel) checkModel(m, DATE_DAY_FEATURES, SOURCE);
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
