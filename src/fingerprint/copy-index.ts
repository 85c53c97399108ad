// The copy index: finds exact and near copies (MinHash + LSH), groups them into lineages and names each group's origin.
import type { Fingerprint } from '../model.js';
import { FingerprintError } from './errors.js';
import { BandedLsh } from './lsh.js';
import { similarityFrom, type Similarity } from './minhash.js';
import { DEFAULT_PARAMS, type FingerprintParams } from './params.js';

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

/**
 * Online copy index. Copies are linked when either the normalised texts are identical or the estimated
 * containment >= copy.minContainment and Jaccard >= copy.minJaccard. Groups are the connected components of
 * those links, so the final grouping does not depend on arrival order (except when a band chain is longer than
 * lsh.maxChainScan, where the newest members are read first). A group's origin is its earliest member
 * by published date (dated members before undated ones), then by seq, then by id.
 * Re-adding a known id changes nothing and returns its current result.
 */
export class CopyIndex {
  readonly params: FingerprintParams;
  private readonly P: number;
  private readonly lsh: BandedLsh;
  private n = 0;
  private cap: number;
  private ids: string[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byExact = new Map<string, number>();
  private sigs: Uint32Array;
  private sizes: Uint32Array;
  private published: Float64Array;
  private seqs: Float64Array;
  private parent: Int32Array;
  /** Members of each multi-member group, keyed by root. */
  private readonly members = new Map<number, number[]>();
  /** Origin of each multi-member group, keyed by root. */
  private readonly origins = new Map<number, number>();
  /** Documents whose origin changed during the current add. */
  private readonly touched = new Set<number>();
  private readonly keyBuf: Uint32Array;

  constructor(params: FingerprintParams = DEFAULT_PARAMS, expectedDocs = 1024) {
    this.params = params;
    this.P = params.permutations;
    this.cap = Math.max(16, expectedDocs);
    this.lsh = new BandedLsh(params.lsh.bands, params.lsh.rows, params.lsh.maxChainScan, this.cap);
    this.keyBuf = new Uint32Array(params.lsh.bands);
    this.sigs = new Uint32Array(this.cap * this.P);
    this.sizes = new Uint32Array(this.cap);
    this.published = new Float64Array(this.cap);
    this.seqs = new Float64Array(this.cap);
    this.parent = new Int32Array(this.cap);
  }

  get size(): number {
    return this.n;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Adds a document (or returns its current result if the id is known) and links it to its copies. */
  add(doc: CopyDoc): CopyResult {
    return this.addDetailed(doc).result;
  }

  /**
   * Like add(), and also lists the other documents whose copyOf/group/similarity changed because of this one
   * (an earlier origin arrived, or two groups merged), so a store can update just those rows.
   */
  addDetailed(doc: CopyDoc): { result: CopyResult; changed: LineageRow[] } {
    const known = this.byId.get(doc.id);
    if (known !== undefined) return { result: this.resultOf(known), changed: [] };
    this.checkFp(doc.fp, doc.id);
    const i = this.n;
    this.grow(i + 1);
    this.n++;
    this.ids.push(doc.id);
    this.byId.set(doc.id, i);
    this.sigs.set(doc.fp.minhash, i * this.P);
    this.sizes[i] = doc.fp.shingles;
    const t = doc.published === null ? NaN : Date.parse(doc.published);
    this.published[i] = Number.isFinite(t) ? t : NaN;
    this.seqs[i] = Number.isFinite(doc.seq) ? doc.seq : i;
    this.parent[i] = i;

    if (doc.fp.shingles > 0) {
      const twin = this.byExact.get(doc.fp.exact);
      if (twin !== undefined) {
        // An exact copy: everything similar to it is already linked to its twin; it need not enter the LSH tables.
        this.union(i, twin);
      } else {
        this.byExact.set(doc.fp.exact, i);
        const links: number[] = [];
        const keys = this.lsh.keysOf(doc.fp.minhash, 0, this.keyBuf);
        this.lsh.candidatesOfKeys(keys, (c) => {
          if (this.isCopy(this.sim(i, c))) links.push(c);
        });
        for (const c of links) this.union(i, c);
        this.lsh.insertKeys(i, keys);
      }
    }
    const changed: LineageRow[] = [];
    for (const m of this.touched) if (m !== i) changed.push({ id: this.ids[m]!, ...this.resultOf(m) });
    this.touched.clear();
    return { result: this.resultOf(i), changed };
  }

  /**
   * Indexed documents that look like the fingerprint, most similar first (ties by arrival), including ones below
   * the copy rule (`copy: false`). Exact duplicates are represented by the first of them that was indexed; use
   * groupOf() for all members. Does not modify the index.
   */
  query(fp: Fingerprint, limit = 20): Candidate[] {
    this.checkFp(fp, '(query)');
    if (fp.shingles === 0) return [];
    const out: Candidate[] = [];
    const seen = new Set<number>();
    const twin = this.byExact.get(fp.exact);
    if (twin !== undefined) {
      seen.add(twin);
      out.push({ id: this.ids[twin]!, jaccard: 1, containment: 1, similarity: 1, exact: true, copy: true });
    }
    this.lsh.candidates(fp.minhash, (c) => {
      if (seen.has(c)) return;
      const s = this.simWith(fp, c);
      if (s.jaccard === 0) return;
      out.push({ id: this.ids[c]!, ...s, similarity: s.containment, exact: false, copy: this.isCopy(s) });
    });
    out.sort((a, b) => b.similarity - a.similarity || this.byId.get(a.id)! - this.byId.get(b.id)!);
    return out.slice(0, limit);
  }

  /** Current result for a known id, or null. */
  resultFor(id: string): CopyResult | null {
    const i = this.byId.get(id);
    return i === undefined ? null : this.resultOf(i);
  }

  /** The group holding a known id, or null. */
  groupOf(id: string): GroupInfo | null {
    const i = this.byId.get(id);
    if (i === undefined) return null;
    const r = this.find(i);
    const ms = this.members.get(r) ?? [i];
    const origin = this.origins.get(r) ?? i;
    const sorted = [...ms].sort((a, b) => (a === origin ? -1 : b === origin ? 1 : this.earlier(a, b) ? -1 : 1));
    return { group: this.ids[origin]!, origin: this.ids[origin]!, members: sorted.map((m) => this.ids[m]!) };
  }

  /** Current lineage of every document, in arrival order (for the store to persist). */
  *lineage(): Generator<LineageRow> {
    for (let i = 0; i < this.n; i++) yield { id: this.ids[i]!, ...this.resultOf(i) };
  }

  /** Bytes held in typed arrays (signatures, sizes, LSH tables); excludes the id strings and maps. */
  typedBytes(): number {
    return this.sigs.byteLength + this.sizes.byteLength + this.published.byteLength + this.seqs.byteLength + this.parent.byteLength + this.lsh.bytes();
  }

  // --- internals ---

  private checkFp(fp: Fingerprint, id: string): void {
    if (!(fp.minhash instanceof Uint32Array) || fp.minhash.length !== this.P) {
      throw new FingerprintError(
        'bad-signature',
        `document ${id}: MinHash signature must be a Uint32Array of ${this.P} values (got ${fp.minhash?.length ?? 'none'}); ` +
          'fingerprints made with other parameters must be recomputed',
      );
    }
  }

  private grow(need: number): void {
    if (need <= this.cap) return;
    let cap = this.cap;
    while (cap < need) cap *= 2;
    const sigs = new Uint32Array(cap * this.P);
    sigs.set(this.sigs);
    this.sigs = sigs;
    const copy = <T extends Uint32Array | Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a as never);
      return b;
    };
    this.sizes = copy(this.sizes, (k) => new Uint32Array(k));
    this.published = copy(this.published, (k) => new Float64Array(k));
    this.seqs = copy(this.seqs, (k) => new Float64Array(k));
    this.parent = copy(this.parent, (k) => new Int32Array(k));
    this.cap = cap;
  }

