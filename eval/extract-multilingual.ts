// Main-text quality on trafilatura's multilingual pages: snippet P/R/F1 overall, per language and per host fold, ours vs Readability.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../src/extract/html/index.js';
import { detectTextLanguage } from '../src/lang/index.js';
import { readabilityBaseline } from './lib/extract-baseline.js';
import { foldOf } from './lib/extract-folds.js';
import { addCounts, prf, type SnippetCounts, snippetCounts, zeroCounts } from './lib/extract-snippets.js';

interface Row {
  id: string;
  url: string;
  html: string;
  with: string[];
  without: string[];
}

const PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/trafilatura-dev.jsonl.gz');
const argv = process.argv.slice(2);
const folds = argv.includes('--folds') ? Math.max(2, Number(argv[argv.indexOf('--folds') + 1]) || 5) : 5;
const withReadability = !argv.includes('--no-readability');
const missesOf = argv.includes('--misses');
/** `--miss-folds 1,2,4` (with `--misses`): print the misses of those host folds only, so rules are read on some folds and checked on the others. */
const missFolds = argv.includes('--miss-folds') ? new Set(argv[argv.indexOf('--miss-folds') + 1]!.split(',').map((x) => Number(x) - 1)) : null;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One page's missed snippets: each FP with where it sits in the text (0 = start, 1 = end), each FN. */
function printMisses(r: Row, text: string, c: SnippetCounts, fold: number): void {
  const t = squash(text);
  console.log(`  miss ${r.id} fold ${fold + 1} ${r.url} tp ${c.tp} fn ${c.fn} fp ${c.fp}`);
  for (const s of r.without) {
    const at = t.indexOf(squash(s));
    if (at >= 0) console.log(`    FP @${(at / Math.max(1, t.length)).toFixed(2)} ${JSON.stringify(squash(s).slice(0, 120))}`);
  }
  for (const s of r.with) if (!t.includes(squash(s))) console.log(`    FN ${JSON.stringify(squash(s).slice(0, 120))}`);
}

if (!existsSync(PATH)) {
  console.log(`skipped: ${PATH} is absent (trafilatura's evaluation pages; see ../shared/data/README.md)`);
  process.exit(0);
}
const rows: Row[] = gunzipSync(readFileSync(PATH))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

/** The page's language, from its gold snippets (the same for every system). */
const langOf = new Map(rows.map((r) => [r.id, detectTextLanguage(r.with.join(' ')).code ?? 'und']));

const systems: Record<string, (r: Row) => string> = {
  ours: (r) => extractHtml(r.html, { url: r.url }).text,
  ...(withReadability ? { readability: (r: Row) => readabilityBaseline(r.html).text } : {}),
};

const fmt = (c: SnippetCounts): string => {
  const { p, r, f1 } = prf(c);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`;
};

console.log(
  `trafilatura dev: ${rows.length} pages (Apache-2.0, trafilatura's evaluation set, half split by host). Snippet metric per ../shared/data/README.md.`,
);
for (const [name, sys] of Object.entries(systems)) {
  const t0 = performance.now();
  let all = zeroCounts();
  const byLang = new Map<string, { c: SnippetCounts; pages: number }>();
  const byFold = Array.from({ length: folds }, () => ({ c: zeroCounts(), pages: 0 }));
  for (const r of rows) {
    let text = '';
    try {
      text = sys(r);
    } catch (e) {
      console.log(`  crash on ${r.id}: ${(e as Error).message}`);
    }
    const c = snippetCounts(text, r.with, r.without);
    const fold = foldOf(r.url, folds);
    if (missesOf && name === 'ours' && (c.fn > 0 || c.fp > 0) && (missFolds === null || missFolds.has(fold))) printMisses(r, text, c, fold);
    all = addCounts(all, c);
    const l = langOf.get(r.id)!;
    const bl = byLang.get(l) ?? { c: zeroCounts(), pages: 0 };
    bl.c = addCounts(bl.c, c);
    bl.pages++;
    byLang.set(l, bl);
    const f = byFold[fold]!;
    f.c = addCounts(f.c, c);
    f.pages++;
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`\n== ${name} (${rows.length} pages, ${secs.toFixed(1)} s)`);
  console.log(`all       ${fmt(all)}  (snippets with ${all.tp + all.fn}, without ${all.fp + all.tn})`);
  for (const [l, v] of [...byLang].sort((a, b) => b[1].pages - a[1].pages)) console.log(`lang ${l.padEnd(4)} ${fmt(v.c)}  (${v.pages} pages)`);
  const f1s = byFold.map((f) => prf(f.c).f1);
  for (const [i, f] of byFold.entries()) console.log(`fold ${i + 1}/${folds} ${fmt(f.c)}  (${f.pages} pages, split by a hash of the host)`);
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  const sd = Math.sqrt(f1s.reduce((a, b) => a + (b - mean) ** 2, 0) / f1s.length);
  console.log(`host folds: F1 mean ${mean.toFixed(3)} sd ${sd.toFixed(3)} min ${Math.min(...f1s).toFixed(3)} max ${Math.max(...f1s).toFixed(3)}`);
}
