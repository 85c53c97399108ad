// Online feature vocabulary: string features to integer ids, with document frequencies updated as articles arrive.

/** Feature namespaces in index order: w word, e entity, n number, d date, q quote shingle. */
export const NAMESPACE_ORDER = 'wendq';

function namespaceIndex(key: string): number {
  const i = NAMESPACE_ORDER.indexOf(key.charAt(0));
  if (i < 0) throw new Error(`weave vocabulary: feature "${key}" has no known namespace prefix (one of ${NAMESPACE_ORDER})`);
  return i;
}

/** Feature ids and document frequencies; grows online, never forgets (ids stay valid in snapshots). */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  readonly df: number[] = [];
  /** Feature ids whose key or document frequency changed since the last flush of rows. */
  readonly changed = new IdMarks();
  /** Namespace index per id (position of the key's prefix letter in NAMESPACE_ORDER). */
  readonly ns: number[] = [];
  docs = 0;

  constructor(keys: string[] = [], df: number[] = [], docs = 0) {
    if (keys.length !== df.length)
      throw new Error(`weave vocabulary: ${keys.length} keys but ${df.length} frequencies; the snapshot is corrupt, rebuild it by re-clustering`);
    keys.forEach((k, i) => {
      this.ids.set(k, i);
      this.keys.push(k);
      this.df.push(df[i]);
      this.ns.push(namespaceIndex(k));
    });
    this.docs = docs;
  }

  /** The id of a feature, created when new. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.df.push(0);
      this.changed.add(id);
      this.ns.push(namespaceIndex(key));
    }
    return id;
  }

  /** Count one more document holding each of these (distinct) feature ids. */
  observe(ids: Iterable<number>): void {
    for (const id of ids) {
      this.df[id] += 1;
      this.changed.add(id);
    }
    this.docs += 1;
  }

  private nq = 0;
  private nqFor = -1;
  /** Cached idf per id, valid while the (quantised N, df) it was computed for still hold. */
  private cacheVal = new Float64Array(1024);
  private cacheN = new Float64Array(1024).fill(-1);
  private cacheDf = new Float64Array(1024);

  /**
   * Smoothed inverse document frequency ln((N + prior) / (df + 1)); `prior` pseudo-documents keep early estimates sane.
   * N is rounded down to ~1.5% (exact below 128 documents) so values can be cached; the result depends only on (N, df).
   */
  idf(id: number, prior: number): number {
    if (this.nqFor !== this.docs) {
      this.nq = quantise(this.docs);
      this.nqFor = this.docs;
    }
    const n = this.nq;
    const df = this.df[id];
    if (id >= this.cacheVal.length) this.growCache(id);
    if (this.cacheN[id] === n && this.cacheDf[id] === df) return this.cacheVal[id];
    const v = Math.log((n + prior) / (df + 1));
    this.cacheN[id] = n;
    this.cacheDf[id] = df;
    this.cacheVal[id] = v;
    return v;
  }

  private growCache(id: number): void {
    let size = this.cacheVal.length;
    while (size <= id) size *= 2;
    const val = new Float64Array(size);
    val.set(this.cacheVal);
    const ns = new Float64Array(size).fill(-1);
    ns.set(this.cacheN);
    const dfs = new Float64Array(size);
    dfs.set(this.cacheDf);
    this.cacheVal = val;
    this.cacheN = ns;
    this.cacheDf = dfs;
  }

  get size(): number {
    return this.keys.length;
  }
}

/** Round a document count down to 7 significant bits (exact below 128). */
function quantise(n: number): number {
  if (n < 128) return n;
  const step = 2 ** (Math.floor(Math.log2(n)) - 6);
  return Math.floor(n / step) * step;
}

/** A set of small non-negative ids (flags plus a list in insertion order): cheap to add to on every article, cleared at a flush. */
export class IdMarks {
  private flags = new Uint8Array(1024);
  private readonly list: number[] = [];

  add(id: number): void {
    if (id >= this.flags.length) {
      let size = this.flags.length;
      while (size <= id) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.flags);
      this.flags = grown;
    }
    if (this.flags[id]) return;
    this.flags[id] = 1;
    this.list.push(id);
  }

  has(id: number): boolean {
    return id < this.flags.length && this.flags[id] === 1;
  }

  clear(): void {
    for (const id of this.list) this.flags[id] = 0;
    this.list.length = 0;
  }

  get size(): number {
    return this.list.length;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.list[Symbol.iterator]();
  }
}
