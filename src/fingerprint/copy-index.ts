// The copy index: finds exact and near copies (MinHash + LSH), groups them into lineages and names each group's origin.
import type { Fingerprint } from '../model.js';
import { FingerprintError } from './errors.js';
import { CandidateSet } from './candidates.js';
import { BandedLsh } from './lsh.js';
import { similarityFrom, type Similarity } from './minhash.js';
import { DEFAULT_PARAMS, type FingerprintParams } from './params.js';
import { StringTable } from './string-table.js';
import { ExactKeys } from './exact-keys.js';

/** A document as the index sees it. `seq` is its arrival order (the tie-break when dates are equal or missing). */
export interface CopyDoc {
  id: string;
  fp: Fingerprint;
  published: string | null;
  seq: number;
}

/** Where a document sits in the copy lineage. */
export interface CopyResult {
  /** The group's origin when this doc is a copy; null for an origin or a document without copies. */
  copyOf: string | null;
  /** Estimated containment between this doc and `copyOf` (0 when copyOf is null). */
  similarity: number;
  /** Group id: the id of the group's origin (a document without copies is its own group). */
  group: string;
}

export interface Candidate extends Similarity {
  id: string;
  /** Score used for the copy decision: the containment estimate (1 for an exact copy). */
  similarity: number;
  exact: boolean;
  /** Whether the pair passes the copy thresholds. */
  copy: boolean;
}

export interface GroupInfo {
  group: string;
  origin: string;
  /** Member ids, origin first, then by (published, seq). */
  members: string[];
}

export interface LineageRow extends CopyResult {
  id: string;
}

/** Counters of the LSH work done by add() since the index was made (for benchmarks and tuning). */
export interface CopyIndexStats {
  /** Documents looked up in and added to the LSH tables (exact copies and empty texts skip them). */
  lshInserts: number;
  /** Distinct documents sharing at least one band with them, summed. */
  candidates: number;
  /** Candidate signatures compared, summed (candidates capped at lsh.maxVerify per insert). */
  compared: number;
  /** Inserts that had more than lsh.maxVerify candidates. */
  capped: number;
  /** Band entries chained under a key another group's document already held (8 bytes each; the only per-band memory besides the tables). */
  links: number;
}

/**
 * Online copy index. Copies are linked when either the normalised texts are identical or the estimated
 * containment >= copy.minContainment and Jaccard >= copy.minJaccard. Groups are the connected components of
 * those links, so the final grouping does not depend on arrival order (except when a band chain is longer than
 * lsh.maxChainScan, where the newest members are read first, or when more than lsh.maxVerify documents share a
 * band with a new one, where those sharing most bands are compared). A group's origin is its earliest member
 * by published date (dated members before undated ones), then by seq, then by id.
 * Re-adding a known id changes nothing and returns its current result.
 *
 * A new document enters the LSH tables only under band keys no member of its copy group holds yet (once linked): a
 * later document sharing such a key meets the holder, and through it the group. Entering every key chained each near
 * copy in every band (scale corpus, 200k documents: 177 MB against 121 MB, ~35% more CPU an add). The price: a text
 * at the rule's edge reaches a group only through the members holding its keys (eval:dedup's labelled pairs found
 * alike; its detection curve at 15% of words replaced 0.70-0.73 -> 0.69-0.72).
 *
 * Layout (issue 4): documents are dense numbers in arrival order; everything per document lives in typed arrays
 * that double when full (signatures, sizes, dates, union-find parent, group origin and size, a circular member
 * list), ids and exact hashes are found through open-addressing string tables, and the LSH bands are typed-array
 * tables. An insert allocates no per-document objects besides its result, the garbage collector scans no large
 * Map (only the id and exact-hash string arrays), and at most lsh.maxVerify candidates are compared, so the work
 * per insert is bounded whatever the index size (chance candidates grow with it only up to that cap); a size
 * hint (expectedDocs) saves the doublings.
 *
 * A signature is kept as the low 16 bits of each value (256 bytes a document instead of 512): values also agree by
 * chance, odds 2^-16 a position, so the estimated Jaccard reads at most 0.00002 high on average (scale corpus: 253 of
 * 100k adds with another similarity, 34 with other copy links, bench/copy-ab.ts; eval:dedup found the same pairs).
 */
