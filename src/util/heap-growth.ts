// Keeps V8's heaps close to what they hold: after a full collection each heap may grow by a quarter of its live data before the next, instead of V8's own factor (up to 4x).
import { setFlagsFromString } from 'node:v8';

/**
 * Growth allowed after a full collection, in percent of the live data. V8 picks a factor between 1.1 and 4 from how fast
 * it collects; on an ingest of 30k articles the writer's and the prepare threads' heaps then held ~200-300 MB more
 * between collections (peak RSS 1.12-1.20 GB against 0.90, at the same speed: docs/BENCHMARKS.md section 9, session 25),
 * for more full collections (on V8's helper threads) of heaps whose live data is small.
 */
export const HEAP_GROWTH_PERCENT = 25;

/** Whether node's own arguments or NODE_OPTIONS already set the growth (the user's choice wins). */
export function growthSetByUser(execArgv: readonly string[], nodeOptions = ''): boolean {
  return [...execArgv, nodeOptions].some((a) => /--heap[-_]growing[-_]percent/.test(a));
}

/** Sets V8's heap growth for this process and every thread it starts from now on (V8's flags are per process). */
export function keepHeapsTight(): void {
  if (!growthSetByUser(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
}
