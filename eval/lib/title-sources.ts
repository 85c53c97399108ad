// The ranker study's pages: each WCXB page's title candidates read the way extraction reads them, labelled by the gold title.
import type { WcxbRow } from '../../lib/extract-data.js';
import { screenHtml } from '../../src/extract/html/guard.js';
import { parseLean } from '../../src/extract/html/parse.js';
import { buildBlocks } from '../../src/extract/html/blocks.js';
import { selectMainText } from '../../src/extract/html/main-text.js';
import { readMetaTags } from '../../src/extract/html/meta-tags.js';
import { readJsonLd } from '../../src/extract/html/json-ld.js';
import { pickTitle } from '../../src/extract/html/metadata.js';
import { extractHtml } from '../../src/extract/html/index.js';
import { declaredAgree, titleCandidates } from '../../src/extract/html/title-candidates.js';
import { titleSourcesFrom } from '../../src/extract/html/title-rank.js';
import type { TitlePage } from './title-fit.js';
import { foldOf } from './extract-folds.js';
import { titleMatch } from './extract-metrics.js';
import { absentReason } from './title-absent.js';

/** The budgets extraction walks a page with. */
const WALK = { maxElements: 200_000, maxDepth: 400 };

/** One page of the study; the hand-written pick is taken before any ranking. */
function titlePage(row: WcxbRow, k: number): TitlePage {
  const outlet = extractHtml(row.html, { url: row.url }).outlet.value;
  const tree = buildBlocks(parseLean(screenHtml(row.html).html, []), WALK);
  const first = selectMainText(tree).paragraphs[0];
  const mainStart = first
    ? Math.max(
        0,
        tree.blocks.findIndex((b) => b.text === first),
      )
    : 0;
  const meta = readMetaTags(tree.index);
  const ld = readJsonLd(tree.index);
  let host: string | null = null;
  try {
    host = new URL(row.url).hostname;
  } catch {
    host = null;
  }
  const rulePick = pickTitle(tree.index, meta, ld, outlet, host).field.value;
  const page = { doc: tree.index, meta, ld, lines: tree.blocks, mainStart, outlet, host, url: row.url };
  const src = titleSourcesFrom(page, rulePick);
  const candidates = titleCandidates(src);
  const gold = candidates.map((c) => titleMatch(c.value, row.title));
  return {
    fold: foldOf(row.url, k),
    candidates,
    gold,
    ruleRight: titleMatch(rulePick, row.title),
    skip: declaredAgree(src),
    ...(gold.some(Boolean) ? {} : { absent: absentReason(row.title, src, row.html) }),
  };
}

/** The study's pages, each with its host fold of k. */
export function titlePages(rows: readonly WcxbRow[], k: number): TitlePage[] {
  return rows.map((row) => titlePage(row, k));
}
