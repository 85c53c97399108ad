// Why the title ranker misses on held-out host folds: each page's situation (which kinds of candidate compete with the pick) and whom the gold follows there.
import { TITLE_FEATURES } from '../../src/extract/html/title-candidates.js';
import { topCandidate } from '../../src/extract/html/title-rank.js';
import { fitRanker, type TitlePage } from './title-fit.js';
import { ABSENT_REASONS, type AbsentReason } from './title-absent.js';

const at = (name: (typeof TITLE_FEATURES)[number]): number => TITLE_FEATURES.indexOf(name);
const DECLARED = [at('og:title'), at('twitter:title'), at('JSON-LD headline'), at('<title>')];

/** A situation: a kind of candidate that words the title otherwise than the hand pick. */
interface Situation {
  name: string;
  /** Does the pick (its features) put the page in this situation, and is candidate f one of the alternatives? */
  applies: (pick: number[]) => boolean;
  alternative: (f: number[]) => boolean;
}

const plainDeclared = (f: number[]): boolean => f[at('keeps the site name')] === 0 && f[at('tagline cut')] === 0 && DECLARED.some((j) => f[j] === 1);

export const SITUATIONS: readonly Situation[] = [
  { name: 'gold keeps the site name', applies: () => true, alternative: (f) => f[at('keeps the site name')] === 1 },
  { name: 'gold cuts a tagline', applies: () => true, alternative: (f) => f[at('tagline cut')] === 1 },
  { name: 'pick an <h1>, a declared title words it otherwise', applies: (p) => p[at('h1')] === 1, alternative: (f) => f[at('h1')] === 0 && plainDeclared(f) },
  { name: 'pick a declared title, an <h1> words it otherwise', applies: (p) => p[at('h1')] === 0, alternative: (f) => f[at('h1')] === 1 },
  { name: 'pick a declared title, another declared title words it otherwise', applies: (p) => p[at('h1')] === 0, alternative: (f) => plainDeclared(f) },
];

/** Per situation, over all pages where an alternative is on offer: the gold is the pick, an alternative, or neither. */
export interface SituationTally {
  name: string;
  pick: number;
  alternative: number;
  neither: number;
  /** Held-out misses of the ranker whose gold is such an alternative, by fold. */
  misses: number[];
}

/** A held-out miss: the page (its index), the candidate the product chose there (-1: none) and the cause it is counted under. */
export interface HeldOutMiss {
  page: number;
  chosen: number;
  cause: string;
}

/** Which sources give a candidate, from its features ("pick" is the hand-written pick). */
const SOURCE_TAGS: [(typeof TITLE_FEATURES)[number], string][] = [
  ['rule pick', 'pick'],
  ['h1', 'h1'],
  ['h2 near the top', 'h2'],
  ['og:title', 'og'],
  ['twitter:title', 'twitter'],
  ['JSON-LD headline', 'json-ld'],
  ['<title>', 'title'],
  ['keeps the site name', 'with the site name'],
  ['tagline cut', 'tagline cut'],
];
const candidateSources = (f: readonly number[]): string[] => SOURCE_TAGS.filter(([n]) => f[at(n)] === 1).map(([, tag]) => tag);

/** The situation a page's gold falls in when the product's choice misses it (the first that holds an alternative matching the gold). */
function causeOf(p: TitlePage, pick: number): number {
  const pf = p.candidates[pick]?.features;
  if (!pf) return -1;
  return SITUATIONS.findIndex((s) => s.applies(pf) && p.candidates.some((c, i) => i !== pick && p.gold[i] && s.alternative(c.features)));
}

