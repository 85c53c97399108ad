#!/usr/bin/env node
// The newsloom command line: stateful commands on the store and the JSONL batch commands.
import { Command, Option } from 'commander';
import { Engine } from '../engine/index.js';
import { ERROR_TABLE, errorKind } from '../errors.js';
import { openStore } from '../store/open.js';
import { clusterCommand, dedupCommand, extractCommand, quotesCommand } from './batch-commands.js';
import { dbPath, migrationNotice } from './context.js';
import { demoCommand, serveCommand } from './serve-commands.js';
import { exportCommand, ingestCommand, reclusterCommand, rejectionsCommand, reportCommand, searchCommand, showCommand } from './store-commands.js';
import { eventsCommand, ledgerCommand, outletsCommand, storylinesCommand } from './view-commands.js';
import { registerWatchCommands } from './watch-commands.js';
import { workerCommand } from './worker-commands.js';
import { keepHeapsTight } from '../util/heap-growth.js';

// Before any thread starts: the threads' heaps follow the same growth (src/util/heap-growth.ts).
keepHeapsTight();

// A closed pipe (`newsloom export | head`) ends output quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command();
program
  .name('newsloom')
  .description('News intelligence engine: clean articles, copies, events, storylines, quotes and speakers.')
  .version('0.1.0')
  .addOption(
    new Option('--db <path>', 'SQLite database file, or a postgres://user@host/db[?schema=name] URL').default(process.env.NEWSLOOM_DB ?? 'newsloom.db'),
  )
  .showHelpAfterError();

ingestCommand(program);
workerCommand(program);
exportCommand(program);
showCommand(program);
searchCommand(program);
rejectionsCommand(program);
reportCommand(program);
serveCommand(program);
demoCommand(program);
extractCommand(program);
storylinesCommand(program);
eventsCommand(program);
ledgerCommand(program);
outletsCommand(program);
reclusterCommand(program);
quotesCommand(program);
dedupCommand(program);
clusterCommand(program);

registerWatchCommands(program, async (cmd) => {
  const store = await openStore(dbPath(cmd), { onMigrate: migrationNotice });
  return { engine: new Engine(store), store, close: () => store.close() };
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  // One table (ERROR_TABLE) gives the exit code; a known failure prints its message, a bug its stack.
  const kind = errorKind(e);
  const message = kind === 'internal' ? `unexpected failure (a bug in newsloom, please report it): ${(e as Error)?.stack ?? String(e)}` : (e as Error).message;
  process.stderr.write(`newsloom: ${message}\n`);
  process.exitCode = ERROR_TABLE[kind].exit;
}
