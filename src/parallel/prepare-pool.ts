// A pool of worker threads running the pure prepare step (extract, analyze, fingerprint, the weave's features); the caller keeps input order.
// Hand-written worker_threads, not piscina: run from source a thread starts on a bundle or registers tsx's loader first
// (worker-boot.ts), which piscina's task-file loading does not allow; and ordering and back-pressure are the caller's
// anyway (orderedWindow), so a pool is a few lines: least-loaded dispatch, ids, a restart on a crash.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { type Prepared, prepareDoc } from '../engine/prepare.js';
import type { RawDoc } from '../model.js';
import type { PrepareReply, PrepareRequest } from './prepare-worker.js';
import { fromWire } from './prepared-wire.js';
import { workerStarter } from './worker-boot.js';

/** Something that turns raw documents into prepared ones: inline (one thread) or on a pool. */
export interface Preparer {
  readonly threads: number;
  prepare(raw: RawDoc): Promise<Prepared>;
  close(): Promise<void>;
}

/** The default thread count: the cores this process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

const FROM_SOURCE = extname(fileURLToPath(import.meta.url)) === '.ts';
const WORKER_URL = new URL(`./prepare-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

const NO_BYTES = new Uint8Array(0);
/**
 * A prepare thread's young generation (MB): 8 MB of new space instead of V8's 32, ~20 MB less RSS a thread. It is not
 * free: a thread allocates ~0.9 MB a document, so it scavenges ~4x as often; end to end ~0.3-0.6 ms more CPU an article
 * over all threads (docs/BENCHMARKS.md section 9, session 27), kept while the 1M run's peak RSS is near 2 GB.
 */
export const PREPARE_YOUNG_MB = 12;
/** Starts one prepare thread, its young generation limited. */
export const startPrepareThread = workerStarter(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: PREPARE_YOUNG_MB } });
/** Documents sent to a thread in one message, prepared there stage by stage (prepare-staged.ts: less CPU per document). */
export const BATCH_MAX = 16;
/** A held document is sent after this long at the latest (ms), for a caller awaiting it outside orderedWindow. */
const HOLD_MS = 100;

/** Pools holding documents: orderedWindow has them send what they hold before it waits for an answer. */
const holding = new Set<PreparePool>();

interface Pending {
  raw: RawDoc;
  resolve: (p: Prepared) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** `threads` <= 1: prepare on the calling thread; otherwise on that many worker threads, started at the first document to prepare (a re-ingest of stored documents starts none). */
export function preparer(threads: number): Preparer {
  if (threads <= 1) return { threads: 1, prepare: async (raw) => prepareDoc(raw), close: async () => {} };
  let pool: PreparePool | null = null;
  return {
    threads,
    prepare: (raw) => {
      pool ??= new PreparePool(threads);
      return pool.prepare(raw);
    },
    close: async () => pool?.close(),
  };
}

/**
 * Documents are held and sent in batches of BATCH_MAX to the least-loaded thread: in a steady ingest the writer frees one
 * place of the read-ahead window at a time, so sent at once each document would be a batch of one. A batch is sent when
 * full, when orderedWindow is about to wait for an answer (the one it waits for may be held), or after HOLD_MS.
 */
class PreparePool implements Preparer {
  private readonly pool: Thread[] = [];
  private nextId = 1;
  private closed = false;
  private held: { id: number; pending: Pending }[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly threads: number) {
    for (let i = 0; i < threads; i++) this.pool.push(this.start());
  }

  prepare(raw: RawDoc): Promise<Prepared> {
    if (this.closed) return Promise.reject(new Error('the prepare pool is closed'));
    const id = this.nextId++;
    return new Promise<Prepared>((resolve, reject) => {
      this.held.push({ id, pending: { raw, resolve, reject } });
      holding.add(this);
      if (this.held.length >= BATCH_MAX) this.send();
      else this.timer ??= setTimeout(() => this.send(), HOLD_MS);
    });
  }

  /** Send the held documents, as one batch, to the thread with the fewest in flight. */
  send(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    holding.delete(this);
    const batch = this.held;
    if (!batch.length) return;
    this.held = [];
    let t = this.pool[0];
    for (const x of this.pool) if (x.pending.size < t.pending.size) t = x;
    for (const { id, pending } of batch) t.pending.set(id, pending);
    // the pure step reads the decoded body, never the original bytes: they stay here for the store (half the copy)
    t.worker.postMessage(batch.map(({ id, pending }) => ({ id, raw: { ...pending.raw, bytes: NO_BYTES } }) satisfies PrepareRequest));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    holding.delete(this);
    for (const { pending } of this.held) pending.reject(new Error('the prepare pool closed before preparing this document'));
    this.held = [];
    await Promise.all(this.pool.map((t) => t.worker.terminate()));
  }

  private start(): Thread {
    const t: Thread = { worker: startPrepareThread(), pending: new Map() };
    t.worker.on('message', (m: PrepareReply) => {
      const p = t.pending.get(m.id);
      if (!p) return;
      t.pending.delete(m.id);
      if ('error' in m) p.reject(new Error(m.error));
      else p.resolve(fromWire(m.prepared));
    });
    const lost = (why: string) => {
      if (this.closed) return;
      // A thread that died (out of memory on a hostile page...): its documents are prepared here, the same pure step,
      // so nothing is lost and the answers are those of any other thread; a fresh thread takes its place.
      const i = this.pool.indexOf(t);
      if (i >= 0) this.pool[i] = this.start();
      for (const p of t.pending.values()) {
        try {
          p.resolve(prepareDoc(p.raw));
        } catch (e) {
          p.reject(new Error(`${(e as Error).message} (after a prepare thread stopped: ${why})`));
        }
      }
      t.pending.clear();
    };
    t.worker.on('error', (e) => lost(e.message));
    t.worker.on('exit', (code) => lost(`exit code ${code}`));
    return t;
  }
}

/**
 * Map `items` through `work` with up to `window` in flight, yielding answers in input order. Memory stays bounded by
 * the window whatever the input size: the source is not read further while the window is full.
 */
export async function* orderedWindow<T, R>(items: AsyncIterable<T>, work: (item: T) => Promise<R>, window: number): AsyncGenerator<{ item: T; result: R }> {
  const inFlight: { item: T; result: Promise<R>; settled: boolean }[] = [];
  const next = async (): Promise<{ item: T; result: R }> => {
    const head = inFlight.shift()!;
    // about to wait: a pool holding documents for a batch sends them (the awaited one may be among them)
    if (!head.settled) for (const p of holding) p.send();
    return { item: head.item, result: await head.result };
  };
  for await (const item of items) {
    const entry = { item, result: work(item), settled: false };
    // an error is taken when its turn comes; until then it must not count as unhandled
    entry.result.then(
      () => {
        entry.settled = true;
      },
      () => {
        entry.settled = true;
      },
    );
    inFlight.push(entry);
    if (inFlight.length >= window) yield await next();
  }
  while (inFlight.length) yield await next();
}