  private sim(a: number, b: number): Similarity {
    const P = this.P;
    const sigs = this.sigs;
    const oa = a * P;
    const ob = b * P;
    let eq = 0;
    for (let k = 0; k < P; k++) if (sigs[oa + k] === sigs[ob + k]) eq++;
    return similarityFrom(eq / P, this.sizes[a]!, this.sizes[b]!);
  }

  private simWith(fp: Fingerprint, b: number): Similarity {
    const P = this.P;
    const ob = b * P;
    let eq = 0;
    for (let k = 0; k < P; k++) if (fp.minhash[k] === this.sigs[ob + k]) eq++;
    return similarityFrom(eq / P, fp.shingles, this.sizes[b]!);
  }

  private isCopy(s: Similarity): boolean {
    return s.containment >= this.params.copy.minContainment && s.jaccard >= this.params.copy.minJaccard;
  }

  private find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const nx = this.parent[i]!;
      this.parent[i] = r;
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

  private union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    let ma = this.members.get(ra) ?? [ra];
    let mb = this.members.get(rb) ?? [rb];
    if (ma.length < mb.length) {
      [ra, rb] = [rb, ra];
      [ma, mb] = [mb, ma];
    }
    const oa = this.origins.get(ra) ?? ra;
    const ob = this.origins.get(rb) ?? rb;
    const o = this.earlier(oa, ob) ? oa : ob;
    for (const m of o === oa ? mb : ma) this.touched.add(m);
    this.parent[rb] = ra;
    for (const m of mb) ma.push(m);
    this.members.set(ra, ma);
    this.members.delete(rb);
    this.origins.set(ra, o);
    this.origins.delete(rb);
  }

  private resultOf(i: number): CopyResult {
    const r = this.find(i);
    const origin = this.origins.get(r) ?? r;
    if (origin === i) return { copyOf: null, similarity: 0, group: this.ids[i]! };
    const s = this.sim(i, origin).containment;
    return { copyOf: this.ids[origin]!, similarity: Math.round(s * 1000) / 1000, group: this.ids[origin]! };
  }
}
