// Commands that list the woven views: storylines, events, the ledger, outlets.
import type { Command } from 'commander';
import { out, positiveInt, withEngine } from './context.js';
import { eventLine, ledgerText, outletText, storylineLine } from './format.js';

export function storylinesCommand(program: Command): void {
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
}

export function eventsCommand(program: Command): void {
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
}

export function ledgerCommand(program: Command): void {
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
