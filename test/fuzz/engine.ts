// Runs fuzz cases against the targets: seeded inputs, a per-case time budget, and the property "typed refusal or a good result".
import { hostileInput, Rng, type Shape } from './gen.js';
import { PropertyError, TARGETS, type Target } from './targets.js';

export interface FuzzFailure {
  target: string;
  seed: number;
  caseIndex: number;
  shape: Shape;
  kind: 'crash' | 'property' | 'slow';
  message: string;
  ms: number;
  bytes: Uint8Array;
}

export interface FuzzReport {
  seed: number;
  /** cases run per target */
  cases: Record<string, number>;
  /** cases per target that ended in a refusal with a reason (a typed error, or a rejection) */
  refused: Record<string, number>;
  failures: FuzzFailure[];
  slowestMs: number;
  ms: number;
}

export interface FuzzOptions {
  seed: number;
  /** cases per target */
  cases: number;
  /** only these targets (default all) */
  targets?: string[];
  /** a case taking longer than this fails as 'slow' (the suite's hang guard) */
  budgetMs?: number;
  /** share of cases that are large (up to 256 KB; deep nesting, long lines, bombs) */
  largeShare?: number;
  onFailure?: (f: FuzzFailure) => void;
}

export function targetsNamed(names?: string[]): Target[] {
  if (!names?.length) return TARGETS;
  const out = TARGETS.filter((t) => names.includes(t.name));
  const unknown = names.filter((n) => !TARGETS.some((t) => t.name === n));
  if (unknown.length) throw new Error(`unknown fuzz target ${unknown.join(', ')}; targets: ${TARGETS.map((t) => t.name).join(', ')}`);
  return out;
}

/** Runs `cases` cases per target with one seed; each target draws from its own stream, so a case is reproducible alone. */
export async function runFuzz(o: FuzzOptions): Promise<FuzzReport> {
  const t0 = performance.now();
  const budget = o.budgetMs ?? 2000;
  const report: FuzzReport = { seed: o.seed, cases: {}, refused: {}, failures: [], slowestMs: 0, ms: 0 };
  for (const target of targetsNamed(o.targets)) {
    report.cases[target.name] = 0;
    report.refused[target.name] = 0;
    for (let i = 0; i < o.cases; i++) {
      const rng = caseRng(o.seed, target.name, i);
      const { shape, bytes } = hostileInput(rng, target.samples, rng.chance(o.largeShare ?? 0.02));
      const started = performance.now();
      let failure: Omit<FuzzFailure, 'ms'> | null = null;
      try {
        if ((await target.run(bytes)) === 'refused') report.refused[target.name]!++;
      } catch (e) {
        const typed = target.typed.some((T) => e instanceof T) && (e as Error).message.length > 0;
        if (typed) report.refused[target.name]!++;
        else {
          const kind = e instanceof PropertyError ? 'property' : 'crash';
          const message = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 500) : String(e);
          failure = { target: target.name, seed: o.seed, caseIndex: i, shape, kind, message, bytes };
        }
      }
      const ms = performance.now() - started;
      report.slowestMs = Math.max(report.slowestMs, ms);
      if (!failure && ms > budget)
        failure = {
          target: target.name,
          seed: o.seed,
          caseIndex: i,
          shape,
          kind: 'slow',
          message: `took ${ms.toFixed(0)} ms (budget ${budget} ms) on ${bytes.length} bytes`,
          bytes,
        };
      if (failure) {
        const f = { ...failure, ms };
        report.failures.push(f);
        o.onFailure?.(f);
      }
      report.cases[target.name]!++;
    }
  }
  report.ms = performance.now() - t0;
  return report;
}

/** The generator for case `i` of `target` under `seed`: independent of the other cases and targets. */
export function caseRng(seed: number, target: string, i: number): Rng {
  let h = 2166136261 ^ seed;
  for (const c of `${target}#${i}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return new Rng(h >>> 0);
}
