// Banded LSH over MinHash signatures: per band an open-addressing table (band hash -> newest document) in one shared typed array, older documents chained through links made only where a key repeats.
import type { CandidateSet } from './candidates.js';
import { fmix32 } from './hash.js';
import { withRoom } from '../util/typed-grow.js';

/** Largest table load (keys / slots) before the band tables grow, and by how much they grow. */
const MAX_LOAD = 0.7;
const GROWTH = 1.5;
/** 2^-32: a key times (slots * SCALE) is its home slot, computed alike everywhere (the fast exit in pass() relies on it). */
const SCALE = 1 / 4294967296;
/**
 * A reference (in a table slot, or a link's older part) is a document + 1 when MORE is clear (the chain ends with it),
 * or a link + 1 with MORE set (the link's document, then the link's older reference). 0 is an empty slot.
 */
const LOW = 0x7fffffff;
const MORE = 0x80000000;

/**
 * Banded LSH index. Documents are dense numbers 0..n-1 given by the caller, whose signatures the caller keeps
 * (document d's at stored()[d * stride]). Two signatures become candidates when all `rows` values of at least one
 * of the `bands` bands agree: P = 1 - (1 - J^rows)^bands. An insert may leave a band out where the key is already
 * held by a document that the caller says stands for the new one (commitInsert's `represented`: the copy index
 * leaves out a band whose key a member of the new document's copy group holds).
 *
 * Layout, chosen so that the cost per insert does not grow with the index, and the memory per document is small
 * (64 bands hold up to 64 entries a document: at a million documents every byte an entry is 64 MB):
 * - The band tables all have the same number of slots and live in one Uint32Array (band b from b * slots). A
 *   slot holds only a reference to the newest document under the key. The key is not stored: a probe recomputes
 *   it from that document's stored signature (the same values the key was made from), which halves the tables
 *   (4 bytes a slot instead of 8) for one read of the caller's signatures per occupied slot probed. Growing is one
 *   allocation for all bands: the runtime counts large array allocations as memory pressure, and 64 separate
 *   tables doubling set off dozens of full garbage collections of the caller's heap at every doubling.
 * - Linear probing starts at the home slot floor(key * slots / 2^32), so entries sit in key order and growing writes
 *   the new tables front to back instead of scattering every entry. The tables grow by half (any number of slots
 *   has a home for every key), which keeps the amortised cost per key constant and the load between 0.47 and 0.7
 *   (doubling left it between 0.35 and 0.7: 64 bands of 4-byte slots cost 256 bytes a key at a load of one);
 *   a size hint avoids growing altogether.
 * - Older documents under a key are chained through links (a document and the older reference, 8 bytes) made
 *   only when a key repeats. A link per document and band, made whether or not the key repeats, held 256 MB at a
 *   million documents, mostly zeros on news-like data (most band keys are one document's); on a stream of near
 *   copies most repeats are within a copy group, which the copy index leaves out.
 * - A lookup first touches every band's home slot in one tight loop (independent loads whose cache misses the
 *   CPU overlaps) and only then probes, since the probe loop branches on each load and would wait for each miss.
 */
