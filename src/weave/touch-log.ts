// The archive clock's queue: [event, add sequence] per touch, oldest first, in two typed arrays (no pair array per touch for the collector to copy and promote).
import { withRoom } from '../util/typed-grow.js';

/** Touches not yet archived, oldest first: pushed at the back, taken from the front. */
export class TouchLog {
  private events = new Int32Array(1024);
  private seqs = new Float64Array(1024);
  private start = 0;
  private end = 0;

  /** The log of these [event, sequence] pairs, oldest first. */
  static from(pairs: readonly (readonly [number, number])[]): TouchLog {
    const log = new TouchLog();
    for (const [ev, at] of pairs) log.push(ev, at);
    return log;
  }

  /** Touches waiting. */
  get length(): number {
    return this.end - this.start;
  }

  push(ev: number, seq: number): void {
    if (this.end === this.events.length && this.start > 0) {
      // room at the front: move the waiting touches there before growing
      this.events.copyWithin(0, this.start, this.end);
      this.seqs.copyWithin(0, this.start, this.end);
      this.end -= this.start;
      this.start = 0;
    }
    this.events = withRoom(this.events, this.end + 1, true);
    this.seqs = withRoom(this.seqs, this.end + 1, true);
    this.events[this.end] = ev;
    this.seqs[this.end] = seq;
    this.end++;
  }

  /** The oldest touch's event and sequence (read while length > 0). */
  firstEvent(): number {
    return this.events[this.start];
  }

  firstSeq(): number {
    return this.seqs[this.start];
  }

  /** Drop the oldest touch. */
  shift(): void {
    this.start++;
    if (this.start === this.end) this.start = this.end = 0;
  }

  /** The waiting touches as [event, sequence] pairs, oldest first. */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = this.start; i < this.end; i++) out.push([this.events[i], this.seqs[i]]);
    return out;
  }
}
