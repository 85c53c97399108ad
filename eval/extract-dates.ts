// Date model eval on WCXB dev: fits the day scorer on 4 host folds, scores the 5th, and compares with the rules alone; --write stores the all-dev fit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadWcxb, argLimit, WCXB_PATH } from '../lib/extract-data.js';
import { foldOf } from './lib/extract-folds.js';
import { fitDateModel, defaultFit, type DatePageSample } from './lib/date-fit.js';
import { extractHtml } from '../src/extract/html/index.js';
import type { DateCandidate } from '../src/extract/html/published.js';
import { DATE_DAY_FEATURES, dateDays } from '../src/extract/html/date-features.js';
import { bestDay } from '../src/extract/html/date-ranker.js';

interface PageDates {
  url: string;
  gold: string;
  cands: DateCandidate[];
  rule: string | null;
}

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const folds = Number(opt('--folds') ?? 5);
/** `--cache file`: keep the extracted candidates in a file (read when present), to refit without re-extracting. */
const cache = opt('--cache');
const l2 = Number(opt('--l2') ?? defaultFit.l2);

function loadPages(): PageDates[] | null {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as PageDates[];
  const rows = loadWcxb(argLimit(argv));
  if (!rows) return null;
  const pages: PageDates[] = [];
  for (const r of rows) {
    if (!r.publish_date) continue;
    const all = extractHtml(r.html, { url: r.url, explainDates: true }).dateCandidates ?? [];
    const rule = all.find((c) => c.source === 'rules')?.iso ?? null;
    pages.push({ url: r.url, gold: r.publish_date.slice(0, 10), cands: all.filter((c) => c.source !== 'rules'), rule });
  }
  if (cache) writeFileSync(cache, JSON.stringify(pages));
  return pages;
}

const pages = loadPages();
if (!pages) {
  console.log(`date eval skipped: ${WCXB_PATH} is absent (public WCXB dev data, see ../shared/data/README.md).`);
  process.exit(0);
}
const samples: DatePageSample[] = pages.map((p) => {
  const days = dateDays(p.cands, p.rule);
  // A gold that is not a full day ("2003-11") is never matched, as in eval/extract.ts.
  return { days, gold: /^\d{4}-\d{2}-\d{2}$/.test(p.gold) ? days.findIndex((d) => d.day === p.gold) : -1 };
});
const ruleRight = (i: number): boolean => samples[i]!.gold >= 0 && pages[i]!.rule?.slice(0, 10) === pages[i]!.gold;
const modelRight = (i: number, weights: number[]): boolean =>
  samples[i]!.gold >= 0 && bestDay(samples[i]!.days, { features: DATE_DAY_FEATURES, weights })?.day === pages[i]!.gold;

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]): number => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
const fmt = (a: number, n: number): string => `${(a / n).toFixed(3)} (${a}/${n})`;

console.log(`WCXB dev: ${pages.length} pages with a gold day; gold among the days offered on ${samples.filter((s) => s.gold >= 0).length}.`);
const fold = pages.map((p) => foldOf(p.url, folds));
const ruleAcc: number[] = [];
const modelAcc: number[] = [];
for (let f = 0; f < folds; f++) {
  const train = samples.filter((_, i) => fold[i] !== f);
  const w = fitDateModel(train, DATE_DAY_FEATURES.length, { ...defaultFit, l2 });
  const test = pages.map((_, i) => i).filter((i) => fold[i] === f);
  const r = test.filter(ruleRight).length;
  const m = test.filter((i) => modelRight(i, w)).length;
  ruleAcc.push(r / test.length);
  modelAcc.push(m / test.length);
  const fixed = test.filter((i) => !ruleRight(i) && modelRight(i, w)).length;
  const broke = test.filter((i) => ruleRight(i) && !modelRight(i, w)).length;
  console.log(`fold ${f + 1}/${folds}: rules ${fmt(r, test.length)}  model fitted on the other folds ${fmt(m, test.length)}  (fixed ${fixed}, broke ${broke})`);
}
console.log(
  `host-fold mean (sd): rules ${mean(ruleAcc).toFixed(4)} (${sd(ruleAcc).toFixed(3)})  model ${mean(modelAcc).toFixed(4)} (${sd(modelAcc).toFixed(3)})`,
);
const all = fitDateModel(samples, DATE_DAY_FEATURES.length, { ...defaultFit, l2 });
const idx = pages.map((_, i) => i);
console.log(
  `all dev: rules ${fmt(idx.filter(ruleRight).length, pages.length)}  model fitted on all dev ${fmt(idx.filter((i) => modelRight(i, all)).length, pages.length)}`,
);
console.log('weights fitted on all dev:');
for (let i = 0; i < all.length; i++) console.log(`  ${all[i]!.toFixed(3).padStart(7)}  ${DATE_DAY_FEATURES[i]}`);
if (argv.includes('--write')) {
  const about =
    'Weights of the publication-day scorer (src/extract/html/date-ranker.ts) over the day features of date-features.ts, fitted on all WCXB dev pages by eval/extract-dates.ts --write (conditional logit, L2 towards the rules alone).';
  writeFileSync(
    new URL('../data/extract-date-model.json', import.meta.url),
    `${JSON.stringify({ _about: about, l2, features: DATE_DAY_FEATURES, weights: all }, null, 2)}\n`,
  );
  console.log('wrote data/extract-date-model.json');
}
