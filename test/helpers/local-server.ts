// An HTTP server on 127.0.0.1 (ephemeral port) for the fetcher, watch and alert tests: routes that can change while it runs, hit counts and a request log.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route's answer; `hit` counts the requests to the key it was found under (the full path, else the path without its query). */
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number, body: string) => void;

export interface TestServer {
  base: string;
  port: number;
  /** Requests per full path (with its query) and, for a path with a query, per path without it too. */
  hits: Map<string, number>;
  log: { path: string; host: string; at: number; headers: http.IncomingHttpHeaders }[];
  routes: Record<string, Handler>;
  close(): Promise<void>;
}

/** Maps every host name to 127.0.0.1, so tests can use realistic names on the local servers. */
export const toLoopback = async () => [{ address: '127.0.0.1', family: 4 }];

/** Starts a server whose unknown paths answer 404; the caller closes it. */
export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const hits = new Map<string, number>();
  const log: TestServer['log'] = [];
  const count = (key: string): number => {
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    return n;
  };
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const bare = path.replace(/\?.*$/, '');
    const hitFull = count(path);
    const hitBare = bare === path ? hitFull : count(bare);
    log.push({ path, host: req.headers.host ?? '', at: performance.now(), headers: req.headers });
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const exact = s.routes[path];
      if (exact) return exact(req, res, hitFull, body);
      const handler = s.routes[bare];
      if (handler) return handler(req, res, hitBare, body);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const s: TestServer = {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    log,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return s;
}
