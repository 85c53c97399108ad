// Starting the API and page on a store: open the database, build the server, listen on loopback unless told otherwise.
import type { FastifyInstance } from 'fastify';
import { pathToFileURL } from 'node:url';
import { Engine } from '../engine.js';
import { SqliteStore } from '../store/sqlite.js';
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
  const store = SqliteStore.open(opts.db ?? process.env.NEWSLOOM_DB ?? 'newsloom.db');
  const engine: NewsloomApi = new Engine(store);
  const host = opts.host ?? '127.0.0.1';
  const app = createServer(engine, { ...opts, host, token: opts.token ?? process.env.NEWSLOOM_TOKEN });
  app.addHook('onClose', async () => store.close());
  const port = opts.port ?? (process.env.PORT ? Number(process.env.PORT) : 8080);
  try {
    await app.listen({ host, port });
  } catch (e) {
    await app.close();
    throw e;
  }
  const addr = app.server.address();
  const bound = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}/`;
  return { app, url, close: () => app.close() };
}

/** `node --import tsx src/server/serve.ts [--db PATH] [--port N] [--host ADDR]` until `newsloom serve` is wired in. */
async function runFromCommandLine(argv: string[]): Promise<void> {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const port = opt('port');
  if (port !== undefined && !/^\d+$/.test(port)) throw new Error(`--port takes a number, got '${port}'`);
  const s = await serve({ db: opt('db'), port: port === undefined ? undefined : Number(port), host: opt('host'), logger: argv.includes('--log') });
  process.stdout.write(`newsloom is serving ${s.url} (API at ${s.url}api/openapi.json); writes ${process.env.NEWSLOOM_TOKEN ? 'need the bearer token' : 'are off: set NEWSLOOM_TOKEN to allow POST /api/ingest'}\n`);
  const stop = () => void s.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runFromCommandLine(process.argv.slice(2)).catch((e: Error) => {
    process.stderr.write(`newsloom serve: ${e.message}\n`);
    process.exit(1);
  });
}
