// Ranks a page's title candidates with the logistic model in data/extract-title-model.json; the hand-written pick is one feature.
import model from '../../../data/extract-title-model.json' with { type: 'json' };
import type { Field } from '../../model.js';
import { textOf, type DomElement } from './dom.js';
import type { JsonLd } from './json-ld.js';
import { ldString } from './json-ld.js';
import { firstMeta, type MetaTags } from './meta-tags.js';
import { checkModel, linearScore } from '../../util/linear-model.js';
import { TITLE_FEATURES, declaredAgree, titleCandidates, type TitleSources } from './title-candidates.js';

/** Check a stored model against TITLE_FEATURES; returns its weights (bias first) or throws ModelMismatchError. */
export const checkTitleModel = (m: { features: readonly string[]; weights: readonly number[] }): number[] =>
  checkModel(m, TITLE_FEATURES, {
    file: 'data/extract-title-model.json',
    refit: 'node --import tsx eval/extract.ts --only none --title-folds --title-model-out data/extract-title-model.json',
    bias: true,
  });

const WEIGHTS = checkTitleModel(model);

/** The parts of a parsed page the ranker reads. */
export interface TitlePage {
  doc: { title: DomElement | null };
  meta: MetaTags;
  ld: JsonLd;
  lines: readonly { text: string; tag: string }[];
  mainStart: number;
  outlet: string | null;
  host: string | null;
  url: string | null;
}

/** The title sources of a parsed page, with the hand-written pick among them. */
export function titleSourcesFrom(page: TitlePage, rulePick: string | null): TitleSources {
  const meta1 = (k: string): string | null => firstMeta(page.meta, [k])?.value ?? null;
  const art = page.ld.article;
  return {
    og: meta1('og:title'),
    twitter: meta1('twitter:title'),
    jsonLd: art ? (ldString(art.headline) ?? ldString(art.name)) : null,
    titleTag: page.doc.title ? textOf(page.doc.title) : null,
    lines: page.lines,
    mainStart: page.mainStart,
    outlet: page.outlet,
    host: page.host,
    rulePick,
    url: page.url,
  };
}

/** A model's score for a candidate's features. */
export const titleScore = (weights: readonly number[], features: readonly number[]): number => linearScore(weights, features, true);

/** The index of the candidate the weights rank first (-1 when there is none) and its score. */
export function topCandidate(weights: readonly number[], cands: readonly { features: number[] }[]): { index: number; score: number } {
  let index = -1,
    score = -Infinity;
  cands.forEach((c, i) => {
    const s = titleScore(weights, c.features);
    if (s > score) {
      score = s;
      index = i;
    }
  });
  return { index, score };
}

/**
 * The hand-written pick, unless the model ranks another candidate above it. The line shown for the headline stays
 * the one the pick found (bylines and dates are looked for around it). When every declared title agrees with the pick the
 * candidates are not built (see declaredAgree).
 */
export function rankTitle<T extends { field: Field<string>; shown: string | null }>(pick: T, page: TitlePage, weights: readonly number[] = WEIGHTS): T {
  const src = titleSourcesFrom(page, pick.field.value);
  if (declaredAgree(src)) return pick;
  const cands = titleCandidates(src);
  const { index, score } = topCandidate(weights, cands);
  const top = cands[index];
  if (!top || top.features[0] === 1) return pick;
  const shown = pick.shown ?? (pick.field.source === 'h1' ? pick.field.value : null);
  return {
    ...pick,
    field: { value: top.value, source: 'ranked', confidence: 1 / (1 + Math.exp(-score)), note: `ranked above "${pick.field.value}"` },
    shown,
  };
}
