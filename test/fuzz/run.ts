// `npm run fuzz -- --cases N --seed S --target T[,T2] [--budget-ms M] [--large 0.02] [--out DIR]`: a long fuzz run on demand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runFuzz } from './engine.js';
import { TARGETS } from './targets.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    target: { type: 'string' },
    'budget-ms': { type: 'string', default: '2000' },
    large: { type: 'string', default: '0.02' },
    out: { type: 'string', default: join(tmpdir(), 'newsloom-fuzz') },
  },
});

function int(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`fuzz: --${name} must be a whole number, got '${v}'`);
    process.exit(2);
  }
  return n;
}

const cases = int('cases', values.cases);
const budgetMs = int('budget-ms', values['budget-ms']);
const largeShare = Number(values.large);
if (!(largeShare >= 0 && largeShare <= 1)) {
  console.error(`fuzz: --large must be a share between 0 and 1, got '${values.large}'`);
  process.exit(2);
}
const seeds = values.seed.split(',').map((s) => int('seed', s.trim()));
const targets = values.target?.split(',').map((t) => t.trim());
if (targets?.some((t) => !TARGETS.some((x) => x.name === t))) {
  console.error(`fuzz: unknown --target '${values.target}'; targets: ${TARGETS.map((t) => t.name).join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const seed of seeds) {
  const report = await runFuzz({
    seed,
    cases,
    targets,
    budgetMs,
    largeShare,
    onFailure(f) {
      failed++;
      mkdirSync(values.out, { recursive: true });
      const file = join(values.out, `${f.target}-seed${f.seed}-case${f.caseIndex}.bin`);
      writeFileSync(file, f.bytes);
      console.log(
        `FAIL ${f.kind} ${f.target} seed ${f.seed} case ${f.caseIndex} (${f.shape}, ${f.bytes.length} bytes, ${f.ms.toFixed(0)} ms): ${f.message}\n  input saved to ${file}`,
      );
    },
  });
  const per = Object.entries(report.cases)
    .map(([t, n]) => `${t} ${n} (${report.refused[t]} refused)`)
    .join(', ');
  const total = Object.values(report.cases).reduce((a, b) => a + b, 0);
  console.log(
    `seed ${seed}: ${total} cases in ${(report.ms / 1000).toFixed(1)} s, slowest case ${report.slowestMs.toFixed(0)} ms, ${report.failures.length} failures; ${per}`,
  );
}
process.exit(failed > 0 ? 1 : 0);
