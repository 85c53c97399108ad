// Benchmark: this tree's copy index against another tree's on the same real documents, in one process: the same results
// (every add's lineage and changed rows hashed), CPU per add, and the memory each index holds as it grows.
// node --expose-gc --import tsx bench/copy-ab.ts [N=100000] [--every K] [--against DIR]
//   documents: the scale corpus (bench/lib/scale-corpus.ts: real texts, wire copies, events), fingerprinted once each and
//   added to both indexes in turn (which goes first alternates by document); DIR: another tree's root (its src/fingerprint).
//   Without --against only this tree runs. Memory: the index's typed arrays (typedBytes) and the process' RSS.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as here from '../src/fingerprint/index.js';
import { scaleCorpus } from './lib/scale-corpus.js';
import { threadCpuNs } from './lib/thread-cpu.js';

const { values, positionals } = parseArgs({ options: { against: { type: 'string' }, every: { type: 'string' } }, allowPositionals: true });
const against = values.against;
const N = Number(positionals[0] ?? 100_000);
const every = Number(values.every ?? Math.max(1, Math.floor(N / 10)));

type Index = {
  addDetailed(d: here.CopyDoc): { result: here.CopyResult; changed: here.LineageRow[] };
  typedBytes(): number;
  lineage(): Generator<here.LineageRow>;
};
interface Side {
  name: string;
  index: Index;
  hash: ReturnType<typeof createHash>;
  cpu: number;
}
const make = (name: string, mod: typeof here): Side => ({ name, index: new mod.CopyIndex(), hash: createHash('sha256'), cpu: 0 });
const sides: Side[] = [make('this tree', here)];
if (against) {
  const other = (await import(pathToFileURL(resolve(against, 'src/fingerprint/index.ts')).href)) as typeof here;
  sides.push(make(against, other));
}

const mb = (b: number) => (b / 1048576).toFixed(0);
console.log(`copy index A/B: ${N} scale-corpus documents; ${sides.map((s) => s.name).join(' against ')}`);
let i = 0;
/** Adds whose results differ between the trees (in any way; in their groups or copy links, similarities aside), and the first few. */
let differ = 0;
let decisions = 0;
const noSimilarity = (out: string) => JSON.stringify(JSON.parse(out), (k, v) => (k === 'similarity' ? undefined : v));
const firstDiffs: string[] = [];
for (const row of scaleCorpus(N, 1)) {
  const fp = here.fingerprint(row.text);
  const doc = { id: `a${i}`, fp, published: row.published, seq: i };
  const order = i % 2 === 0 ? sides : [...sides].reverse();
  const outs = new Map<Side, string>();
  for (const side of order) {
    const t = threadCpuNs() ?? 0;
    const out = side.index.addDetailed(doc);
    side.cpu += ((threadCpuNs() ?? 0) - t) / 1e6;
    outs.set(side, JSON.stringify(out));
    side.hash.update(outs.get(side)!);
  }
  if (sides.length === 2 && outs.get(sides[0]!) !== outs.get(sides[1]!)) {
    differ++;
    if (noSimilarity(outs.get(sides[0]!)!) !== noSimilarity(outs.get(sides[1]!)!)) decisions++;
    if (firstDiffs.length < 3) firstDiffs.push(`  add ${i}: ${outs.get(sides[0]!)!.slice(0, 300)}\n    against ${outs.get(sides[1]!)!.slice(0, 300)}`);
  }
  i++;
  if (i % every === 0) {
    (globalThis as { gc?: () => void }).gc?.();
    const each = sides.map((s) => `${s.name}: ${(s.cpu / every).toFixed(4)} ms/add, typed arrays ${mb(s.index.typedBytes())} MB`);
    console.log(`${i} documents: ${each.join('; ')}; RSS ${mb(process.memoryUsage().rss)} MB`);
    for (const s of sides) s.cpu = 0;
  }
}
for (const s of sides) console.log(`${s.name}: results sha ${s.hash.digest('hex').slice(0, 16)}`);
if (sides.length === 2) {
  // The final grouping, whatever the order the links came in: documents in another group, and pairs grouped by one side only.
  const groupsOf = (s: Side) => Array.from(s.index.lineage(), (r) => r.group);
  const [ga, gb] = [groupsOf(sides[0]!), groupsOf(sides[1]!)];
  const pairs = (keys: string[]) => {
    const n = new Map<string, number>();
    for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
    let p = 0;
    for (const c of n.values()) p += (c * (c - 1)) / 2;
    return p;
  };
  const a = pairs(ga);
  const b = pairs(gb);
  const both = pairs(ga.map((g, k) => `${g} ${gb[k]}`));
  const moved = ga.filter((g, k) => g !== gb[k]).length;
  console.log(
    `final groups: ${moved} of ${ga.length} documents in another group; grouped pairs ${a} against ${b}, ${both} in both (pair F1 of this tree against the other ${((2 * both) / (a + b)).toFixed(4)})`,
  );
}
if (sides.length === 2)
  console.log(
    `adds whose results differ: ${differ} of ${i}, in their groups or copy links (similarities aside) ${decisions}${firstDiffs.length ? `; the first:\n${firstDiffs.join('\n')}` : ''}`,
  );
