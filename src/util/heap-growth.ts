// Keeps V8's heaps close to what they hold: after a full collection each heap may grow by a quarter of its live data before the next, instead of V8's own factor (up to 4x).
import { setFlagsFromString } from 'node:v8';

/**
 * Growth allowed after a full collection, in percent of the live data. V8 picks a factor between 1.1 and 4 from how fast
 * it collects; on a long ingest the writer's and each prepare thread's heaps then held ~400 MB of garbage between
 * them at 25-50k articles (docs/BENCHMARKS.md section 9, session 25), for a few more full collections of heaps that
 * are mostly small live data.
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
