// The distinct candidate documents of one LSH lookup with their band-hit counts, on reusable typed arrays cleared in O(1).
import { fmix32 } from './hash.js';

/**
 * A small open-addressing set of document numbers with a hit count each, reused for every lookup: a slot is live
 * when its generation equals the current one, so clear() is one increment and a lookup allocates nothing.
 * Replaces a per-document "seen" stamp array, whose reads were random accesses into an array as large as the index.
 */
export class CandidateSet {
  private slotDoc: Int32Array;
  private slotHits: Int32Array;
  private slotGen: Int32Array;
  private gen = 1;
  /** Slot of the k-th distinct document added (in order of first sight). */
  private order: Int32Array;
  private n = 0;
  /** keepBest's sorted list: rank keys and slots, best first. */
  private bestKey = new Float64Array(0);
  private bestSlot = new Int32Array(0);

  constructor(initialSlots = 1024) {
    let cap = 16;
    while (cap < initialSlots) cap *= 2;
    this.slotDoc = new Int32Array(cap);
    this.slotHits = new Int32Array(cap);
    this.slotGen = new Int32Array(cap);
    this.order = new Int32Array(cap >>> 1);
  }

  get size(): number {
    return this.n;
  }

  clear(): void {
    this.n = 0;
    if (++this.gen === 0x7fffffff) {
      this.slotGen.fill(0);
      this.gen = 1;
    }
  }

  /** Counts one band hit for `doc`. */
  add(doc: number): void {
    if (this.n >= this.order.length) this.grow();
    const mask = this.slotDoc.length - 1;
    let s = fmix32(doc) & mask;
    while (this.slotGen[s] === this.gen) {
      if (this.slotDoc[s] === doc) {
        this.slotHits[s]!++;
        return;
      }
      s = (s + 1) & mask;
    }
    this.slotGen[s] = this.gen;
    this.slotDoc[s] = doc;
    this.slotHits[s] = 1;
    this.order[this.n++] = s;
  }

  /** The k-th distinct document (0 <= k < size). */
  doc(k: number): number {
    return this.slotDoc[this.order[k]!]!;
  }

  /** Band hits of the k-th distinct document. */
  hits(k: number): number {
    return this.slotHits[this.order[k]!]!;
  }

  /**
   * Keeps at most `limit` documents: when there are more, the ones sharing most bands with the lookup (a
   * Jaccard estimate: E[hits] = bands * J^rows), ties to the newest. Returns the new size.
   */
  keepBest(limit: number): number {
    if (this.n <= limit) return this.n;
    // One pass keeping the best `limit` in order (insertion into a short sorted list), not a sort of every candidate: a
    // lookup among many near copies collects thousands (hits <= bands and doc < 2^31, so hits * 2^31 + doc ranks exactly).
    if (this.bestKey.length < limit) {
      this.bestKey = new Float64Array(limit);
      this.bestSlot = new Int32Array(limit);
    }
    const keys = this.bestKey;
    const slots = this.bestSlot;
    let kept = 0;
    for (let k = 0; k < this.n; k++) {
      const s = this.order[k]!;
      const key = this.slotHits[s]! * 2147483648 + this.slotDoc[s]!;
      if (kept === limit && key <= keys[limit - 1]!) continue;
      let j = kept < limit ? kept++ : limit - 1;
      while (j > 0 && keys[j - 1]! < key) {
        keys[j] = keys[j - 1]!;
        slots[j] = slots[j - 1]!;
        j--;
      }
      keys[j] = key;
      slots[j] = s;
    }
    for (let k = 0; k < limit; k++) this.order[k] = slots[k]!;
    this.n = limit;
    return limit;
  }

  bytes(): number {
    return this.slotDoc.byteLength + this.slotHits.byteLength + this.slotGen.byteLength + this.order.byteLength;
  }

  private grow(): void {
    const docs = Array.from({ length: this.n }, (_, k) => this.doc(k));
    const hits = Array.from({ length: this.n }, (_, k) => this.hits(k));
    const cap = this.slotDoc.length * 2;
    this.slotDoc = new Int32Array(cap);
    this.slotHits = new Int32Array(cap);
    this.slotGen = new Int32Array(cap);
    this.order = new Int32Array(cap >>> 1);
    this.gen = 1;
    this.n = 0;
    docs.forEach((d, k) => {
      this.add(d);
      this.slotHits[this.order[k]!] = hits[k]!;
    });
  }
}
