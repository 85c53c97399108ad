// Scores among a few articles without building centroids: their per-group dot products give any article's score against the centroid of any subset of them, and the score between two subsets' centroids.
import { denseScratch } from './dense-scratch.js';

/** One article: feature ids ascending, IDF-weighted (not normalised) values and feature groups aligned with them, and its centroid weight. */
export interface SparseRow {
  ids: Int32Array;
  values: Float64Array;
  groups: Int8Array;
  weight: number;
}

/** Turns per-group dot products and the squared norms of both sides into one score (the weaver's group-weighted cosine). */
export type GroupCombine = (dots: Float64Array, normA: Float64Array, normB: Float64Array) => number;

/** A zeroed dense array of at least n entries (every user zeroes what it set). */
const scratch = denseScratch();

/** Scores of articles and subsets of them (a subset is a boolean mask over the rows). */
export class SubsetScores {
  private readonly n: number;
  /** dot[(i * n + j) * groups + g]: dot product of rows i and j within group g. */
  private readonly dot: Float64Array;

  constructor(
    private readonly rows: SparseRow[],
    private readonly groups: number,
    private readonly combine: GroupCombine,
  ) {
    const n = rows.length;
    this.n = n;
    this.dot = new Float64Array(n * n * groups);
    // row i spread over a dense array by feature id; every later row looks its ids up there (shared ids in ascending order, as a merge would)
    let top = 0;
    for (const r of rows) if (r.ids.length > 0) top = Math.max(top, r.ids[r.ids.length - 1] + 1);
    const dense = scratch(top);
    for (let i = 0; i < n; i++) {
      const a = rows[i];
      for (let x = 0; x < a.ids.length; x++) dense[a.ids[x]] = a.values[x];
      for (let j = i; j < n; j++) {
        const b = rows[j];
        const ij = (i * n + j) * groups;
        const ji = (j * n + i) * groups;
        for (let y = 0; y < b.ids.length; y++) {
          const av = dense[b.ids[y]];
          if (av === 0) continue;
          const d = av * b.values[y];
          this.dot[ij + b.groups[y]] += d;
          if (i !== j) this.dot[ji + b.groups[y]] += d;
        }
      }
      for (let x = 0; x < a.ids.length; x++) dense[a.ids[x]] = 0;
    }
  }

  /** Every row's score against the centroid of the subset. */
  fits(set: boolean[]): number[] {
    const norm = this.norm(set);
    return this.rows.map((_, i) => {
      const dots = new Float64Array(this.groups);
      for (let j = 0; j < this.n; j++) if (set[j]) this.addRow(dots, i, j, this.rows[j].weight);
      return this.combine(dots, this.self(i), norm);
    });
  }

  /** Score between two single rows. */
  pair(i: number, j: number): number {
    const dots = new Float64Array(this.groups);
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

  private self(i: number): Float64Array {
    return this.dot.slice((i * this.n + i) * this.groups, (i * this.n + i + 1) * this.groups);
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
