// Title choices tried against the ranker on host folds (a vote of the declared sources, the common part of <h1> and declared title) and page cues on the <h1>-vs-declared split.
import { TITLE_FEATURES } from '../../src/extract/html/title-candidates.js';
import { tokens } from './extract-metrics.js';
import { mean, sd, type TitlePage } from './title-fit.js';

const at = (name: (typeof TITLE_FEATURES)[number]): number => TITLE_FEATURES.indexOf(name);
const DECLARED = [at('og:title'), at('twitter:title'), at('JSON-LD headline'), at('<title>')];
const declaredCount = (f: readonly number[]): number => DECLARED.reduce((n, j) => n + (f[j] ?? 0), 0);
/** A candidate as a declared source words it in full (not the "| Site" form, not a tagline cut). */
const plain = (f: readonly number[]): boolean => f[at('keeps the site name')] === 0 && f[at('tagline cut')] === 0;
const pickOf = (p: TitlePage): number => p.candidates.findIndex((c) => c.features[at('rule pick')] === 1);

/** A way to title a page: right (true) or wrong on it. Pages the product skips (declaredAgree) keep the hand pick. */
export type Chooser = (p: TitlePage, gold: string) => boolean;

/**
 * A vote: each plain candidate scores one per declared source that gives it, `h1` more when it is an <h1> and `pick` more
 * when it is the hand pick; the highest wins (the first in candidate order on a tie).
 */
export const voteChooser =
  (h1: number, pick: number): Chooser =>
  (p) => {
    let best = -1,
      score = -Infinity;
    p.candidates.forEach((c, i) => {
      if (!plain(c.features)) return;
      const s = declaredCount(c.features) + h1 * c.features[at('h1')]! + pick * c.features[at('rule pick')]!;
      if (s > score) {
        score = s;
        best = i;
      }
    });
    return best >= 0 ? p.gold[best]! : p.ruleRight;
  };

/** The longest run of words two titles share (normalised as the metric does). */
export function commonPart(a: string, b: string): string {
  const x = tokens(a),
    y = tokens(b);
  let from = 0,
    len = 0;
  for (let i = 0; i < x.length; i++)
    for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
      if (k > len) {
        len = k;
        from = i;
      }
    }
  return x.slice(from, from + len).join(' ');
}

/** Where the hand pick is an <h1> and a plain declared title words it otherwise: their common part (two words at least) instead. */
export const commonPartChooser: Chooser = (p, gold) => {
  const r = pickOf(p);
  if (p.candidates[r]?.features[at('h1')] !== 1) return p.ruleRight;
  let alt = -1;
  p.candidates.forEach((c, i) => {
    const f = c.features;
    if (f[at('h1')] === 0 && plain(f) && declaredCount(f) > 0 && (alt < 0 || declaredCount(f) > declaredCount(p.candidates[alt]!.features))) alt = i;
  });
  if (alt < 0) return p.ruleRight;
  const common = commonPart(p.candidates[r]!.value, p.candidates[alt]!.value);
  if (common.split(' ').length < 2) return p.ruleRight;
  return common === tokens(gold).join(' ');
};

/** Per fold, the share of pages a chooser titles right (skipped pages keep the hand pick, as in the product). */
export function chooserFolds(pages: readonly TitlePage[], golds: readonly string[], k: number, choose: Chooser): number[] {
  const right = new Array<number>(k).fill(0),
    n = new Array<number>(k).fill(0);
  pages.forEach((p, i) => {
    n[p.fold]!++;
    if (p.skip ? p.ruleRight : choose(p, golds[i]!)) right[p.fold]!++;
  });
  return right.map((r, f) => r / (n[f] || 1));
}