export class CopyIndex {
  readonly params: FingerprintParams;
  private readonly P: number;
  private readonly lsh: BandedLsh;
  private readonly cands: CandidateSet;
  private n = 0;
  private cap: number;
  private readonly ids: string[] = [];
  private readonly exacts = new ExactKeys();
  private readonly byId: StringTable;
  /** Exact hash -> the first document with that normalised text (the only one of them in the LSH tables). */
  private readonly byExact: StringTable;
  /** Each document's signature, its values' low 16 bits (see above). */
  private sigs: Uint16Array;
  /** A query's signature cut to the stored width. */
  private readonly querySig: Uint16Array;
  private sizes: Uint32Array;
  private published: Float64Array;
  private seqs: Float64Array;
  /** Union-find parent (a root is its own parent). */
  private parent: Int32Array;
  /** At a root: the group's member count and origin. */
  private groupSize: Int32Array;
  private origin: Int32Array;
  /** Circular list of each group's members: ring[m] is the next member (merging two groups swaps two links). */
  private ring: Int32Array;
  /** The group root of the document being added, once linked (for inAddingGroup). */
  private addingRoot = -1;
  /** Whether a document is in the group of the one being added: its band keys then need not be entered again. */
  private readonly inAddingGroup = (d: number): boolean => this.find(d) === this.addingRoot;
  /** Documents whose origin changed during the current add. */
  private readonly touched = new Set<number>();
  private readonly counters: Omit<CopyIndexStats, 'links'> = { lshInserts: 0, candidates: 0, compared: 0, capped: 0 };

  constructor(params: FingerprintParams = DEFAULT_PARAMS, expectedDocs = 1024) {
    this.params = params;
    this.P = params.permutations;
    this.cap = Math.max(16, expectedDocs);
    this.lsh = new BandedLsh(params.lsh.bands, params.lsh.rows, params.lsh.maxChainScan, () => this.sigs, this.P, this.cap);
    this.cands = new CandidateSet(4 * params.lsh.maxVerify);
    this.byId = new StringTable((d) => this.ids[d]!, this.cap);
    this.byExact = new StringTable((d) => this.exacts.get(d), this.cap);
    this.sigs = new Uint16Array(this.cap * this.P);
    this.querySig = new Uint16Array(this.P);
    this.sizes = new Uint32Array(this.cap);
    this.published = new Float64Array(this.cap);
    this.seqs = new Float64Array(this.cap);
    this.parent = new Int32Array(this.cap);
    this.groupSize = new Int32Array(this.cap);
    this.origin = new Int32Array(this.cap);
    this.ring = new Int32Array(this.cap);
  }

  get size(): number {
    return this.n;
  }

  has(id: string): boolean {
    return this.byId.get(id) >= 0;
  }

  /** Adds a document (or returns its current result if the id is known) and links it to its copies. */
  add(doc: CopyDoc): CopyResult {
    const i = this.insert(doc);
    this.touched.clear();
    return this.resultOf(i);
  }

  /**
   * Like add(), and also lists the other documents whose copyOf/group/similarity changed because of this one
   * (an earlier origin arrived, or two groups merged), so a store can update just those rows.
   */
  addDetailed(doc: CopyDoc): { result: CopyResult; changed: LineageRow[] } {
    const i = this.insert(doc);
    const changed: LineageRow[] = [];
    for (const m of this.touched) if (m !== i) changed.push({ id: this.ids[m]!, ...this.resultOf(m) });
    this.touched.clear();
    return { result: this.resultOf(i), changed };
  }

  /**
   * Indexed documents that look like the fingerprint, most similar first (ties by arrival), including ones below
   * the copy rule (`copy: false`). Exact duplicates are represented by the first of them that was indexed; use
   * groupOf() for all members. At most max(limit, lsh.maxVerify) LSH candidates are compared (those sharing
   * most bands). Does not modify the index.
   */
  query(fp: Fingerprint, limit = 20): Candidate[] {
    this.checkFp(fp, '(query)');
    if (fp.shingles === 0) return [];
    const found: { doc: number; c: Candidate }[] = [];
    const twin = this.byExact.get(fp.exact);
    if (twin >= 0) found.push({ doc: twin, c: { id: this.ids[twin]!, jaccard: 1, containment: 1, similarity: 1, exact: true, copy: true } });
    const sig = this.querySig;
    sig.set(fp.minhash); // the low 16 bits of each value, as stored
    this.lsh.collect(sig, 0, this.cands);
    const m = this.cands.keepBest(Math.max(limit, this.params.lsh.maxVerify));
    for (let k = 0; k < m; k++) {
      const d = this.cands.doc(k);
      if (d === twin) continue;
      const s = similarityFrom(this.equalPositions(sig, 0, d) / this.P, fp.shingles, this.sizes[d]!);
      if (s.jaccard === 0) continue;
      found.push({ doc: d, c: { id: this.ids[d]!, ...s, similarity: s.containment, exact: false, copy: this.isCopy(s) } });
    }
    found.sort((a, b) => b.c.similarity - a.c.similarity || a.doc - b.doc);
    return found.slice(0, limit).map((f) => f.c);
  }

