// Quality eval of entities outside English on real pages (trafilatura-dev): precision of a judged sample, per host fold.
//
// node --import tsx eval/entities-lang.ts [--tune 0,1] [--misses] [--unjudged] [--lang de,fr,es,it,pt,ru,ar]
//
// Every page of ../shared/data/trafilatura-dev.jsonl.gz is extracted and analysed in its language. The entities whose
// (language, name) falls in a fixed hash sample (one in SAMPLE) are looked up in eval/data/lang-entities-judged.tsv,
// verdicts given by a reader of the name in its page: `ok` (the whole name of one person, organisation, place, product,
// work, event or law), `junk` (no name: a common noun phrase, a sentence's first words, a title alone) or `span` (a name
// with words that are not its own, two names run together, or a name cut short). Figures per host fold (the folds of
// eval:extract): precision = ok / judged; found = the sampled names judged ok that the code outputs, against all judged
// ok (a pooled recall: every version's output is judged, so a name once found and judged is counted when it is lost).
// `--tune` names the folds the rules were written on; the others are reported as held out, with their spread.
// `--misses` prints, for the tuning folds only, the sampled entities judged junk or span and the judged-ok names lost.
// `--unjudged` prints the sampled entities with no verdict, with their context, to be judged.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../src/analyze/index.js';
import { extract, isRejection } from '../src/extract/index.js';
import type { RawDoc } from '../src/model.js';
import { fnv1a, foldOf } from './lib/extract-folds.js';

const here = dirname(fileURLToPath(import.meta.url));
const PATH = resolve(here, '../../shared/data/trafilatura-dev.jsonl.gz');
const JUDGED = resolve(here, 'data/lang-entities-judged.tsv');
const FOLDS = 5;
const SAMPLE = 12;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const tune = new Set((arg('--tune') ?? '0,1').split(',').map(Number));
const langs = new Set((arg('--lang') ?? 'de,fr,es,it,pt,ru,ar').split(','));
const showUnjudged = process.argv.includes('--unjudged');
const showMisses = process.argv.includes('--misses');
const misses: string[] = [];

if (!existsSync(PATH)) {
  console.log(`skipped: ${PATH} is absent (trafilatura's evaluation pages; see ../shared/data/README.md)`);
  process.exit(0);
}

type Verdict = 'ok' | 'junk' | 'span';
const key = (lang: string, name: string): string => `${lang}\t${name}`;
/** the verdicts: `lang<TAB>name<TAB>verdict` lines; `#` lines are comments */
const judged = new Map<string, Verdict>();
if (existsSync(JUDGED))
  for (const line of readFileSync(JUDGED, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [lang, name, verdict] = line.split('\t');
    if (verdict !== 'ok' && verdict !== 'junk' && verdict !== 'span') throw new Error(`${JUDGED}: bad verdict in "${line}" (ok, junk or span)`);
    judged.set(key(lang!, name!), verdict);
  }
const sampled = (lang: string, name: string): boolean => fnv1a(key(lang, name)) % SAMPLE === 0;

interface Tally {
  ok: number;
  junk: number;
  span: number;
  unjudged: number;
  entities: number;
}
const zero = (): Tally => ({ ok: 0, junk: 0, span: 0, unjudged: 0, entities: 0 });
const byFold = Array.from({ length: FOLDS }, zero);
const byLang = new Map<string, Tally>();
/** the judged-ok sampled names (language and name) the code found */
const foundOk = new Set<string>();
const unjudged: string[] = [];

const rows = gunzipSync(readFileSync(PATH))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { url: string; html: string });
rows.forEach((r, i) => {
  const raw: RawDoc = {
    id: `p${i}`,
    origin: { kind: 'url', url: r.url, path: `trafilatura/${i}` },
    format: 'html',
    bytes: Buffer.from(r.html),
    body: r.html,
    fetchedAt: '2026-12-06T00:00:00.000Z',
    hints: { url: r.url },
  };
  const a = extract(raw);
  if (isRejection(a) || !a.language || !langs.has(a.language)) return;
  const f = foldOf(r.url, FOLDS);
  const an = analyze(a.text, { language: a.language });
  const lt = byLang.get(a.language) ?? zero();
  byLang.set(a.language, lt);
  for (const e of an.entities) {
    byFold[f]!.entities++;
    lt.entities++;
    if (!sampled(a.language, e.name)) continue;
    const v = judged.get(key(a.language, e.name));
    for (const t of [byFold[f]!, lt]) t[v ?? 'unjudged']++;
    if (v === 'ok') foundOk.add(key(a.language, e.name));
    else if (v && tune.has(f)) misses.push(`${v}\t${a.language}\t${e.name}\t(page ${i}, ${e.type})`);
    if (!v) {
      const m = an.mentions.find((x) => x.entity === e.name);
      const at = m ? m.start : 0;
      const ctx = a.text.slice(Math.max(0, at - 60), at + e.name.length + 60).replace(/\s+/g, ' ');
      unjudged.push(`${a.language}\t${e.name}\t\t# fold ${f} page ${i} ${e.type}: …${ctx}…`);
    }
  }
});

/** per fold (the fold a verdict's comment names), the judged-ok names of every version judged, and those found now */
const pool = Array.from({ length: FOLDS }, () => 0);
const found = Array.from({ length: FOLDS }, () => 0);
if (existsSync(JUDGED))
  for (const line of readFileSync(JUDGED, 'utf8').split('\n')) {
    const m = /^([^\t]+)\t([^\t]+)\tok\t# fold (\d)/.exec(line);
    if (!m) continue;
    pool[Number(m[3])]!++;
    if (foundOk.has(key(m[1]!, m[2]!))) found[Number(m[3])]!++;
    else if (tune.has(Number(m[3]))) misses.push(`lost\t${m[1]}\t${m[2]}\t${line.split('\t')[3] ?? ''}`);
  }

const pct = (x: number): string => x.toFixed(3);
const prec = (t: Tally): number => t.ok / Math.max(1, t.ok + t.junk + t.span);
console.log(`entities outside English on trafilatura-dev (${rows.length} pages), judged sample 1/${SAMPLE}; tuned on folds ${[...tune].join(',')}`);
console.log('fold  entities  sampled  ok  junk  span  unjudged  precision  found/pool(ok)');
for (let f = 0; f < FOLDS; f++) {
  const t = byFold[f]!;
  const s = t.ok + t.junk + t.span + t.unjudged;
  console.log(
    `${f}${tune.has(f) ? ' (tune)' : ' (held)'}  ${t.entities}  ${s}  ${t.ok}  ${t.junk}  ${t.span}  ${t.unjudged}  ${pct(prec(t))}  ${found[f]}/${pool[f]}`,
  );
}
const held = [...Array(FOLDS).keys()].filter((f) => !tune.has(f)).map((f) => prec(byFold[f]!));
const mean = held.reduce((s, x) => s + x, 0) / Math.max(1, held.length);
const sd = Math.sqrt(held.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, held.length - 1));
console.log(`held-out folds: precision mean ${pct(mean)} (sd ${pct(sd)}, ${held.length} folds)`);
for (const [lang, t] of [...byLang].sort())
  console.log(`  ${lang}: ${t.entities} entities, sampled precision ${pct(prec(t))} (${t.ok}/${t.ok + t.junk + t.span}, ${t.unjudged} unjudged)`);
if (showMisses) for (const m of misses.sort()) console.log(m);
if (showUnjudged) for (const u of unjudged) console.log(u);
else if (unjudged.length) console.log(`${unjudged.length} sampled entities have no verdict: --unjudged lists them`);
