// A learned title ranker checked on host folds: a logistic model over each page's title candidates, fitted on the other folds.
import { writeFileSync } from 'node:fs';
import { fitLogistic, type PairExample } from './pair-fit.js';
import { TITLE_FEATURES, type TitleCandidate } from '../../src/extract/html/title-candidates.js';
import { topCandidate } from '../../src/extract/html/title-rank.js';
import type { AbsentReason } from './title-absent.js';

/** One page of the study: its candidates, which of them match the gold, and its host fold. */
export interface TitlePage {
  fold: number;
  candidates: TitleCandidate[];
  /** Per candidate: does it match the gold title. */
  gold: boolean[];
  /** Does the product's pick (hand-written precedence) match the gold. */
  ruleRight: boolean;
  /** Every declared title agrees with the pick, so the product keeps it without ranking (declaredAgree). */
  skip: boolean;
  /** When no candidate matches the gold: why (see title-absent.ts). */
  absent?: AbsentReason;
}

/** Fit the ranker (bias first, then one weight per feature) on these pages' candidates, each labelled by the gold. */
export function fitRanker(pages: readonly TitlePage[], ridge: number): number[] {
  const examples: PairExample[] = [];
  for (const p of pages) p.candidates.forEach((c, i) => void examples.push({ features: c.features, label: p.gold[i] ? 1 : 0, weight: 1 }));
  return fitLogistic(examples, ridge, 25, 1);
}

/** Pages whose title, as the product picks it (the hand pick where the ranker is skipped, else the top-ranked candidate), matches the gold. */
export function rankerRight(weights: readonly number[], pages: readonly TitlePage[]): number {
  let n = 0;
  for (const p of pages) {
    if (p.skip) {
      if (p.ruleRight) n++;
      continue;
    }
    const { index } = topCandidate(weights, p.candidates);
    if (index >= 0 && p.gold[index]) n++;
  }
  return n;
}

export interface FoldFigure {
  pages: number;
  rule: number;
  ranker: number;
}

/** For each of k folds: the rule's accuracy and that of a ranker fitted on the other k-1 folds only. */
export function foldStudy(pages: readonly TitlePage[], k: number, ridge: number): FoldFigure[] {
  const out: FoldFigure[] = [];
  for (let f = 0; f < k; f++) {
    const test = pages.filter((p) => p.fold === f);
    const weights = fitRanker(
      pages.filter((p) => p.fold !== f),
      ridge,
    );
    const n = test.length || 1;
    out.push({ pages: test.length, rule: test.filter((p) => p.ruleRight).length / n, ranker: rankerRight(weights, test) / n });
  }
  return out;
}

const at = (name: (typeof TITLE_FEATURES)[number]): number => TITLE_FEATURES.indexOf(name);

/** Per fold: pages whose hand pick is an <h1> while a declared title (og, twitter, JSON-LD, <title>) says otherwise, by whom the gold follows. */
export function h1Disagreements(pages: readonly TitlePage[], k: number): { h1: number; declared: number; neither: number }[] {
  const out = Array.from({ length: k }, () => ({ h1: 0, declared: 0, neither: 0 }));
  const declaredBy = [at('og:title'), at('twitter:title'), at('JSON-LD headline'), at('<title>')];
  for (const p of pages) {
    const r = p.candidates.findIndex((c) => c.features[at('rule pick')] === 1);
    if (r < 0 || p.candidates[r]!.features[at('h1')] !== 1) continue;
    const declared = p.candidates
      .map((c, i) => ({ f: c.features, i }))
      .filter(({ f }) => f[at('h1')] === 0 && f[at('keeps the site name')] === 0 && f[at('tagline cut')] === 0 && declaredBy.some((j) => f[j] === 1));
    if (!declared.length) continue;
    const tally = out[p.fold]!;
    if (p.gold[r]) tally.h1++;
    else if (declared.some(({ i }) => p.gold[i])) tally.declared++;
    else tally.neither++;
  }
  return out;
}

/** Mean and sample sd (n-1) of per-fold figures. */
export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
export const sd = (xs: number[]): number => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / Math.max(1, xs.length - 1));

/**
 * Print the study: per fold and mean (sd), the all-dev fit in sample, its weights, and the ceiling (a candidate matches).
 * With `out`, store the all-dev fit there as the product's model (data/extract-title-model.json).
 */
export function printTitleStudy(pages: readonly TitlePage[], k: number, ridge: number, out?: string): void {
  const figs = foldStudy(pages, k, ridge);
  console.log(`\n== title ranker on ${k} host folds (${pages.length} pages; logistic over candidates, ridge ${ridge}, fitted on the other folds)`);
  for (const [i, f] of figs.entries())
    console.log(`fold ${i + 1}/${k} (${f.pages} pages): hand precedence ${f.rule.toFixed(3)}  ranker ${f.ranker.toFixed(3)}`);
  const r = figs.map((f) => f.rule),
    m = figs.map((f) => f.ranker);
  console.log(`fold mean (sd): hand precedence ${mean(r).toFixed(4)} (${sd(r).toFixed(3)})  ranker ${mean(m).toFixed(4)} (${sd(m).toFixed(3)})`);
  const all = fitRanker(pages, ridge);
  const ceiling = pages.filter((p) => p.gold.some(Boolean)).length;
  console.log(
    `all pages: hand precedence ${pages.filter((p) => p.ruleRight).length}/${pages.length}; ranker fitted on all (in sample) ${rankerRight(all, pages)}; a candidate matches the gold on ${ceiling}`,
  );
  const dis = h1Disagreements(pages, k);
  console.log(
    `hand pick an <h1> that a declared title words otherwise, gold follows h1 : declared : neither, by fold: ${dis.map((d) => `${d.h1}:${d.declared}:${d.neither}`).join(', ')}`,
  );
  console.log(`weights: bias ${all[0]}; ${TITLE_FEATURES.map((n, j) => `${n} ${all[j + 1]}`).join('; ')}`);
  if (out) {
    const about = `Title ranker weights (bias first, then one per feature), fitted on all ${pages.length} WCXB dev pages with ridge ${ridge} by eval/extract.ts --title-folds --title-model-out; see docs/BENCHMARKS.md 2d.`;
    writeFileSync(out, `${JSON.stringify({ _about: about, features: TITLE_FEATURES, weights: all }, null, 2)}\n`);
    console.log(`wrote ${out}`);
  }
}
