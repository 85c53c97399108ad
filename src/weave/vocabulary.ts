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
  readonly changed = new Set<number>();
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
  private nqFor = 0;
  private readonly cacheVal: number[] = [];
  private readonly cacheN: number[] = [];
  private readonly cacheDf: number[] = [];

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
    if (this.cacheN[id] === n && this.cacheDf[id] === df) return this.cacheVal[id];
    const v = Math.log((n + prior) / (df + 1));
    this.cacheN[id] = n;
    this.cacheDf[id] = df;
    this.cacheVal[id] = v;
    return v;
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
