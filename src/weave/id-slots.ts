// A small map from feature ids to integer slots for one pass over a few articles: an open-addressing table sized to the pass, which stays in cache where an array by id (megabytes on a big vocabulary) costs a cache miss per id.

/** Ids to slots (0 .. capacity - 1) with an integer value each; emptied for each pass. */
export class IdSlots {
  /** Per slot: id + 1 (0: empty). */
  private keys = new Int32Array(64);
  /** Per slot: the value its user keeps (0 when the slot is taken). */
  vals = new Int32Array(64);
  private mask = 63;
  private shift = 26;

  /** Empty the table, with room for n ids (at most half full). */
  reset(n: number): void {
    let size = 64;
    let bits = 6;
    while (size < 2 * n) {
      size *= 2;
      bits++;
    }
    if (this.keys.length < size) {
      this.keys = new Int32Array(size);
      this.vals = new Int32Array(size);
    } else this.keys.fill(0, 0, size);
    this.mask = size - 1;
    this.shift = 32 - bits;
  }

  /** The slot of an id, taken (value 0) when the id is new. Holds at most the n ids of the last reset(n). */
  slot(id: number): number {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = Math.imul(id + 1, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === id + 1) return i;
      if (k === 0) {
        keys[i] = id + 1;
        this.vals[i] = 0;
        return i;
      }
    }
  }

  /** The slot of an id, or -1 when it was not taken since the last reset. */
  find(id: number): number {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = Math.imul(id + 1, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === id + 1) return i;
      if (k === 0) return -1;
    }
  }
}
