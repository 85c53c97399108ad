#!/usr/bin/env node
// The newsloom command line: stateful commands on the store and the JSONL batch commands.
import { Command, Option } from 'commander';
import { join, resolve } from 'node:path';
import { Engine } from '../engine.js';
import { ExtractError, InputError, StoreError, UsageError } from '../errors.js';
import { extractRow } from '../extract/batch.js';
import { SqliteStore } from '../store/sqlite.js';
import { packageRoot } from '../util/data-files.js';
import { runBatch } from './batch.js';
import { articleText, hitLine, rejectionLine } from './format.js';
import { ingestWithProgress } from './progress.js';
import { printReport } from './report.js';

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
  .addOption(new Option('--db <path>', 'database file').default(process.env.NEWSLOOM_DB ?? 'newsloom.db'))
  .showHelpAfterError();

function dbPath(cmd: Command): string {
  return (cmd.optsWithGlobals() as { db: string }).db;
}

async function withEngine<T>(cmd: Command, fn: (e: Engine) => Promise<T>): Promise<T> {
  const store = SqliteStore.open(dbPath(cmd));
  try {
    return await fn(new Engine(store));
  } finally {
    await store.close();
  }
}

function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
}

program
  .command('ingest')
  .description('read files, directories, JSONL or stdin (-) into the store; exits 2 when any input was rejected')
  .argument('<inputs...>', 'paths (.txt, .html, .jsonl, .json, directories) or - for stdin')
  .option('--max-bytes <n>', 'largest single document in bytes', (v) => positiveInt(v, '--max-bytes'))
  .option('--json', 'print the report as JSON')
  .action(async (inputs: string[], opts: { maxBytes?: number; json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const report = await ingestWithProgress(engine, inputs, { maxBytes: opts.maxBytes });
      if (opts.json) {
        out(JSON.stringify({ read: report.read, added: report.added.length, unchanged: report.unchanged, rejected: report.rejected.map((r) => ({ origin: r.origin, stage: r.stage, reason: r.reason })) }));
      } else {
        out(`read ${report.read}, added ${report.added.length}, unchanged ${report.unchanged}, rejected ${report.rejected.length}  (database ${engine.store.location})`);
        for (const r of report.rejected) process.stderr.write(`rejected: ${r.reason}\n`);
      }
      if (report.rejected.length) process.exitCode = 2;
    });
  });

program
  .command('export')
  .description('write every article as one JSON object per line')
  .option('--json', 'JSON lines (the default and only format)')
  .action(async (_opts, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      for await (const a of engine.store.allArticles()) {
        const row = { id: a.id, sourceId: a.sourceId, url: a.url, outlet: a.outlet, title: a.title, authors: a.authors, published: a.published, dateline: a.dateline, language: a.language, text: a.text, removed: a.removed, provenance: a.provenance };
        if (!process.stdout.write(JSON.stringify(row) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
      }
    });
  });

program
  .command('show')
  .description('show one article: metadata with provenance, clean text, what was removed')
  .argument('<id>', 'article id, unique id prefix, or source id')
  .option('--json', 'print as JSON')
  .option('--removed', 'list everything cleaning removed')
  .action(async (ref: string, opts: { json?: boolean; removed?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const a = await engine.article(ref);
      if (!a) throw new UsageError(`no article '${ref}' in ${engine.store.location} (try 'newsloom report' or 'newsloom search')`);
      out(opts.json ? JSON.stringify(a) : articleText(a, opts));
    });
  });

program
  .command('search')
  .description('full-text search over titles and texts')
  .argument('<query...>', 'words (all must match) or "a phrase"')
  .option('--limit <n>', 'how many hits', (v) => positiveInt(v, '--limit'), 20)
  .option('--json', 'print as JSON lines')
  .action(async (words: string[], opts: { limit: number; json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const hits = await engine.store.search(words.join(' '), { limit: opts.limit });
      if (opts.json) for (const h of hits) out(JSON.stringify(h));
      else out(hits.length ? hits.map(hitLine).join('\n') : `no article matches '${words.join(' ')}'`);
    });
  });

program
  .command('rejections')
  .description('list every input that could not be ingested, with where it is and why')
  .option('--json', 'print as JSON lines')
  .action(async (opts: { json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const list = await engine.store.listRejections();
      if (opts.json) for (const r of list) out(JSON.stringify({ ...r, bytes: r.bytes ? Buffer.from(r.bytes).toString('base64') : undefined }));
      else out(list.length ? list.map(rejectionLine).join('\n') : 'no rejections');
    });
  });

program
  .command('report')
  .description('print the storylines, events and articles in the store')
  .option('--json', 'print as JSON')
  .action(async (opts: { json?: boolean }, cmd: Command) => {
    await withEngine(cmd, (engine) => printReport(engine, { json: opts.json }));
  });

program
  .command('demo')
  .description('ingest the bundled examples into the database and print the report')
  .action(async (_opts, cmd: Command) => {
    const examples = join(packageRoot(), 'examples');
    await withEngine(cmd, async (engine) => {
      const report = await ingestWithProgress(engine, [examples], {});
      out(`Ingested the bundled examples (${examples}): read ${report.read}, added ${report.added.length}, unchanged ${report.unchanged}, rejected ${report.rejected.length}\n`);
      await printReport(engine, {});
      const db = resolve(engine.store.location);
      out(`\nThe database is ${db}. Look further with:\n  npx newsloom --db ${db} show <id>\n  npx newsloom --db ${db} search putin trump\n  npx newsloom --db ${db} export --json\n  npx newsloom --db ${db} rejections`);
    });
  });

program
  .command('extract')
  .description('batch: JSONL {id, html?, text?, url?} in, {id, title, authors, published, language, outlet, dateline, text, provenance} out')
  .argument('[input]', 'JSONL file, or - for stdin', '-')
  .action(async (input: string) => {
    const r = await runBatch(input, (row, line) => extractRow(row, line));
    process.stderr.write(`extract: ${r.rows} rows, ${r.errors} errors\n`);
    if (r.errors) process.exitCode = 2;
  });

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} takes a whole number above 0, got '${v}'`);
  return n;
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const known = e instanceof UsageError || e instanceof StoreError || e instanceof InputError || e instanceof ExtractError;
  process.stderr.write(`newsloom: ${known ? (e as Error).message : ((e as Error).stack ?? String(e))}\n`);
  process.exitCode = 1;
}