/** A page cue on the <h1>-vs-declared split: the <h1> pick's value, the declared title's, the page source. */
type Cue = (h1: string, declared: string, html: string) => boolean;
const norm = (s: string): string => ` ${tokens(s).join(' ')} `;
const bodyText = (html: string): string =>
  norm(
    html
      .replace(/<head[\s\S]*?<\/head>|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&'),
  );
const secondPerson = (s: string): boolean => /\b(?:you|your)\b/i.test(s);
const listicle = (s: string): boolean => /^(?:the\s+)?(?:\d+|best|top)\b/i.test(s.trim());

export const CUES: readonly [string, Cue][] = [
  [
    'the <h1> starts past 40,000 characters of the source (an annotator reading a cut page sees only the declared title)',
    (_h, _d, html) => html.search(/<h1[\s>]/i) > 40_000,
  ],
  ['the declared title is also written in the body text', (_h, d, html) => bodyText(html).includes(norm(d))],
  ['the <h1> speaks to the reader (you, your) and the declared title does not', (h, d) => secondPerson(h) && !secondPerson(d)],
  ['the declared title is a list (a number, Best, Top first) and the <h1> is not', (h, d) => listicle(d) && !listicle(h)],
];

/** For each cue, over pages whose <h1> pick is reworded (neither holds the other) by a plain declared title: whom the gold follows, h1 : declared : neither, with the cue and without. */
export function cueTallies(pages: readonly TitlePage[], html: readonly string[]): { cue: string; on: number[]; off: number[] }[] {
  const out = CUES.map(([cue]) => ({ cue, on: [0, 0, 0], off: [0, 0, 0] }));
  pages.forEach((p, i) => {
    const r = pickOf(p);
    const pick = p.candidates[r];
    if (pick?.features[at('h1')] !== 1) return;
    const h = norm(pick.value);
    const alts = p.candidates.filter((c) => c.features[at('h1')] === 0 && plain(c.features) && declaredCount(c.features) > 0);
    const reworded = alts.filter((c) => !norm(c.value).includes(h) && !h.includes(norm(c.value)));
    if (!reworded.length) return;
    const alt = reworded.reduce((a, c) => (declaredCount(c.features) > declaredCount(a.features) ? c : a));
    const side = p.gold[r] ? 0 : alts.some((c) => p.gold[p.candidates.indexOf(c)]) ? 1 : 2;
    CUES.forEach(([, cue], j) => void (cue(pick.value, alt.value, html[i]!) ? out[j]!.on : out[j]!.off)[side]!++);
  });
  return out;
}

/** Print each chooser's folds, mean (sd) and all-dev count, and the cue tallies (`--title-ideas`). */
export function printTitleIdeas(pages: readonly TitlePage[], rows: readonly { title: string; html: string }[], k: number): void {
  const golds = rows.map((r) => r.title);
  const choosers: [string, Chooser][] = [
    ['hand precedence', (p) => p.ruleRight],
    ...[0, 1, 2].flatMap((h1) =>
      [0.5, 1.5, 2.5].map((pick): [string, Chooser] => [`vote: declared sources + ${h1} for an <h1> + ${pick} for the pick`, voteChooser(h1, pick)]),
    ),
    ['common part of the <h1> pick and the declared title', commonPartChooser],
  ];
  console.log(`\n== title choices tried against the ranker (${k} host folds; nothing fitted, so every fold is held out)`);
  for (const [name, choose] of choosers) {
    const f = chooserFolds(pages, golds, k, choose);
    const all = Math.round(f.reduce((a, x, i) => a + x * pages.filter((p) => p.fold === i).length, 0));
    console.log(`${name}: ${f.map((x) => x.toFixed(3)).join(' / ')}  mean ${mean(f).toFixed(4)} (sd ${sd(f).toFixed(3)})  all ${all}/${pages.length}`);
  }
  console.log('page cues where the <h1> pick is reworded by a declared title, gold follows h1 : declared : neither (with the cue | without):');
  for (const t of cueTallies(
    pages,
    rows.map((r) => r.html),
  ))
    console.log(`  ${t.cue}: ${t.on.join(':')} | ${t.off.join(':')}`);
}
