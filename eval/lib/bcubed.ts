// BCubed precision, recall and F1 of a predicted clustering against gold classes (Bagga & Baldwin 1998; Amigó et al. 2009).

export interface BCubedScores {
  precision: number;
  recall: number;
  f1: number;
  items: number;
  predictedClusters: number;
  goldClusters: number;
}

/** Items are matched by key; every gold item must have a prediction. Per item: |C∩G|/|C| and |C∩G|/|G|, averaged. */
export function bcubed(predicted: Map<string, string>, gold: Map<string, string>): BCubedScores {
  const missing = [...gold.keys()].filter((k) => !predicted.has(k));
  if (missing.length > 0) throw new Error(`bcubed: ${missing.length} gold items have no prediction (first: ${missing[0]})`);
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const [item, g] of gold) {
    const p = predicted.get(item) as string;
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    const k = `${p}\u0000${g}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const [item, g] of gold) {
    const c = predicted.get(item) as string;
    const overlap = both.get(`${c}\u0000${g}`) as number;
    p += overlap / (predSize.get(c) as number);
    r += overlap / (goldSize.get(g) as number);
  }
  const n = gold.size || 1;
  const precision = p / n;
  const recall = r / n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, items: gold.size, predictedClusters: predSize.size, goldClusters: goldSize.size };
}
