// A fitted linear model as the rankers and the weave use it: its score over a feature vector, and a check that a stored model names the features the code computes.

/** Thrown when a model file does not fit the features the code computes; the message names the file and the command that re-fits it. */
export class ModelMismatchError extends Error {
  override name = 'ModelMismatchError';
}

/** Where a model is kept and how to re-fit it, for the error a mismatch raises. */
export interface ModelSource {
  file: string;
  refit: string;
  /** Whether weights[0] is a bias (the weights then run one longer than the features). */
  bias: boolean;
}

/** Bias (when there is one) plus the dot product of the weights with the features; missing weights count as 0. */
export function linearScore(weights: readonly number[], features: ArrayLike<number>, bias: boolean): number {
  const off = bias ? 1 : 0;
  let z = bias ? (weights[0] ?? 0) : 0;
  for (let i = 0; i < features.length && i + off < weights.length; i++) z += weights[i + off] * features[i];
  return z;
}

/** The logistic of a biased linear score: a probability. */
export const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

/** Check a stored model against the feature names the code computes; returns a copy of its weights or throws ModelMismatchError. */
export function checkModel(m: { features: readonly string[]; weights: readonly number[] }, names: readonly string[], src: ModelSource): number[] {
  const same = m.features.length === names.length && m.features.every((f, i) => f === names[i]);
  if (!same || m.weights.length !== names.length + (src.bias ? 1 : 0) || !m.weights.every(Number.isFinite))
    throw new ModelMismatchError(
      `${src.file} names features [${m.features.join(', ')}] with ${m.weights.length} weight(s), but the code computes [${names.join(', ')}]${src.bias ? ' plus a bias' : ''}; re-fit it with \`${src.refit}\``,
    );
  return [...m.weights];
}
