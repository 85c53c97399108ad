// The title choices tried against the ranker: the vote of declared sources, the common part of <h1> and declared title, and the cue tallies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TITLE_FEATURES } from '../src/extract/html/title-candidates.js';
import { chooserFolds, commonPart, commonPartChooser, cueTallies, voteChooser } from '../eval/lib/title-ideas.js';
import type { TitlePage } from '../eval/lib/title-fit.js';

const vec = (names: (typeof TITLE_FEATURES)[number][], declared = 0): number[] =>
  TITLE_FEATURES.map((n) => (n === 'declared sources' ? declared : names.includes(n) ? 1 : 0));

/** A page whose hand pick is its <h1> while og:title and <title> word it otherwise; `gold` says which the gold is. */
const page = (fold: number, gold: 'h1' | 'declared' | 'none', skip = false): TitlePage => ({
  fold,
  candidates: [
    { value: 'Ferry fares rise again this winter', features: vec(['rule pick', 'h1', 'first h1']) },
    { value: 'Why ferry fares rise again', features: vec(['og:title', '<title>'], 2) },
    { value: 'Why ferry fares rise again | Harbour News', features: vec(['og:title', 'twitter:title', '<title>', 'keeps the site name'], 3) },
  ],
  gold: [gold === 'h1', gold === 'declared', false],
  ruleRight: gold === 'h1',
  skip,
});

test('title ideas: the vote takes the wording most declared sources give unless the <h1> and pick weights outvote it', () => {
  const p = page(0, 'declared');
  assert.equal(voteChooser(0, 1.5)(p, ''), true); // 2 declared votes beat the pick's 1.5
  assert.equal(voteChooser(1, 1.5)(p, ''), false); // the <h1> pick now has 2.5
  // the "| Site" form is never voted for, though more declared sources give it
  const siteGold = { ...p, gold: [false, false, true] };
  assert.equal(voteChooser(0, 0)(siteGold, ''), false);
});

test('title ideas: the common part is the longest run of shared words, and replaces an <h1> pick that a declared title rewords', () => {
  assert.equal(commonPart('The Best Electric Scooters for Commuting', 'Best Electric Scooters for Commuting in 2025'), 'best electric scooters for commuting');
  assert.equal(commonPart('Index funds', 'Mutual funds explained'), 'funds');
  const p = page(0, 'none');
  assert.equal(commonPartChooser(p, 'Ferry fares rise again'), true);
  assert.equal(commonPartChooser(p, 'Why ferry fares rise again'), false);
  assert.equal(commonPartChooser(p, 'Ferry fares rise again this winter'), false);
  // a pick that is no <h1> is kept as it is
  const declaredPick = { ...p, candidates: [{ ...p.candidates[0]!, features: vec(['rule pick', 'og:title'], 1) }, ...p.candidates.slice(1)], ruleRight: true };
  assert.equal(commonPartChooser(declaredPick, 'anything'), true);
});

test('title ideas: fold figures keep the hand pick on skipped pages and count each fold apart', () => {
  const pages = [page(0, 'declared'), page(0, 'h1'), page(1, 'declared', true), page(1, 'h1')];
  const golds = pages.map(() => '');
  // the vote that prefers declared sources: fold 1 gets the declared page right and the h1 page wrong; fold 2's skipped page keeps the (wrong) pick
  assert.deepEqual(chooserFolds(pages, golds, 2, voteChooser(0, 0)), [0.5, 0]);
  assert.deepEqual(
    chooserFolds(pages, golds, 2, (p) => p.ruleRight),
    [0.5, 0.5],
  );
});

test('title ideas: cue tallies split the reworded pages by whom the gold follows, with the cue and without', () => {
  const pages = [page(0, 'h1'), page(0, 'declared'), page(1, 'none')];
  const far = `<html><body>${' '.repeat(50_000)}<h1>Ferry fares rise again this winter</h1></body></html>`;
  const near = '<html><body><h1>Ferry fares rise again this winter</h1><p>Why ferry fares rise again.</p></body></html>';
  const t = cueTallies(pages, [far, near, near]);
  const deep = t.find((x) => x.cue.includes('40,000'))!;
  assert.deepEqual(
    [deep.on, deep.off],
    [
      [1, 0, 0],
      [0, 1, 1],
    ],
  );
  const inBody = t.find((x) => x.cue.includes('body text'))!;
  assert.deepEqual(
    [inBody.on, inBody.off],
    [
      [0, 1, 1],
      [1, 0, 0],
    ],
  );
});
