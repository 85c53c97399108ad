// Idle events' feature arrays moved onto shared chunks: each array a view of its part of a chunk, no buffer of its own.
import type { EventRecord, GroupCache } from './records.js';

/** Elements a chunk holds; an array longer than a quarter of that keeps its own buffer. */
const CHUNK = 65_536;

type Typed = Int32Array | Uint32Array | Float32Array | Int8Array;

/** Copies of arrays written one after another into chunks of one kind; a chunk is freed by the collector with its last view. */
class Chunks<T extends Typed> {
  private chunk: T;
  private at = 0;

  constructor(private readonly make: (n: number) => T) {
    this.chunk = make(CHUNK);
  }

  /** A view holding a copy of `a` (or `a` itself when empty, already a view here, or long). */
  copy(a: T): T {
    const n = a.length;
    if (n === 0 || n > CHUNK / 4 || a.buffer.byteLength !== a.byteLength) return a;
    if (this.at + n > CHUNK) {
      this.chunk = this.make(CHUNK);
      this.at = 0;
    }
    const view = this.chunk.subarray(this.at, this.at + n) as T;
    view.set(a as never);
    this.at += n;
    return view;
  }
}

/**
 * An event gone idle keeps its centroid and founder arrays (a few to a few dozen entries) until it takes an article
 * again, most never: at a million articles some hundreds of thousands of small typed arrays, each a typed array
 * object, a buffer object and, past 64 bytes, a separately allocated store (2M arrays of 16 values: 679 MB of RSS
 * each with its own buffer, 363 MB as views of shared ones, ~160 bytes an array; a throwaway measure). Moved
 * onto chunks, each is one view (its values unchanged, so nothing the weave decides changes). The arrays are replaced,
 * never grown in place, so a view is never written past its own part.
 */
export class IdleArrays {
  private readonly ids = new Chunks<Int32Array>((n) => new Int32Array(n));
  private readonly weights = new Chunks<Float32Array>((n) => new Float32Array(n));
  private readonly counts = new Chunks<Uint32Array>((n) => new Uint32Array(n));
  private readonly groups = new Chunks<Int8Array>((n) => new Int8Array(n));

  /** Move an idle event's arrays (and its cached feature groups, still matching them) onto the chunks. */
  settle(e: EventRecord): void {
    const centroid = e.centroidIds;
    const founder = e.founderIds;
    e.centroidIds = this.ids.copy(centroid);
    e.centroidWeights = this.weights.copy(e.centroidWeights);
    e.centroidCounts = this.counts.copy(e.centroidCounts);
    e.founderIds = this.ids.copy(founder);
    e.founderWeights = this.weights.copy(e.founderWeights);
    this.follow(e.centroidGroups, centroid, e.centroidIds);
    this.follow(e.founderGroups, founder, e.founderIds);
  }

  /** A group cache made for `before` serves its copy `after` (same values); its groups move too. */
  private follow(c: GroupCache, before: Int32Array, after: Int32Array): void {
    if (c.ids !== before || before === after) return;
    c.ids = after;
    c.groups = this.groups.copy(c.groups.length === after.length ? c.groups : c.groups.slice(0, after.length));
  }
}
