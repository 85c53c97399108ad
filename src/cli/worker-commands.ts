// `newsloom worker` and `newsloom ingest --workers N` over PostgreSQL: jobs in the database, N worker processes, one weave writer.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { IngestReport } from '../engine/index.js';
import { enqueueInputs, openJobs, runReport, runWorker } from '../parallel/pg-workers.js';
import { Engine } from '../engine/index.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import { dbPath, out, withEngine } from './context.js';
import { attachAlerts } from './watch-commands.js';

function postgresOnly(cmd: Command, what: string): string {
  const url = dbPath(cmd);
  if (!isPostgresUrl(url))
    throw new UsageError(`${what} needs a PostgreSQL store (--db postgres://user@host/db); ${url} is a SQLite file: use --threads instead`);
  return url;
}

export function workerCommand(program: Command): void {
  program
    .command('worker')
    .description('take ingest jobs from a PostgreSQL store: prepare documents, and weave them in input order while this worker holds the writer lock')
    .option('--drain', 'stop when no job is left (else keep polling until stopped)')
    .action(async (opts: { drain?: boolean }, cmd: Command) => {
      const url = postgresOnly(cmd, 'newsloom worker');
      const stop = new AbortController();
      const quit = () => stop.abort();
      process.once('SIGINT', quit);
      process.once('SIGTERM', quit);
      await withEngine(cmd, async (engine) => {
        const r = await runWorker(url, engine, { drain: !!opts.drain, stop: stop.signal });
        out(
          `worker: prepared ${r.prepared}, applied ${r.applied}, peak RSS ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB  (database ${engine.location})`,
        );
      });
    });
}

/** Run `newsloom --db URL worker --drain` as a child process of this one; resolves with its exit code. */
function spawnWorker(url: string): Promise<number> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--db', url, 'worker', '--drain'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', rej);
    child.on('exit', (code) => res(code ?? 1));
  });
}

/** `ingest --workers N`: enqueue the inputs, run N local workers until the run is done, and report it as a serial ingest would. */
export async function ingestWithWorkers(cmd: Command, inputs: string[], workers: number, opts: { maxBytes?: number }): Promise<IngestReport | null> {
  const url = postgresOnly(cmd, 'ingest --workers');
  const store = await openStore(url);
  try {
    const engine = new Engine(store);
    attachAlerts(engine, store);
    const { run, rejected } = await enqueueInputs(url, store, inputs, { maxBytes: opts.maxBytes });
    if (workers === 0) {
      out(`enqueued run ${run} (${await openJobs(url, run)} documents); start 'newsloom --db ${engine.location} worker' processes to ingest them`);
      return null;
    }
    await Promise.all(Array.from({ length: workers }, () => spawnWorker(url)));
    // workers that died (killed, out of memory) left jobs open: finish them here, so nothing is lost
    if ((await openJobs(url)) > 0) await runWorker(url, engine, { drain: true });
    return await runReport(url, run, rejected);
  } finally {
    await store.close();
  }
}
