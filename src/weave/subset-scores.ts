// Scores among a few articles without building centroids: their per-group dot products give any article's score against the centroid of any subset of them, and the score between two subsets' centroids.
import { IdSlots } from './id-slots.js';
import { withRoom } from '../util/typed-grow.js';

/** One article: feature ids ascending, IDF-weighted (not normalised) values and feature groups aligned with them (at least as long; read only while the scores are built), and its centroid weight. */
export interface SparseRow {
  ids: Int32Array;
  values: Float64Array;
  groups: Int8Array;
  weight: number;
}

/** Turns per-group dot products and the squared norms of both sides into one score (the weaver's group-weighted cosine). */
export type GroupCombine = (dots: Float64Array, normA: Float64Array, normB: Float64Array) => number;

/** The head of each id's chain of entries (entry + 1), by id in a table sized to the rows (not an array by id: a cache miss per id). */
const HEADS = new IdSlots();
/** Scratch of the inverted pass (every entry written before it is read): each entry's row, value and the next entry of its id. */
let ENTRY_ROW = new Int32Array(4096);
let ENTRY_VALUE = new Float64Array(4096);
let NEXT = new Int32Array(4096);

/** Scores of articles and subsets of them (a subset is a boolean mask over the rows). */
export class SubsetScores {
  private readonly n: number;
  /** dot[(i * n + j) * groups + g]: dot product of rows i and j within group g. */
  private readonly dot: Float64Array;
  /** Per-group dot products of one pair, summed over a subset (scratch of fits and pair; combine reads it before the next). */
  private readonly scratch: Float64Array;
  /** Each row's per-group squared norms (its diagonal of dot). */
  private readonly selves: Float64Array[];

  constructor(
    private readonly rows: SparseRow[],
    private readonly groups: number,
    private readonly combine: GroupCombine,
  ) {
    const n = rows.length;
    this.n = n;
    this.dot = new Float64Array(n * n * groups);
    this.scratch = new Float64Array(groups);
    // an inverted pass: each row's entries meet only the earlier rows' entries of the same id (a chain per id from its
    // head), so the work is the shared entries, not every pair of rows times a row's length. Each pair's
    // sums still run over its shared ids in ascending order (the later row's order), as the merge of two rows would.
    let total = 0;
    for (const r of rows) total += r.ids.length;
    HEADS.reset(total);
    const head = HEADS.vals;
    if (ENTRY_ROW.length < total) {
      ENTRY_ROW = withRoom(ENTRY_ROW, total, false);
      ENTRY_VALUE = withRoom(ENTRY_VALUE, total, false);
      NEXT = withRoom(NEXT, total, false);
    }
    const entryRow = ENTRY_ROW;
    const entryValue = ENTRY_VALUE;
    const next = NEXT;
    const dot = this.dot;
    let k = 0;
    for (let q = 0; q < n; q++) {
      const b = rows[q];
      const qq = (q * n + q) * groups;
      for (let y = 0; y < b.ids.length; y++) {
        const id = b.ids[y];
        const v = b.values[y];
        const g = b.groups[y];
        dot[qq + g] += v * v;
        // an earlier row p < q: the pair's sums go to (p, q) only, mirrored to (q, p) after the pass (the same additions in the same order)
        const h = HEADS.slot(id);
        for (let e = head[h] - 1; e >= 0; e = next[e]) dot[(entryRow[e] * n + q) * groups + g] += entryValue[e] * v;
        entryRow[k] = q;
        entryValue[k] = v;
        next[k] = head[h] - 1;
        head[h] = ++k;
      }
    }
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) for (let g = 0; g < groups; g++) dot[(q * n + p) * groups + g] = dot[(p * n + q) * groups + g];
    this.selves = rows.map((_, i) => dot.slice((i * n + i) * groups, (i * n + i + 1) * groups));
  }

  /** Every row's score against the centroid of the subset. */
  fits(set: boolean[]): number[] {
    const norm = this.norm(set);
    const dots = this.scratch;
    return this.rows.map((_, i) => {
      dots.fill(0);
      for (let j = 0; j < this.n; j++) if (set[j]) this.addRow(dots, i, j, this.rows[j].weight);
      return this.combine(dots, this.self(i), norm);
    });
  }

  /** Score between two single rows. */
  pair(i: number, j: number): number {
    const dots = this.scratch.fill(0);
    this.addRow(dots, i, j, 1);
    return this.combine(dots, this.self(i), this.self(j));
  }

  /** Score between the centroids of two subsets. */
  between(x: boolean[], y: boolean[]): number {
    const dots = new Float64Array(this.groups);
    for (let i = 0; i < this.n; i++) {
      if (!x[i]) continue;
      for (let j = 0; j < this.n; j++) if (y[j]) this.addRow(dots, i, j, this.rows[i].weight * this.rows[j].weight);
    }
    return this.combine(dots, this.norm(x), this.norm(y));
  }

  private addRow(into: Float64Array, i: number, j: number, scale: number): void {
    const at = (i * this.n + j) * this.groups;
    for (let g = 0; g < this.groups; g++) into[g] += scale * this.dot[at + g];
  }

  /** Row i's per-group squared norms. */
  private self(i: number): Float64Array {
    return this.selves[i];
  }

  /** Squared per-group norms of a subset's (weighted) centroid. */
  private norm(set: boolean[]): Float64Array {
    const out = new Float64Array(this.groups);
    for (let i = 0; i < this.n; i++) {
      if (!set[i]) continue;
      for (let j = 0; j < this.n; j++) if (set[j]) this.addRow(out, i, j, this.rows[i].weight * this.rows[j].weight);
    }
    return out;
  }
}
