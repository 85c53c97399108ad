// Decision identity of the weave across builds: every add's assignment (event, storyline, score, reasons), the articles it moved, the final events, storylines and rows, dumped as JSON lines to compare with another build's dump; with the hashes of its two parts, the decisions (all but the summaries) and the summaries (events(), storylines()).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as weave from '../src/weave/index.js';
import type { WeaveConfig, WeaveInput } from '../src/weave/index.js';
import { argValue, productionInput, readJsonl } from './lib/weave-data.js';
import { scaleCorpus } from '../bench/lib/scale-corpus.js';

const DATA = (f: string): string => fileURLToPath(new URL(`../../shared/data/${f}`, import.meta.url));

/** The inputs of each checked run: stream-dev and ECB+ dev through the production path, ECB+ dev as raw text, a generated stream with small archiving and the founder gate on. */
function runs(): { name: string; inputs: WeaveInput[]; config: Partial<WeaveConfig> }[] {
  const out: { name: string; inputs: WeaveInput[]; config: Partial<WeaveConfig> }[] = [];
  const stream = DATA('stream-dev.jsonl.gz');
  if (existsSync(stream)) {
    const rows = readJsonl<{ id: string; title?: string | null; text: string; published: string | null; outlet: string | null }>(stream);
    const inputs = rows.map((r, i) =>
      productionInput({ id: r.id, title: r.title ?? undefined, text: r.text, published: r.published, outlet: r.outlet }, i + 1),
    );
    out.push({ name: 'stream-dev', inputs, config: {} });
  }
  const ecb = DATA('ecbplus-dev.jsonl.gz');
  if (existsSync(ecb)) {
    const rows = readJsonl<{ doc_id: string; text: string }>(ecb);
    out.push({ name: 'ecb-dev', inputs: rows.map((d, i) => productionInput({ id: d.doc_id, text: d.text }, i + 1)), config: {} });
    out.push({ name: 'ecb-dev-raw', inputs: rows.map((d) => ({ id: d.doc_id, title: null, text: d.text, published: null })), config: {} });
  }
  const n = Number(argValue('generated') ?? 3000);
  const generated: WeaveInput[] = [];
  for (const r of scaleCorpus(n, 5)) generated.push({ id: r.id, title: r.title, text: r.text, published: r.published });
  if (generated.length > 0) out.push({ name: 'generated', inputs: generated, config: { archiveAfterArticles: 400, archivedTerms: 40, founderGate: 0.05 } });
  return out;
}

function sha(x: unknown): string {
  return createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
}

/** The hashes of a dump's two parts: the decisions (every line but the summaries) and the summaries (the events and storylines lines). */
function partHashes(lines: string[]): string {
  const summary = (l: string): boolean => /^\{"run":"[^"]*","(?:events|storylines)":/.test(l);
  return `decisions sha ${sha(lines.filter((l) => !summary(l)))}, summaries sha ${sha(lines.filter(summary))}`;
}

function main(): void {
  // --parts-of=DUMP: the part hashes of a dump written earlier (e.g. by another build's eval/weave-identity.ts), nothing woven
  const partsOf = argValue('parts-of');
  if (partsOf) {
    const lines = readFileSync(partsOf, 'utf8').split('\n').filter(Boolean);
    console.log(`weave-identity: ${partsOf}: sha ${sha(lines)}; ${partHashes(lines)}`);
    return;
  }
  const outPath = argValue('out') ?? '/tmp/weave-identity.jsonl';
  // --pure: the inputs carry features computed beforehand (the prepare threads' weaveFeaturesOf), as ingest hands them over
  const pure = process.argv.includes('--pure');
  const featuresOf = (weave as unknown as { weaveFeaturesOf?: (a: WeaveInput) => unknown }).weaveFeaturesOf;
  if (pure && !featuresOf) throw new Error('weave-identity: --pure needs weaveFeaturesOf in src/weave (this build has none)');
  const lines: string[] = [];
  let total = 0;
  for (const run of runs()) {
    const w = new weave.Weaver(run.config);
    for (const x of run.inputs) {
      const input = pure && featuresOf ? ({ ...x, features: featuresOf(x) } as WeaveInput) : x;
      const assignment = w.add(input);
      const moved = w.movedByLastAdd().map((id) => [id, w.placeOf(id)]);
      lines.push(JSON.stringify({ run: run.name, id: x.id, assignment, moved }));
      total++;
    }
    const events = w.events();
    const storylines = w.storylines();
    lines.push(JSON.stringify({ run: run.name, final: run.inputs.map((x) => [x.id, w.placeOf(x.id)]) }));
    lines.push(JSON.stringify({ run: run.name, events }));
    lines.push(JSON.stringify({ run: run.name, storylines }));
    lines.push(JSON.stringify({ run: run.name, rows: sha(w.flushRows({ all: true })) }));
    console.log(
      `${run.name}: ${run.inputs.length} articles, ${w.eventCount} events, ${w.storylineCount} storylines; events ${sha(events)}, storylines ${sha(storylines)}`,
    );
  }
  writeFileSync(outPath, `${lines.join('\n')}\n`);
  console.log(`weave-identity: ${total} adds, dump ${outPath} (sha ${sha(lines)})${pure ? ' [features from the pure step]' : ''}`);
  console.log(`weave-identity: ${partHashes(lines)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
