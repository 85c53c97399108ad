// Benchmark of the online weaver: CPU per article (the serial writer's add, and the pure step's feature extraction apart), memory and incremental flush cost (flushRows) as the weave grows (10k .. 1M articles built from real sentences; --polnear for PolNeAR-sized articles; --inline: the writer extracts features itself; --pure-thread: the pure step on a worker thread beside the writer, CPU read per thread; --every=N: a line every N articles; --store-rows: the flush in the store's form; --forget-*: the memory bound's tunables; --against=DIR: another checkout's weaver beside it, chunk by chunk, a collection before each; --profile=FROM:TO: a CPU profile of the writer's adds in that window, --alloc-profile: and a sampled allocation profile (=survivors: only what outlives a scavenge); the minor GC pauses inside the adds are counted apart; --chunk=N: articles per hand-over from the pure step).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { writeHeapSnapshot } from 'node:v8';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { type WeaveConfig, type WeaveFeatures, Weaver, type WeaveInput, weaveFeaturesOf } from '../src/weave/index.js';
import { threadCpuMs } from './lib/thread-cpu.js';
import { weaveRowChanges } from '../src/engine/weave-rows.js';
import { rng } from '../lib/random.js';
import { pieces } from './lib/word-count.js';

const SOURCES = ['ecbplus-dev.jsonl.gz', 'polnear-dev.jsonl.gz'].map((f) => fileURLToPath(new URL(`../../shared/data/${f}`, import.meta.url)));

function arg(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
}

const SYLLABLES = [
  'ka',
  'lo',
  'ver',
  'mi',
  'dan',
  'to',
  'ris',
  'bel',
  'sun',
  'ga',
  'nor',
  'pe',
  'zu',
  'hal',
  'ten',
  'qui',
  'mar',
  'sol',
  'fen',
  'dro',
  'li',
  'vak',
  'ost',
  'ur',
];

interface EventPlan {
  n: number;
  base: string[];
  names: string[];
  place: string;
  number: number;
  day: number;
}

