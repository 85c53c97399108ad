// Index votes per event for one query: sums by event in a small table sized to the votes (in cache), where arrays by event index cost a cache miss per vote on a weave of many events.
import { IdSlots } from './id-slots.js';
import { withRoom } from '../util/typed-grow.js';

/** Votes of one query: each event's sum, in the order the events were first voted for. */
export class VoteTally {
  private readonly at = new IdSlots();
  /** The events voted for, first vote first (read up to `size`). */
  events = new Int32Array(256);
  /** Each event's summed votes, aligned with `events`. */
  sums = new Float64Array(256);
  size = 0;

  /** Start a tally of at most `votes` votes. */
  reset(votes: number): void {
    this.at.reset(votes);
    if (this.events.length < votes) {
      this.events = withRoom(this.events, votes, false);
      this.sums = withRoom(this.sums, votes, false);
    }
    this.size = 0;
  }

  /** Add w to the event's votes (the sums are made in the order the votes come, as a sum by event index would be). */
  vote(ev: number, w: number): void {
    const s = this.at.slot(ev);
    const k = this.at.vals[s];
    if (k === 0) {
      this.events[this.size] = ev;
      this.sums[this.size] = w;
      this.at.vals[s] = ++this.size;
    } else this.sums[k - 1] += w;
  }
}
