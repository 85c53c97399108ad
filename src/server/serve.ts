// Starting the API and page on a store: open the database, build the server, listen on loopback unless told otherwise.
import type { FastifyInstance } from 'fastify';
import { Engine } from '../engine.js';
import { openStore } from '../store/open.js';
import type { NewsloomApi } from './api-types.js';
import { createServer, type ServerOptions } from './app.js';

export interface ServeOptions extends ServerOptions {
  /** Database file (default ./newsloom.db or $NEWSLOOM_DB). */
  db?: string;
  /** TCP port (default 8080 or $PORT; 0 picks a free one). */
  port?: number;
}

export interface Serving {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Serve a store until close(); the token defaults to $NEWSLOOM_TOKEN and the host to 127.0.0.1. */
export async function serve(opts: ServeOptions = {}): Promise<Serving> {
  const store = await openStore(opts.db ?? process.env.NEWSLOOM_DB ?? 'newsloom.db');
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
