// Exactness of the pure step: runs prepareDoc over the public corpora and prints one sha256 per corpus and one overall,
// of every output (article, analysis, fingerprint, weave features) serialised as the code made it.
// node --import tsx bench/prepare-hash.ts [--limit N=300] [--src DIR] [--staged B]: DIR a src folder of another tree (e.g.
// /work/main/src); --staged B: the prepare threads' way, prepareStaged over batches of B (the sha must be prepareDoc's).
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
const staged = Number(arg('--staged') ?? 0);
if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(staged) || staged < 0) {
  console.error(
    'usage: node --import tsx bench/prepare-hash.ts [--limit N=300] [--src DIR] [--staged B]  (N: documents per corpus, B: a batch size; positive integers)',
  );
  process.exit(2);
}
const src = resolve(arg('--src') ?? join(import.meta.dirname, '..', 'src'));
const { prepareDoc } = (await import(pathToFileURL(join(src, 'engine', 'prepare.ts')).href)) as { prepareDoc: (raw: RawDoc) => Prepared };
const { prepareStaged } = (await import(pathToFileURL(join(src, 'parallel', 'prepare-staged.ts')).href)) as {
  prepareStaged: (docs: RawDoc[], answer: (i: number, p: Prepared | Error) => void) => void;
};

/** Every document's answer in order: prepareDoc one by one, or prepareStaged over batches of `staged`. */
function* answers(docs: RawDoc[]): Generator<Prepared> {
  if (!staged) {
    for (const raw of docs) yield prepareDoc(raw);
    return;
  }
  for (let from = 0; from < docs.length; from += staged) {
    const batch: (Prepared | Error)[] = [];
    prepareStaged(docs.slice(from, from + staged), (i, p) => {
      batch[i] = p;
    });
    for (const p of batch) {
      if (p instanceof Error) throw p; // prepareDoc would have thrown it
      yield p;
    }
  }
}

const corpora = prepareCorpora(limit);
if (corpora.length === 0) {
  console.log('prepare-hash: no corpus in ../shared/data; nothing to hash');
  process.exit(0);
}
const all = createHash('sha256');
for (const c of corpora) {
  const h = createHash('sha256');
  let articles = 0;
  for (const p of answers(c.docs)) {
    // a rejection carries the time it was made: hash its reason and stage only
    const v = p.kind === 'rejected' ? { kind: p.kind, stage: p.rejection.stage, reason: p.rejection.reason } : p;
    if (p.kind === 'article') articles++;
    hashValue(h, v);
  }
  const sha = h.digest('hex');
  all.update(`${c.name}:${sha}\n`);
  console.log(`${c.name.padEnd(12)} ${String(c.docs.length).padStart(4)} docs ${String(articles).padStart(4)} articles  ${sha.slice(0, 16)}`);
}
console.log(`${'all'.padEnd(12)} ${src}${staged ? `, prepareStaged in batches of ${staged}` : ''}  ${all.digest('hex').slice(0, 16)}`);