/** The situations tallied on all pages, with the held-out misses of rankers fitted on the other folds assigned to them. */
export function missCauses(
  pages: readonly TitlePage[],
  k: number,
  ridge: number,
): { situations: SituationTally[]; noCandidate: number[]; absent: Map<AbsentReason, number[]>; other: number[]; misses: HeldOutMiss[] } {
  const situations = SITUATIONS.map((s) => ({ name: s.name, pick: 0, alternative: 0, neither: 0, misses: new Array<number>(k).fill(0) }));
  const noCandidate = new Array<number>(k).fill(0),
    other = new Array<number>(k).fill(0);
  const absent = new Map<AbsentReason, number[]>(ABSENT_REASONS.map((r) => [r, new Array<number>(k).fill(0)]));
  const misses: HeldOutMiss[] = [];
  for (const p of pages) {
    const r = p.candidates.findIndex((c) => c.features[at('rule pick')] === 1);
    if (r < 0) continue;
    SITUATIONS.forEach((s, j) => {
      if (!s.applies(p.candidates[r]!.features)) return;
      const alts = p.candidates.flatMap((c, i) => (i !== r && s.alternative(c.features) ? [i] : []));
      if (!alts.length) return;
      const t = situations[j]!;
      if (p.gold[r]) t.pick++;
      else if (alts.some((i) => p.gold[i])) t.alternative++;
      else t.neither++;
    });
  }
  for (let f = 0; f < k; f++) {
    const weights = fitRanker(
      pages.filter((p) => p.fold !== f),
      ridge,
    );
    pages.forEach((p, page) => {
      if (p.fold !== f) return;
      const r = p.candidates.findIndex((c) => c.features[at('rule pick')] === 1);
      const chosen = p.skip ? r : topCandidate(weights, p.candidates).index;
      if (chosen >= 0 && p.gold[chosen]) return;
      let cause = 'other';
      if (!p.gold.some(Boolean)) {
        noCandidate[f]!++;
        if (p.absent) absent.get(p.absent)![f]!++;
        cause = `no candidate: ${p.absent ?? 'not classified'}`;
      } else {
        const c = causeOf(p, chosen);
        if (c >= 0) {
          situations[c]!.misses[f]!++;
          cause = SITUATIONS[c]!.name;
        } else other[f]!++;
      }
      misses.push({ page, chosen, cause });
    });
  }
  return { situations, noCandidate, absent, other, misses };
}

/**
 * Print the held-out misses by cause and, per situation, whom the gold follows (no rule that knows only the situation does
 * better than its majority). With `rows` (the pages' ids, URLs and gold titles, in the order of `pages`), also print each
 * miss: the gold, and every candidate with its sources, the chosen one marked ">" and those matching the gold "=".
 */
export function printMissCauses(pages: readonly TitlePage[], k: number, ridge: number, rows?: readonly { id: string; url: string; title: string }[]): void {
  const { situations, noCandidate, absent, other, misses } = missCauses(pages, k, ridge);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  console.log(`\nheld-out misses by cause (by fold; all dev: gold is the pick : an alternative : neither, where the situation arises)`);
  console.log(`  no candidate matches the gold: ${sum(noCandidate)} (${noCandidate.join(', ')}); the gold is`);
  for (const [reason, n] of absent) if (sum(n)) console.log(`    ${reason}: ${sum(n)} (${n.join(', ')})`);
  for (const s of situations) console.log(`  ${s.name}: ${sum(s.misses)} (${s.misses.join(', ')}); all dev ${s.pick} : ${s.alternative} : ${s.neither}`);
  console.log(`  other: ${sum(other)} (${other.join(', ')})`);
  if (!rows) return;
  for (const m of misses) {
    const p = pages[m.page]!,
      row = rows[m.page]!;
    console.log(`\nmiss, fold ${p.fold + 1}, ${m.cause}: ${row.id} ${row.url}\n   gold ${JSON.stringify(row.title)}`);
    for (const [i, c] of p.candidates.entries())
      console.log(`  ${i === m.chosen ? '>' : ' '}${p.gold[i] ? '=' : ' '} ${JSON.stringify(c.value)} [${candidateSources(c.features).join(', ')}]`);
  }
}
