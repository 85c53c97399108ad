// Ingest on a pool of prepare threads gives exactly what a serial ingest gives: the same articles, copies, events and storylines.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../src/engine/index.js';
import { orderedWindow } from '../src/parallel/prepare-pool.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { buildCorpus, corpusJsonl } from './helpers/crash-corpus.js';
import { type EngineState, engineState } from './helpers/store-state.js';
import { cli, SEEDS, tempDir } from './helpers/tmp.js';

/** SCALE_FULL=1: the 10k-article corpus; otherwise 1,500 articles (CI). */
const N = process.env.SCALE_FULL ? 10_000 : 1_500;

async function ingestWith(dir: string, name: string, inputs: string[], threads: number): Promise<EngineState> {
  const store = SqliteStore.open(join(dir, `${name}.db`));
  try {
    const engine = new Engine(store);
    const report = await engine.ingest(inputs, { threads });
    assert.ok(report.added.length > 0);
    return await engineState(engine, store);
  } finally {
    await store.close();
  }
}

function assertSame(a: EngineState, b: EngineState): void {
  assert.equal(b.articles.length, a.articles.length);
  for (let i = 0; i < a.articles.length; i++) assert.equal(b.articles[i], a.articles[i], `article ${i} differs`);
  assert.deepEqual(b.events, a.events);
  assert.deepEqual(b.storylines, a.storylines);
}

test('the seeds: 1 and 2 prepare threads give the same articles, copies, events and storylines', async (t) => {
  const dir = tempDir(t);
  const one = await ingestWith(dir, 'one', [SEEDS], 1);
  const two = await ingestWith(dir, 'two', [SEEDS], 2);
  assertSame(one, two);
});

test(`a generated corpus of ${N} articles (copies, events, a year of dates): 1 and 2 threads give the same results`, async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'corpus.jsonl');
  // the same document twice: the second is unchanged whichever thread prepared it
  const rows = buildCorpus(N, 16);
  writeFileSync(file, corpusJsonl([...rows, rows[3]!]));
  const one = await ingestWith(dir, 'one', [file], 1);
  const two = await ingestWith(dir, 'two', [file], 2);
  assert.ok(one.events.length > 10 && one.events.length < N, `${one.events.length} events`);
  const copies = one.articles.filter((a) => /"lineage":"\d+\|(?!null)/.test(a)).length;
  assert.ok(copies > N / 20, `copies found (${copies})`);
  assertSame(one, two);
});

test('orderedWindow answers in input order and never holds more than its window', async () => {
  let inFlight = 0;
  let most = 0;
  async function* numbers(): AsyncGenerator<number> {
    for (let i = 0; i < 200; i++) yield i;
  }
  const got: number[] = [];
  const work = async (i: number): Promise<number> => {
    inFlight++;
    most = Math.max(most, inFlight);
    // later items finish first: the answer order must still be the input order
    await new Promise((r) => setTimeout(r, (7 - (i % 7)) % 3));
    inFlight--;
    return i * 2;
  };
  for await (const { item, result } of orderedWindow(numbers(), work, 8)) {
    assert.equal(result, item * 2);
    got.push(item);
  }
  assert.deepEqual(
    got,
    Array.from({ length: 200 }, (_, i) => i),
  );
  assert.ok(most <= 8, `at most the window in flight (saw ${most})`);
});

test('newsloom ingest --threads 2 over the seeds reports what --threads 1 does', async (t) => {
  const dir = tempDir(t);
  const a = await cli(['--db', join(dir, 'a.db'), 'ingest', '--threads', '1', SEEDS]);
  const b = await cli(['--db', join(dir, 'b.db'), 'ingest', '--threads', '2', SEEDS]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  assert.equal(b.stdout.replace(/\(database .*\)/, ''), a.stdout.replace(/\(database .*\)/, ''));
  const bad = await cli(['--db', join(dir, 'c.db'), 'ingest', '--threads', '0', SEEDS]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /--threads/);
});

test('worker and ingest --workers on a SQLite store say they need PostgreSQL and what to use instead', async (t) => {
  const dir = tempDir(t);
  for (const args of [
    ['worker', '--drain'],
    ['ingest', '--workers', '2', SEEDS],
  ]) {
    const r = await cli(['--db', join(dir, 'x.db'), ...args]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /needs a PostgreSQL store .*--threads/);
  }
});
