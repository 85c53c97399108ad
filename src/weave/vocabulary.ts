// Online feature vocabulary: string features to integer ids, with document frequencies updated as articles arrive.
import { KeyTable, hash2Range, hashRange } from './key-table.js';
import { withRoom } from '../util/typed-grow.js';

/** Feature namespaces in index order: w word, e entity, n number, d date, q quote shingle. */
export const NAMESPACE_ORDER = 'wendq';

/** Document frequencies whose idf is kept in a table (see Vocabulary.idf). */
const IDF_KEPT = 4096;

/** Namespace index per prefix character code (-1: none). */
const NS_OF_CODE = new Int8Array(128).fill(-1);
for (let i = 0; i < NAMESPACE_ORDER.length; i++) NS_OF_CODE[NAMESPACE_ORDER.charCodeAt(i)] = i;

function namespaceAt(s: string, start: number, end: number): number {
  const c = start < end ? s.charCodeAt(start) : -1;
  const i = c >= 0 && c < 128 ? NS_OF_CODE[c] : -1;
  if (i < 0) throw new Error(`weave vocabulary: feature "${s.slice(start, end)}" has no known namespace prefix (one of ${NAMESPACE_ORDER})`);
  return i;
}

/**
 * A copy of s[start, end) that holds no reference to s (a substring of a long joined string would keep all of it alive).
 * A JSON round trip: internalising the key as a property name was tried and costs ~5x more once V8's string table is large.
 */
function ownCopy(s: string, start: number, end: number): string {
  const sub = s.slice(start, end);
  // V8 copies slices shorter than 13 characters anyway (longer ones point into their parent)
  return (start === 0 && end === s.length) || end - start < 13 ? sub : (JSON.parse(JSON.stringify(sub)) as string);
}

/**
 * Feature ids and document frequencies; grows online. forget() retires ids of features nothing holds any more (see
 * WeaveCore.forgetUnheld): their key becomes '' (a hole), and the lowest hole is the next new key's id.
 */
export class Vocabulary {
  /** Id per key: a hash table over typed arrays (no string dictionary: keys fresh from another thread are looked up in place). */
  private readonly table: KeyTable;
  readonly keys: string[] = [];
  /**
   * Document frequency per id (its length is a capacity, read below size only). Typed, 4 bytes an id: every feature of an
   * article and every centroid term scored reads one, a cache miss each on a big vocabulary; half the bytes of an array of
   * numbers keeps more of it in cache.
   */
  df = new Uint32Array(1024);
  /** Feature ids whose key or document frequency changed since the last flush of rows. */
  readonly changed = new IdMarks();
  /** Feature ids whose key changed (new, or retired) since the last flush of rows. */
  readonly keysChanged = new IdMarks();
  /** Namespace index per id (position of the key's prefix letter in NAMESPACE_ORDER; its length is a capacity, read below size only). */
  ns = new Uint8Array(1024);
  /** Per id: the document count when it was last interned new or observed (its age, for forgetting; a capacity as df). */
  seen = new Uint32Array(1024);
  /** Retired ids (holes), highest first: the next new key takes the last (lowest). */
  private free: number[] = [];
  /** Ids retired since the last flush of rows (and not reused since): their rows are deleted. */
  readonly dropped = new Set<number>();
  /** Bumped by every forget(): caches of ids (feature-sink.ts) are stale when it changed. */
  generation = 0;
  docs = 0;

  constructor(keys: string[] = [], df: ArrayLike<number> = [], docs = 0, seen: ArrayLike<number> = []) {
    if (keys.length !== df.length)
      throw new Error(`weave vocabulary: ${keys.length} keys but ${df.length} frequencies; the snapshot is corrupt, rebuild it by re-clustering`);
    this.table = new KeyTable(this.keys);
    this.growIds(keys.length);
    keys.forEach((k, i) => {
      this.keys.push(k);
      this.df[i] = df[i];
      this.seen[i] = seen[i] ?? 0;
      if (k === '') {
        this.free.push(i);
        return;
      }
      this.ns[i] = namespaceAt(k, 0, k.length);
      this.table.insert(i, hashRange(k, 0, k.length), hash2Range(k, 0, k.length));
    });
    this.free.reverse();
    this.docs = docs;
  }

  /** Room for n ids in the arrays by id. */
  private growIds(n: number): void {
    this.ns = withRoom(this.ns, n, true);
    this.df = withRoom(this.df, n, true);
    this.seen = withRoom(this.seen, n, true);
  }

  /** The id of a feature, created when new (in the lowest retired id, if any). */
  intern(key: string): number {
    return this.internRange(key, 0, key.length);
  }

  /** The id of the feature whose key is s[start, end), created when new: no substring is made for a known key. */
  internRange(s: string, start: number, end: number): number {
    const h = hashRange(s, start, end);
    let id = this.table.find(s, start, end, h);
    if (id < 0) {
      const ns = namespaceAt(s, start, end);
      const key = ownCopy(s, start, end);
      const hole = this.free.pop();
      if (hole === undefined) {
        id = this.keys.length;
        this.keys.push(key);
        this.growIds(id + 1);
        this.df[id] = 0;
        this.seen[id] = this.docs;
      } else {
        id = hole;
        this.keys[id] = key;
        this.df[id] = 0;
        this.seen[id] = this.docs;
        this.dropped.delete(id);
      }
      this.ns[id] = ns;
      if (this.trackBorn) this.born.push(id);
      this.table.insert(id, h, hash2Range(s, start, end));
      if (this.rows) {
        this.changed.add(id);
        this.keysChanged.add(id);
      }
    }
    return id;
  }

