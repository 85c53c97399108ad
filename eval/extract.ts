// Quality eval of HTML extraction on WCXB dev: main-text shingle/bag-of-words F1 and title/author/date accuracy, ours vs Readability.js.
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import { loadWcxb, argLimit, WCXB_PATH, type WcxbRow } from '../lib/extract-data.js';
import { tokens, shingles, bag, normalisedCounts, PrfAccumulator, docF1, titleMatch, authorMatch, dateMatch, type Counts } from './lib/extract-metrics.js';
import { foldOf } from './lib/extract-folds.js';
import { readabilityBaseline } from './lib/extract-baseline.js';
import { extractHtml } from '../src/extract/html/index.js';
import type { DateCandidate } from '../src/extract/html/published.js';
import { titlePages } from './lib/title-sources.js';
import { printTitleStudy } from './lib/title-fit.js';
import { printMissCauses } from './lib/title-causes.js';
import { printTitleIdeas } from './lib/title-ideas.js';

interface SystemOut {
  text: string;
  title: string | null;
  authors: string[];
  published: string | null;
  /** How the date was chosen and every candidate seen (ours only, with --misses date). */
  dateWhy?: string;
  dateCandidates?: DateCandidate[];
}
type System = (row: WcxbRow) => SystemOut;

const systems: Record<string, System> = {
  ours: (row) => {
    const x = extractHtml(row.html, { url: row.url, explainDates: missesOf === 'date' });
    return {
      text: x.text,
      title: x.title.value,
      authors: x.authors.value ?? [],
      published: x.published.value,
      dateWhy: `${x.published.source}${x.published.note ? ` (${x.published.note})` : ''}`,
      ...(x.dateCandidates ? { dateCandidates: x.dateCandidates } : {}),
    };
  },
  readability: (row) => readabilityBaseline(row.html),
};

/** The English ordinal suffix of a day of the month (1st, 2nd, 3rd, 4th, 11th, 22nd). */
const ordinal = (d: number): string => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

