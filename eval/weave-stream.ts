// Event quality on a dated stream (stream-dev: ECB+ dev events mixed into PolNeAR background) through the production path, in stream order: BCubed P/R/F1 over labelled rows and background gluing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Weaver, type WeaveConfig, type WeaveInput } from '../src/weave/index.js';
import { argValue, fmt, parseOverrides, productionInput, readJsonl } from './lib/weave-data.js';
import { type StreamScores, streamScores } from './lib/stream-metrics.js';

interface StreamRow {
  id: string;
  title?: string | null;
  text: string;
  published: string | null;
  outlet: string | null;
  event: string | null;
}

const DEFAULT = fileURLToPath(new URL('../../shared/data/stream-dev.jsonl.gz', import.meta.url));

/** Weave the inputs in order; each row's event as it stands after the whole stream. */
export function weaveStream(inputs: WeaveInput[], config: Partial<WeaveConfig>): { weaver: Weaver; predicted: Map<string, string> } {
  const weaver = new Weaver(config);
  for (const x of inputs) weaver.add(x);
  const predicted = new Map(inputs.map((x) => [x.id, weaver.eventOf(x.id) as string]));
  return { weaver, predicted };
}

export function line(label: string, s: StreamScores): string {
  return `${label}: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}  labelled rows ${s.labelled} in ${s.labelledEvents} events; background glued into labelled events ${s.glued}; background rows grouped among themselves ${s.backgroundGrouped}`;
}

/** Where the stream loses: the events with the most glued background rows, with their titles. */
function gluedReport(weaver: Weaver, rows: StreamRow[], predicted: Map<string, string>, top: number): void {
  const byEvent = new Map<string, StreamRow[]>();
  for (const r of rows) {
    const ev = predicted.get(r.id) as string;
    byEvent.set(ev, [...(byEvent.get(ev) ?? []), r]);
  }
  const mixed = [...byEvent.entries()]
    .filter(([, rs]) => rs.some((r) => r.event !== null) && rs.some((r) => r.event === null))
    .sort((a, b) => b[1].length - a[1].length);
  const summaries = new Map(weaver.events().map((e) => [e.id, e]));
  for (const [ev, rs] of mixed.slice(0, top)) {
    console.log(`  ${ev} (${summaries.get(ev)?.label ?? ''}): ${rs.length} rows`);
    for (const r of rs.slice(0, 8)) console.log(`    ${r.event ?? 'BACKGROUND'}  ${(r.title ?? r.text).slice(0, 90).replace(/\s+/g, ' ')}`);
  }
}

/** Where recall is lost: gold events spread over several predicted events, with the parts' sizes. */
function splitReport(rows: StreamRow[], predicted: Map<string, string>, top: number): void {
  const parts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.event === null) continue;
    const m = parts.get(r.event) ?? new Map<string, number>();
    const p = predicted.get(r.id) as string;
    m.set(p, (m.get(p) ?? 0) + 1);
    parts.set(r.event, m);
  }
  const mixed = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.event === null) continue;
    const p = predicted.get(r.id) as string;
    const m = mixed.get(p) ?? new Map<string, number>();
    m.set(r.event, (m.get(r.event) ?? 0) + 1);
    mixed.set(p, m);
  }
  const joined = [...mixed.entries()].filter(([, m]) => m.size > 1);
  console.log(`predicted events mixing gold events: ${joined.length}`);
  for (const [p, m] of joined.slice(0, top))
    console.log(
      `  ${p}: ${[...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([g, k]) => `${g}:${k}`)
        .join(' ')}`,
    );
  const split = [...parts.entries()].filter(([, m]) => m.size > 1).sort((a, b) => b[1].size - a[1].size);
  console.log(`gold events split over several events: ${split.length}`);
  for (const [g, m] of split.slice(0, top)) console.log(`  ${g}: ${[...m.values()].sort((a, b) => b - a).join(' + ')}`);
}

function main(): void {
  const path = argValue('stream') ?? DEFAULT;
  if (!existsSync(path)) {
    console.log(`eval/weave-stream: ${path} not found; skipping (place stream-dev.jsonl.gz in ../shared/data, or give --stream FILE).`);
    return;
  }
  const rows = readJsonl<StreamRow>(path);
  const t0 = performance.now();
  const inputs = rows.map((r, i) => productionInput({ id: r.id, title: r.title ?? undefined, text: r.text, published: r.published, outlet: r.outlet }, i + 1));
  const prepMs = performance.now() - t0;
  const gold = new Map(rows.map((r) => [r.id, r.event]));
  console.log(
    `stream ${path}: ${rows.length} rows, ${rows.filter((r) => r.event !== null).length} labelled in ${new Set(rows.map((r) => r.event).filter((e) => e !== null)).size} events; production inputs ${(prepMs / rows.length).toFixed(2)} ms/article`,
  );
  const overrides = parseOverrides();
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const { weaver, predicted } = weaveStream(inputs, overrides);
  const cpu = process.cpuUsage(cpu0);
  const ms = performance.now() - t1;
  console.log(line('weave (stream order)', streamScores(predicted, gold)));
  console.log(
    `  events ${weaver.eventCount}, storylines ${weaver.storylineCount}; weave ${(ms / rows.length).toFixed(2)} ms/article wall, ${((cpu.user + cpu.system) / 1000 / rows.length).toFixed(2)} ms/article CPU`,
  );
  if (process.argv.includes('--errors')) {
    gluedReport(weaver, rows, predicted, Number(argValue('top') ?? 10));
    splitReport(rows, predicted, Number(argValue('top') ?? 10));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