  /**
   * The id of the feature whose key is s[start, end) and whose hashes (made elsewhere, hashRange and hash2Range of the
   * key) are h and h2: a known key is found by the hashes alone (no string work); a new one is interned.
   */
  internHashed(s: string, start: number, end: number, h: number, h2: number): number {
    const id = this.table.findHashed(h, h2);
    return id >= 0 ? id : this.internRange(s, start, end);
  }

  /** The two hashes of an id's key written at `at` and `at + 1` of `out` (no pair made). */
  hashesInto(id: number, out: Int32Array, at: number): void {
    this.table.hashesInto(id, out, at);
  }

  /** The two hashes of an id's key (hashRange, hash2Range), as internHashed takes them. */
  hashesOf(id: number): [number, number] {
    return this.table.hashesOf(id);
  }

  /** Retire these ids (features nothing holds): their keys are forgotten, a later new key may take the id, its df starts again. */
  forget(ids: number[]): void {
    if (ids.length === 0) return;
    const retired: number[] = [];
    for (const id of ids) {
      if (this.keys[id] === '') continue;
      this.table.remove(id);
      this.keys[id] = '';
      this.df[id] = 0;
      this.seen[id] = 0;
      retired.push(id);
      this.dropped.add(id);
      this.keysChanged.add(id);
    }
    // highest first: new keys fill the lowest holes (the same order a rebuild from rows gives); merged, not sorted again
    retired.sort((a, b) => b - a);
    const free = this.free;
    const merged: number[] = new Array(free.length + retired.length);
    for (let i = 0, j = 0, k = 0; k < merged.length; k++)
      merged[k] = j >= retired.length || (i < free.length && free[i] > retired[j]) ? free[i++] : retired[j++];
    this.free = merged;
    this.generation++;
  }

  /** Whether ids changed are marked for the rows (a vocabulary that only makes features on a prepare thread writes none). */
  private rows = true;

  /** Stop marking changed ids for rows: this vocabulary is never written (a prepare thread's, whose ids stay on it). */
  withoutRows(): this {
    this.rows = false;
    return this;
  }

  /** Ids interned new (or into a hole) since the last takeBorn(true), when tracked (the forgetting sweep's candidates). */
  private born: number[] = [];
  private trackBorn = false;

  /** The ids interned since the last call (when tracked), and whether to track them from now on. */
  takeBorn(track: boolean): number[] {
    const out = this.born;
    this.born = [];
    this.trackBorn = track;
    return out;
  }

  /** Whether an id names a feature now (not retired). */
  isLive(id: number): boolean {
    return id < this.keys.length && this.keys[id] !== '';
  }

  /** Features known now (ids not retired). */
  get liveCount(): number {
    return this.keys.length - this.free.length;
  }

  /** Count one more document holding each of these (distinct) feature ids. */
  observe(ids: ArrayLike<number>): void {
    const seen = this.seen;
    const now = this.docs;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      this.df[id] += 1;
      seen[id] = now;
      this.changed.add(id);
    }
    this.docs += 1;
  }

  private nq = -1;
  private nqFor = -1;
  /** Bumped whenever the quantised N changes: the idf of a document frequency is valid while its tag equals it. */
  private epoch = 0;
  /**
   * The idf per document frequency below IDF_KEPT (it depends only on N and df), and the epoch each was computed in (-1:
   * none): a lookup reads the id's df (needed anyway) and this table of ~50 KB, which stays in cache. A higher df's idf
   * is computed (the same Math.log): a table reaching the highest df (megabytes at a million articles) cost a cache miss
   * per common word, more than the log.
   */
  private readonly byDf = new Float64Array(IDF_KEPT);
  private readonly dfTag = new Int32Array(IDF_KEPT).fill(-1);

  /**
   * Smoothed inverse document frequency ln((N + prior) / (df + 1)); `prior` pseudo-documents keep early estimates sane.
   * N is rounded down to ~1.5% (exact below 128 documents) so values can be kept; the result depends only on (N, df).
   */
  idf(id: number, prior: number): number {
    if (this.nqFor !== this.docs) this.refresh();
    const d = this.df[id];
    if (d >= IDF_KEPT) return Math.log((this.nq + prior) / (d + 1));
    if (this.dfTag[d] === this.epoch) return this.byDf[d];
    const v = Math.log((this.nq + prior) / (d + 1));
    this.dfTag[d] = this.epoch;
    this.byDf[d] = v;
    return v;
  }

  /**
   * The idf table for hot loops: idf(id) is values[df[id]] when df[id] < tags.length and tags[df[id]] === epoch, else
   * call idf(). Valid until the next observe() (the table's arrays never change).
   */
  idfTable(): { df: Uint32Array; values: Float64Array; tags: Int32Array; epoch: number } {
    if (this.nqFor !== this.docs) this.refresh();
    return { df: this.df, values: this.byDf, tags: this.dfTag, epoch: this.epoch };
  }

  /** Quantise N again after documents were counted; a new N starts a new cache epoch. */
  private refresh(): void {
    const q = quantise(this.docs);
    this.nqFor = this.docs;
    if (q !== this.nq) {
      this.nq = q;
      this.epoch++;
    }
  }

  /** The id space (highest id + 1, retired ids included): the length dense arrays indexed by id need. */
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
    if (id >= this.flags.length) this.flags = withRoom(this.flags, id + 1, true);
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