  /** Current result for a known id, or null. */
  resultFor(id: string): CopyResult | null {
    const i = this.byId.get(id);
    return i < 0 ? null : this.resultOf(i);
  }

  /** The group holding a known id, or null. */
  groupOf(id: string): GroupInfo | null {
    const i = this.byId.get(id);
    if (i < 0) return null;
    const origin = this.origin[this.find(i)]!;
    const ms: number[] = [];
    let m = i;
    do {
      ms.push(m);
      m = this.ring[m]!;
    } while (m !== i);
    ms.sort((a, b) => (a === origin ? -1 : b === origin ? 1 : this.earlier(a, b) ? -1 : 1));
    return { group: this.ids[origin]!, origin: this.ids[origin]!, members: ms.map((x) => this.ids[x]!) };
  }

  /** Current lineage of every document, in arrival order (for the store to persist). */
  *lineage(): Generator<LineageRow> {
    for (let i = 0; i < this.n; i++) yield { id: this.ids[i]!, ...this.resultOf(i) };
  }

  /** LSH work done by add() so far. */
  stats(): CopyIndexStats {
    return { ...this.counters, links: this.lsh.linkCount };
  }

  /** Bytes held in typed arrays (signatures, per-document arrays and exact hashes, LSH and string tables); excludes the id strings. */
  typedBytes(): number {
    return (
      this.sigs.byteLength +
      this.sizes.byteLength +
      this.published.byteLength +
      this.seqs.byteLength +
      this.parent.byteLength +
      this.groupSize.byteLength +
      this.origin.byteLength +
      this.ring.byteLength +
      this.lsh.bytes() +
      this.cands.bytes() +
      this.byId.bytes() +
      this.byExact.bytes() +
      this.exacts.bytes()
    );
  }

  // --- internals ---

  /** Indexes a new document and links it; returns its number (the known one for a known id). */
  private insert(doc: CopyDoc): number {
    const known = this.byId.get(doc.id);
    if (known >= 0) return known;
    this.checkFp(doc.fp, doc.id);
    const i = this.n;
    this.grow(i + 1);
    this.n++;
    this.ids.push(doc.id);
    this.exacts.push(doc.fp.exact);
    this.byId.add(doc.id, i);
    const P = this.P;
    this.sigs.set(doc.fp.minhash, i * P);
    this.sizes[i] = doc.fp.shingles;
    const t = doc.published === null ? NaN : Date.parse(doc.published);
    this.published[i] = Number.isFinite(t) ? t : NaN;
    this.seqs[i] = Number.isFinite(doc.seq) ? doc.seq : i;
    this.parent[i] = i;
    this.groupSize[i] = 1;
    this.origin[i] = i;
    this.ring[i] = i;
    if (doc.fp.shingles === 0) return i;
    const twin = this.byExact.get(doc.fp.exact);
    if (twin >= 0) {
      // An exact copy: everything similar to it is already linked to its twin; it need not enter the LSH tables.
      this.union(i, twin);
      return i;
    }
    this.byExact.add(doc.fp.exact, i);
    this.lsh.collectForInsert(i, this.cands);
    const found = this.cands.size;
    const m = this.cands.keepBest(this.params.lsh.maxVerify);
    const st = this.counters;
    st.lshInserts++;
    st.candidates += found;
    st.compared += m;
    if (m < found) st.capped++;
    for (let k = 0; k < m; k++) {
      const c = this.cands.doc(k);
      if (this.isCopy(similarityFrom(this.equalPositions(this.sigs, i * P, c) / P, this.sizes[i]!, this.sizes[c]!))) this.union(i, c);
    }
    this.addingRoot = this.find(i);
    this.lsh.commitInsert(i, this.inAddingGroup);
    return i;
  }

