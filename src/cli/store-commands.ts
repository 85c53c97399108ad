// Commands over the stored articles: ingest, export, show, search, rejections, report, recluster.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { defaultThreads } from '../parallel/prepare-pool.js';
import { ingestReportView } from '../views.js';
import type { IngestReport } from '../engine/index.js';
import { dbPath, nonNegativeInt, out, positiveInt, withEngine } from './context.js';
import { ingestWithWorkers } from './worker-commands.js';
import { articleDetailText, eventText, hitLine, rejectionLine, storylineText } from './format.js';
import { ingestWithProgress } from './progress.js';
import { printReport } from './report.js';

export function ingestCommand(program: Command): void {
  program
    .command('ingest')
    .description('read files, directories, JSONL, WARC archives or stdin (-) into the store; exits 2 when any input was rejected')
    .argument('<inputs...>', 'paths (.txt, .html, .jsonl, .json, .warc, .warc.gz, directories) or - for stdin')
    .option('--max-bytes <n>', 'largest single document in bytes', (v) => positiveInt(v, '--max-bytes'))
    .option('--threads <n>', 'threads preparing documents (extract, analyze, fingerprint) ahead of the one writer (default: the cores)', (v) =>
      positiveInt(v, '--threads'),
    )
    .option('--workers <n>', 'PostgreSQL only: enqueue the documents as jobs and run N local worker processes (0: enqueue only, for workers elsewhere)', (v) =>
      nonNegativeInt(v, '--workers'),
    )
    .option('--json', 'print the report as JSON')
    .action(async (inputs: string[], opts: { maxBytes?: number; threads?: number; workers?: number; json?: boolean }, cmd: Command) => {
      if (opts.workers !== undefined) {
        const report = await ingestWithWorkers(cmd, inputs, opts.workers, opts);
        if (report) printIngest(report, opts.json, dbPath(cmd), new Map());
        return;
      }
      await withEngine(
        cmd,
        async (engine) => {
          const skipped = new Map<string, number>();
          const onSkip = (kind: string) => skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
          const report = await ingestWithProgress(engine, inputs, { maxBytes: opts.maxBytes, onSkip, threads: opts.threads ?? defaultThreads() });
          printIngest(report, opts.json, engine.location, skipped);
        },
        { mmap: false },
      );
    });
}

function printIngest(report: IngestReport, json: boolean | undefined, location: string, skipped: Map<string, number>): void {
  if (json) {
    out(JSON.stringify(ingestReportView(report)));
  } else {
    out(`read ${report.read}, added ${report.added.length}, unchanged ${report.unchanged}, rejected ${report.rejected.length}  (database ${location})`);
    if (skipped.size) out(`skipped archive records (not pages): ${[...skipped].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    for (const r of report.rejected) process.stderr.write(`rejected: ${r.reason}\n`);
  }
  if (report.rejected.length) process.exitCode = 2;
}

export function exportCommand(program: Command): void {
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
}

export function showCommand(program: Command): void {
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
}

export function searchCommand(program: Command): void {
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
}

export function rejectionsCommand(program: Command): void {
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
}

export function reportCommand(program: Command): void {
  program
    .command('report')
    .description('print the storylines, events and articles in the store')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withEngine(cmd, (engine) => printReport(engine, { json: opts.json }));
    });
}

export function reclusterCommand(program: Command): void {
  program
    .command('recluster')
    .description('re-run the event and storyline weave from scratch over every stored article (event ids may change)')
    .action(async (_opts, cmd: Command) => {
      await withEngine(cmd, async (engine) => {
        const r = await engine.recluster();
        out(`rewove ${r.articles} articles into ${r.events} events and ${r.storylines} storylines`);
      });
    });
}
