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

class PreparePool implements Preparer {
  private readonly pool: Thread[] = [];
  private readonly newWorker = workerStarter(WORKER_URL);
  private nextId = 1;
  private closed = false;

  constructor(readonly threads: number) {
    for (let i = 0; i < threads; i++) this.pool.push(this.start());
  }

  prepare(raw: RawDoc): Promise<Prepared> {
    let t = this.pool[0];
    for (const x of this.pool) if (x.pending.size < t.pending.size) t = x;
    const id = this.nextId++;
    return new Promise<Prepared>((resolve, reject) => {
      t.pending.set(id, { raw, resolve, reject });
      // the pure step reads the decoded body, never the original bytes: they stay here for the store (half the copy)
      t.worker.postMessage({ id, raw: { ...raw, bytes: NO_BYTES } } satisfies PrepareRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.pool.map((t) => t.worker.terminate()));
  }

  private start(): Thread {
    const t: Thread = { worker: this.newWorker(), pending: new Map() };
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
  const inFlight: { item: T; result: Promise<R> }[] = [];
  for await (const item of items) {
    const result = work(item);
    // an error is taken when its turn comes; until then it must not count as unhandled
    result.catch(() => {});
    inFlight.push({ item, result });
    if (inFlight.length >= window) {
      const head = inFlight.shift()!;
      yield { item: head.item, result: await head.result };
    }
  }
  while (inFlight.length) {
    const head = inFlight.shift()!;
    yield { item: head.item, result: await head.result };
  }
}
