// Serving the page and API: `serve`, and `demo` (ingest the bundled examples, print the report, then serve).
import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { serve } from '../server/index.js';
import { isPostgresUrl } from '../store/open.js';
import { packageRoot } from '../util/data-files.js';
import { dbPath, migrationNotice, out, positiveInt, withEngine } from './context.js';
import { ingestWithProgress } from './progress.js';
import { printReport } from './report.js';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the web page and the HTTP API (reads open on loopback; POST /api/ingest needs $NEWSLOOM_TOKEN)')
    .option('--port <n>', 'TCP port (default 8080, or a free one when 8080 is taken)', (v) => positiveInt(v, '--port'))
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--log', 'log every request')
    .action(async (opts: { port?: number; host: string; log?: boolean }, cmd: Command) => {
      await serveUntilStopped(dbPath(cmd), opts);
    });
}

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled examples into the database, print the report, then serve the page (--no-serve to stop there)')
    .option('--no-serve', 'do not start the web page and API afterwards')
    .option('--port <n>', 'TCP port for the page (default 8080, or a free one)', (v) => positiveInt(v, '--port'))
    .action(async (opts: { serve: boolean; port?: number }, cmd: Command) => {
      const examples = join(packageRoot(), 'examples');
      await withEngine(cmd, async (engine) => {
        const report = await ingestWithProgress(engine, [examples], {});
        out(
          `Ingested the bundled examples (${examples}): read ${report.read}, added ${report.added.length}, unchanged ${report.unchanged}, rejected ${report.rejected.length}\n`,
        );
        await printReport(engine, {});
        const db = isPostgresUrl(engine.location) ? engine.location : resolve(engine.location);
        out(
          `\nThe database is ${db}. Look further with:\n  npx newsloom --db ${db} show <id>\n  npx newsloom --db ${db} search putin trump\n  npx newsloom --db ${db} ledger --speaker "Vladimir Putin"\n  npx newsloom --db ${db} export --json\n  npx newsloom --db ${db} rejections`,
        );
      });
      if (opts.serve) await serveUntilStopped(dbPath(cmd), { host: '127.0.0.1', port: opts.port });
    });
}

/** Serve the page and API on a store until Ctrl-C. */
async function serveUntilStopped(db: string, opts: { port?: number; host: string; log?: boolean }): Promise<void> {
  const s = await serve({ db, port: opts.port, host: opts.host, logger: !!opts.log, onMigrate: migrationNotice });
  out(`\nnewsloom is serving ${s.url} (the API is under ${s.url}api, described at ${s.url}api/openapi.json). Ctrl-C stops it.`);
  if (!process.env.NEWSLOOM_TOKEN) out('Writes (POST /api/ingest) are off: set NEWSLOOM_TOKEN to allow them.');
  await new Promise<void>((resolveStop) => {
    const stop = () => void s.close().then(resolveStop);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
