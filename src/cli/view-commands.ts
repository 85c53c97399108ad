// Commands that list the woven views: storylines, events, the ledger, outlets.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { ISO_DATE } from '../store/list-filter.js';
import { SORTS, type ListFilter } from '../views.js';
import { out, positiveInt, withEngine } from './context.js';
import { eventLine, ledgerText, outletText, storylineLine } from './format.js';

/** The list filters (--from, --to, --outlet, --language, --q, --sort) every list command takes. */
function withFilters(c: Command, sorts: readonly string[]): Command {
  const date = (name: string) => (v: string) => {
    if (!ISO_DATE.test(v)) throw new UsageError(`${name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, got '${v}'`);
    return v;
  };
  return c
    .option('--from <date>', 'only what was published on or after this date', date('--from'))
    .option('--to <date>', 'only what was published on or before this date (the whole day, month or year)', date('--to'))
    .option('--outlet <name>', 'only this outlet (any case)')
    .option('--language <code>', 'only this language (e.g. en)')
    .option('--q <words>', 'only what holds these words')
    .option('--sort <order>', `order: ${sorts.join(', ')} (${sorts[0]} by default)`, (v) => {
      if (!sorts.includes(v)) throw new UsageError(`--sort takes one of ${sorts.join(', ')}, got '${v}'`);
      return v;
    });
}

function filtersOf(opts: ListFilter): ListFilter {
  const f: ListFilter = {};
  for (const k of ['from', 'to', 'outlet', 'language', 'q', 'sort'] as const) if (opts[k]) f[k] = opts[k];
  return f;
}

export function storylinesCommand(program: Command): void {
  withFilters(program.command('storylines'), SORTS.storylines)
    .description('list storylines: threads of events over weeks, months or years')
    .option('--limit <n>', 'how many', (v) => positiveInt(v, '--limit'), 50)
    .option('--json', 'print as JSON')
    .action(async (opts: ListFilter & { limit: number; json?: boolean }, cmd: Command) => {
      await withEngine(cmd, async (engine) => {
        const page = await engine.storylines({ limit: opts.limit, ...filtersOf(opts) });
        out(
          opts.json
            ? JSON.stringify(page)
            : page.items.length
              ? page.items.map(storylineLine).join('\n')
              : Object.keys(filtersOf(opts)).length
                ? 'no storylines match these filters'
                : 'no storylines yet (ingest some articles)',
        );
      });
    });
}

export function eventsCommand(program: Command): void {
  withFilters(program.command('events'), SORTS.events)
    .description('list events: articles reporting one happening')
    .option('--storyline <id>', 'only the events of one storyline, in time order')
    .option('--limit <n>', 'how many', (v) => positiveInt(v, '--limit'), 50)
    .option('--json', 'print as JSON')
    .action(async (opts: ListFilter & { storyline?: string; limit: number; json?: boolean }, cmd: Command) => {
      await withEngine(cmd, async (engine) => {
        const page = await engine.events({ limit: opts.limit, storyline: opts.storyline, ...filtersOf(opts) });
        out(
          opts.json
            ? JSON.stringify(page)
            : page.items.length
              ? page.items.map(eventLine).join('\n')
              : Object.keys(filtersOf(opts)).length
                ? 'no events match these filters'
                : 'no events',
        );
      });
    });
}

export function ledgerCommand(program: Command): void {
  withFilters(program.command('ledger'), SORTS.ledger)
    .description('statements: the same quoted words across outlets and years, with first date, outlets and events')
    .option('--speaker <name>', 'only one speaker: the full name, the surname or any words of it, any case or accents ("Putin")')
    .option('--limit <n>', 'how many', (v) => positiveInt(v, '--limit'), 100)
    .option('--json', 'print as JSON')
    .action(async (opts: ListFilter & { speaker?: string; limit: number; json?: boolean }, cmd: Command) => {
      await withEngine(cmd, async (engine) => {
        const page = await engine.ledger({ speaker: opts.speaker, limit: opts.limit, ...filtersOf(opts) });
        if (!opts.json && page.choices?.length) {
          out(`'${opts.speaker}' fits several speakers; give one of them: ${page.choices.map((c) => `${c.name} (${c.articles})`).join(', ')}`);
          return;
        }
        out(opts.json ? JSON.stringify(page) : ledgerText(page.items, await engine.speakers(), page.speaker ?? opts.speaker));
      });
    });
}

export function outletsCommand(program: Command): void {
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
}