/** Where a gold day appears in the page source, in a few common spellings; "absent" when in none of them. */
function goldInHtml(html: string, gold: string): string {
  const [y, m, d] = gold.slice(0, 10).split('-');
  if (!y || !m || !d) return 'not a full date';
  const month = new Date(Date.UTC(+y, +m - 1, +d)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  const forms = [
    `${y}-${m}-${d}`,
    `${y}/${m}/${d}`,
    `${d}.${m}.${y}`,
    `${m}/${d}/${y}`,
    `${d}/${m}/${y}`,
    `${month} ${+d}, ${y}`,
    `${+d} ${month} ${y}`,
    `${month.slice(0, 3)} ${+d}, ${y}`,
    `${+d} ${month.slice(0, 3)} ${y}`,
    `${month} ${+d}${ordinal(+d)} ${y}`,
    `${month} ${+d}${ordinal(+d)}, ${y}`,
    `${month.slice(0, 3)} ${+d}${ordinal(+d)}, ${y}`,
  ];
  const found = forms.filter((f) => html.includes(f));
  return found.length ? found.join(', ') : 'absent';
}

function printDateMiss(row: WcxbRow, out: SystemOut): void {
  console.log(
    `date miss ${row.id} ${row.url}\n  gold ${row.publish_date} (in HTML: ${goldInHtml(row.html, row.publish_date!)})\n  ours ${out.published} from ${out.dateWhy}`,
  );
  for (const c of out.dateCandidates ?? []) console.log(`    ${c.iso.padEnd(25)} ${c.source}${c.note ? ` ${c.note}` : ''}${c.modified ? ' [modified]' : ''}`);
}

/** One page's scores: shingle and bag-of-words counts (when it has gold text) and the three metadata checks (null: no gold). */
interface PageScore {
  url: string;
  shingle?: Counts;
  bag?: Counts;
  title: boolean;
  author: boolean | null;
  spuriousAuthor: boolean;
  date: boolean | null;
}

function scorePage(row: WcxbRow, out: SystemOut, info: Record<string, unknown>): PageScore {
  const s: PageScore = { url: row.url, title: titleMatch(out.title, row.title), author: null, spuriousAuthor: false, date: null };
  if (row.main_content) {
    const pt = tokens(out.text),
      gt = tokens(row.main_content);
    const c = normalisedCounts(shingles(pt), shingles(gt));
    s.shingle = c;
    s.bag = normalisedCounts(bag(pt), bag(gt));
    info.f1 = docF1(c);
    info.p = c.tp / (c.tp + c.fp || 1);
    info.r = c.tp / (c.tp + c.fn || 1);
  }
  info.title = s.title ? true : [out.title, row.title];
  if (row.author) {
    s.author = authorMatch(out.authors, row.author);
    info.author = s.author ? true : [out.authors, row.author];
  } else s.spuriousAuthor = out.authors.length > 0;
  if (row.publish_date) {
    s.date = dateMatch(out.published, row.publish_date);
    info.date = s.date ? true : [out.published, row.publish_date];
    if (!s.date && missesOf === 'date' && showMiss(row.url)) printDateMiss(row, out);
  }
  if (!s.title && missesOf === 'title' && showMiss(row.url))
    console.log(`title miss ${row.id} ${row.url}\n  gold ${JSON.stringify(row.title)}\n  ours ${JSON.stringify(out.title)}`);
  return s;
}

/** Print the figures of a set of page scores (the whole set or one fold). */
function report(scores: PageScore[]): void {
  const sh = new PrfAccumulator(),
    bw = new PrfAccumulator();
  let titleOk = 0,
    authorOk = 0,
    authorN = 0,
    dateOk = 0,
    dateN = 0,
    authorSpurious = 0,
    noAuthorN = 0;
  for (const s of scores) {
    if (s.shingle && s.bag) {
      sh.add(s.shingle);
      bw.add(s.bag);
    }
    if (s.title) titleOk++;
    if (s.author === null) {
      noAuthorN++;
      if (s.spuriousAuthor) authorSpurious++;
    } else {
      authorN++;
      if (s.author) authorOk++;
    }
    if (s.date !== null) {
      dateN++;
      if (s.date) dateOk++;
    }
  }
  const pct = (a: number, b: number): string => `${(b ? a / b : 0).toFixed(3)} (${a}/${b})`;
  console.log(`main text shingle-4: P ${sh.precision.toFixed(4)}  R ${sh.recall.toFixed(4)}  F1 ${sh.f1.toFixed(4)}  (${sh.n} pages with gold text)`);
  console.log(`main text bag-of-words: P ${bw.precision.toFixed(3)}  R ${bw.recall.toFixed(3)}  F1 ${bw.f1.toFixed(3)}`);
  console.log(`title exact (normalised): ${pct(titleOk, scores.length)}`);
  console.log(`author (first gold author among predicted): ${pct(authorOk, authorN)}; authors predicted where gold has none: ${authorSpurious}/${noAuthorN}`);
  console.log(`date same day: ${pct(dateOk, dateN)}`);
}

function evaluate(name: string, sys: System, rows: WcxbRow[], folds: number, dump?: string): void {
  let crashes = 0;
  const perDoc: Array<Record<string, unknown>> = [];
  const scores: PageScore[] = [];
  const t0 = performance.now();
  for (const row of rows) {
    let out: SystemOut;
    try {
      out = sys(row);
    } catch (e) {
      crashes++;
      out = { text: '', title: null, authors: [], published: null };
      console.error(`${name} crashed on ${row.id}: ${(e as Error).message}`);
    }
    const info: Record<string, unknown> = { id: row.id, url: row.url };
    scores.push(scorePage(row, out, info));
    perDoc.push(info);
  }
  const ms = performance.now() - t0;
  console.log(
    `\n== ${name} (${rows.length} pages, ${(ms / 1000).toFixed(1)} s, ${(rows.length / (ms / 1000)).toFixed(1)} pages/s single-thread incl. metrics)`,
  );
  report(scores);
  console.log(`crashes: ${crashes}`);
  // Folds split by site: a rule that helps one fold only is fitted to those sites, not to pages in general.
  for (let f = 0; f < folds; f++) {
    const part = scores.filter((s) => foldOf(s.url, folds) === f);
    console.log(`-- ${name} fold ${f + 1}/${folds} (${part.length} pages, split by a hash of the host)`);
    report(part);
  }
  if (dump) writeFileSync(dump, `${perDoc.map((d) => JSON.stringify(d)).join('\n')}\n`);
}

const argv = process.argv.slice(2);
/** `--misses date|title`: print each miss of that field (date misses with every candidate seen). */
const missesOf = argv.includes('--misses') ? argv[argv.indexOf('--misses') + 1] : undefined;
/** `--miss-folds 1,2,3` (with `--folds k`): print misses of those host folds only, so rules are written on some folds and checked on the others. */
const missFolds = argv.includes('--miss-folds') ? new Set(argv[argv.indexOf('--miss-folds') + 1]!.split(',').map((x) => Number(x) - 1)) : null;
function showMiss(url: string): boolean {
  return missFolds === null || folds === 0 || missFolds.has(foldOf(url, folds));
}
const rows = loadWcxb(argLimit(argv));
if (!rows) {
  console.log(`extract eval skipped: ${WCXB_PATH} is absent (public WCXB dev data, see ../shared/data/README.md).`);
  process.exit(0);
}
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const dumpDir = argv.includes('--dump') ? argv[argv.indexOf('--dump') + 1] : undefined;
/** `--folds k`: also report each figure on k parts of the pages split by site (a check for rules fitted to a few sites). */
const folds = argv.includes('--folds') ? Math.max(0, Math.floor(Number(argv[argv.indexOf('--folds') + 1])) || 0) : 0;
console.log(`WCXB dev: ${rows.length} pages (CC-BY-4.0, Foley 2026). Metrics per ../shared/data/README.md.`);
for (const [name, sys] of Object.entries(systems)) {
  if (only && only !== name) continue;
  evaluate(name, sys, rows, folds, dumpDir ? `${dumpDir}/extract-${name}.jsonl` : undefined);
}
/**
 * `--title-folds`: fit a title ranker on all host folds but one and score it on that one, for each fold; `--title-model-out F`
 * stores the all-dev fit; `--title-misses` prints each held-out miss with its cause, the gold and every candidate; `--title-ideas`
 * scores choices tried instead of the ranker (a vote of the declared sources, the common part of <h1> and declared title) and page cues.
 */
if (argv.includes('--title-folds')) {
  const out = argv.includes('--title-model-out') ? argv[argv.indexOf('--title-model-out') + 1] : undefined;
  const pages = titlePages(rows, folds || 5);
  printTitleStudy(pages, folds || 5, Number(process.env.TITLE_RIDGE ?? 1), out);
  printMissCauses(pages, folds || 5, Number(process.env.TITLE_RIDGE ?? 1), argv.includes('--title-misses') ? rows : undefined);
  if (argv.includes('--title-ideas')) printTitleIdeas(pages, rows, folds || 5);
}
