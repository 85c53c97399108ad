// The title miss causes: held-out misses are put under the situation whose alternative the gold is, and each situation is tallied by whom the gold follows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TITLE_FEATURES } from '../src/extract/html/title-candidates.js';
import { missCauses } from '../eval/lib/title-causes.js';
import { ABSENT_REASONS } from '../eval/lib/title-absent.js';
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

test('title miss causes: each held-out miss is listed with its page, the chosen candidate and its cause; a candidate-less gold is tallied by why', () => {
  const pages: TitlePage[] = [];
  for (let i = 0; i < 30; i++) pages.push(h1Page(i % 3, i % 5 === 0 ? 'title' : 'h1'));
  // two pages whose gold no candidate holds: one the site part of the <title>, one written nowhere
  pages[7] = { ...h1Page(1, 'none'), absent: ABSENT_REASONS[0] };
  pages[11] = { ...h1Page(2, 'none'), absent: ABSENT_REASONS[3] };
  const { misses, absent } = missCauses(pages, 3, 1);
  const titleGold = pages.flatMap((p, i) => (p.gold[1] ? [i] : []));
  assert.deepEqual(
    misses.map((m) => m.page).sort((a, b) => a - b),
    [...titleGold, 7, 11].sort((a, b) => a - b),
  );
  for (const m of misses) {
    // the product kept the <h1> (candidate 0) on every page
    assert.equal(m.chosen, 0);
    assert.equal(
      m.cause,
      m.page === 7
        ? `no candidate: ${ABSENT_REASONS[0]}`
        : m.page === 11
          ? `no candidate: ${ABSENT_REASONS[3]}`
          : 'pick an <h1>, a declared title words it otherwise',
    );
  }
  assert.deepEqual(absent.get(ABSENT_REASONS[0]), [0, 1, 0]);
  assert.deepEqual(absent.get(ABSENT_REASONS[3]), [0, 0, 1]);
});
