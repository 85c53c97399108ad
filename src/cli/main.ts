#!/usr/bin/env node
// The newsloom command line: stateful commands on the store and the JSONL batch commands.
import { Command, Option } from 'commander';
import { join, resolve } from 'node:path';
import { analyze, quotesBatch } from '../analyze/index.js';
import { Engine, weaveInputOf } from '../engine/index.js';
import { ExtractError, InputError, StoreError, UsageError } from '../errors.js';
import { articleFromRow, extractRow } from '../extract/batch.js';
import { dedupBatch } from '../fingerprint/index.js';
import { Weaver } from '../weave/index.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import { packageRoot } from '../util/data-files.js';
import { runBatch, runBatchAll } from './batch.js';
import { articleDetailText, eventLine, eventText, hitLine, ledgerText, outletText, rejectionLine, storylineLine, storylineText } from './format.js';
import { ingestWithProgress } from './progress.js';
import { attachAlerts, registerWatchCommands } from './watch-commands.js';
import { printReport } from './report.js';
import { serve } from '../server/index.js';
import { ingestReportView } from '../views.js';

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

function dbPath(cmd: Command): string {
  return (cmd.optsWithGlobals() as { db: string }).db;
}

async function withEngine<T>(cmd: Command, fn: (e: Engine) => Promise<T>): Promise<T> {
  const store = await openStore(dbPath(cmd));
  try {
    const engine = new Engine(store);
    // Alerts fire on every ingest path; `watch` and `alert deliver` send them.
    attachAlerts(engine, store);
    return await fn(engine);
  } finally {
    await store.close();
  }
}

