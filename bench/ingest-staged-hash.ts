// Exactness of the prepare threads' batches: prepareStaged (src/parallel/prepare-staged.ts) over the public corpora in
// batches of B, every answer hashed as bench/prepare-hash.ts hashes prepareDoc's; the overall sha must be prepare-hash's.
// node --import tsx bench/ingest-staged-hash.ts [--limit N=300] [--batch B=16]
import { createHash } from 'node:crypto';
import type { Prepared } from '../src/engine/prepare.js';
import { prepareStaged } from '../src/parallel/prepare-staged.js';
import { prepareCorpora } from './lib/prepare-corpora.js';
import { hashValue } from './lib/value-hash.js';

const num = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const limit = num('--limit', 300);
const batch = num('--batch', 16);
if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(batch) || batch < 1) {
  console.error('usage: node --import tsx bench/ingest-staged-hash.ts [--limit N=300] [--batch B=16]  (positive integers)');
  process.exit(2);
}
const corpora = prepareCorpora(limit);
if (corpora.length === 0) {
  console.log('ingest-staged-hash: no corpus in ../shared/data; nothing to hash');
  process.exit(0);
}
const all = createHash('sha256');
for (const c of corpora) {
  const h = createHash('sha256');
  let articles = 0;
  for (let from = 0; from < c.docs.length; from += batch) {
    const answers: (Prepared | Error)[] = [];
    prepareStaged(c.docs.slice(from, from + batch), (i, p) => {
      answers[i] = p;
    });
    for (const p of answers) {
      // prepare-hash.ts's hashing: an error would have stopped it (none is expected); a rejection by stage and reason
      if (p instanceof Error) throw p;
      if (p.kind === 'article') articles++;
      hashValue(h, p.kind === 'rejected' ? { kind: p.kind, stage: p.rejection.stage, reason: p.rejection.reason } : p);
    }
  }
  const sha = h.digest('hex');
  all.update(`${c.name}:${sha}\n`);
  console.log(`${c.name.padEnd(12)} ${String(c.docs.length).padStart(4)} docs ${String(articles).padStart(4)} articles  ${sha.slice(0, 16)}`);
}
console.log(`${'all'.padEnd(12)} prepareStaged, batches of ${batch}  ${all.digest('hex').slice(0, 16)}`);
