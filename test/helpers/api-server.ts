// The HTTP API over a SQLite store holding the five seeds, for the server's integration tests: open it, read JSON, check a page.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Engine } from '../../src/engine/index.js';
import { createServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { SEEDS, tempDir } from './tmp.js';

export const TOKEN = 'test-token-0123456789abcdef';

export const FRESH_ROWS = [
  {
    id: 'harbour-1',
    outlet: 'Coastal Courier',
    published: '2024-03-02T08:15:00Z',
    title: 'Harbour authority approves dredging plan after two-year dispute',
    text:
      'PORTSMOUTH, March 2 - The harbour authority on Friday approved a plan to deepen the main shipping channel, ending a two-year dispute with fishing groups.\n\n' +
      '"We listened to every objection and changed the route twice," said Maria Keller, the authority\'s chair. Fishing associations said they would study the decision before deciding whether to appeal.\n\n' +
      'The dredging is expected to begin in the autumn and to last eleven months.',
  },
  {
    id: 'vaccine-2',
    outlet: 'Health Desk',
    published: '2024-03-03',
    title: 'Regional clinics extend opening hours for measles vaccinations',
    text:
      'Clinics across the region will stay open until 9 p.m. on weekdays to meet demand for measles vaccinations, health officials announced on Sunday.\n\n' +
      'Dr. Samuel Osei, who heads the regional health board, told reporters that uptake had doubled since January. "Parents are responding, and we want to make it easy for them," he said.',
  },
];

export interface Ctx {
  app: FastifyInstance;
  engine: Engine;
  store: SqliteStore;
}

export async function open(t: { after: (fn: () => void) => void }, opts: { token?: string; webDir?: string | false } = {}): Promise<Ctx> {
  const dir = tempDir(t);
  const store = SqliteStore.open(join(dir, 'api.db'));
  const engine = new Engine(store);
  const report = await engine.ingest([SEEDS]);
  assert.equal(report.added.length, 5, 'the five seeds are ingested');
  const app = createServer(engine, { token: opts.token, webDir: opts.webDir ?? false });
  return { app, engine, store };
}

export async function json<T = any>(app: FastifyInstance, url: string, status = 200): Promise<T> {
  const res = await app.inject({ url });
  assert.equal(res.statusCode, status, `${url} -> ${res.statusCode}: ${res.body.slice(0, 300)}`);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  return res.json() as T;
}

export function assertPaged(body: any, limit: number, offset: number): void {
  assert.ok(Array.isArray(body.items), 'items is an array');
  assert.equal(typeof body.total, 'number');
  assert.equal(body.limit, limit);
  assert.equal(body.offset, offset);
  assert.ok(body.items.length <= limit);
}