function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
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
        out(JSON.stringify(ingestReportView(report)));
      } else {
        out(
          `read ${report.read}, added ${report.added.length}, unchanged ${report.unchanged}, rejected ${report.rejected.length}  (database ${engine.location})`,
        );
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
      for await (const a of engine.allArticles()) {
        const row = {
          id: a.id,
          sourceId: a.sourceId,
          url: a.url,
          outlet: a.outlet,
          title: a.title,
          authors: a.authors,
          published: a.published,
          dateline: a.dateline,
          language: a.language,
          text: a.text,
          removed: a.removed,
          provenance: a.provenance,
        };
        if (!process.stdout.write(`${JSON.stringify(row)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
      }
    });
  });

program
  .command('show')
  .description('show an article (metadata with provenance, clean text, what was removed, quotes, copies, event), an event or a storyline')
  .argument('<id>', 'article id (or unique prefix, or source id), event id (e_...) or storyline id (s_...)')
  .option('--json', 'print as JSON')
  .option('--removed', 'list everything cleaning removed')
  .action(async (ref: string, opts: { json?: boolean; removed?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      if (ref.startsWith('e_') || ref.startsWith('s_')) {
        const detail = ref.startsWith('e_') ? await engine.event(ref) : await engine.storyline(ref);
        if (!detail)
          throw new UsageError(
            `no ${ref.startsWith('e_') ? 'event' : 'storyline'} '${ref}' in ${engine.location} (try 'newsloom events' or 'newsloom storylines')`,
          );
        out(opts.json ? JSON.stringify(detail) : 'timeline' in detail ? storylineText(detail) : eventText(detail));
        return;
      }
      const d = await engine.articleDetail(ref);
      if (!d) throw new UsageError(`no article '${ref}' in ${engine.location} (try 'newsloom report' or 'newsloom search')`);
      out(opts.json ? JSON.stringify(d) : articleDetailText(d, opts));
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
      const hits = await engine.searchHits(words.join(' '), { limit: opts.limit });
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
      const list = await engine.rejections();
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
  .command('serve')
  .description('serve the web page and the HTTP API (reads open on loopback; POST /api/ingest needs $NEWSLOOM_TOKEN)')
  .option('--port <n>', 'TCP port (default 8080, or a free one when 8080 is taken)', (v) => positiveInt(v, '--port'))
  .option('--host <addr>', 'address to listen on', '127.0.0.1')
  .option('--log', 'log every request')
  .action(async (opts: { port?: number; host: string; log?: boolean }, cmd: Command) => {
    await serveUntilStopped(dbPath(cmd), opts);
  });

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

/** Serve the page and API on a store until Ctrl-C. */
async function serveUntilStopped(db: string, opts: { port?: number; host: string; log?: boolean }): Promise<void> {
  const s = await serve({ db, port: opts.port, host: opts.host, logger: !!opts.log });
  out(`\nnewsloom is serving ${s.url} (the API is under ${s.url}api, described at ${s.url}api/openapi.json). Ctrl-C stops it.`);
  if (!process.env.NEWSLOOM_TOKEN) out('Writes (POST /api/ingest) are off: set NEWSLOOM_TOKEN to allow them.');
  await new Promise<void>((resolveStop) => {
    const stop = () => void s.close().then(resolveStop);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

program
  .command('extract')
  .description('batch: JSONL {id, html?, text?, url?} in, {id, title, authors, published, language, outlet, dateline, text, provenance} out')
  .argument('[input]', 'JSONL file, or - for stdin', '-')
  .action(async (input: string) => {
    const r = await runBatch(input, (row, line) => extractRow(row, line));
    process.stderr.write(`extract: ${r.rows} rows, ${r.errors} errors\n`);
    if (r.errors) process.exitCode = 2;
  });

program
  .command('storylines')
  .description('list storylines: threads of events over weeks, months or years')
  .option('--limit <n>', 'how many', (v) => positiveInt(v, '--limit'), 50)
  .option('--json', 'print as JSON')
  .action(async (opts: { limit: number; json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const page = await engine.storylines({ limit: opts.limit });
      out(opts.json ? JSON.stringify(page) : page.items.length ? page.items.map(storylineLine).join('\n') : 'no storylines yet (ingest some articles)');
    });
  });

program
  .command('events')
  .description('list events: articles reporting one happening')
  .option('--storyline <id>', 'only the events of one storyline, in time order')
  .option('--limit <n>', 'how many', (v) => positiveInt(v, '--limit'), 50)
  .option('--json', 'print as JSON')
  .action(async (opts: { storyline?: string; limit: number; json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const page = await engine.events({ limit: opts.limit, storyline: opts.storyline });
      out(opts.json ? JSON.stringify(page) : page.items.length ? page.items.map(eventLine).join('\n') : 'no events');
    });
  });

program
  .command('ledger')
  .description('statements: the same quoted words across outlets and years, with first date, outlets and events')
  .option('--speaker <name>', 'only one speaker (canonical name, e.g. "Vladimir Putin")')
  .option('--limit <n>', 'how many', (v) => positiveInt(v, '--limit'), 100)
  .option('--json', 'print as JSON')
  .action(async (opts: { speaker?: string; limit: number; json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const page = await engine.ledger({ speaker: opts.speaker, limit: opts.limit });
      out(opts.json ? JSON.stringify(page) : ledgerText(page.items, await engine.speakers(), opts.speaker));
    });
  });

program
  .command('outlets')
  .description('outlets: what they publish, whom they copy, who copies them, how fast they follow events')
  .option('--json', 'print as JSON')
  .action(async (opts: { json?: boolean }, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const list = await engine.outlets();
      out(opts.json ? JSON.stringify(list) : list.length ? list.map(outletText).join('\n') : 'no outlets known yet');
    });
  });

program
  .command('recluster')
  .description('re-run the event and storyline weave from scratch over every stored article (event ids may change)')
  .action(async (_opts, cmd: Command) => {
    await withEngine(cmd, async (engine) => {
      const r = await engine.recluster();
      out(`rewove ${r.articles} articles into ${r.events} events and ${r.storylines} storylines`);
    });
  });

program
  .command('quotes')
  .description('batch: JSONL {id, text} (or html) in, {id, quotes:[{text, start, end, kind, cue, speaker, reporter}]} out; offsets into the text')
  .argument('[input]', 'JSONL file, or - for stdin', '-')
  .action(async (input: string) => {
    const r = await runBatch(input, (row, line) => {
      if (typeof row.text === 'string' && !row.html) return quotesBatch({ id: String(row.id ?? ''), text: row.text });
      const a = articleFromRow(row, line);
      return { ...quotesBatch({ id: String(row.id ?? ''), text: a.text }), text: a.text };
    });
    process.stderr.write(`quotes: ${r.rows} rows, ${r.errors} errors\n`);
    if (r.errors) process.exitCode = 2;
  });

program
  .command('dedup')
  .description('batch: JSONL articles {id, text|html, published?} in, {id, copyOf, similarity, group} out, in input order')
  .argument('[input]', 'JSONL file, or - for stdin', '-')
  .action(async (input: string) => {
    const r = await runBatchAll(
      input,
      (row, line) => {
        const text = typeof row.text === 'string' && !row.html ? row.text : articleFromRow(row, line).text;
        return { id: row.id, text, published: typeof row.published === 'string' ? row.published : null };
      },
      (rows) => {
        const ok = rows.filter((p) => !p.error);
        const results = dedupBatch(ok.map((p) => p.value));
        const byLine = new Map(ok.map((p, i) => [p.line, results[i]]));
        return rows.map((p) => (p.error ? { id: p.id, error: p.error } : byLine.get(p.line)));
      },
    );
    process.stderr.write(`dedup: ${r.rows} rows, ${r.errors} errors\n`);
    if (r.errors) process.exitCode = 2;
  });

program
  .command('cluster')
  .description('batch: JSONL articles {id, title?, text|html, published?} in stream order, {id, event, storyline} out (the same online weave as ingest)')
  .argument('[input]', 'JSONL file, or - for stdin', '-')
  .action(async (input: string) => {
    const weaver = new Weaver();
    const r = await runBatchAll(
      input,
      (row, line) => {
        const a = articleFromRow(row, line);
        const id = row.id === undefined || row.id === null ? a.id : String(row.id);
        weaver.add(weaveInputOf({ ...a, id }, analyze(a.text, { title: a.title })));
        return id;
      },
      (rows) => {
        // Each row's event as it stands after the whole stream: later merges, moves and splits included.
        return rows.map((p) => {
          if (p.error) return { id: p.id, error: p.error };
          const place = weaver.placeOf(p.value as string);
          return { id: p.id, event: place?.event ?? null, storyline: place?.storyline ?? null };
        });
      },
    );
    process.stderr.write(`cluster: ${r.rows} rows, ${r.errors} errors\n`);
    if (r.errors) process.exitCode = 2;
  });

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} takes a whole number above 0, got '${v}'`);
  return n;
}

registerWatchCommands(program, async (cmd) => {
  const store = await openStore(dbPath(cmd));
  return { engine: new Engine(store), store, close: () => store.close() };
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const known = e instanceof UsageError || e instanceof StoreError || e instanceof InputError || e instanceof ExtractError;
  process.stderr.write(`newsloom: ${known ? (e as Error).message : ((e as Error).stack ?? String(e))}\n`);
  process.exitCode = 1;
}
