// Benchmark: what the weave flush costs as the store grows, this checkout beside another (--against=DIR, e.g. /work/main),
// in one process: the same articles (bench/lib/scale-corpus.ts, PolNeAR-sized, from ../shared/data; their weave features
// made once, as a prepare thread makes them, without entities or quotes) woven by each build's own weaver, held by its
// WovenState over its own SQLite store, chunk by chunk alternating, with WovenState.flush() every --every=N articles
// (default 5000; it writes the weave rows and the summaries). Prints per build, per article woven: the flushes' CPU ms
// (process CPU around flush(), run in a batch as an ingest runs it) but their weave rows' part (writeRows, the same code
// in both builds), that part apart, and the batch's commit apart (the rows' and the summaries' bytes alike),
// the bytes of the summaries (rows, or the one value an older build writes) and of the weave rows; and the last flush's
// summaries CPU ms and bytes; and the adds' CPU per article (the weave itself, with this build's key-term IDF snapshots
// at each power of two of the articles), and the bytes of the key-term IDF snapshot rows (kind keyIdf, within the rows').
// node --import tsx bench/summary-flush.ts [N=10000] [--every=5000] [--line=10000] [--against=/work/main]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type WeaveInput, weaveFeaturesOf } from '../src/weave/index.js';
import { scaleCorpus } from './lib/scale-corpus.js';

const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const arg = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const EVERY = Number(arg('every', '5000'));
const LINE = Number(arg('line', '10000'));
const CHUNK = 200;
const against = arg('against', '');

/** One build under test: its WovenState over its own store, its flushes counted (CPU and bytes). */
interface Build {
  name: string;
  add(inputs: WeaveInput[]): void;
  flush(): Promise<void>;
  events(): number;
  flushes: number;
  /** CPU of the flushes but their weave rows' part, and of that part. */
  cpuMs: number;
  rowsCpuMs: number;
  commitCpuMs: number;
  summaryBytes: number;
  rowBytes: number;
  lastCpuMs: number;
  lastSummaryBytes: number;
  /** CPU of the adds, and the bytes of the key-term IDF snapshot rows (within rowBytes). */
  addCpuMs: number;
  idfBytes: number;
  close(): Promise<void>;
}

type AnyStore = Record<string, (...a: unknown[]) => Promise<unknown>> & { close(): Promise<void>; beginBatch(): Promise<void>; endBatch(): Promise<void> };
interface AnyWeaver {
  add(a: WeaveInput): unknown;
  eventCount: number;
}
interface AnyState {
  writeRows(w: unknown, saved: boolean): Promise<void>;
  load(): Promise<void>;
  weaver(): Promise<AnyWeaver>;
  changed(): void;
  flush(): Promise<void>;
}

async function build(name: string, root: string, dir: string): Promise<Build> {
  const stateMod = (await import(pathToFileURL(join(root, 'src/engine/woven-state.ts')).href)) as {
    WovenState: new (store: unknown, config: undefined) => AnyState;
  };
  const storeMod = (await import(pathToFileURL(join(root, 'src/store/sqlite/store.ts')).href)) as { SqliteStore: { open(p: string): AnyStore } };
  const store = storeMod.SqliteStore.open(join(dir, `${name}.db`));
  const state = new stateMod.WovenState(store, undefined);
  await state.load();
  const weaver = await state.weaver();
  // bytes: the summaries (rows, or the one meta value an older build writes) and the weave rows, counted as they are written
  let summaryBytes = 0;
  let rowBytes = 0;
  let idfBytes = 0;
  const wrap = (method: string, bytes: (...a: unknown[]) => number, into: 'summary' | 'rows') => {
    const f = store[method];
    if (!f) return;
    store[method] = async (...a: unknown[]) => {
      const n = bytes(...a);
      if (into === 'summary') summaryBytes += n;
      else rowBytes += n;
      return f.apply(store, a);
    };
  };
  wrap('setMeta', (key, value) => (key === 'weave.summaries' ? Buffer.byteLength(String(value)) : 0), 'summary');
  wrap(
    'saveSummaries',
    (c) => {
      const ch = c as { events: { id: string; data: string }[]; storylines: { id: string; data: string }[] };
      // the JSON and the columns beside it (id, storyline, dates, count, version: ~90 bytes)
      return [...ch.events, ...ch.storylines].reduce((t, r) => t + Buffer.byteLength(r.data) + 90, 0);
    },
    'summary',
  );
  const size = (r: { data: string | Uint8Array }) => (typeof r.data === 'string' ? Buffer.byteLength(r.data) : r.data.byteLength);
  wrap(
    'saveWeaveRows',
    (c) => {
      const ups = (c as { upserts: { kind: string; data: string | Uint8Array }[] }).upserts;
      idfBytes += ups.filter((r) => r.kind === 'keyIdf').reduce((t, r) => t + size(r), 0);
      return ups.reduce((t, r) => t + size(r), 0);
    },
    'rows',
  );
  // the weave rows' part of a flush (the same code in both builds): the rest of it is the summaries'
  let rowsCpu = 0;
  const writeRows = state.writeRows.bind(state);
  state.writeRows = async (w, saved) => {
    const t = process.cpuUsage();
    await writeRows(w, saved);
    const d = process.cpuUsage(t);
    rowsCpu += (d.user + d.system) / 1000;
  };
  const b: Build = {
    name,
    add(inputs) {
      const t = process.cpuUsage();
      for (const a of inputs) weaver.add(a);
      const d = process.cpuUsage(t);
      b.addCpuMs += (d.user + d.system) / 1000;
      state.changed();
    },
    async flush() {
      summaryBytes = 0;
      rowBytes = 0;
      rowsCpu = 0;
      // inside a batch, as an ingest's flush is: the commit (of the weave rows and the summaries alike) is timed apart
      await store.beginBatch();
      const t = process.cpuUsage();
      await state.flush();
      const d = process.cpuUsage(t);
      await store.endBatch();
      const c = process.cpuUsage(t);
      b.commitCpuMs += (c.user + c.system - d.user - d.system) / 1000;
      b.flushes++;
      b.lastCpuMs = (d.user + d.system) / 1000 - rowsCpu;
      b.cpuMs += b.lastCpuMs;
      b.rowsCpuMs += rowsCpu;
      b.lastSummaryBytes = summaryBytes;
      b.summaryBytes += summaryBytes;
      b.rowBytes += rowBytes;
      b.idfBytes += idfBytes;
      idfBytes = 0;
    },
    events: () => weaver.eventCount,
    flushes: 0,
    cpuMs: 0,
    rowsCpuMs: 0,
    commitCpuMs: 0,
    summaryBytes: 0,
    rowBytes: 0,
    lastCpuMs: 0,
    lastSummaryBytes: 0,
    addCpuMs: 0,
    idfBytes: 0,
    close: () => store.close(),
  };
  return b;
}

