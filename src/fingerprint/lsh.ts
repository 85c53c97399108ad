// Banded LSH over MinHash signatures: per band an open-addressing table (band hash -> newest document) in one shared typed array, older documents chained per band.
import type { CandidateSet } from './candidates.js';
import { fmix32 } from './hash.js';

/** Largest table load (keys / slots) before the band tables double. */
const MAX_LOAD = 0.7;
/** A head (in a table slot or a chain link) is a document + 1 in the low 31 bits, with MORE set when an older document follows. */
const HEAD_DOC = 0x7fffffff;
const MORE = 0x80000000;

/**
 * Banded LSH index. Documents are dense numbers 0..n-1 given by the caller, whose signatures the caller keeps
 * (document d's at stored()[d * stride]). Two signatures become candidates when all `rows` values of at least one
 * of the `bands` bands agree: P = 1 - (1 - J^rows)^bands.
 *
 * Layout, chosen so that the cost per insert does not grow with the index, and the memory per document is small
 * (64 bands hold 64 entries a document: at a million documents every byte an entry is 64 MB):
 * - The band tables all have the same number of slots and live in one Uint32Array (band b from b * slots). A
 *   slot holds only the head: the newest document under the key + 1 (0 = empty), flagged MORE when older ones
 *   follow. The key is not stored: a probe recomputes it from the head's stored signature (the same values the
 *   key was made from), which halves the tables (4 bytes a slot instead of 8: 512 MB at a million documents) for
 *   one read of the caller's signatures per occupied slot probed. Growing is one allocation for all bands: the
 *   runtime counts large array allocations as memory pressure, and 64 separate tables doubling set off dozens of
 *   full garbage collections of the caller's heap at every doubling.
 * - Linear probing starts at the home slot key >>> shift (the key's top bits), so entries sit in key-prefix
 *   order and doubling writes the new tables front to back instead of scattering every entry. Doubling keeps
 *   the amortised cost per key constant; a size hint avoids it altogether.
 * - The chain links of one document are contiguous (next[doc * bands + b]), so an insert writes one short run
 *   of memory, and a link carries the MORE flag, so reading a chain never reads past its end.
 * - A lookup first touches every band's home slot in one tight loop (independent loads whose cache misses the
 *   CPU overlaps) and only then probes, since the probe loop branches on each load and would wait for each miss.
 */
export class BandedLsh {
  readonly bands: number;
  readonly rows: number;
  readonly maxChainScan: number;
  /** All band tables: band b's slots (heads) from b * slots. */
  private data: Uint32Array;
  private slotBits: number;
  /** Keys in the fullest band table. */
  private maxUsed = 0;
  private readonly used: Int32Array;
  /** next[doc * bands + b] = the head value `doc` displaced in band b's table: the older document + 1, MORE if another follows. */
  private next: Uint32Array;
  private readonly keyBuf: Uint32Array;
  /** The caller's signatures (read afresh at each call: the caller may reallocate them as it grows). */
  private readonly stored: () => Uint16Array;
  private readonly stride: number;

  constructor(bands: number, rows: number, maxChainScan: number, stored: () => Uint16Array, stride: number, expectedDocs = 1024) {
    this.bands = bands;
    this.rows = rows;
    this.maxChainScan = maxChainScan;
    this.stored = stored;
    this.stride = stride;
    const docs = Math.max(16, expectedDocs);
    let bits = 10;
    while ((1 << bits) * MAX_LOAD < docs && bits < 30) bits++;
    this.slotBits = bits;
    this.data = new Uint32Array(bands * (1 << bits));
    this.used = new Int32Array(bands);
    this.next = new Uint32Array(docs * bands);
    this.keyBuf = new Uint32Array(bands);
  }

  /** Slots per band table. */
  get slots(): number {
    return 1 << this.slotBits;
  }

  /** Adds document `doc` (its signature stored by the caller). Each doc must be inserted once. */
  insert(doc: number): void {
    this.pass(this.stored(), doc * this.stride, doc, null);
  }

  /** Adds `doc` and, in the same pass, puts the documents already sharing one of its bands into `into` (cleared first). */
  insertAndCollect(doc: number, into: CandidateSet): void {
    this.pass(this.stored(), doc * this.stride, doc, into);
  }

