// Copy-detection evaluation: pair precision/recall/F1 of CopyIndex groups on real articles with labelled synthetic copies and ECB+ same-event negatives.
import { performance } from 'node:perf_hooks';
import { CopyIndex, fingerprint, withParams, words, type FingerprintParams } from '../src/fingerprint/index.js';
import { buildEvalSet, rng, TRANSFORMS } from '../lib/dedup-data.js';

function argNum(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const v = Number(process.argv[i + 1]);
  return Number.isFinite(v) ? v : undefined;
}

function shingleSet(text: string, k: number): Set<string> {
  const w = words(text);
  const s = new Set<string>();
  if (w.length === 0) return s;
  if (w.length < k) s.add(w.join(' '));
  for (let i = 0; i + k <= w.length; i++) s.add(w.slice(i, i + k).join(' '));
  return s;
}

interface TrueSim {
  jaccard: number;
  containment: number;
}
function trueSim(a: Set<string>, b: Set<string>): TrueSim {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (big.has(x)) inter++;
  return { jaccard: inter / (a.size + b.size - inter), containment: inter / small.size };
}

class UnionFind {
  p: number[];
  constructor(n: number) {
    this.p = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.p[i] !== i) {
      this.p[i] = this.p[this.p[i]!]!;
      i = this.p[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a),
      rb = this.find(b);
    if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const pairs = (n: number): number => (n * (n - 1)) / 2;
const q = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '-');

function main(): void {
  const k = argNum('--k');
  const params: FingerprintParams = withParams({
    ...(k !== undefined ? { shingleSize: k } : {}),
    ...(process.argv.includes('--oph') ? { scheme: 'oph' as const } : {}),
    ...(process.argv.includes('--kperm') ? { scheme: 'kperm' as const } : {}),
    lsh: {
      ...(argNum('--bands') !== undefined ? { bands: argNum('--bands')! } : {}),
      ...(argNum('--rows') !== undefined ? { rows: argNum('--rows')! } : {}),
      ...(argNum('--maxVerify') !== undefined ? { maxVerify: argNum('--maxVerify')! } : {}),
    },
    copy: {
      ...(argNum('--minC') !== undefined ? { minContainment: argNum('--minC')! } : {}),
      ...(argNum('--minJ') !== undefined ? { minJaccard: argNum('--minJ')! } : {}),
    },
  });
  const set = buildEvalSet(argNum('--seed') ?? 20261122);
  if (!set) {
    console.log('eval/dedup: ../shared/data/{polnear,wcxb,ecbplus}-dev.jsonl.gz not found; skipping (nothing to evaluate).');
    return;
  }
  const { docs } = set;
  const K = params.shingleSize;
  const idx = new Map<string, number>(docs.map((d, i) => [d.id, i]));
  console.log(
    `eval/dedup: ${docs.length} documents (${docs.filter((d) => d.transform === 'base').length} real bases, ${docs.filter((d) => d.transform === 'ecbplus').length} ECB+, rest synthetic); params ${params.scheme} k=${K} P=${params.permutations} bands=${params.lsh.bands}x${params.lsh.rows} maxVerify=${params.lsh.maxVerify} copy: containment>=${params.copy.minContainment} & jaccard>=${params.copy.minJaccard}`,
  );

  // Gold: synthetic copies are linked to their base by construction; natural pairs (bases, ECB+) by their true
  // 4-word-shingle overlap under the same copy rule the index estimates.
  const sets = docs.map((d) => shingleSet(d.text, K));
  const gold = new UnionFind(docs.length);
  const natural = docs.map((d, i) => (d.transform === 'base' || d.transform === 'ecbplus' ? i : -1)).filter((i) => i >= 0);
  const postings = new Map<string, number[]>();
  for (const i of natural)
    for (const s of sets[i]!) {
      let p = postings.get(s);
      if (!p) postings.set(s, (p = []));
      p.push(i);
    }
  const inter = new Map<number, number>();
  for (const p of postings.values()) {
    if (p.length < 2 || p.length > 200) continue;
    for (let a = 0; a < p.length; a++)
      for (let b = a + 1; b < p.length; b++) {
        const key = p[a]! * 100000 + p[b]!;
        inter.set(key, (inter.get(key) ?? 0) + 1);
      }
  }
  let naturalCopies = 0;
  const naturalEdges: [number, number, TrueSim][] = [];
  for (const [key, n] of inter) {
    const a = Math.floor(key / 100000),
      b = key % 100000;
    const sa = sets[a]!.size,
      sb = sets[b]!.size;
    const j = n / (sa + sb - n),
      c = n / Math.min(sa, sb);
    if (c >= params.copy.minContainment && j >= params.copy.minJaccard) {
      gold.union(a, b);
      naturalCopies++;
      naturalEdges.push([a, b, { jaccard: j, containment: c }]);
    }
  }
  const trueToBase = new Map<number, TrueSim>();
  docs.forEach((d, i) => {
    if (d.transform === 'base' || d.transform === 'ecbplus') return;
    const b = idx.get(d.base)!;
    trueToBase.set(i, trueSim(sets[i]!, sets[b]!));
    if (TRANSFORMS[d.transform].copy) gold.union(i, b);
  });
  console.log(`gold: ${naturalCopies} natural copy pairs found by true overlap among real articles (bases + ECB+)`);
  for (const [a, b, s] of naturalEdges.slice(0, 12))
    console.log(`  natural copy: ${docs[a]!.id} ~ ${docs[b]!.id} (true containment ${f3(s.containment)}, jaccard ${f3(s.jaccard)})`);

  // Run the index in arrival order.
  const index = new CopyIndex(params, docs.length);
  const t0 = performance.now();
  const fps = docs.map((d) => fingerprint(d.text, params));
  const t1 = performance.now();
  docs.forEach((d, i) => index.add({ id: d.id, fp: fps[i]!, published: d.published, seq: i }));
  const t2 = performance.now();
  // Idempotence check: re-adding every doc must change nothing.
  const before = docs.map((d) => JSON.stringify(index.resultFor(d.id)));
  docs.forEach((d, i) => index.add({ id: d.id, fp: fps[i]!, published: d.published, seq: i }));
  const stable = docs.every((d, i) => JSON.stringify(index.resultFor(d.id)) === before[i]);
  const pred = docs.map((d) => index.resultFor(d.id)!);
  console.log(
    `timing: fingerprint ${(t1 - t0).toFixed(0)} ms (${((t1 - t0) / docs.length).toFixed(3)} ms/doc), index add ${(t2 - t1).toFixed(0)} ms (${(((t2 - t1) / docs.length) * 1000).toFixed(1)} us/doc); re-add idempotent: ${stable}`,
  );

  // Pair metrics over all pairs (via the contingency of gold components x predicted groups).
  const goldSize = new Map<number, number>(),
    predSize = new Map<string, number>(),
    cell = new Map<string, number>();
  docs.forEach((_, i) => {
    const g = gold.find(i),
      p = pred[i]!.group;
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    const c = `${g}\u0000${p}`;
    cell.set(c, (cell.get(c) ?? 0) + 1);
  });
  let tp = 0,
    gp = 0,
    pp = 0;
  for (const n of cell.values()) tp += pairs(n);
  for (const n of goldSize.values()) gp += pairs(n);
  for (const n of predSize.values()) pp += pairs(n);
  const P = tp / pp,
    R = tp / gp,
    F = (2 * P * R) / (P + R);
  console.log(`\nOVERALL pairs: gold ${gp}, predicted ${pp}, correct ${tp} -> precision ${f3(P)} recall ${f3(R)} F1 ${f3(F)}`);

  // Per transformation: the (copy, base) pair.
  console.log('\nper transformation (pair = transformed doc with its base):');
  console.log('transform        copy?     n  found  rate   true-containment p10/p50  est-similarity p50');
  const sameGroup = (a: number, b: number): boolean => pred[a]!.group === pred[b]!.group;
  for (const name of Object.keys(TRANSFORMS) as (keyof typeof TRANSFORMS)[]) {
    const ids = docs.map((d, i) => (d.transform === name ? i : -1)).filter((i) => i >= 0);
    const found = ids.filter((i) => sameGroup(i, idx.get(docs[i]!.base)!));
    const tc = ids.map((i) => trueToBase.get(i)!.containment);
    const est = ids.map((i) => {
      const p = pred[i]!;
      return p.copyOf ? p.similarity : 0;
    });
    const copy = TRANSFORMS[name].copy;
    console.log(
      `${name.padEnd(16)} ${copy ? 'yes' : 'no '} ${String(ids.length).padStart(6)} ${String(found.length).padStart(6)}  ${f3(found.length / ids.length)}  ${f3(q(tc, 0.1))}/${f3(q(tc, 0.5))}  ${f3(q(est, 0.5))}   ${copy ? '(recall)' : '(false-positive rate)'}`,
    );
  }

  // ECB+: different articles on one event.
  const ecb = docs.map((d, i) => (d.transform === 'ecbplus' ? i : -1)).filter((i) => i >= 0);
  let sameEvent = 0,
    goldCopy = 0,
    goldFound = 0,
    falsePos = 0;
  const ecbErrors: string[] = [];
  for (let a = 0; a < ecb.length; a++)
    for (let b = a + 1; b < ecb.length; b++) {
      const x = ecb[a]!,
        y = ecb[b]!;
      if (docs[x]!.subtopic !== docs[y]!.subtopic) continue;
      sameEvent++;
      const g = gold.find(x) === gold.find(y),
        p = sameGroup(x, y);
      if (g) {
        goldCopy++;
        if (p) goldFound++;
      } else if (p) falsePos++;
      if (g !== p && ecbErrors.length < 12) {
        const t = trueSim(sets[x]!, sets[y]!);
        ecbErrors.push(
          `${g ? 'missed' : 'false '} ${docs[x]!.id} ~ ${docs[y]!.id}: true c=${f3(t.containment)} j=${f3(t.jaccard)} (groups are transitive, so the pair itself may be below the rule)`,
        );
      }
    }
  console.log(
    `\nECB+ same-event pairs: ${sameEvent}; true wire copies among them (true overlap passes the copy rule): ${goldCopy}, found ${goldFound}; different articles wrongly grouped: ${falsePos} (rate ${f3(falsePos / Math.max(1, sameEvent - goldCopy))})`,
  );

  if (ecbErrors.length) console.log(`  ECB+ pair errors (first 12):\n    ${ecbErrors.join('\n    ')}`);

  // Lineage: does each copy point at the earliest member of its gold group?
  const expectedOrigin = new Map<number, number>();
  const earlier = (a: number, b: number): boolean => {
    const ta = docs[a]!.published ? Date.parse(docs[a]!.published!) : NaN,
      tb = docs[b]!.published ? Date.parse(docs[b]!.published!) : NaN;
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta < tb;
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return !Number.isNaN(ta);
    return a < b;
  };
  docs.forEach((_, i) => {
    const g = gold.find(i);
    const o = expectedOrigin.get(g);
    if (o === undefined || earlier(i, o)) expectedOrigin.set(g, i);
  });
  let lin = 0,
    linOk = 0;
  docs.forEach((d, i) => {
    if (d.transform === 'base' || d.transform === 'ecbplus' || !TRANSFORMS[d.transform].copy) return;
    const b = idx.get(d.base)!;
    if (!sameGroup(i, b)) return;
    lin++;
    if (pred[i]!.copyOf === docs[expectedOrigin.get(gold.find(i))!]!.id) linOk++;
  });
  console.log(`lineage: ${linOk}/${lin} correctly grouped copies point at the earliest member of their gold group (${f3(linOk / Math.max(1, lin))})`);

  // Where the copy rule stops: detection rate of graded edits of 400 bases (query against an index of all docs).
  const r = rng(99);
  const vocab = Array.from(new Set(set.bases.flatMap((b) => b.text.match(/[\p{L}]{3,}/gu) ?? [])));
  const sample = set.bases.filter(() => r() < 400 / set.bases.length);
  const rate = (make: (t: string) => string): string => {
    let hit = 0;
    // query() returns one representative per set of exact duplicates, so compare groups, not ids.
    for (const b of sample) {
      const g = index.groupOf(b.key)!.group;
      if (index.query(fingerprint(make(b.text), params), 50).some((c) => c.copy && index.groupOf(c.id)!.group === g)) hit++;
    }
    return f3(hit / sample.length);
  };
  const sub = (t: string, p: number): string => t.replace(/[\p{L}\p{N}]+/gu, (w) => (r() < p ? vocab[Math.floor(r() * vocab.length)]! : w));
  const lead = (t: string, p: number): string => {
    const w = t.split(/\s+/);
    return w.slice(0, Math.max(1, Math.round(w.length * p))).join(' ');
  };
  console.log(`\ndetection curve on ${sample.length} bases (share found as copies; not part of the labelled set):`);
  console.log(`  words replaced  ${[0.05, 0.1, 0.15, 0.2, 0.3].map((p) => `${p}: ${rate((t) => sub(t, p))}`).join('  ')}`);
  console.log(`  leading share   ${[0.5, 0.4, 0.3, 0.2, 0.1].map((p) => `${p}: ${rate((t) => lead(t, p))}`).join('  ')}`);

  // A few errors, for understanding (not for tuning to single documents).
  const misses = docs
    .map((_d, i) => i)
    .filter((i) => {
      const d = docs[i]!;
      return d.transform !== 'base' && d.transform !== 'ecbplus' && TRANSFORMS[d.transform].copy && !sameGroup(i, idx.get(d.base)!);
    });
  const fps2 = docs
    .map((_d, i) => i)
    .filter((i) => {
      const d = docs[i]!;
      return d.transform === 'heavy-rewrite' && sameGroup(i, idx.get(d.base)!);
    });
  const show = (i: number): string => {
    const t = trueToBase.get(i)!;
    const s = index.query(fps[i]!, 50).find((c) => c.id === docs[i]!.base);
    return `${docs[i]!.id} words=${words(docs[i]!.text).length} true c=${f3(t.containment)} j=${f3(t.jaccard)} est c=${f3(s?.containment ?? NaN)} j=${f3(s?.jaccard ?? NaN)}`;
  };
  if (misses.length) console.log(`\nmissed copies (${misses.length}), first 8:\n  ${misses.slice(0, 8).map(show).join('\n  ')}`);
  if (fps2.length) console.log(`heavy rewrites grouped with their base (${fps2.length}), first 8:\n  ${fps2.slice(0, 8).map(show).join('\n  ')}`);
}

main();
