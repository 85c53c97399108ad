// Scores among a few articles without building centroids: their per-group dot products give any article's score against the centroid of any subset of them, and the score between two subsets' centroids.

/** One article: feature ids ascending, IDF-weighted (not normalised) values and feature groups aligned with them, and its centroid weight. */
export interface SparseRow {
  ids: Int32Array;
  values: Float64Array;
  groups: Int8Array;
  weight: number;
}

/** Turns per-group dot products and the squared norms of both sides into one score (the weaver's group-weighted cosine). */
export type GroupCombine = (dots: Float64Array, normA: Float64Array, normB: Float64Array) => number;

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
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const a = rows[i];
        const b = rows[j];
        let x = 0;
        let y = 0;
        while (x < a.ids.length && y < b.ids.length) {
          if (a.ids[x] < b.ids[y]) x++;
          else if (a.ids[x] > b.ids[y]) y++;
          else {
            const d = a.values[x] * b.values[y];
            this.dot[(i * n + j) * groups + a.groups[x]] += d;
            if (i !== j) this.dot[(j * n + i) * groups + a.groups[x]] += d;
            x++;
            y++;
          }
        }
      }
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
