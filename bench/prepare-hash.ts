// Exactness of the pure step: runs prepareDoc over the public corpora and prints one sha256 per corpus and one overall,
// of every output (article, analysis, fingerprint, weave features) serialised as the code made it.
// node --import tsx bench/prepare-hash.ts [--limit N=300] [--src DIR]: DIR a src folder of another tree (e.g. /work/main/src).
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Prepared } from '../src/engine/prepare.js';
import type { RawDoc } from '../src/model.js';
import { prepareCorpora } from './lib/prepare-corpora.js';
import { hashValue } from './lib/value-hash.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const limit = Number(arg('--limit') ?? 300);
if (!Number.isInteger(limit) || limit < 1) {
  console.error('usage: node --import tsx bench/prepare-hash.ts [--limit N=300] [--src DIR]  (N: documents per corpus, a positive integer)');
  process.exit(2);
}
const src = resolve(arg('--src') ?? join(import.meta.dirname, '..', 'src'));
const { prepareDoc } = (await import(pathToFileURL(join(src, 'engine', 'prepare.ts')).href)) as { prepareDoc: (raw: RawDoc) => Prepared };

const corpora = prepareCorpora(limit);
if (corpora.length === 0) {
  console.log('prepare-hash: no corpus in ../shared/data; nothing to hash');
  process.exit(0);
}
const all = createHash('sha256');
for (const c of corpora) {
  const h = createHash('sha256');
  let articles = 0;
  for (const raw of c.docs) {
    const p = prepareDoc(raw);
    // a rejection carries the time it was made: hash its reason and stage only
    const v = p.kind === 'rejected' ? { kind: p.kind, stage: p.rejection.stage, reason: p.rejection.reason } : p;
    if (p.kind === 'article') articles++;
    hashValue(h, v);
  }
  const sha = h.digest('hex');
  all.update(`${c.name}:${sha}\n`);
  console.log(`${c.name.padEnd(12)} ${String(c.docs.length).padStart(4)} docs ${String(articles).padStart(4)} articles  ${sha.slice(0, 16)}`);
}
console.log(`${'all'.padEnd(12)} ${src}  ${all.digest('hex').slice(0, 16)}`);
