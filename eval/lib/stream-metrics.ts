// Stream scoring: BCubed over the labelled rows where a predicted event counts all its members (background rows too), and background gluing.

export interface StreamScores {
  precision: number;
  recall: number;
  f1: number;
  labelled: number;
  /** Background rows (gold null) whose predicted event holds at least one labelled row. */
  glued: number;
  /** Predicted events holding labelled rows. */
  labelledEvents: number;
  /** Background rows in events of two or more background rows and no labelled row. */
  backgroundGrouped: number;
}

/** predicted: row id -> event; gold: row id -> gold event or null (background). Every row needs a prediction. */
export function streamScores(predicted: Map<string, string>, gold: Map<string, string | null>): StreamScores {
  const size = new Map<string, number>();
  const labelledIn = new Map<string, number>();
  const both = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const [id, g] of gold) {
    const p = predicted.get(id);
    if (p === undefined) throw new Error(`stream scores: row ${id} has no predicted event`);
    size.set(p, (size.get(p) ?? 0) + 1);
    if (g === null) continue;
    labelledIn.set(p, (labelledIn.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    const k = `${p}\u0000${g}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  let n = 0;
  let glued = 0;
  let backgroundGrouped = 0;
  for (const [id, g] of gold) {
    const c = predicted.get(id) as string;
    if (g === null) {
      if (labelledIn.has(c)) glued++;
      else if ((size.get(c) as number) > 1) backgroundGrouped++;
      continue;
    }
    const overlap = both.get(`${c}\u0000${g}`) as number;
    p += overlap / (size.get(c) as number);
    r += overlap / (goldSize.get(g) as number);
    n++;
  }
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, labelled: n, glued, labelledEvents: labelledIn.size, backgroundGrouped };
}
