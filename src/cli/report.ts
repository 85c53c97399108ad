// The report `npm start` and `newsloom report` print: storylines with their events in time order, and the articles of each.
import type { Engine } from '../engine/index.js';
import { alsoReportedLine, shortDate, whenOf } from './format.js';

export async function printReport(engine: Engine, opts: { json?: boolean }): Promise<void> {
  const storylines = await engine.storylines({ limit: 100000 });
  const details = [];
  for (const s of storylines.items) {
    const d = await engine.storyline(s.id);
    if (!d) continue;
    const events = [];
    for (const e of d.timeline) events.push(await engine.event(e.id));
    details.push({ storyline: d, events: events.filter((e) => e !== null) });
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ storylines: details })}\n`);
    return;
  }
  const total = await engine.countArticles();
  // Outlet names in full: the column is as wide as the longest one.
  const width = Math.max(8, ...details.flatMap((d) => d.events.flatMap((e) => e.byOutlet.map((g) => g.outlet.length))));
  const lines = [`${total} articles, ${details.reduce((n, d) => n + d.events.length, 0)} events, ${details.length} storylines`, ''];
  for (const { storyline: s, events } of details) {
    lines.push(`Storyline ${s.id}: ${s.headline ?? s.label}`, `  ${s.events} events, ${s.articles} articles; key terms: ${s.label}`);
    for (const e of events) {
      lines.push(`  Event ${e.id}  ${whenOf(e)}  ${e.headline ?? ''}  [${e.label}]`.replace('    [', '  ['));
      for (const g of e.byOutlet) {
        for (const a of g.articles) {
          lines.push(
            `    ${a.id}  ${shortDate(a.published)}  ${g.outlet.padEnd(width)}  ${a.title ?? a.url ?? `(no title or text; id ${a.id})`}${a.copyOf ? `  [copy of ${a.copyOf}]` : ''}`,
          );
        }
      }
      for (const l of e.alsoReported) lines.push(`      ${alsoReportedLine(l)}`);
      const speakers = new Map<string, number>();
      for (const q of e.quotes) if (q.speakerEntity) speakers.set(q.speakerEntity, (speakers.get(q.speakerEntity) ?? 0) + 1);
      if (speakers.size)
        lines.push(
          `      quotes: ${[...speakers]
            .sort((a, b) => b[1] - a[1])
            .map(([n, c]) => `${n} ×${c}`)
            .join(', ')}`,
        );
    }
    lines.push('');
  }
  process.stdout.write(lines.join('\n'));
}
