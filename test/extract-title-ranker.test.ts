// The title ranker: its candidates and features, the stored model's check, its override of the hand pick, and fitting on folds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { TITLE_FEATURES, declaredAgree, titleCandidates } from '../src/extract/html/title-candidates.js';
import { checkTitleModel } from '../src/extract/html/title-rank.js';
import { ModelMismatchError } from '../src/util/linear-model.js';
import { foldStudy, type TitlePage } from '../eval/lib/title-fit.js';
import { LONG_BODY, titleSources, wrapPage } from './helpers/html-fixtures.js';

const feature = (name: (typeof TITLE_FEATURES)[number]): number => TITLE_FEATURES.indexOf(name);

test('title candidates: a <title> gives its site-stripped form, its form with the site name and its tagline cut, and an equal <h1> joins the first', () => {
  const cands = titleCandidates(
    titleSources({
      titleTag: 'Best ferry routes 2025 – Our nine picks | Bay Courier',
      outlet: 'Bay Courier',
      lines: [
        { text: 'Best ferry routes 2025 – Our nine picks', tag: 'h1' },
        { text: 'The bay has nine ferry routes.', tag: 'p' },
      ],
      mainStart: 1,
      rulePick: 'Best ferry routes 2025 – Our nine picks',
      url: 'https://baycourier.example/best-ferry-routes',
    }),
  );
  const byValue = new Map(cands.map((c) => [c.value, c.features]));
  const full = byValue.get('Best ferry routes 2025 – Our nine picks')!;
  assert.equal(full[feature('<title>')], 1);
  assert.equal(full[feature('h1')], 1);
  assert.equal(full[feature('rule pick')], 1);
  assert.equal(full[feature('has a year')], 1);
  assert.equal(full[feature('a line at the top of the text')], 1);
  assert.equal(byValue.get('Best ferry routes 2025 – Our nine picks | Bay Courier')![feature('keeps the site name')], 1);
  assert.equal(byValue.get('Best ferry routes 2025')![feature('tagline cut')], 1);
  assert.equal(cands.length, 3);
  for (const c of cands) assert.equal(c.features.length, TITLE_FEATURES.length);
});

test('title ranker: an <h1> whose two heading blocks run together is no line of the page; the declared title that is one wins', () => {
  const html = wrapPage(
    '<title>Klatch Coffee | Shopify App Store</title><meta property="og:title" content="Klatch Coffee | Shopify App Store">',
    `<article><h1><div>Get that tech stack</div><div>Klatch Coffee</div></h1>${LONG_BODY}</article>`,
  );
  const x = extractHtml(html, { url: 'https://apps.shopify.example/stories/klatch-coffee' });
  assert.equal(x.title.value, 'Klatch Coffee');
  assert.equal(x.title.source, 'ranked');
  assert.match(x.title.note ?? '', /Get that tech stack/);
});

test('title model check: weights for other features than the code computes are refused with the command that re-fits them', () => {
  const names = [...TITLE_FEATURES];
  assert.equal(checkTitleModel({ features: names, weights: [0, 1, ...names.slice(1).map(() => 0)] }).length, names.length + 1);
  assert.throws(() => checkTitleModel({ features: names.slice(1), weights: [0, ...names.slice(1).map(() => 0)] }), ModelMismatchError);
  assert.throws(() => checkTitleModel({ features: names, weights: [0, Number.NaN, ...names.slice(1).map(() => 0)] }), /--title-model-out/);
});

test('title fold study: a ranker fitted on the other folds finds the feature that marks the gold on the held-out fold', () => {
  const width = TITLE_FEATURES.length;
  const vec = (on: number[]): number[] => Array.from({ length: width }, (_, j) => (on.includes(j) ? 1 : 0));
  const pages: TitlePage[] = [];
  for (let i = 0; i < 60; i++) {
    // the hand pick is right on every other page; where it is wrong, the gold is the candidate that is a line of the page
    const ruleRight = i % 2 === 0;
    const line = feature('a line of the top part');
    const candidates = [
      { value: 'picked', features: vec(ruleRight ? [0, line] : [0]) },
      { value: 'other', features: vec(ruleRight ? [] : [line]) },
    ];
    pages.push({ fold: i % 3, candidates, gold: [ruleRight, !ruleRight], ruleRight, skip: false });
  }
  for (const f of foldStudy(pages, 3, 1)) {
    assert.equal(f.rule, 0.5);
    assert.equal(f.ranker, 1);
  }
});

test('title ranker skip: declared titles that all word the pick the same (site name aside) leave nothing to rank; one that differs does', () => {
  const agreeing = titleSources({
    og: 'Ferry fares rise again',
    titleTag: 'Ferry fares rise again | Bay Courier',
    outlet: 'Bay Courier',
    rulePick: 'Ferry Fares Rise Again',
  });
  assert.equal(declaredAgree(agreeing), true);
  assert.equal(declaredAgree({ ...agreeing, twitter: 'Fares up for the third year' }), false);
  assert.equal(declaredAgree({ ...agreeing, og: null, titleTag: null }), false);
  assert.equal(declaredAgree({ ...agreeing, rulePick: null }), false);
});

test('title ranker skip: a page whose declared titles agree with its <h1> keeps the hand pick unranked', () => {
  const html = wrapPage(
    '<title>Ferry fares rise again | Bay Courier</title><meta property="og:title" content="Ferry fares rise again">',
    `<article><h1>Ferry fares rise again</h1>${LONG_BODY}</article>`,
  );
  const x = extractHtml(html, { url: 'https://baycourier.example/ferry-fares' });
  assert.equal(x.title.value, 'Ferry fares rise again');
  assert.notEqual(x.title.source, 'ranked');
});

test('title fold study: a page the product does not rank (its declared titles agree with the pick) scores the hand pick', () => {
  const width = TITLE_FEATURES.length;
  const vec = (on: number[]): number[] => Array.from({ length: width }, (_, j) => (on.includes(j) ? 1 : 0));
  const line = feature('a line of the top part');
  const pages: TitlePage[] = [];
  for (let i = 0; i < 60; i++) {
    // the gold is always the candidate that is a line of the page, but on skipped pages the product keeps the pick
    const candidates = [
      { value: 'picked', features: vec([0]) },
      { value: 'other', features: vec([line]) },
    ];
    pages.push({ fold: i % 3, candidates, gold: [false, true], ruleRight: false, skip: i % 4 === 0 });
  }
  for (const [f, fig] of foldStudy(pages, 3, 1).entries()) {
    const inFold = pages.filter((p) => p.fold === f);
    assert.equal(fig.ranker, inFold.filter((p) => !p.skip).length / inFold.length);
  }
});