async function main(): Promise<void> {
  const present = SOURCES.filter((p) => existsSync(p));
  if (present.length === 0) {
    console.log('bench/weave: no source text in ../shared/data (ecbplus-dev.jsonl.gz or polnear-dev.jsonl.gz); skipping.');
    return;
  }
  const max = arg('max', 100_000);
  // sentences per article body: PolNeAR articles average ~760 words (~35 sentences); the default is a short feed item
  const polnear = process.argv.includes('--polnear');
  const [minSent, maxSent] = polnear ? [25, 45] : [5, 10];
  const flushEvery = arg('flush', 1000);
  // --chunk=N: articles per hand-over from the pure step to the writer (the pure thread works one chunk ahead, so up to two
  // chunks of features are alive at once; ingest reads 16 documents ahead per prepare thread)
  const chunkMax = arg('chunk', flushEvery);
  const perDay = arg('perday', 1500);
  const rand = rng(arg('seed', 7));
  const docs: string[][] = [];
  for (const p of present) {
    for (const line of gunzipSync(readFileSync(p)).toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: string };
      const sentences = (row.text ?? '')
        .split(/(?<=[.!?])\s+|\n+/)
        .map((x) => x.trim())
        .filter((x) => x.split(/\s+/).length >= 6);
      if (sentences.length >= 4) docs.push(sentences.slice(0, 30));
    }
  }
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const word = (): string => {
    const k = 2 + Math.floor(rand() * 2);
    let w = '';
    for (let i = 0; i < k; i++) w += pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  /** Event sizes: heavy-tailed (P(k) ~ k^-2, capped at 200): most events are one or two articles, a few are large. */
  const size = (): number => Math.min(200, Math.max(1, Math.floor(1 / Math.max(1e-6, rand()))));
  const newEvent = (day: number): EventPlan => ({
    n: size(),
    base: pick(docs),
    names: [`${word()} ${word()}`, `${word()} ${word()}`, word()],
    place: word(),
    number: 10 + Math.floor(rand() * 9990),
    day,
  });
  const article = (e: EventPlan, id: number, day: number): WeaveInput => {
    const body: string[] = [];
    const k = minSent + Math.floor(rand() * (maxSent - minSent + 1));
    for (let i = 0; i < k; i++) body.push(i % 3 === 2 ? pick(pick(docs)) : pick(e.base));
    body.push(`${e.names[0]} said in ${e.place} that ${e.number} people were affected, according to ${e.names[2]}.`);
    if (rand() < 0.5) body.push(`${e.names[1]} of ${e.names[2]} told reporters the figure of ${e.number} could change.`);
    body.push(pick(pick(docs)));
    const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    return { id: `a${id}`, title: `${e.names[0]}: ${e.base[0].split(/\s+/).slice(0, 8).join(' ')} in ${e.place}`, text: body.join(' '), published: date };
  };

  console.log(
    `bench/weave: up to ${max} articles, ~${perDay}/day, event sizes heavy-tailed (P(k)~k^-2, max 200), articles spread over 4 days per event; source docs ${docs.length}`,
  );
  if (!(globalThis as { gc?: () => void }).gc) console.log('(run node with --expose-gc for heap figures after collection)');
  // features are made as the prepare threads make them (weaveFeaturesOf) unless --inline: the writer then extracts them in add()
  const inline = process.argv.includes('--inline');
  // --store-rows: the flush as the engine writes it (weaveRowChanges: packed events, term blocks from the vocabulary), its bytes counted
  const storeRows = process.argv.includes('--store-rows');
  console.log(
    `flushRows() every ${flushEvery} articles${storeRows ? ' as the store writes them (--store-rows)' : ' as JSON'}; ${polnear ? 'PolNeAR-sized' : 'short'} articles (${minSent}-${maxSent} sentences); features ${inline ? 'extracted by the writer (--inline)' : 'from the pure step (weaveFeaturesOf), timed apart'}`,
  );
  console.log(
    'articles   events  storylines  writer ms/article(wall)  writer cpu ms/article  pure cpu ms/article  writer ms/article(p99)  heapMB  rssMB  buffersMB  features  words/article  flush cpu ms/article  flush KB/article  time(UTC)',
  );
  // the memory bound's tunables (data/weave-config.json) can be overridden: --forget-every=, --forget-after=, --forget-max-df=
  const bound: Partial<WeaveConfig> = {};
  for (const [flag, key] of [
    ['forget-every', 'forgetEvery'],
    ['forget-after', 'forgetAfterArticles'],
    ['forget-max-df', 'forgetMaxDf'],
  ] as const) {
    const v = arg(flag, Number.NaN);
    if (Number.isFinite(v)) bound[key] = v;
  }
  const weaver = new Weaver(bound);
  // --ballast=MB: that much live heap held beside the weave, in small arrays in a Map as posting lists are (what a weave
  // past 500k holds): the cost of a large live heap (collection) on a small weave's writer, apart from the weave's own growth
  const ballastMb = arg('ballast', 0);
  const ballast = new Map<number, number[]>();
  for (let i = 0; ballast.size * 120 < ballastMb * 1e6; i++) ballast.set(i * 7, [i]);
  if (ballastMb > 0) console.log(`ballast: ${ballast.size} one-entry lists in a Map (~${ballastMb} MB of live heap)`);
  // --against=DIR: a second weaver from another checkout (DIR/src/weave/index.ts, e.g. /work/main) is fed the same chunks, the
  // two in alternating order chunk by chunk, each one's thread CPU summed: load swings fall on both alike (an A/B in one process)
  const againstDir = process.argv.find((a) => a.startsWith('--against='))?.slice('--against='.length);
  const against: Weaver | null = againstDir
    ? new ((await import(pathToFileURL(`${againstDir}/src/weave/index.ts`).href)) as { Weaver: typeof Weaver }).Weaver(bound)
    : null;
  if (againstDir) console.log(`against ${againstDir}: the same chunks into its weaver, alternating which goes first; thread CPU of each`);
  const cfg = weaver.config;
  console.log(
    `memory bound: every ${cfg.forgetEvery} adds, features of df <= ${cfg.forgetMaxDf} unseen for ${cfg.forgetAfterArticles} articles that nothing holds are forgotten`,
  );
  // --every=N: a line every N articles as well (e.g. 100000 for a 1M run)
  const every = arg('every', 0);
  const marks = new Set([10_000, 30_000, 100_000, 300_000, 1_000_000, max]);
  if (every > 0) for (let c = every; c <= max; c += every) marks.add(c);
  const checkpoints = [...marks].filter((c) => c <= max).sort((a, b) => a - b);
  /** The stream in chunks up to the next flush or checkpoint (events start each day; their articles land that day and on the next three). */
  function* chunks(): Generator<WeaveInput[]> {
    const pending: WeaveInput[][] = [[], [], [], []];
    let id = 0;
    for (let day = 0; id < max; day++) {
      let planned = 0;
      while (planned < perDay) {
        const e = newEvent(day);
        for (let i = 0; i < e.n; i++) {
          const d = i === 0 ? 0 : Math.floor(rand() * 4);
          pending[(day + d) % 4].push(article(e, id + planned, day + d));
          planned++;
        }
      }
      const today = pending[day % 4];
      pending[day % 4] = [];
      for (let k = 0; k < today.length && id < max; ) {
        const nextCheckpoint = checkpoints.find((c) => c > id) ?? max;
        const n = Math.min(today.length - k, flushEvery - (id % flushEvery), max - id, nextCheckpoint - id, chunkMax);
        const out: WeaveInput[] = [];
        for (let i = 0; i < n; i++) out.push({ ...today[k + i], id: `a${id + i}` });
        yield out;
        k += n;
        id += n;
      }
    }
  }
  // --pure-thread: the pure step runs on a worker thread one chunk ahead of the writer (as ingest's prepare threads do);
  // CPU is then read per thread (/proc/thread-self), so the writer's figure holds only its own thread's time
  const pureThread = !inline && process.argv.includes('--pure-thread');
  const worker = pureThread ? pureWorker() : null;
  const cpuMs = (): number => {
    if (pureThread) return threadCpuMs() ?? 0;
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  let seq = 0;
  const featuresOf = (inputs: WeaveInput[]): Promise<{ features: (WeaveFeatures | undefined)[]; cpu: number }> => {
    if (worker) return worker.run(seq++, inputs);
    if (inline) return Promise.resolve({ features: inputs.map(() => undefined), cpu: 0 });
    const c0 = cpuMs();
    const features = inputs.map((x) => weaveFeaturesOf(x));
    return Promise.resolve({ features, cpu: cpuMs() - c0 });
  };
  // --profile=FROM:TO[,FROM:TO]: a CPU profile of the writer's adds from article FROM to TO (FILE --profile-out=PREFIX, default
  // /tmp/weave-prof): windows at two sizes show what grows per article; the chunks' ends are the windows' ends
  const windows = (process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length) ?? '')
    .split(',')
    .filter(Boolean)
    .map((w) => w.split(':').map(Number) as [number, number]);
  for (const [from, to] of windows) marks.add(from).add(to);
  checkpoints.splice(0, checkpoints.length, ...[...marks].filter((c) => c <= max).sort((a, b) => a - b));
  // --heap-snapshot=N[,N]: a heap snapshot (after a collection) when the weave reaches N articles, to PREFIX-N.heapsnapshot
  // (--profile-out's prefix): class counts at two sizes show what the writer's heap holds more of as the weave grows
  const snapshotsAt = new Set(
    (process.argv.find((a) => a.startsWith('--heap-snapshot='))?.slice('--heap-snapshot='.length) ?? '').split(',').filter(Boolean).map(Number),
  );
  for (const n of snapshotsAt) marks.add(n);
  checkpoints.splice(0, checkpoints.length, ...[...marks].filter((c) => c <= max).sort((a, b) => a - b));
  const profileOut = process.argv.find((a) => a.startsWith('--profile-out='))?.slice('--profile-out='.length) ?? '/tmp/weave-prof';
  const session = windows.length > 0 ? new Session() : null;
  const allocProfile = process.argv.some((a) => a === '--alloc-profile' || a === '--alloc-profile=survivors');
  // --alloc-profile=survivors: only what outlives a scavenge (copied and promoted: what makes a minor collection cost)
  const survivorsOnly = process.argv.includes('--alloc-profile=survivors');
  session?.connect();
  // GC pauses on the main thread per segment (PerformanceObserver 'gc' entries; forced collections of the bench left out),
  // by kind: minor (scavenge), major (mark-compact), incremental marking steps; wall ms of the pauses, the writer's share
  const gcMs = { minor: 0, minorInAdds: 0, major: 0, incremental: 0, count: 0 };
  /** The writer's chunks of adds since the last line, as [start, end) on the performance clock. */
  let addWindows: [number, number][] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const detail = (e as { detail?: { kind?: number; flags?: number } }).detail;
      if (((detail?.flags ?? 0) & perfConstants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0) continue; // the bench's own gc()
      const kind = detail?.kind ?? 0;
      // a minor pause inside one of the writer's chunks of adds (the windows are closed before entries are delivered)
      if (kind === perfConstants.NODE_PERFORMANCE_GC_MINOR && addWindows.some(([a, b]) => e.startTime >= a && e.startTime < b)) gcMs.minorInAdds += e.duration;
      if (kind === perfConstants.NODE_PERFORMANCE_GC_MINOR) gcMs.minor += e.duration;
      else if (kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) gcMs.major += e.duration;
      else gcMs.incremental += e.duration;
      gcMs.count++;
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  let id = 0;
  let chunk = 0;
  let writerThreadCpu = 0;
  let againstCpu = 0;
  let segCount = 0;
  let writerCpu = 0;
  let writerWall = 0;
  let pureCpu = 0;
  let times: number[] = [];
  let words = 0;
  let flushCpu = 0;
  let flushBytes = 0;
  const stream = chunks();
  let next = stream.next();
  let ahead = next.done ? null : { inputs: next.value, made: featuresOf(next.value) };
  while (ahead) {
    const { inputs, made } = ahead;
    const { features, cpu } = await made;
    next = stream.next();
    ahead = next.done ? null : { inputs: next.value, made: featuresOf(next.value) };
    pureCpu += cpu;
    // with --against, the other build's weaver takes the same chunk first on every other chunk
    const otherFirst = against !== null && chunk % 2 === 0;
    if (against && otherFirst) againstCpu += addAll(against, inputs, features);
    // with --against both weavers share one heap: a collection before each one's chunk, so neither pays for the other's garbage
    if (against) (globalThis as { gc?: () => void }).gc?.();
    const profiling = session !== null && windows.some(([from, to]) => id >= from && id < to);
    if (profiling && windows.some(([from]) => from === id)) {
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
      // --alloc-profile: also where the window allocates (sampled every 1 KB, garbage included), to PREFIX-FROM-TO.heapprofile
      if (allocProfile)
        await session.post('HeapProfiler.startSampling', {
          samplingInterval: 1024,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: !survivorsOnly,
        });
    }
    const c0 = cpuMs();
    const t0 = threadCpuMs() ?? 0;
    const w0 = performance.now();
    for (let i = 0; i < inputs.length; i++) {
      const input = features[i] ? { ...inputs[i], features: features[i] } : inputs[i];
      const t0 = performance.now();
      weaver.add(input);
      const t = performance.now() - t0;
      writerWall += t;
      times.push(t);
    }
    writerCpu += cpuMs() - c0;
    writerThreadCpu += (threadCpuMs() ?? 0) - t0;
    addWindows.push([w0, performance.now()]);
    const closing = windows.find(([, to]) => to === id + inputs.length);
    if (session && profiling && closing) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(`${profileOut}-${closing[0]}-${closing[1]}.cpuprofile`, JSON.stringify(profile));
      if (allocProfile) {
        const sampled = await session.post('HeapProfiler.stopSampling');
        writeFileSync(`${profileOut}-${closing[0]}-${closing[1]}.heapprofile`, JSON.stringify(sampled.profile));
      }
    }
    if (against && !otherFirst) againstCpu += addAll(against, inputs, features);
    chunk++;
    for (const input of inputs) words += pieces(input.text);
    id += inputs.length;
    segCount += inputs.length;
    if (id % flushEvery === 0) {
      // the flush's own CPU (rows built and serialised as a store would write them) is kept apart from the weave's
      const f0 = cpuMs();
      if (storeRows) for (const r of weaveRowChanges(weaver.flushRows({ blocks: true }), false).upserts) flushBytes += r.data.length;
      else flushBytes += JSON.stringify(weaver.flushRows()).length;
      flushCpu += cpuMs() - f0;
    }
    if (checkpoints.includes(id)) {
      // a turn of the event loop: the gc observer's entries of this segment are delivered
      for (let k = 0; k < 2; k++) await new Promise((resolve) => setTimeout(resolve, 0));
      times.sort((x, y) => x - y);
      const p99 = times[Math.floor(times.length * 0.99)];
      const gc = (globalThis as { gc?: () => void }).gc;
      if (gc) gc();
      const mem = process.memoryUsage();
      console.log(
        `${String(id).padStart(8)} ${String(weaver.eventCount).padStart(8)}  ${String(weaver.storylineCount).padStart(10)}  ${(writerWall / segCount).toFixed(3).padStart(23)}  ${(writerCpu / segCount).toFixed(3).padStart(21)}  ${(pureCpu / segCount).toFixed(3).padStart(19)}  ${p99.toFixed(3).padStart(22)}  ${(mem.heapUsed / 1e6).toFixed(0).padStart(6)}  ${(mem.rss / 1e6).toFixed(0).padStart(5)}  ${(mem.arrayBuffers / 1e6).toFixed(0).padStart(9)}  ${String(weaver.featureCount).padStart(8)}  ${(words / segCount).toFixed(0).padStart(13)}  ${(flushCpu / segCount).toFixed(3).padStart(20)}  ${(flushBytes / 1024 / segCount).toFixed(2).padStart(16)}  ${new Date().toISOString().slice(11, 19)}`,
      );
      console.log(
        `${String(id).padStart(8)} gc pauses (main thread, wall): minor ${(gcMs.minor / segCount).toFixed(3)} ms/article (${(gcMs.minorInAdds / segCount).toFixed(3)} inside the writer's adds), major (mark-compact) ${(gcMs.major / segCount).toFixed(3)}, incremental marking and weak callbacks ${(gcMs.incremental / segCount).toFixed(3)} (${gcMs.count} pauses)`,
      );
      gcMs.minor = 0;
      gcMs.minorInAdds = 0;
      addWindows = [];
      gcMs.major = 0;
      gcMs.incremental = 0;
      gcMs.count = 0;
      if (snapshotsAt.has(id)) console.log(`${String(id).padStart(8)} heap snapshot: ${writeHeapSnapshot(`${profileOut}-${id}.heapsnapshot`)}`);
      if (against)
        console.log(
          `${String(id).padStart(8)} against: this build ${(writerThreadCpu / segCount).toFixed(3)} ms/article, ${againstDir} ${(againstCpu / segCount).toFixed(3)} (ratio ${(writerThreadCpu / againstCpu).toFixed(3)}; thread CPU, 10 ms ticks), events ${weaver.eventCount} / ${against.eventCount}, storylines ${weaver.storylineCount} / ${against.storylineCount}`,
        );
      writerThreadCpu = 0;
      againstCpu = 0;
      words = 0;
      flushCpu = 0;
      flushBytes = 0;
      writerCpu = 0;
      writerWall = 0;
      pureCpu = 0;
      segCount = 0;
      times = [];
    }
  }
  gcObserver.disconnect();
  if (ballast.size < 0) console.log('unreachable: keeps the ballast alive to the end');
  await worker?.close();
}

