// Where feature extraction writes: weights summed per interned feature id in a reused dense array (or, for features made on another thread, aligned with their ids: no array by id touched), word and word-pair ids cached across articles (no feature strings built per article).
import { Vocabulary } from './vocabulary.js';
import { withRoom } from '../util/typed-grow.js';
import { WordTable } from './word-table.js';
import { IdSlots } from './id-slots.js';
import { PairTable } from './pair-table.js';

/** Caches are dropped when they grow past this many entries (a word cache per stopword set; the pair cache holds vocabulary keys, fewer than article-features' VOCAB_MAX on a prepare thread), and whenever the vocabulary retired ids (its generation changed). */
const CACHE_MAX = 150_000;

/** One article's raw features as ids (first-seen order) and summed weights, over a vocabulary that interns new keys. */
export class FeatureSink {
  /** Weight per feature id of an article extracted here or loaded by text (zero for ids not in `order`); weightsInOrder() reads any article's. */
  acc = new Float64Array(1024);
  /** Feature ids in the order they were first bumped: the first `count` entries (kept across articles, not regrown per article). */
  order = new Int32Array(1024);
  /** Feature ids bumped in this article. */
  count = 0;
  /** Distinct single-word features bumped (word pairs not counted). */
  words = 0;
  private readonly wordCaches = new Map<Set<string>, WordTable>();
  private pairCache = new PairTable();
  /** The vocabulary generation the caches were filled in. */
  private generation: number;
  /** Article number that last bumped each id (marks first bumps without clearing). */
  private mark = new Uint32Array(1024);
  private article = 1;

  constructor(readonly vocab: Vocabulary = new Vocabulary()) {
    this.generation = vocab.generation;
  }

  /** Drop the cached word and pair ids when the vocabulary retired ids since they were cached (a cached id may name another key now). */
  private validate(): void {
    if (this.generation === this.vocab.generation) return;
    this.wordCaches.clear();
    this.pairCache = new PairTable();
    this.generation = this.vocab.generation;
  }

  /** Weight of each bumped id, aligned with `order` (valid when `alignedValid`; loadMarked writes it, weightsInOrder fills it from acc). */
  private aligned = new Float64Array(1024);
  private alignedValid = false;
  /** Whether this article's weights are in acc (bumped), to be cleared by the next reset. */
  private accUsed = false;

  /** Start a new article: clear the previous one's weights. */
  reset(): void {
    if (this.accUsed) for (let i = 0; i < this.count; i++) this.acc[this.order[i]] = 0;
    this.accUsed = false;
    this.alignedValid = false;
    this.count = 0;
    this.words = 0;
    this.article++;
  }

  /**
   * Take an article's features made elsewhere (keys in first-seen order joined by `sep`, their final weights): the state
   * extraction would leave. Keys are looked up in place (no substring per key). False, and nothing taken, when the
   * number of keys is not the number of weights.
   */
  loadJoined(joined: string, sep: string, weights: Float64Array, words: number): boolean {
    const n = weights.length;
    if (this.ends.length < n) this.ends = new Int32Array(Math.max(n, 2 * this.ends.length));
    const ends = this.ends;
    let count = 0;
    if (joined.length > 0) {
      for (let at = 0; ; ) {
        const next = joined.indexOf(sep, at);
        if (count >= n) return false;
        ends[count++] = next < 0 ? joined.length : next;
        if (next < 0) break;
        at = next + sep.length;
      }
    }
    if (count !== n) return false;
    this.reset();
    let start = 0;
    for (let i = 0; i < n; i++) {
      this.bump(this.vocab.internRange(joined, start, ends[i]), weights[i]);
      start = ends[i] + sep.length;
    }
    this.words = words;
    return true;
  }

