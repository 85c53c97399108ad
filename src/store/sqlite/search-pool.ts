// Search threads for a SQLite store: full-text searches run on worker threads with their own read-only connections, so a
// search never asked before neither blocks the server's thread (cached answers, other reads) nor is limited to one core.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { StoreError } from '../../errors.js';
import type { Page, SearchHit } from '../store.js';

type SearchAsk = { op: 'search'; query: string; page: Page } | { op: 'count'; query: string; cap?: number };
export type SearchRequest = SearchAsk & { id: number };
export type SearchReply = { id: number; result: SearchHit[] | number } | { id: number; error: string };
type Pending = { resolve: (v: SearchHit[] | number) => void; reject: (e: Error) => void };

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

const FROM_SOURCE = extname(fileURLToPath(import.meta.url)) === '.ts';
const WORKER_URL = new URL(`./search-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

/** The thread: built, the JavaScript module beside this one; run from source (tsx), the TypeScript one, after tsx's loader is registered in the thread. */
function newWorker(workerData: unknown): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`, {
    eval: true,
    workerData,
  });
}

export class SearchPool {
  private readonly threads: (Thread | null)[];
  private nextId = 1;
  private closed = false;

  /** `size` threads over the database at `path`, started now (a thread that stops is restarted on the next search), each connection set up with `pragmas`. */
  constructor(
    private readonly path: string,
    size: number,
    private readonly pragmas: string[],
  ) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => null);
    for (let i = 0; i < this.threads.length; i++) this.start(i);
  }

  search(query: string, page: Page): Promise<SearchHit[]> {
    return this.run({ op: 'search', query, page }) as Promise<SearchHit[]>;
  }

  count(query: string, cap?: number): Promise<number> {
    return this.run(cap === undefined ? { op: 'count', query } : { op: 'count', query, cap }) as Promise<number>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((t) => t?.worker.terminate()));
    this.threads.fill(null);
  }

  /** Send a request to the least busy thread (starting threads as needed). */
  private run(req: SearchAsk): Promise<SearchHit[] | number> {
    if (this.closed) return Promise.reject(new StoreError(`the store ${this.path} is closed`));
    let at = 0;
    for (let i = 0; i < this.threads.length; i++) {
      const t = this.threads[i];
      if (!t) {
        at = i;
        break;
      }
      if (t.pending.size < this.threads[at]!.pending.size) at = i;
    }
    const thread = this.threads[at] ?? this.start(at);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (!thread.pending.size) thread.worker.ref(); // a thread with work keeps the process alive until it answers
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ ...req, id } satisfies SearchRequest);
    });
  }

  private start(slot: number): Thread {
    const worker = newWorker({ path: this.path, pragmas: this.pragmas });
    worker.unref(); // an idle search thread never keeps the process alive
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', (reply: SearchReply) => {
      const p = thread.pending.get(reply.id);
      if (!p) return;
      thread.pending.delete(reply.id);
      if (!thread.pending.size) worker.unref();
      if ('error' in reply) p.reject(new StoreError(`search in ${this.path} failed: ${reply.error}`));
      else p.resolve(reply.result);
    });
    const fail = (why: string) => {
      if (this.threads[slot] === thread) this.threads[slot] = null; // the next search starts a fresh thread
      for (const p of thread.pending.values()) p.reject(new StoreError(`search thread for ${this.path} ${why}`));
      thread.pending.clear();
    };
    worker.on('error', (e: unknown) => fail(`failed: ${e instanceof Error ? e.message : String(e)}`));
    worker.on('exit', (code) => fail(`stopped (exit code ${code})`));
    this.threads[slot] = thread;
    return thread;
  }
}
