// Local HTTP servers on 127.0.0.1 (ephemeral ports) and a loopback-only Fetcher for the fetcher's integration tests.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Fetcher, FetchError } from '../../src/ingest/fetch.js';
import type { FetchErrorCode } from '../../src/ingest/fetch.js';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;

export interface TestServer {
  base: string;
  port: number;
  hits: Map<string, number>;
  log: { path: string; host: string; at: number; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

const servers: TestServer[] = [];

export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const log: TestServer['log'] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    log.push({ path, host: req.headers.host ?? '', at: performance.now(), headers: req.headers });
    const handler = routes[path] ?? routes[path.replace(/\?.*$/, '')];
    if (handler) return handler(req, res, n);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const s: TestServer = {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(s);
  return s;
}

after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** Maps every name to 127.0.0.1, so tests can use distinct host names on one local server. */
export const toLoopback = async () => [{ address: '127.0.0.1', family: 4 }];

export function newFetcher(extra: ConstructorParameters<typeof Fetcher>[0] = {}): Fetcher {
  return new Fetcher({ perHostDelayMs: 0, backoffBaseMs: 10, backoffMaxMs: 50, resolve: toLoopback, ...extra });
}

export async function rejectsWith(p: Promise<unknown>, code: FetchErrorCode, messagePart?: RegExp): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof FetchError, `expected FetchError, got ${String(err)}`);
    assert.equal(err.code, code, `code: ${err.message}`);
    if (messagePart) assert.match(err.message, messagePart);
    return err;
  }
  assert.fail(`expected a FetchError with code ${code}`);
}

export const html = (body: string, head = '') => `<!doctype html><html><head>${head}<title>T</title></head><body>${body}</body></html>`;
