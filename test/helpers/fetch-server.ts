// Local HTTP servers on 127.0.0.1 (ephemeral ports) and a loopback-only Fetcher for the fetcher's integration tests.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { type Handler, type TestServer, startServer as startLocal, toLoopback } from './local-server.js';
import { Fetcher, FetchError } from '../../src/ingest/fetch.js';
import type { FetchErrorCode } from '../../src/ingest/fetch.js';

export type { Handler, TestServer } from './local-server.js';

const servers: TestServer[] = [];

/** A local server closed when the test file ends. */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const s = await startLocal(routes);
  servers.push(s);
  return s;
}

after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

export { toLoopback };

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
