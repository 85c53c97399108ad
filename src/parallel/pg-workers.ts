// Ingest over PostgreSQL with worker processes: the inputs enqueued in order as jobs, any number of workers preparing
// them (the pure step), and one weave writer per partition applying them in input order, so ids and events equal a
// serial run's. Every worker is also a candidate writer: when the writer dies, another takes its lock and carries on.
// One partition ("all") for now: a partition per language needs a weave state per partition (see docs/SCALING.md).
import { randomUUID } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Engine, IngestOutcome, IngestReport, Prepared } from '../engine/index.js';
import { prepareStaged } from './prepare-staged.js';
import { type ReadOptions, readSources } from '../ingest/sources.js';
import type { RawDoc, Rejection } from '../model.js';
import { PgJobQueue } from '../store/postgres/job-queue.js';
import type { Store } from '../store/store.js';

/** The one weave partition. */
export const PARTITION = 'all';
/** Documents a worker prepares per claim (stage by stage: the prepare threads' batch), and the writer applies per batch. */
const PREPARE_CLAIM = 16;
const APPLY_BATCH = 200;

export interface WorkerOptions {
  /** Stop when no job is left open (else poll until stopped). */
  drain: boolean;
  /** Polling pause when there is nothing to do, ms. */
  idleMs?: number;
  stop?: AbortSignal;
}

/**
 * What the pure step made of a claim's serialised documents, prepared stage by stage as the prepare threads do
 * (prepare-staged.ts: per document exactly prepareDoc's answer); an error becomes that document's rejection, as a serial
 * ingest would store it.
 */
function prepareJobs(batch: Uint8Array[]): Uint8Array[] {
  const raws = batch.map((bytes) => deserialize(bytes) as RawDoc);
  const out: Uint8Array[] = new Array(raws.length);
  prepareStaged(raws, (i, answer) => {
    const raw = raws[i]!;
    const prepared: Prepared =
      answer instanceof Error
        ? { kind: 'rejected', rejection: { rawId: raw.id, origin: raw.origin, stage: 'extract', reason: answer.message, at: raw.fetchedAt } }
        : answer;
    out[i] = serialize(prepared);
  });
  return out;
}

/** The outcome kept with a done job, for the report of the run that enqueued it. */
function outcomeText(o: IngestOutcome): string {
  if (o.status === 'added') return JSON.stringify({ added: o.article.id });
  if (o.status === 'unchanged') return JSON.stringify({ unchanged: o.rawId });
  return JSON.stringify({ rejected: o.rejection });
}

/** Run one worker over the store at `url` (the engine over it): prepare jobs, and apply them while this process is the writer. */
export async function runWorker(url: string, engine: Engine, opts: WorkerOptions): Promise<{ prepared: number; applied: number }> {
  const queue = await PgJobQueue.open(url);
  let writer = false;
  let prepared = 0;
  let applied = 0;
  try {
    while (!opts.stop?.aborted) {
      writer ||= await queue.tryBecomeWriter(PARTITION);
      let did = 0;
      if (writer) {
        const ready = await queue.nextPrepared(APPLY_BATCH);
        if (ready.length) {
          const outcomes = await engine.applyPrepared(ready.map((j) => ({ raw: deserialize(j.raw) as RawDoc, prepared: deserialize(j.prepared) as Prepared })));
          await queue.markDone(ready.map((j, i) => ({ seq: j.seq, outcome: outcomeText(outcomes[i]!) })));
          applied += ready.length;
          did += ready.length;
        }
      }
      const n = await queue.prepareSome(PREPARE_CLAIM, prepareJobs);
      prepared += n;
      did += n;
      if (!did) {
        if (opts.drain && (await queue.open()) === 0) break;
        await new Promise((r) => setTimeout(r, opts.idleMs ?? 50));
      }
    }
    if (writer) await engine.flush();
  } finally {
    await queue.close();
  }
  return { prepared, applied };
}

/** Read the inputs and enqueue every document as a job of a new run (inputs that cannot be read are stored rejections now); the run's id. */
export async function enqueueInputs(url: string, store: Store, inputs: string[], opts: ReadOptions = {}): Promise<{ run: string; rejected: Rejection[] }> {
  const queue = await PgJobQueue.open(url);
  const run = randomUUID();
  const rejected: Rejection[] = [];
  try {
    let batch: Uint8Array[] = [];
    for await (const item of readSources(inputs, opts)) {
      if (item.rejection) {
        rejected.push(item.rejection);
        await store.putRejection(item.rejection);
        continue;
      }
      batch.push(serialize(item.raw));
      if (batch.length >= 500) {
        await queue.enqueue(run, batch);
        batch = [];
      }
    }
    await queue.enqueue(run, batch);
  } finally {
    await queue.close();
  }
  return { run, rejected };
}

/** The report of a run whose jobs are all done (its job rows are removed). */
export async function runReport(url: string, run: string, readRejections: Rejection[]): Promise<IngestReport> {
  const queue = await PgJobQueue.open(url);
  try {
    const report: IngestReport = { read: readRejections.length, added: [], unchanged: 0, rejected: [...readRejections] };
    for (const text of await queue.takeOutcomes(run)) {
      report.read++;
      const o = JSON.parse(text ?? '{}') as { added?: string; unchanged?: string; rejected?: Rejection };
      if (o.added) report.added.push(o.added);
      else if (o.rejected) report.rejected.push(o.rejected);
      else report.unchanged++;
    }
    return report;
  } finally {
    await queue.close();
  }
}

/** Jobs of `run` not done yet. */
export async function openJobs(url: string, run?: string): Promise<number> {
  const queue = await PgJobQueue.open(url);
  try {
    return await queue.open(run);
  } finally {
    await queue.close();
  }
}
