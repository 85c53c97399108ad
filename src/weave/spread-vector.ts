// Vectors spread for lookups by feature id: one bit per id (a few hundred KB on a big vocabulary, mostly in cache) says whether a vector holds an id, a small table (id-slots.ts) where in its weights. The article being woven is spread so (WeaveCore.load); a second one serves vectors compared against many centroids (an event's centroid in the second look, a stray article in the late look).
import { withRoom } from '../util/typed-grow.js';
import { IdSlots } from './id-slots.js';
import type { ArticleVector } from './records.js';

/** One vector spread by id; it must not change once spread (vectors are built whole, then only read). */
export class SpreadVector {
  /** One bit per feature id, set where the vector holds it (zero past the vector's highest id). */
  bits = new Uint32Array(32);
  /** Position + 1 in the vector's ids and weights, by id. */
  readonly at = new IdSlots();
  vector: ArticleVector | null = null;

  /** Spread v over ids below `size` (at least its highest id + 1), in place of the vector spread before. */
  spread(v: ArticleVector, size: number): void {
    this.clear();
    this.bits = withRoom(this.bits, (size >>> 5) + 1, false);
    const bits = this.bits;
    const at = this.at;
    at.reset(v.ids.length);
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i];
      at.vals[at.slot(id)] = i + 1;
      bits[id >>> 5] |= 1 << (id & 31);
    }
    this.vector = v;
  }

  /** Forget the vector (its bits cleared). */
  clear(): void {
    const old = this.vector;
    if (!old) return;
    for (let i = 0; i < old.ids.length; i++) this.bits[old.ids[i] >>> 5] = 0;
    this.vector = null;
  }

  /** The vector's weight of an id (0 where it has none). */
  weight(id: number): number {
    const v = this.vector;
    if (!v || (this.bits[id >>> 5] & (1 << (id & 31))) === 0) return 0;
    return v.weights[this.at.vals[this.at.find(id)] - 1];
  }

  /** The weight of an id as a map of the vector's weights would give it (undefined where it has none). */
  get(id: number): number | undefined {
    const a = this.weight(id);
    return a !== 0 ? a : undefined;
  }

  has(id: number): boolean {
    return this.weight(id) !== 0;
  }
}

const SCRATCH = new WeakMap<object, SpreadVector>();

/**
 * v spread by id, `size` at least its highest id + 1. The spread is reused: it holds v until the next call for another
 * vector with the same owner, so read it before that.
 */
export function spreadQuery(owner: object, v: ArticleVector, size: number): SpreadVector {
  let s = SCRATCH.get(owner);
  if (!s) {
    s = new SpreadVector();
    SCRATCH.set(owner, s);
  }
  if (s.vector !== v) s.spread(v, size);
  return s;
}
