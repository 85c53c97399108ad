// PostgreSQL workers: `ingest --workers 2` gives what a serial SQLite ingest gives; workers killed mid-job lose and double nothing.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../src/engine/index.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { buildCorpus, corpusJsonl } from './helpers/crash-corpus.js';
import { postgresForTests } from './helpers/postgres.js';
import { type EngineState, engineState, settledState } from './helpers/store-state.js';
import { cli, ROOT, SEEDS, tempDir } from './helpers/tmp.js';

const { usable, freshSchemaUrl } = await postgresForTests();
/** SCALE_FULL=1: the 10k-article corpus; otherwise 600 articles (CI). */
const N = process.env.SCALE_FULL ? 10_000 : 600;

async function sqliteState(dir: string, inputs: string[], settled = false): Promise<EngineState> {
  const store = SqliteStore.open(join(dir, 'serial.db'));
  try {
    const engine = new Engine(store);
    await engine.ingest(inputs, { threads: 1 });
    const state = await engineState(engine, store);
    return settled ? await settledState(state, store) : state;
  } finally {
    await store.close();
  }
}

async function pgState(url: string, settled = false): Promise<EngineState> {
  const store = await PostgresStore.open(url);
  try {
    const state = await engineState(new Engine(store), store);
    return settled ? await settledState(state, store) : state;
  } finally {
    await store.close();
  }
}

function assertSame(serial: EngineState, pg: EngineState): void {
  assert.equal(pg.articles.length, serial.articles.length);
  for (let i = 0; i < serial.articles.length; i++) assert.equal(pg.articles[i], serial.articles[i], `article ${i} differs`);
  assert.deepEqual(pg.events, serial.events);
  assert.deepEqual(pg.storylines, serial.storylines);
  assert.equal((pg as { weave?: string }).weave, (serial as { weave?: string }).weave, "the weave's own events and storylines differ");
}

function worker(url: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--db', url, 'worker', '--drain'], { stdio: 'ignore' });
}
const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

test('seeds and a corpus: ingest --workers 2 on PostgreSQL gives the articles, copies, events and storylines of serial SQLite', {
  skip: !usable,
}, async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpusJsonl(buildCorpus(N, 21)));
  const serial = await sqliteState(dir, [SEEDS, file]);
  const url = freshSchemaUrl();
  const r = await cli(['--db', url, 'ingest', '--workers', '2', '--json', SEEDS, file]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { added: unknown[] | number };
  assert.equal(Array.isArray(report.added) ? report.added.length : report.added, serial.articles.length);
  assertSame(serial, await pgState(url));
});

test('workers SIGKILLed mid-job (the writer among them): their jobs are retried, nothing lost, nothing doubled', { skip: !usable }, async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpusJsonl(buildCorpus(N, 22)));
  // killed writers flushed summaries at other moments than the serial run: the listings (key terms and names included)
  // must still be equal, and the weave's own events and storylines too
  const serial = await sqliteState(dir, [file], true);
  const url = freshSchemaUrl();
  const enq = await cli(['--db', url, 'ingest', '--workers', '0', file]);
  assert.equal(enq.code, 0, enq.stderr);
  assert.match(enq.stdout, new RegExp(`enqueued run .* \\(${N} documents\\)`));
  const store = await PostgresStore.open(url);
  t.after(() => store.close());
  for (const at of [Math.floor(N / 10), Math.floor(N / 2)]) {
    const pair = [worker(url), worker(url)];
    // kill both (one is the weave writer) once some articles are stored: each holds claimed jobs or an open batch
    while ((await store.countArticles()) < at && pair.some((c) => c.exitCode === null)) await new Promise((r) => setTimeout(r, 20));
    for (const c of pair) c.kill('SIGKILL');
    await Promise.all(pair.map(exited));
  }
  const killedAt = await store.countArticles();
  assert.ok(killedAt < N, `the kills came before the end (${killedAt} of ${N} stored)`);
  const last = [worker(url), worker(url)];
  await Promise.all(last.map(exited));
  assert.deepEqual(
    last.map((c) => c.exitCode),
    [0, 0],
  );
  assertSame(serial, await pgState(url, true));
});
