// Crash suite: kill -9 the real CLI at random points of a large ingest, resume, and check the store equals an uninterrupted run (SQLite and PostgreSQL).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { rng } from '../lib/random.js';
import { buildCorpus, corpusJsonl } from './helpers/crash-corpus.js';
import { ingestKilledAfter, run, storeState } from './helpers/crash-run.js';
import { PG_URL, reachPostgres } from './helpers/postgres.js';
import { tempDir } from './helpers/tmp.js';

const FULL = process.env.CRASH_FULL === '1';
const SEED = Number(process.env.CRASH_SEED ?? 20261203);
// CI: the 10k corpus on SQLite (5 kills) and 2k on PostgreSQL (3 kills), ~4-5 minutes on 2 cores;
// CRASH_FULL=1 (npm run test:crash:full): 8 kills on SQLite and the 10k corpus on PostgreSQL too.
const SQLITE_N = 10_000;
const SQLITE_KILLS = FULL ? 8 : 5;
const PG_N = FULL ? 10_000 : 2_000;
const PG_KILLS = 3;

/** Ingest `file` into `killedDb`, killing it `kills` times at random moments, then resume to the end; returns the kills that landed. */
async function killAndResume(killedDb: string, file: string, kills: number, refMs: number, seed: number): Promise<number> {
  const r = rng(seed);
  let landed = 0;
  for (let attempt = 0; landed < kills && attempt < kills * 3; attempt++) {
    // a moment between start-up (~1 s) and start-up plus half the run over the kills, so every kill lands before the end
    const ms = 1200 + Math.floor(r() * Math.max(500, refMs / (2 * kills)));
    if (await ingestKilledAfter(killedDb, file, ms)) landed++;
    else break; // the ingest finished before the kill: nothing left to interrupt
  }
  await run(['--db', killedDb, 'ingest', file]);
  return landed;
}

async function compareRuns(refDb: string, killedDb: string, file: string, kills: number, seed: number): Promise<void> {
  const t0 = Date.now();
  await run(['--db', refDb, 'ingest', file]);
  const refMs = Date.now() - t0;
  const landed = await killAndResume(killedDb, file, kills, refMs, seed);
  const [ref, got] = await Promise.all([storeState(refDb), storeState(killedDb)]);
  console.log(
    `# crash: ${landed} kills; ${ref.articles.length} articles, ${ref.events.length} events, ${ref.storylines.length} storylines; uninterrupted ingest ${refMs} ms`,
  );
  assert.ok(landed >= kills, `only ${landed} of ${kills} kills landed mid-ingest`);
  assert.equal(got.articles.length, ref.articles.length, 'article count');
  assert.deepEqual(got.articles, ref.articles, 'articles (with copies) differ');
  assert.deepEqual(got.events, ref.events, 'events differ');
  assert.deepEqual(got.storylines, ref.storylines, 'storylines differ');
  assert.equal(got.weave, ref.weave, "the weave's events and storylines (with key terms and names) differ");
}

test(`SQLite: ${SQLITE_KILLS} kill -9 during a ${SQLITE_N}-article ingest, resumed, equal an uninterrupted run`, {
  timeout: FULL ? 1_800_000 : 900_000,
}, async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpusJsonl(buildCorpus(SQLITE_N, SEED)));
  await compareRuns(join(dir, 'ref.db'), join(dir, 'killed.db'), file, SQLITE_KILLS, SEED);
});

test(`PostgreSQL: ${PG_KILLS} kill -9 during a ${PG_N}-article ingest, resumed, equal an uninterrupted run`, {
  timeout: FULL ? 1_800_000 : 900_000,
}, async (t) => {
  const why = await reachPostgres();
  if (why) {
    t.skip(`PostgreSQL not reachable: ${why}`);
    return;
  }
  const dir = tempDir(t);
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpusJsonl(buildCorpus(PG_N, SEED + 1)));
  const tag = `crash_${process.pid}_${Date.now()}`;
  const schemas = [`${tag}_ref`, `${tag}_killed`];
  t.after(async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await c.end();
  });
  const url = (s: string) => `${PG_URL}?schema=${s}`;
  await compareRuns(url(schemas[0] as string), url(schemas[1] as string), file, PG_KILLS, SEED + 1);
});
