// A second dense array by feature id for vectors compared against many centroids that are not the article being woven (an event's centroid in the second look, a stray article in the late look): one spread per vector instead of a map lookup per centroid term.
import type { ArticleVector } from './records.js';

/** Per vocabulary size owner: the dense weights of the last vector spread (zero elsewhere) and that vector. */
interface Scratch {
  dense: Float64Array;
  vector: ArticleVector | null;
}

const SCRATCH = new WeakMap<object, Scratch>();

/**
 * The weights of v spread over a dense array by id (zero elsewhere), `size` at least its highest id + 1. The array is
 * reused: it holds v until the next call for another vector with the same owner, so read it before that. A vector must
 * not change once spread (vectors are built whole, then only read).
 */
export function spreadQuery(owner: object, v: ArticleVector, size: number): Float64Array {
  let s = SCRATCH.get(owner);
  if (!s) {
    s = { dense: new Float64Array(1024), vector: null };
    SCRATCH.set(owner, s);
  }
  if (s.vector === v && s.dense.length >= size) return s.dense;
  const old = s.vector;
  if (old) for (let i = 0; i < old.ids.length; i++) if (old.ids[i] < s.dense.length) s.dense[old.ids[i]] = 0;
  if (s.dense.length < size) {
    let n = s.dense.length;
    while (n < size) n *= 2;
    s.dense = new Float64Array(n);
  }
  const dense = s.dense;
  for (let i = 0; i < v.ids.length; i++) dense[v.ids[i]] = v.weights[i];
  s.vector = v;
  return dense;
}
