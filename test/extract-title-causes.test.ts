// The title miss causes: held-out misses are put under the situation whose alternative the gold is, and each situation is tallied by whom the gold follows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TITLE_FEATURES } from '../src/extract/html/title-candidates.js';
import { missCauses } from '../eval/lib/title-causes.js';
import type { TitlePage } from '../eval/lib/title-fit.js';

const vec = (...names: (typeof TITLE_FEATURES)[number][]): number[] => TITLE_FEATURES.map((n) => (names.includes(n) ? 1 : 0));

/** A page whose hand pick is an <h1> and whose <title> words it otherwise; `gold` says which of the two matches. */
const h1Page = (fold: number, gold: 'h1' | 'title' | 'none'): TitlePage => ({
  fold,
  candidates: [
    { value: 'Ferry fares rise again', features: vec('rule pick', 'h1', 'first h1', 'a line of the top part') },
    { value: 'Ferry fares up 5%', features: vec('<title>', 'declared sources') },
  ],
  gold: [gold === 'h1', gold === 'title'],
  ruleRight: gold === 'h1',
  skip: false,
});

test('title miss causes: a gold the declared title words is a miss of the h1-versus-declared situation; a gold no candidate holds is counted apart', () => {
  const pages: TitlePage[] = [];
  for (let i = 0; i < 30; i++) pages.push(h1Page(i % 3, i % 5 === 0 ? 'title' : i % 7 === 1 ? 'none' : 'h1'));
  const { situations, noCandidate, other } = missCauses(pages, 3, 1);
  const s = situations.find((x) => x.name.startsWith('pick an <h1>'))!;
  const titleGold = pages.filter((p) => p.gold[1]).length;
  const noneGold = pages.filter((p) => !p.gold.some(Boolean)).length;
  assert.deepEqual([s.pick, s.alternative, s.neither], [30 - titleGold - noneGold, titleGold, noneGold]);
  // the ranker keeps the <h1> (it is right on most pages), so every page whose gold is the <title> is a miss of this situation
  assert.equal(
    s.misses.reduce((a, b) => a + b, 0),
    titleGold,
  );
  assert.equal(
    noCandidate.reduce((a, b) => a + b, 0),
    noneGold,
  );
  assert.equal(
    other.reduce((a, b) => a + b, 0),
    0,
  );
});
