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

/** Scratch of topInto and strongestThenMarked: which positions are among the k strongest, and the unmarked rest. */
let TAKEN = new Uint8Array(1024);
let REST = new Int32Array(1024);

/** The k strongest positions of byWeight(w, ids) in its order, into out[0..k) (insertion: most positions fail the comparison with the weakest kept); their count. */
function topInto(w: ArrayLike<number>, ids: ArrayLike<number>, k: number, out: number[]): number {
  const n = w.length;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (kept === k && !before(w, ids, i, out[k - 1])) continue;
    let at = kept === k ? k - 1 : kept++;
    while (at > 0 && before(w, ids, i, out[at - 1])) {
      out[at] = out[at - 1];
      at--;
    }
    out[at] = i;
  }
  return kept;
}

/** The positions not among out's first `top`, in ascending position order, through `each` (TAKEN is left zeroed). */
function forOthers(n: number, out: number[], top: number, each: (i: number) => void): void {
  if (TAKEN.length < n) TAKEN = new Uint8Array(2 * n);
  const taken = TAKEN;
  for (let x = 0; x < top; x++) taken[out[x]] = 1;
  for (let i = 0; i < n; i++) if (!taken[i]) each(i);
  for (let x = 0; x < top; x++) taken[out[x]] = 0;
}

/**
 * The first min(k, n) positions of byWeight(w, ids) in its order, then the other positions in ascending position order:
 * for readers that look only at the strongest k (an index query), without sorting the rest.
 */
export function strongestFirst(w: ArrayLike<number>, ids: ArrayLike<number>, k: number): number[] {
  const n = w.length;
  if (k >= n / 4) return byWeight(w, ids);
  const out: number[] = new Array(n);
  let at = topInto(w, ids, k, out);
  forOthers(n, out, at, (i) => {
    out[at++] = i;
  });
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
  const out: number[] = new Array(n);
  const top = topInto(w, ids, k, out);
  if (REST.length < n) REST = new Int32Array(2 * n);
  const rest = REST;
  let at = top;
  let unmarked = 0;
  forOthers(n, out, top, (i) => {
    if (ordered(i)) out[at++] = i;
    else rest[unmarked++] = i;
  });
  sort(out, w, ids, top, at - 1);
  for (let x = 0; x < unmarked; x++) out[at++] = rest[x];
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
