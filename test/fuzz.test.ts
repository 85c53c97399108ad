// Bounded fuzz run in CI: >= 10,000 seeded hostile cases over every reader and parser; none may crash, break a property or hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runFuzz } from './fuzz/engine.js';
import { TARGETS } from './fuzz/targets.js';

const SEED = 20261202;
const CASES_PER_TARGET = Math.ceil(10_000 / TARGETS.length) + 100;
/** Per-case hang guard, generous for a loaded machine: every case normally takes milliseconds. */
const BUDGET_MS = 5000;

test(`fuzz: ${CASES_PER_TARGET} cases on each of ${TARGETS.length} targets (seed ${SEED}) end in a result or a typed refusal, none hangs`, {
  timeout: 240_000,
}, async () => {
  const report = await runFuzz({ seed: SEED, cases: CASES_PER_TARGET, budgetMs: BUDGET_MS });
  const total = Object.values(report.cases).reduce((a, b) => a + b, 0);
  console.log(
    `fuzz seed ${SEED}: ${total} cases in ${(report.ms / 1000).toFixed(1)} s, slowest ${report.slowestMs.toFixed(0)} ms; ` +
      Object.entries(report.cases)
        .map(([t, n]) => `${t} ${n} (${report.refused[t]} refused)`)
        .join(', '),
  );
  assert.ok(total >= 10_000, `only ${total} cases`);
  const failures = report.failures.map(
    (f) => `${f.kind} ${f.target} case ${f.caseIndex} (${f.shape}): ${f.message}; reproduce with npm run fuzz -- --seed ${f.seed} --target ${f.target}`,
  );
  assert.deepEqual(failures, []);
});