const dir = mkdtempSync(join(tmpdir(), 'newsloom-sumflush-'));
try {
  const corpus = scaleCorpus(N, 1);
  const first = corpus.next();
  if (first.done) {
    console.log('bench/summary-flush: no articles (the data sets in ../shared/data are absent); skipping.');
    process.exit(0);
  }
  const builds = [await build('this', resolve(import.meta.dirname, '..'), dir)];
  if (against) builds.push(await build('against', resolve(against), dir));
  console.log(
    `bench/summary-flush: ${N} scale-corpus articles woven, chunks of ${CHUNK} alternating between ${builds.map((b) => b.name).join(' and ')}${against ? ` (${against})` : ''}, a flush every ${EVERY}; load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    'build     articles  events  flushes  summaries cpu ms/article  rows cpu ms/article  commit cpu ms/article  summaries KB/article  rows KB/article  last flush summaries cpu ms  last flush summaries KB  add cpu ms/article  idf KB/article  time(UTC)',
  );
  let done = 0;
  let pending = [first.value];
  const step = async (rows: typeof pending) => {
    // the features once, as a prepare thread makes them; each build's weaver reads them (the same feature options)
    const inputs: WeaveInput[] = rows.map((r) => {
      const input: WeaveInput = { id: r.id, title: r.title, text: r.text, published: r.published };
      return { ...input, features: weaveFeaturesOf(input) };
    });
    // alternate which build goes first, so neither always runs on a warmer cache
    const order = (done / CHUNK) % 2 === 0 ? builds : [...builds].reverse();
    for (const b of order) b.add(inputs);
    done += rows.length;
    if (done % EVERY === 0 || done === N) for (const b of order) await b.flush();
    if (done % LINE === 0 || done === N) {
      for (const b of builds) {
        console.log(
          [
            b.name.padEnd(8),
            String(done).padStart(8),
            String(b.events()).padStart(7),
            String(b.flushes).padStart(8),
            (b.cpuMs / done).toFixed(4).padStart(25),
            (b.rowsCpuMs / done).toFixed(4).padStart(19),
            (b.commitCpuMs / done).toFixed(4).padStart(21),
            (b.summaryBytes / 1024 / done).toFixed(3).padStart(20),
            (b.rowBytes / 1024 / done).toFixed(3).padStart(15),
            b.lastCpuMs.toFixed(1).padStart(28),
            (b.lastSummaryBytes / 1024).toFixed(1).padStart(24),
            (b.addCpuMs / done).toFixed(4).padStart(18),
            (b.idfBytes / 1024 / done).toFixed(3).padStart(14),
            new Date().toISOString().slice(11, 19),
          ].join('  '),
        );
      }
      console.log(
        `  load ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
      );
    }
  };
  for (const row of corpus) {
    pending.push(row);
    if (pending.length === CHUNK) {
      await step(pending);
      pending = [];
    }
  }
  if (pending.length > 0) await step(pending);
  for (const b of builds) await b.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