export class BandedLsh {
  readonly bands: number;
  readonly rows: number;
  readonly maxChainScan: number;
  /** All band tables: band b's slots (references) from b * slots. */
  private data: Uint32Array;
  private slotCount: number;
  /** Keys in the fullest band table. */
  private maxUsed = 0;
  private readonly used: Int32Array;
  /** Links: linkDoc[k] is a document, linkOlder[k] the reference to the documents under the same key before it. */
  private linkDoc: Uint32Array;
  private linkOlder: Uint32Array;
  private links = 0;
  private readonly keyBuf: Uint32Array;
  /** The slot of each band's key found by the last collectForInsert (for commitInsert), and its document. */
  private readonly pendingAt: Int32Array;
  private pendingDoc = -1;
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
    let slots = 1024;
    while (slots * MAX_LOAD < docs) slots = Math.ceil(slots * GROWTH);
    this.slotCount = slots;
    this.data = new Uint32Array(bands * slots);
    this.used = new Int32Array(bands);
    this.linkDoc = new Uint32Array(1024);
    this.linkOlder = new Uint32Array(1024);
    this.keyBuf = new Uint32Array(bands);
    this.pendingAt = new Int32Array(bands);
  }

  /** Slots per band table. */
  get slots(): number {
    return this.slotCount;
  }

  /** Adds document `doc` (its signature stored by the caller) under every band. Each doc must be inserted once. */
  insert(doc: number): void {
    this.collectForInsert(doc, null);
    this.commitInsert(doc);
  }

  /**
   * The first half of an insert: puts the documents already sharing one of `doc`'s bands into `into` (cleared first;
   * none when null) and keeps where each band's key goes. The tables must not change before commitInsert(doc).
   */
  collectForInsert(doc: number, into: CandidateSet | null): void {
    if (this.maxUsed + 1 > this.slotCount * MAX_LOAD) this.grow();
    this.pass(this.stored(), doc * this.stride, into, this.pendingAt);
    this.pendingDoc = doc;
  }

  /**
   * The second half: enters `doc` under each band's key, except where the newest document under the key is one that
   * `represented` says stands for it (that band is left out: a lookup finding the key finds that document instead).
   */
  commitInsert(doc: number, represented?: (other: number) => boolean): void {
    if (doc !== this.pendingDoc) throw new Error(`BandedLsh: commitInsert(${doc}) without collectForInsert(${doc}) just before`);
    this.pendingDoc = -1;
    const d = this.data;
    for (let b = 0; b < this.bands; b++) {
      const at = this.pendingAt[b]!;
      const ref = d[at]!;
      if (ref === 0) {
        d[at] = doc + 1;
        if (++this.used[b]! > this.maxUsed) this.maxUsed = this.used[b]!;
      } else if (!represented?.(this.docOf(ref))) {
        d[at] = (this.link(doc, ref) + 1) | MORE;
      }
    }
  }

  /**
   * Puts each document sharing a band with the signature into `into` (cleared first), with the number of bands
   * shared. At most `maxChainScan` documents are read from any one band chain (newest first), which bounds the
   * cost of very common band values (e.g. thousands of near-identical items).
   */
  collect(sig: Uint16Array, offset: number, into: CandidateSet): void {
    this.pass(sig, offset, into, null);
  }

  /** Bytes held by the index's typed arrays. */
  bytes(): number {
    return (
      this.data.byteLength + this.linkDoc.byteLength + this.linkOlder.byteLength + this.used.byteLength + this.keyBuf.byteLength + this.pendingAt.byteLength
    );
  }

  /** Links made so far (band entries under a key that already had one). */
  get linkCount(): number {
    return this.links;
  }

  /** The newest document of a non-empty reference. */
  private docOf(ref: number): number {
    return ref & MORE ? this.linkDoc[(ref & LOW) - 1]! : ref - 1;
  }

  /** A new link: `doc`, then the documents of `older`; returns its number. */
  private link(doc: number, older: number): number {
    const k = this.links++;
    this.linkDoc = withRoom(this.linkDoc, k + 1, true);
    this.linkOlder = withRoom(this.linkOlder, k + 1, true);
    this.linkDoc[k] = doc;
    this.linkOlder[k] = older;
    return k;
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
    const slots = this.slotCount;
    const base = b * slots;
    let s = Math.floor(key * (slots * SCALE));
    for (;;) {
      const ref = d[base + s]!;
      if (ref === 0 || this.bandKey(sigs, this.docOf(ref) * this.stride, b) === key) return base + s;
      if (++s === slots) s = 0;
    }
  }

  /** One lookup: the documents under each band's key into `into` (when given), each key's slot into `at` (when given). */
  private pass(sig: Uint16Array, offset: number, into: CandidateSet | null, at: Int32Array | null): void {
    const B = this.bands;
    const keys = this.keyBuf;
    into?.clear();
    for (let b = 0; b < B; b++) keys[b] = this.bandKey(sig, offset, b);
    // Touch every home slot first. The union of the references also gives a fast exit: all home slots empty means,
    // with linear probing, that no key of this signature is in any table.
    const d = this.data;
    const slots = this.slotCount;
    const scale = slots * SCALE;
    let any = 0;
    for (let b = 0; b < B; b++) any |= d[b * slots + Math.floor(keys[b]! * scale)]!;
    if (any === 0 && at === null) return;
    const sigs = this.stored();
    for (let b = 0; b < B; b++) {
      const slot = this.find(b, keys[b]!, sigs);
      if (at !== null) at[b] = slot;
      if (into === null) continue;
      let ref = d[slot]!;
      for (let scanned = 1; ref !== 0; scanned++) {
        if ((ref & MORE) === 0) {
          into.add(ref - 1);
          break;
        }
        const k = (ref & LOW) - 1;
        into.add(this.linkDoc[k]!);
        if (scanned >= this.maxChainScan) break;
        ref = this.linkOlder[k]!;
      }
    }
  }

  /** Grows every band table by half, in one allocation. Old slots are read in order and land near 1.5 times their position. */
  private grow(): void {
    const old = this.data;
    const oldSlots = this.slotCount;
    const slots = Math.ceil(oldSlots * GROWTH);
    const scale = slots * SCALE;
    const d = new Uint32Array(this.bands * slots);
    const sigs = this.stored();
    for (let b = 0; b < this.bands; b++) {
      const from = b * oldSlots;
      const base = b * slots;
      for (let i = from; i < from + oldSlots; i++) {
        const ref = old[i]!;
        if (ref === 0) continue;
        let s = Math.floor(this.bandKey(sigs, this.docOf(ref) * this.stride, b) * scale);
        while (d[base + s] !== 0) if (++s === slots) s = 0;
        d[base + s] = ref;
      }
    }
    this.data = d;
    this.slotCount = slots;
  }
}
