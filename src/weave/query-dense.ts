// A second dense array by feature id for vectors compared against many centroids that are not the article being woven (an event's centroid in the second look, a stray article in the late look): one spread per vector instead of a map lookup per centroid term.
import type { ArticleVector } from './records.js';

/** A vector spread by feature id: its weights (zero elsewhere) and one bit per id, set where the weight is not zero. */
export interface DenseQuery {
  dense: Float64Array;
  bits: Uint32Array;
}

/** Per vocabulary size owner: the last vector spread and that vector. */
interface Scratch extends DenseQuery {
  vector: ArticleVector | null;
}

const SCRATCH = new WeakMap<object, Scratch>();

/**
 * The weights of v spread over a dense array by id (zero elsewhere), `size` at least its highest id + 1. The array is
 * reused: it holds v until the next call for another vector with the same owner, so read it before that. A vector must
 * not change once spread (vectors are built whole, then only read).
 */
export function spreadQuery(owner: object, v: ArticleVector, size: number): DenseQuery {
  let s = SCRATCH.get(owner);
  if (!s) {
    s = { dense: new Float64Array(1024), bits: new Uint32Array(32), vector: null };
    SCRATCH.set(owner, s);
  }
  if (s.vector === v && s.dense.length >= size) return s;
  const old = s.vector;
  if (old)
    for (let i = 0; i < old.ids.length; i++)
      if (old.ids[i] < s.dense.length) {
        s.dense[old.ids[i]] = 0;
        s.bits[old.ids[i] >>> 5] = 0;
      }
  if (s.dense.length < size) {
    let n = s.dense.length;
    while (n < size) n *= 2;
    s.dense = new Float64Array(n);
    s.bits = new Uint32Array((n >>> 5) + 1);
  }
  const { dense, bits } = s;
  for (let i = 0; i < v.ids.length; i++) {
    const id = v.ids[i];
    dense[id] = v.weights[i];
    bits[id >>> 5] |= 1 << (id & 31);
  }
  s.vector = v;
  return s;
}
