// The event index of every woven article by its id: a Map's get/set/size/entries over one array of ids, their events in a typed array and the copy index's StringTable from id to position, so a million articles are one array of ids on the heap, not a million Map entries.
import { StringTable } from '../fingerprint/string-table.js';
import { withRoom } from '../util/typed-grow.js';

/** Article id -> event index, in insertion order (a set of a known id keeps its place), never deleted from. */
export class ArticleTable {
  /** The ids in insertion order, and per position its event. */
  private readonly ids: string[] = [];
  private events = new Int32Array(1024);
  /** Id -> position (the table keeps hashes only; ids are read back from `ids`). */
  private readonly positions = new StringTable((at) => this.ids[at]!);

  get size(): number {
    return this.ids.length;
  }

  get(id: string): number | undefined {
    const at = this.positions.get(id);
    return at < 0 ? undefined : this.events[at];
  }

  has(id: string): boolean {
    return this.positions.get(id) >= 0;
  }

  set(id: string, event: number): this {
    const at = this.positions.get(id);
    if (at >= 0) {
      this.events[at] = event;
      return this;
    }
    const n = this.ids.length;
    this.ids.push(id);
    this.events = withRoom(this.events, n + 1, true);
    this.events[n] = event;
    this.positions.add(id, n);
    return this;
  }

  /** [id, event] in insertion order (as a Map's entries). */
  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i], this.events[i]];
  }
}
