// Positions of a vector's features strongest first (weight descending, then id ascending): a hand-written quicksort over an index array, with no comparator call per comparison.

/** Whether position x goes before position y: the heavier weight first, on equal weights the lower id. */
function before(w: ArrayLike<number>, ids: ArrayLike<number>, x: number, y: number): boolean {
  const a = w[x];
  const b = w[y];
  return a > b || (a === b && ids[x] < ids[y]);
}

/**
 * The positions 0..n-1 ordered by weight descending, ties by id ascending: the order of
 * `positions.sort((x, y) => w[y] - w[x] || ids[x] - ids[y])` for distinct ids and weights that are numbers (no NaN).
 */
export function byWeight(w: ArrayLike<number>, ids: ArrayLike<number>): number[] {
  const n = w.length;
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  sort(out, w, ids, 0, n - 1);
  return out;
}

/**
 * The first min(k, n) positions of byWeight(w, ids) in its order, then the other positions in ascending position order:
 * for readers that look only at the strongest k (an index query), without sorting the rest.
 */
export function strongestFirst(w: ArrayLike<number>, ids: ArrayLike<number>, k: number): number[] {
  const n = w.length;
  if (k >= n / 4) return byWeight(w, ids);
  // the k strongest so far, strongest first (insertion: most positions fail the comparison with the weakest kept)
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    if (top.length === k && !before(w, ids, i, top[k - 1])) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && before(w, ids, i, top[at - 1])) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = i;
  }
  const taken = new Uint8Array(n);
  for (const i of top) taken[i] = 1;
  const out = top.slice();
  for (let i = 0; i < n; i++) if (!taken[i]) out.push(i);
  return out;
}

/**
 * Positions in an order that agrees with byWeight(w, ids) wherever readers look: its first min(k, n) positions in its
 * order, then the other positions marked in `ordered` in its order, then the rest (ascending position). Every marked
 * subset (e.g. one namespace's features) is in byWeight's order, and so is the prefix of length k.
 */
export function strongestThenMarked(w: ArrayLike<number>, ids: ArrayLike<number>, k: number, ordered: (position: number) => boolean): number[] {
  const n = w.length;
  if (k >= n / 4) return byWeight(w, ids);
  const first = strongestFirst(w, ids, k);
  const out = first.slice(0, k);
  const rest: number[] = [];
  for (let at = k; at < n; at++) {
    const i = first[at];
    if (ordered(i)) out.push(i);
    else rest.push(i);
  }
  sort(out, w, ids, k, out.length - 1);
  for (const i of rest) out.push(i);
  return out;
}

function sort(p: number[], w: ArrayLike<number>, ids: ArrayLike<number>, lo: number, hi: number): void {
  while (hi - lo > 16) {
    // median of three as the pivot, then a Hoare partition
    const mid = (lo + hi) >>> 1;
    if (before(w, ids, p[mid], p[lo])) swap(p, mid, lo);
    if (before(w, ids, p[hi], p[lo])) swap(p, hi, lo);
    if (before(w, ids, p[hi], p[mid])) swap(p, hi, mid);
    const pivot = p[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(w, ids, p[i], pivot)) i++;
      while (before(w, ids, pivot, p[j])) j--;
      if (i <= j) {
        swap(p, i, j);
        i++;
        j--;
      }
    }
    // the smaller side by recursion, the larger in this loop (bounded stack)
    if (j - lo < hi - i) {
      sort(p, w, ids, lo, j);
      lo = i;
    } else {
      sort(p, w, ids, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const x = p[i];
    let k = i - 1;
    while (k >= lo && before(w, ids, x, p[k])) {
      p[k + 1] = p[k];
      k--;
    }
    p[k + 1] = x;
  }
}

function swap(p: number[], a: number, b: number): void {
  const t = p[a];
  p[a] = p[b];
  p[b] = t;
}
