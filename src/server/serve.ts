// Starting the API and page on a store: open the database, build the server, listen on loopback unless told otherwise.
import type { FastifyInstance } from 'fastify';
import { availableParallelism } from 'node:os';
import { Engine } from '../engine/index.js';
import { UsageError } from '../errors.js';
import { openStore } from '../store/open.js';
import type { NewsloomApi } from './api-types.js';
import { createServer, type ServerOptions } from './app.js';

export interface ServeOptions extends ServerOptions {
  /** Database file (default ./newsloom.db or $NEWSLOOM_DB). */
  db?: string;
  /** TCP port (default 8080 or $PORT; 0 picks a free one). */
  port?: number;
  /** Threads for full-text search on a SQLite store (default $NEWSLOOM_SEARCH_THREADS, else 2, or 1 on one core; 0 searches on the server's thread). */
  searchThreads?: number;
  /** Called before an older SQLite store's schema is upgraded (once; a large store takes minutes). */
  onMigrate?: (path: string, from: number, to: number) => void;
}

function defaultSearchThreads(): number {
  const env = process.env.NEWSLOOM_SEARCH_THREADS;
  if (env === undefined || env === '') return Math.min(2, availableParallelism());
  if (!/^\d{1,2}$/.test(env))
    throw new UsageError(`NEWSLOOM_SEARCH_THREADS must be a whole number of threads (0 searches on the server's own thread), not '${env}'`);
  return Number(env);
}

export interface Serving {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Serve a store until close(); the token defaults to $NEWSLOOM_TOKEN and the host to 127.0.0.1. */
export async function serve(opts: ServeOptions = {}): Promise<Serving> {
  const store = await openStore(opts.db ?? process.env.NEWSLOOM_DB ?? 'newsloom.db', {
    searchThreads: opts.searchThreads ?? defaultSearchThreads(),
    onMigrate: opts.onMigrate,
  });
  const engine: NewsloomApi = new Engine(store);
  const host = opts.host ?? '127.0.0.1';
  const app = createServer(engine, { ...opts, host, token: opts.token ?? process.env.NEWSLOOM_TOKEN });
  app.addHook('onClose', async () => store.close());
  const port = opts.port ?? (process.env.PORT ? Number(process.env.PORT) : 8080);
  try {
    await app.listen({ host, port });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE' && opts.port === undefined && !process.env.PORT) {
      await app.listen({ host, port: 0 }); // the default port is taken: any free one will do, the URL is printed
    } else {
      await app.close();
      throw e;
    }
  }
  const addr = app.server.address();
  const bound = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}/`;
  return { app, url, close: () => app.close() };
}
