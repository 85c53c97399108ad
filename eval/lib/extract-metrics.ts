// Main-text and metadata metrics for extraction evals: 4-gram shingle F1, bag-of-words F1, title/author/date matching.

/** `\w+` tokens, lower-cased (Unicode-aware so non-English pages count too). */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of token n-grams; a text shorter than n tokens is one shingle of all its tokens. */
export function shingles(toks: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (toks.length === 0) return out;
  if (toks.length < n) {
    out.set(toks.join(' '), 1);
    return out;
  }
  for (let i = 0; i + n <= toks.length; i++) {
    const key = toks.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function bag(toks: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of toks) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** TP/FP/FN between predicted and gold multisets, normalised so they sum to 1 (empty vs empty counts as a perfect match). */
export function normalisedCounts(pred: Map<string, number>, gold: Map<string, number>): Counts {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [k, p] of pred) {
    const g = gold.get(k) ?? 0;
    tp += Math.min(p, g);
    fp += Math.max(0, p - g);
  }
  for (const [k, g] of gold) {
    const p = pred.get(k) ?? 0;
    fn += Math.max(0, g - p);
  }
  const n = tp + fp + fn;
  if (n === 0) return { tp: 1, fp: 0, fn: 0 };
  return { tp: tp / n, fp: fp / n, fn: fn / n };
}

/** Accumulates per-document normalised counts; precision/recall from the sums, F1 from those two. */
export class PrfAccumulator {
  private tp = 0;
  private fp = 0;
  private fn = 0;
  n = 0;
  add(c: Counts): void {
    this.tp += c.tp;
    this.fp += c.fp;
    this.fn += c.fn;
    this.n++;
  }
  get precision(): number {
    return this.tp + this.fp === 0 ? 0 : this.tp / (this.tp + this.fp);
  }
  get recall(): number {
    return this.tp + this.fn === 0 ? 0 : this.tp / (this.tp + this.fn);
  }
  get f1(): number {
    const p = this.precision,
      r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
}

/** Per-document F1 of shingles (for finding the worst pages). */
export function docF1(c: Counts): number {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const normTitle = (s: string): string => tokens(s).join(' ');

export function titleMatch(pred: string | null, gold: string): boolean {
  return pred !== null && normTitle(pred) === normTitle(gold) && normTitle(gold) !== '';
}

/** The first gold author (before any comma) equals one of the predicted authors after normalisation. */
export function authorMatch(pred: string[], gold: string): boolean {
  const first = normTitle(gold.split(',')[0] ?? '');
  if (!first) return false;
  return pred.some((a) => normTitle(a) === first);
}

/** Same calendar day: compares the YYYY-MM-DD prefix of both. */
export function dateMatch(pred: string | null, gold: string): boolean {
  if (!pred) return false;
  const g = gold.slice(0, 10),
    p = pred.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(g) && p === g;
}