  private checkFp(fp: Fingerprint, id: string): void {
    if (!(fp.minhash instanceof Uint32Array) || fp.minhash.length !== this.P) {
      throw new FingerprintError(
        'bad-signature',
        `document ${id}: MinHash signature must be a Uint32Array of ${this.P} values (got ${fp.minhash?.length ?? 'none'}); ` +
          'fingerprints made with other parameters must be recomputed',
      );
    }
  }

  /** Doubles the per-document arrays until `need` documents fit (amortised O(1) per document). */
  private grow(need: number): void {
    if (need <= this.cap) return;
    let cap = this.cap;
    while (cap < need) cap *= 2;
    const more = <T extends Uint16Array | Uint32Array | Float64Array | Int32Array>(a: T, make: (n: number) => T, per = 1): T => {
      const b = make(cap * per);
      b.set(a as never);
      return b;
    };
    this.sigs = more(this.sigs, (k) => new Uint16Array(k), this.P);
    this.sizes = more(this.sizes, (k) => new Uint32Array(k));
    this.published = more(this.published, (k) => new Float64Array(k));
    this.seqs = more(this.seqs, (k) => new Float64Array(k));
    this.parent = more(this.parent, (k) => new Int32Array(k));
    this.groupSize = more(this.groupSize, (k) => new Int32Array(k));
    this.origin = more(this.origin, (k) => new Int32Array(k));
    this.ring = more(this.ring, (k) => new Int32Array(k));
    this.cap = cap;
  }

  /** Positions where the signature at `offset` in `sig` equals document b's. */
  private equalPositions(sig: Uint16Array, offset: number, b: number): number {
    const P = this.P;
    const sigs = this.sigs;
    const ob = b * P;
    let eq = 0;
    for (let k = 0; k < P; k++) if (sig[offset + k] === sigs[ob + k]) eq++;
    return eq;
  }

  private sim(a: number, b: number): Similarity {
    return similarityFrom(this.equalPositions(this.sigs, a * this.P, b) / this.P, this.sizes[a]!, this.sizes[b]!);
  }

  private isCopy(s: Similarity): boolean {
    return s.containment >= this.params.copy.minContainment && s.jaccard >= this.params.copy.minJaccard;
  }

  /** Root of i's group, with path compression. */
  private find(i: number): number {
    const parent = this.parent;
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const nx = parent[i]!;
      parent[i] = r;
      i = nx;
    }
    return r;
  }

  /** True when a should be the origin rather than b. */
  private earlier(a: number, b: number): boolean {
    const pa = this.published[a]!;
    const pb = this.published[b]!;
    const da = !Number.isNaN(pa);
    const db = !Number.isNaN(pb);
    if (da && db && pa !== pb) return pa < pb;
    if (da !== db) return da;
    const sa = this.seqs[a]!;
    const sb = this.seqs[b]!;
    if (sa !== sb) return sa < sb;
    return this.ids[a]! < this.ids[b]!;
  }

  /** Merges two groups (union by size); members of the group whose origin changes are marked touched. */
  private union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.groupSize[ra]! < this.groupSize[rb]!) [ra, rb] = [rb, ra];
    const oa = this.origin[ra]!;
    const ob = this.origin[rb]!;
    const o = this.earlier(oa, ob) ? oa : ob;
    const moved = o === oa ? rb : ra;
    let m = moved;
    do {
      this.touched.add(m);
      m = this.ring[m]!;
    } while (m !== moved);
    this.parent[rb] = ra;
    this.groupSize[ra]! += this.groupSize[rb]!;
    this.origin[ra] = o;
    const t = this.ring[ra]!;
    this.ring[ra] = this.ring[rb]!;
    this.ring[rb] = t;
  }

  private resultOf(i: number): CopyResult {
    const origin = this.origin[this.find(i)]!;
    if (origin === i) return { copyOf: null, similarity: 0, group: this.ids[i]! };
    const s = this.sim(i, origin).containment;
    return { copyOf: this.ids[origin]!, similarity: Math.round(s * 1000) / 1000, group: this.ids[origin]! };
  }
}
