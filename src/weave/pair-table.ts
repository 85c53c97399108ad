// Word-pair feature ids by their two word ids: an open-addressing table over one typed array, where a Map keyed by
// first * 2^26 + second holds each key as a heap number (the weave's features look a pair up for every adjacent pair of
// content words, ~600 an article).

/** Ids of word pairs, keyed by the two word ids (each below 2^31). */
export class PairTable {
  /** Per slot, side by side: first id + 1 (0: empty), second id, the pair's id. */
  private slots = new Int32Array(3 * 1024);
  private mask = 1023;
  size = 0;

  private start(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & this.mask;
  }

  /** The pair's id, or -1 when not held. */
  get(a: number, b: number): number {
    const s = this.slots;
    for (let i = this.start(a, b); ; i = (i + 1) & this.mask) {
      const k = s[3 * i]!;
      if (k === 0) return -1;
      if (k === a + 1 && s[3 * i + 1] === b) return s[3 * i + 2]!;
    }
  }

  /** Hold the pair's id (the pair is not held yet). */
  set(a: number, b: number, id: number): void {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    const s = this.slots;
    let i = this.start(a, b);
    while (s[3 * i] !== 0) i = (i + 1) & this.mask;
    s[3 * i] = a + 1;
    s[3 * i + 1] = b;
    s[3 * i + 2] = id;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    this.mask = 2 * (this.mask + 1) - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 3) if (old[i] !== 0) this.set(old[i]! - 1, old[i + 1]!, old[i + 2]!);
  }
}
