// Benchmark: the writer's store calls alone, recorded once and replayed on two SQLite stores (this tree's and another's) in one process.
// node --import tsx bench/store-replay.ts N OTHER [ROUNDS=3] (OTHER: another tree's src folder): the PolNeAR files of bench/ingest-writer.ts are
// prepared and written once through this tree's Engine.applyPrepared (batches of 200) while every store call is recorded;
// then the recorded calls are replayed, in order, on a fresh database by each tree's SqliteStore, the two alternated
// ROUNDS times under the same load. Prints CPU per article (the whole replay, the store's close included) and per call.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Engine } from '../src/engine/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { preparedPolnearItems } from './lib/prepared-items.js';
import { threadCpuNs } from './lib/thread-cpu.js';

if (process.argv.length < 4 || !(Number(process.argv[2]) > 0)) {
  console.error(
    'usage: node --import tsx bench/store-replay.ts N OTHER [ROUNDS=3]\n  N: articles (e.g. 2000); OTHER: the src folder of the tree to compare with (e.g. /work/main/src)',
  );
  process.exit(2);
}
const N = Number(process.argv[2]);
const other = resolve(process.argv[3]!);
if (!existsSync(join(other, 'store/sqlite/store.ts'))) {
  console.error(`store-replay: ${other} has no store/sqlite/store.ts; give the src folder of another newsloom tree`);
  process.exit(2);
}
const ROUNDS = Number(process.argv[4] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'newsloom-replay-'));
const items = await preparedPolnearItems(dir, N);
if (items === null) process.exit(0);

// record: every call the engine makes on the store, its arguments copied as they were at the call
type Call = { name: string; args: unknown[] };
const calls: Call[] = [];
const recorded = SqliteStore.open(join(dir, 'record.db'));
const recorder = new Proxy(recorded, {
  get(target, key, receiver) {
    const v = Reflect.get(target, key, receiver);
    if (typeof v !== 'function' || typeof key !== 'string') return v;
    return (...args: unknown[]) => {
      calls.push({ name: key, args: structuredClone(args) });
      return v.apply(target, args);
    };
  },
});
const engine = new Engine(recorder);
let added = 0;
for (let i = 0; i < items.length; i += 200) added += (await engine.applyPrepared(items.slice(i, i + 200))).filter((o) => o.status === 'added').length;
await engine.flush();
await recorded.close();
items.length = 0;

type Opener = { open(path: string): { [k: string]: (...a: unknown[]) => unknown; close(): Promise<void> } };
const stores: { name: string; Store: Opener }[] = [
  { name: 'this tree', Store: SqliteStore as unknown as Opener },
  { name: other, Store: (await import(pathToFileURL(join(other, 'store/sqlite/store.ts')).href)).SqliteStore as Opener },
];

async function replay(Store: Opener, path: string): Promise<{ cpu: number; byCall: Map<string, number> }> {
  const byCall = new Map<string, number>();
  const c0 = threadCpuNs() ?? 0;
  const s = Store.open(path);
  for (const { name, args } of calls) {
    const t = performance.now();
    await s[name]!(...args); // as recorded: no store keeps or changes its arguments
    byCall.set(name, (byCall.get(name) ?? 0) + performance.now() - t);
  }
  await s.close();
  return { cpu: ((threadCpuNs() ?? 0) - c0) / 1e6, byCall };
}

console.log(`${calls.length} store calls recorded for ${added} articles; load average ${loadavg()[0]!.toFixed(1)}`);
for (let r = 0; r < ROUNDS; r++) {
  for (const { name, Store } of r % 2 ? [...stores].reverse() : stores) {
    const path = join(dir, `replay-${r}-${name === 'this tree' ? 'a' : 'b'}.db`);
    const { cpu, byCall } = await replay(Store, path);
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
    const top = [...byCall]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 9)
      .map(([k, v]) => `${k} ${(v / added).toFixed(3)}`)
      .join(', ');
    console.log(
      `round ${r + 1}, ${name}: ${(cpu / added).toFixed(3)} ms CPU of the thread per article (load ${loadavg()[0]!.toFixed(1)}); calls, ms wall per article: ${top}`,
    );
  }
}
rmSync(dir, { recursive: true, force: true });
