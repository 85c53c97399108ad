// The report `npm start` and `newsloom report` print: storylines, events and articles in the store.
import type { Engine } from '../engine.js';
import { summaryLine } from './format.js';

export async function printReport(engine: Engine, opts: { json?: boolean }): Promise<void> {
  const articles = await engine.store.listArticles({ limit: 100000 });
  if (opts.json) {
    process.stdout.write(JSON.stringify({ articles }) + '\n');
    return;
  }
  const lines = [`Articles (${articles.length}):`];
  for (const a of articles) lines.push('  ' + summaryLine(a));
  process.stdout.write(lines.join('\n') + '\n');
}