  /**
   * Take an article's features with their marks (per key: its two hashes and its end in `joined`, see WeaveFeatures):
   * known keys are found by their hash pair alone, only new ones are read from `joined`. False, and nothing taken,
   * when the marks do not fit the weights and the joined string.
   */
  loadMarked(joined: string, sep: string, marks: Int32Array, weights: Float64Array, words: number): boolean {
    const n = weights.length;
    if (marks.length !== 3 * n || (n > 0 && marks[3 * n - 1] !== joined.length)) return false;
    for (let i = 0, start = 0; i < n; i++) {
      const end = marks[3 * i + 2];
      if (end < start) return false;
      start = end + sep.length;
    }
    this.reset();
    const vocab = this.vocab;
    // the ids first, then the bumps: the table's probes (a cache miss each on a big vocabulary) do not wait on the bumps'
    // reads, so the processor overlaps more of them; the same ids in the same order (a new key is interned in its turn)
    if (this.ids.length < n) this.ids = new Int32Array(Math.max(n, 2 * this.ids.length));
    const ids = this.ids;
    let start = 0;
    for (let i = 0; i < n; i++) {
      const end = marks[3 * i + 2];
      ids[i] = vocab.internHashed(joined, start, end, marks[3 * i], marks[3 * i + 1]);
      start = end + sep.length;
    }
    this.takeAligned(ids, weights, n);
    this.words = words;
    return true;
  }

  /**
   * The first n ids with their weights as this article's features, a repeated id summed into its first place (what n
   * bumps give), without touching the arrays by id: on a big vocabulary each would be a cache miss per feature. Repeats
   * are found in a small table by id that stays in cache.
   */
  private takeAligned(ids: Int32Array, weights: Float64Array, n: number): void {
    if (this.order.length < n) this.order = withRoom(this.order, n, false);
    if (this.aligned.length < n) this.aligned = withRoom(this.aligned, n, false);
    const at = this.positions;
    at.reset(n);
    const order = this.order;
    const aligned = this.aligned;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const s = at.slot(ids[i]);
      if (at.vals[s] > 0) aligned[at.vals[s] - 1] += weights[i];
      else {
        at.vals[s] = count + 1;
        order[count] = ids[i];
        aligned[count++] = weights[i];
      }
    }
    this.count = count;
    this.alignedValid = true;
  }

  /** Position + 1 in `order` by id (scratch of takeAligned). */
  private readonly positions = new IdSlots();

  /** The weight of each bumped id, aligned with bumped() (read before the next bump or reset). */
  weightsInOrder(): Float64Array {
    if (!this.alignedValid) {
      if (this.aligned.length < this.count) this.aligned = withRoom(this.aligned, this.count, false);
      for (let k = 0; k < this.count; k++) this.aligned[k] = this.acc[this.order[k]];
      this.alignedValid = true;
    }
    return this.aligned;
  }

  /** The feature ids bumped in this article, in order (a view of `order`). */
  bumped(): Int32Array {
    return this.order.subarray(0, this.count);
  }

  /** The ids of loadMarked's keys, in order (scratch). */
  private ids = new Int32Array(1024);

  /** End of each key in the joined string (scratch of loadJoined). */
  private ends = new Int32Array(1024);

  /** The id of a feature key (interned when new). */
  id(key: string): number {
    return this.vocab.intern(key);
  }

  /** Whether this article bumped a feature id already. */
  has(id: number): boolean {
    return id < this.mark.length && this.mark[id] === this.article;
  }

  /** Add weight to a feature id. */
  bump(id: number, by: number): void {
    this.accUsed = true;
    this.alignedValid = false;
    if (id >= this.acc.length) {
      this.acc = withRoom(this.acc, id + 1, true);
      this.mark = withRoom(this.mark, id + 1, true);
    }
    if (this.mark[id] !== this.article) {
      this.mark[id] = this.article;
      if (this.count === this.order.length) this.order = withRoom(this.order, this.count + 1, true);
      this.order[this.count++] = id;
    }
    this.acc[id] += by;
  }

  /** Add weight to a feature key. */
  bumpKey(key: string, by: number): void {
    this.bump(this.vocab.intern(key), by);
  }

  /** The cache of a stopword set's word entries per surface token (as the text has it, before lower-casing). */
  wordCache(stop: Set<string>): WordTable {
    this.validate();
    let cache = this.wordCaches.get(stop);
    if (!cache || cache.size > CACHE_MAX) {
      cache = new WordTable();
      this.wordCaches.set(stop, cache);
    }
    return cache;
  }

  /** The id of the word pair "w:a_b" for two single-word feature ids. */
  pairId(a: number, b: number): number {
    this.validate();
    let id = this.pairCache.get(a, b);
    if (id < 0) {
      id = this.vocab.intern(`${this.vocab.keys[a]}_${this.vocab.keys[b].slice(2)}`);
      if (this.pairCache.size > CACHE_MAX) this.pairCache = new PairTable();
      this.pairCache.set(a, b, id);
    }
    return id;
  }
}