  /**
   * Puts each document sharing a band with the signature into `into` (cleared first), with the number of bands
   * shared. At most `maxChainScan` documents are read from any one band chain (newest first), which bounds the
   * cost of very common band values (e.g. thousands of near-identical items).
   */
  collect(sig: Uint16Array, offset: number, into: CandidateSet): void {
    this.pass(sig, offset, -1, into);
  }

  /** Bytes held by the index's typed arrays. */
  bytes(): number {
    return this.data.byteLength + this.next.byteLength + this.used.byteLength + this.keyBuf.byteLength;
  }

  /**
   * Key of band b of a signature stored at `offset` in `sig`: its `rows` values folded together, then mixed with
   * fmix32 (each band has its own table, so the band number need not enter the key).
   */
  private bandKey(sig: Uint16Array, offset: number, b: number): number {
    const start = offset + b * this.rows;
    let h = sig[start]!;
    for (let r = 1; r < this.rows; r++) h = Math.imul(h ^ (h >>> 15), 0x9e3779b1) ^ sig[start + r]!;
    return fmix32(h);
  }

  /** Index in `data` of the slot holding `key` in band b's table, or of the empty slot where it would go; `sigs`: stored(). */
  private find(b: number, key: number, sigs: Uint16Array): number {
    const d = this.data;
    const bits = this.slotBits;
    const mask = (1 << bits) - 1;
    const base = b * (1 << bits);
    let s = key >>> (32 - bits);
    for (;;) {
      const head = d[base + s]!;
      if (head === 0 || this.bandKey(sigs, ((head & HEAD_DOC) - 1) * this.stride, b) === key) return base + s;
      s = (s + 1) & mask;
    }
  }

  /** One lookup (doc < 0) or lookup-and-insert of `doc`. */
  private pass(sig: Uint16Array, offset: number, doc: number, into: CandidateSet | null): void {
    const B = this.bands;
    const keys = this.keyBuf;
    if (doc >= 0) {
      this.ensureDoc(doc);
      if (this.maxUsed + 1 > this.slots * MAX_LOAD) this.grow();
    }
    into?.clear();
    for (let b = 0; b < B; b++) keys[b] = this.bandKey(sig, offset, b);
    // Touch every home slot first. The union of the heads also gives a fast exit: all home slots empty means,
    // with linear probing, that no key of this signature is in any table.
    const d = this.data;
    const bits = this.slotBits;
    let heads = 0;
    for (let b = 0; b < B; b++) heads |= d[b * (1 << bits) + (keys[b]! >>> (32 - bits))]!;
    if (heads === 0 && doc < 0) return;
    const next = this.next;
    const sigs = this.stored();
    for (let b = 0; b < B; b++) {
      const at = this.find(b, keys[b]!, sigs);
      const head = d[at]!;
      if (into !== null && head !== 0) {
        let v = head;
        for (let scanned = 1; ; scanned++) {
          const c = (v & HEAD_DOC) - 1;
          into.add(c);
          if (v <= HEAD_DOC || scanned >= this.maxChainScan) break;
          v = next[c * B + b]!;
        }
      }
      if (doc < 0) continue;
      if (head === 0) {
        d[at] = doc + 1;
        if (++this.used[b]! > this.maxUsed) this.maxUsed = this.used[b]!;
      } else {
        next[doc * B + b] = head;
        d[at] = (doc + 1) | MORE;
      }
    }
  }

  /** Doubles every band table, in one allocation. Old slots are read in order and land near twice their position. */
  private grow(): void {
    const old = this.data;
    const oldSlots = 1 << this.slotBits;
    const bits = this.slotBits + 1;
    const mask = (1 << bits) - 1;
    const d = new Uint32Array(this.bands * (1 << bits));
    const sigs = this.stored();
    for (let b = 0; b < this.bands; b++) {
      const from = b * oldSlots;
      const base = b * (1 << bits);
      for (let i = from; i < from + oldSlots; i++) {
        const head = old[i]!;
        if (head === 0) continue;
        let s = this.bandKey(sigs, ((head & HEAD_DOC) - 1) * this.stride, b) >>> (32 - bits);
        while (d[base + s] !== 0) s = (s + 1) & mask;
        d[base + s] = head;
      }
    }
    this.data = d;
    this.slotBits = bits;
  }

  private ensureDoc(doc: number): void {
    const B = this.bands;
    if ((doc + 1) * B <= this.next.length) return;
    let cap = this.next.length / B;
    while (cap <= doc) cap *= 2;
    const n = new Uint32Array(cap * B);
    n.set(this.next);
    this.next = n;
  }
}
