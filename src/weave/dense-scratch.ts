// Reusable zeroed dense arrays for the weave's scoring passes: each caller owns its own buffer, grown by doubling, and zeroes what it set.
import { withRoom } from '../util/typed-grow.js';
export type Scratch = (n: number) => Float64Array;

/** A scratch provider with its own buffer: returns a Float64Array of at least n entries (zero where the last user cleaned up). */
export function denseScratch(initial = 1024): Scratch {
  let dense = new Float64Array(initial);
  return (n) => {
    dense = withRoom(dense, n, false);
    return dense;
  };
}