/** Add a chunk to a weaver (the features made once for both builds); its thread CPU ms. */
function addAll(w: Weaver, inputs: WeaveInput[], features: (WeaveFeatures | undefined)[]): number {
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = threadCpuMs() ?? 0;
  for (let i = 0; i < inputs.length; i++) w.add(features[i] ? { ...inputs[i], features: features[i] } : inputs[i]);
  return (threadCpuMs() ?? 0) - c0;
}

/** The pure step on a worker thread: batches of inputs in, their features and the thread's CPU ms out, in order. */
function pureWorker(): {
  run: (seq: number, inputs: WeaveInput[]) => Promise<{ features: (WeaveFeatures | undefined)[]; cpu: number }>;
  close: () => Promise<number>;
} {
  const url = new URL('./weave-pure-worker.ts', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const w = new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true });
  const waiting = new Map<number, (r: { features: (WeaveFeatures | undefined)[]; cpu: number }) => void>();
  w.on('message', (m: { seq: number; features: (WeaveFeatures | undefined)[]; cpu: number }) => {
    waiting.get(m.seq)?.(m);
    waiting.delete(m.seq);
  });
  w.on('error', (e) => {
    console.error('bench/weave: pure-step thread failed', e);
    process.exit(1);
  });
  return {
    run: (seq, inputs) =>
      new Promise((resolve) => {
        waiting.set(seq, resolve);
        w.postMessage({ seq, inputs });
      }),
    close: () => w.terminate(),
  };
}

await main();
