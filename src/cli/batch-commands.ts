// The JSONL batch commands (extract, quotes, dedup, cluster): the engine's batch steps over lines read and written here.
import type { Command } from 'commander';
import { clusterRows, dedupRows, extractRow, quotesRow } from '../engine/index.js';
import { runBatch, runBatchAll } from './batch.js';

export function extractCommand(program: Command): void {
  program
    .command('extract')
    .description('batch: JSONL {id, html?, text?, url?} in, {id, title, authors, published, language, outlet, dateline, text, provenance} out')
    .argument('[input]', 'JSONL file, or - for stdin', '-')
    .action(async (input: string) => {
      const r = await runBatch(input, extractRow);
      process.stderr.write(`extract: ${r.rows} rows, ${r.errors} errors\n`);
      if (r.errors) process.exitCode = 2;
    });
}

export function quotesCommand(program: Command): void {
  program
    .command('quotes')
    .description('batch: JSONL {id, text} (or html) in, {id, quotes:[{text, start, end, kind, cue, speaker, reporter}]} out; offsets into the text')
    .argument('[input]', 'JSONL file, or - for stdin', '-')
    .action(async (input: string) => {
      const r = await runBatch(input, quotesRow);
      process.stderr.write(`quotes: ${r.rows} rows, ${r.errors} errors\n`);
      if (r.errors) process.exitCode = 2;
    });
}

export function dedupCommand(program: Command): void {
  program
    .command('dedup')
    .description('batch: JSONL articles {id, text|html, published?} in, {id, copyOf, similarity, group} out, in input order')
    .argument('[input]', 'JSONL file, or - for stdin', '-')
    .action(async (input: string) => {
      const job = dedupRows();
      const r = await runBatchAll(input, job.prepare, job.finish);
      process.stderr.write(`dedup: ${r.rows} rows, ${r.errors} errors\n`);
      if (r.errors) process.exitCode = 2;
    });
}

export function clusterCommand(program: Command): void {
  program
    .command('cluster')
    .description('batch: JSONL articles {id, title?, text|html, published?} in stream order, {id, event, storyline} out (the same online weave as ingest)')
    .argument('[input]', 'JSONL file, or - for stdin', '-')
    .action(async (input: string) => {
      const job = clusterRows();
      const r = await runBatchAll(input, job.prepare, job.finish);
      process.stderr.write(`cluster: ${r.rows} rows, ${r.errors} errors\n`);
      if (r.errors) process.exitCode = 2;
    });
}
