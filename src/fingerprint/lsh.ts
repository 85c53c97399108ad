// Banded LSH over MinHash signatures: per band an open-addressing table (typed arrays) from band hash to a chain of documents.
import { fmix32 } from './hash.js';

/** One band's table: key -> head of a singly linked chain of document numbers (stored +1, 0 = empty slot). */
class BandTable {
  keys: Uint32Array;
  heads: Int32Array;
  used = 0;
  constructor(capacity: number) {
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity);
  }
  /** Slot holding `key`, or the empty slot where it would go. */
  slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = fmix32(key) & mask;
    while (this.heads[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }
  grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === 0) continue;
      const s = this.slot(oldKeys[i]!);
      this.keys[s] = oldKeys[i]!;
      this.heads[s] = oldHeads[i]!;
    }
  }
}

/**
 * Banded LSH index. Documents are dense numbers 0..n-1 given by the caller. Two signatures become candidates
 * when all `rows` values of at least one of the `bands` bands agree: P = 1 - (1 - J^rows)^bands.
 */
export class BandedLsh {
  readonly bands: number;
  readonly rows: number;
  readonly maxChainScan: number;
  private readonly tables: BandTable[];
  /** next[b][doc] = next document (+1) in doc's chain for band b. */
  private next: Int32Array[];
  private stamp: Int32Array;
  private queryNo = 0;

  constructor(bands: number, rows: number, maxChainScan: number, initialDocs = 1024) {
    this.bands = bands;
    this.rows = rows;
    this.maxChainScan = maxChainScan;
    let cap = 1024;
    while (cap < initialDocs * 2) cap *= 2;
    this.tables = Array.from({ length: bands }, () => new BandTable(cap));
    this.next = Array.from({ length: bands }, () => new Int32Array(Math.max(16, initialDocs)));
    this.stamp = new Int32Array(Math.max(16, initialDocs));
  }

  /** Hash of band b of a signature stored at `offset` in `sig`. */
  private bandKey(sig: Uint32Array, offset: number, b: number): number {
    let h = b + 1;
    const start = offset + b * this.rows;
    for (let r = 0; r < this.rows; r++) h = fmix32(Math.imul(h, 0x9e3779b1) ^ sig[start + r]!);
    return h;
  }

  private ensureDoc(doc: number): void {
    if (doc < this.stamp.length) return;
    let cap = this.stamp.length;
    while (cap <= doc) cap *= 2;
    for (let b = 0; b < this.bands; b++) {
      const n = new Int32Array(cap);
      n.set(this.next[b]!);
      this.next[b] = n;
    }
    const s = new Int32Array(cap);
    s.set(this.stamp);
    this.stamp = s;
  }

  /** The band hashes of the signature at `offset` in `sig` (reusable by insertKeys/candidatesOfKeys). */
  keysOf(sig: Uint32Array, offset = 0, out: Uint32Array = new Uint32Array(this.bands)): Uint32Array {
    for (let b = 0; b < this.bands; b++) out[b] = this.bandKey(sig, offset, b);
    return out;
  }

  /** Adds document `doc` with the signature at `offset` in `sig`. Each doc must be inserted once. */
  insert(doc: number, sig: Uint32Array, offset = 0): void {
    this.insertKeys(doc, this.keysOf(sig, offset));
  }

  /** Adds document `doc` under precomputed band hashes. */
  insertKeys(doc: number, keys: Uint32Array): void {
    this.ensureDoc(doc);
    for (let b = 0; b < this.bands; b++) {
      const t = this.tables[b]!;
      const key = keys[b]!;
      let s = t.slot(key);
      if (t.heads[s] === 0) {
        if ((t.used + 1) * 10 > t.keys.length * 7) {
          t.grow();
          s = t.slot(key);
        }
        t.keys[s] = key;
        t.used++;
      }
      this.next[b]![doc] = t.heads[s]!;
      t.heads[s] = doc + 1;
    }
  }

  /**
   * Calls `visit` once for each distinct candidate document sharing a band with the signature.
   * At most `maxChainScan` documents are read from any one band chain (newest first), which bounds the cost
   * of very common band values (e.g. thousands of near-identical items).
   */
  candidates(sig: Uint32Array, visit: (doc: number) => void, offset = 0): void {
    this.candidatesOfKeys(this.keysOf(sig, offset), visit);
  }

  /** candidates() for precomputed band hashes. */
  candidatesOfKeys(keys: Uint32Array, visit: (doc: number) => void): void {
    this.queryNo++;
    if (this.queryNo === 0x7fffffff) {
      this.stamp.fill(0);
      this.queryNo = 1;
    }
    const q = this.queryNo;
    for (let b = 0; b < this.bands; b++) {
      const t = this.tables[b]!;
      const s = t.slot(keys[b]!);
      let d = t.heads[s]!;
      const nx = this.next[b]!;
      let scanned = 0;
      while (d !== 0 && scanned < this.maxChainScan) {
        const doc = d - 1;
        if (this.stamp[doc] !== q) {
          this.stamp[doc] = q;
          visit(doc);
        }
        d = nx[doc]!;
        scanned++;
      }
    }
  }

  /** Bytes held by the index's typed arrays. */
  bytes(): number {
    let n = this.stamp.byteLength;
    for (let b = 0; b < this.bands; b++) n += this.tables[b]!.keys.byteLength + this.tables[b]!.heads.byteLength + this.next[b]!.byteLength;
    return n;
  }
}
