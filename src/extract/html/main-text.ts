// Chooses the article's main-text container in a block tree and keeps its paragraphs, cutting boilerplate with reasons.
import rules from '../../../data/extract-boilerplate.json' with { type: 'json' };
import type { Removed } from '../../model.js';
import { isBoilerplateLead, isBoilerplateLine, isCaptionLine } from '../../lang/index.js';
import type { Block, BlockTree, TreeNode } from './blocks.js';

const TEXT_NOISE = rules.boilerplateTextPatterns.map((p) => new RegExp(p, 'i'));
const PARAGRAPH_TAGS = new Set(rules.paragraphTags);
const HEADINGS = new Set(rules.headingTags);
const MIN_PARA = rules.minParagraphChars;
const GOOD = rules.goodBlockChars;
const LINK_MAX = rules.linkDensityMax;
const MOVE_UP = rules.moveUpGoodRatio;
/** Link-heavy blocks of these tags are kept between the article's first and last good paragraph (link lists inside the story). */
const INNER_LINK_TAGS = new Set(rules.innerLinkTags);
/** A block whose text is mostly links to anchors on the same page is a table of contents. */
const TOC_SHARE = rules.tocAnchorShare;
/** A boilerplate-looking subtree holding at least this share of the page's good text is the article after all (broken markup). */
const RESCUE_SHARE = rules.rescueGoodShare;
/** Layout tags that are boilerplate by their meaning (footer, aside, nav, ...). */
const SOFT_DROP = new Set(rules.softDropTags);
/** Repeated text: lines from MIN_REPEAT chars are checked; from REPEAT_CHARS a repeat is cut even alone. */
const MIN_REPEAT = rules.repeatMinChars;
const REPEAT_CHARS = rules.repeatParagraphChars;

export interface MainText {
  paragraphs: string[];
  /** The kept paragraphs that are headings (<h2>-<h6>), for cutting a heading left with no text under it. */
  headings: Set<string>;
  removed: Removed[];
  container: string;
}

const density = (link: number, chars: number): number => (chars === 0 ? 0 : link / chars);

/** Sum characters bottom-up; a block is "good" when long and not mostly links. */
function aggregate(n: TreeNode): void {
  let chars = 0,
    link = 0,
    good = 0;
  for (const b of n.blocks) {
    chars += b.chars;
    link += b.linkChars;
  }
  // An element's own text (all its lines, e.g. <br>-separated) is good when long and not mostly links.
  if (chars >= GOOD && density(link, chars) < 0.3) good = chars;
  for (const c of n.children) {
    aggregate(c);
    if (c.drop) continue;
    chars += c.chars;
    link += c.linkChars;
    good += c.goodChars;
  }
  n.chars = chars;
  n.linkChars = link;
  n.goodChars = good;
}

/**
 * Good text of same-signature negative subtrees summed over the page: an article split into a few "content-nav-section"
 * blocks at different depths counts as one. Groups of many nodes (comment threads, teaser lists) are left out.
 */
function signatureGroups(root: TreeNode): Map<string, number> {
  const sum = new Map<string, number>(),
    count = new Map<string, number>();
  const visit = (n: TreeNode, open: Set<string>): void => {
    for (const c of n.children) {
      if (c.drop) continue;
      const counted = c.negative !== null && c.sig.trim() !== '' && !open.has(c.sig);
      if (counted) {
        sum.set(c.sig, (sum.get(c.sig) ?? 0) + c.goodChars);
        count.set(c.sig, (count.get(c.sig) ?? 0) + 1);
        open.add(c.sig);
      }
      visit(c, open);
      if (counted) open.delete(c.sig);
    }
  };
  visit(root, new Set());
  for (const [k, n] of count) if (n > rules.maxSplitSections) sum.delete(k);
  return sum;
}

/** Does the subtree hold an <h1> with text? */
function holdsHeadline(n: TreeNode): boolean {
  if (n.tag === 'h1' && n.chars > 0) return true;
  return n.children.some(holdsHeadline);
}

/**
 * A footer/aside/nav that holds the page's headline, or sits on a page without one, may be the article in broken markup; one
 * that leaves the <h1> outside is a real footer, however much text (disclaimers, forms) it holds.
 */
function headlineOutside(n: TreeNode, root: TreeNode): boolean {
  return !holdsHeadline(n) && holdsHeadline(root);
}

/** Decide which class/id-negative subtrees are really boilerplate: not when they (or their split siblings) hold most of the page's good text. */
function settleNegatives(n: TreeNode, pageGood: number, groups: Map<string, number>, root: TreeNode, h1At: number): void {
  for (const c of n.children) {
    if (c.drop) continue;
    const good = Math.max(c.goodChars, groups.get(c.sig) ?? 0);
    const holdsMost = pageGood > 0 && good >= RESCUE_SHARE * pageGood && !(SOFT_DROP.has(c.tag) && headlineOutside(c, root));
    const weakKeep = c.weak && c.goodChars >= 200 && density(c.linkChars, c.chars) < 0.3;
    const first = c.lead && h1At >= 0 ? firstBlockAt(c) : -1;
    const standfirst = first > h1At && first - h1At <= rules.leadMaxBlocks;
    if (c.negative && !holdsMost && !weakKeep && !standfirst) {
      c.drop = c.negative;
      continue;
    }
    settleNegatives(c, pageGood, groups, root, h1At);
  }
}

/** Index of the first text block in a subtree; -1 when it holds none. */
function firstBlockAt(n: TreeNode): number {
  let best = n.blocks.length ? n.blocks[0]!.index : -1;
  for (const c of n.children) {
    const i = firstBlockAt(c);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** Re-aggregate after drops (dropped children no longer count). */
function reaggregate(n: TreeNode): void {
  aggregate(n);
}

/** Readability-style scoring: each paragraph-like block credits its ancestors with decaying weight. */
function score(blocks: Block[]): TreeNode[] {
  const scored = new Set<TreeNode>();
  for (const b of blocks) {
    if (isDropped(b.owner)) continue;
    if (b.chars < MIN_PARA || !PARAGRAPH_TAGS.has(b.tag)) continue;
    const ld = density(b.linkChars, b.chars);
    if (ld > LINK_MAX) continue;
    const commas = (b.text.match(/[,，、;]/g) ?? []).length;
    const s = (1 + commas + Math.min(Math.floor(b.chars / 100), 3)) * (1 - ld);
    let anc: TreeNode | null = b.owner.parent;
    if (b.tag === 'div' || b.tag === 'section' || b.tag === 'article' || b.tag === 'main' || b.tag === 'td') {
      // Text directly inside a container: the container itself is the candidate.
      anc = b.owner;
    }
    for (let level = 0; anc && level < 5; level++, anc = anc.parent) {
      anc.score += level === 0 ? s : level === 1 ? s / 2 : s / (level * 3);
      scored.add(anc);
    }
  }
  return [...scored];
}

function isDropped(n: TreeNode): boolean {
  for (let c: TreeNode | null = n; c; c = c.parent) if (c.drop) return true;
  return false;
}

function finalScore(n: TreeNode): number {
  const cls = n.positive ? 25 : 0;
  return (n.score + cls) * (1 - density(n.linkChars, n.chars));
}

/** Pick the container: best-scored node, moved up while its parent holds clearly more good text. */
function chooseContainer(tree: BlockTree): TreeNode[] {
  const candidates = score(tree.blocks);
  if (candidates.length === 0) return [tree.root];
  let top = candidates[0]!;
  let best = finalScore(top);
  for (const c of candidates) {
    const f = finalScore(c);
    if (f > best) {
      best = f;
      top = c;
    }
  }
  // Move up through wrappers that add little, and to ancestors that hold clearly more good text at low link density.
  let cur = top;
  for (let a = top.parent; a; a = a.parent) {
    const onlyWrapper = a.chars - cur.chars < 0.05 * a.chars + 20;
    const moreGood = a.goodChars >= MOVE_UP * cur.goodChars + GOOD && density(a.linkChars, a.chars) < rules.moveUpLinkDensityMax;
    if (onlyWrapper || moreGood) cur = a;
  }
  top = cur;
  return [top];
}

function insideAny(n: TreeNode, set: Set<TreeNode>): boolean {
  for (let c: TreeNode | null = n; c; c = c.parent) if (set.has(c)) return true;
  return false;
}

function dropReason(n: TreeNode): string | null {
  for (let c: TreeNode | null = n; c; c = c.parent) if (c.drop) return c.drop;
  return null;
}

/**
 * Paragraphs between the headline (the last <h1> above the container) and the container: a standfirst or opening paragraphs
 * that the page sets apart from the body. Only long, plain <p> blocks qualify.
 */
function leadParagraphs(blocks: Block[], chosen: Set<TreeNode>): Set<number> {
  const out = new Set<number>();
  const start = blocks.findIndex((b) => insideAny(b.owner, chosen));
  if (start <= 0) return out;
  let h1 = -1;
  for (let i = start - 1; i >= 0; i--)
    if (blocks[i]!.tag === 'h1') {
      h1 = i;
      break;
    }
  if (h1 < 0) return out;
  for (let i = h1 + 1; i < start; i++) {
    const b = blocks[i]!;
    if (b.tag === 'p' && b.chars >= GOOD && density(b.linkChars, b.chars) < 0.3 && !dropReason(b.owner)) out.add(i);
  }
  return out;
}

/** Extract the main-text paragraphs from a block tree. Pure: reads the tree, returns paragraphs and what was cut. */
export function selectMainText(tree: BlockTree): MainText {
  aggregate(tree.root);
  const h1At = tree.blocks.findIndex((b) => b.tag === 'h1' && b.chars > 0);
  settleNegatives(tree.root, tree.root.goodChars, signatureGroups(tree.root), tree.root, h1At);
  reaggregate(tree.root);
  const chosen = new Set(chooseContainer(tree));
  const paragraphs: string[] = [];
  const removed: Removed[] = [];
  const cut = (text: string, reason: string): void => {
    const last = removed[removed.length - 1];
    if (last && last.reason === reason && last.text.length < 2000) last.text += `\n${text}`;
    else removed.push({ text, reason });
  };
  // Link-heavy blocks are kept only between the container's first and last good paragraph (in-text link lists).
  let firstGood = Infinity,
    lastGood = -1;
  for (const b of tree.blocks) {
    if (b.chars >= GOOD && density(b.linkChars, b.chars) < 0.3 && !dropReason(b.owner) && insideAny(b.owner, chosen)) {
      if (firstGood === Infinity) firstGood = b.index;
      lastGood = b.index;
    }
  }
  const lead = leadParagraphs(tree.blocks, chosen);
  const seen = new Set<string>();
  const headings = new Set<string>();
  let lastRepeat = -2;
  for (const b of tree.blocks) {
    const why = dropReason(b.owner);
    if (why) {
      cut(b.text, `boilerplate: ${why}`);
      continue;
    }
    if (!insideAny(b.owner, chosen) && !lead.has(b.index)) {
      cut(b.text, 'outside main content');
      continue;
    }
    const ld = density(b.linkChars, b.chars);
    const inner = b.index > firstGood && b.index < lastGood;
    // A linked heading inside the article names a section or product; after its last good paragraph it is a teaser title.
    if (ld > LINK_MAX && !(HEADINGS.has(b.tag) && b.index <= lastGood) && !(inner && INNER_LINK_TAGS.has(b.tag) && b.chars >= 15)) {
      cut(b.text, 'link list');
      continue;
    }
    if (b.anchorChars > TOC_SHARE * b.chars) {
      cut(b.text, 'table of contents (links within the page)');
      continue;
    }
    if (b.chars < 200 && (TEXT_NOISE.some((re) => re.test(b.text)) || isBoilerplateLine(b.text) || isBoilerplateLead(b.text))) {
      cut(b.text, 'boilerplate text');
      continue;
    }
    if (isCaptionLine(b.text)) {
      cut(b.text, 'image caption or credit');
      continue;
    }
    // The same paragraph twice (responsive duplicates, repeated teasers) is kept once; a short line repeats only inside a
    // repeated run. Short lines repeated on their own (table cells, captions of each item) belong to the text each time.
    if (b.chars >= MIN_REPEAT) {
      if (seen.has(b.text) && (b.chars >= REPEAT_CHARS || lastRepeat === b.index - 1)) {
        lastRepeat = b.index;
        cut(b.text, 'repeated text');
        continue;
      }
      seen.add(b.text);
    }

    if (HEADINGS.has(b.tag) && b.tag !== 'h1') headings.add(b.text);
    paragraphs.push(b.text);
  }
  const container = [...chosen].map((n) => `${n.tag}${n.sig.trim() ? `[${n.sig.trim().slice(0, 60)}]` : ''}`).join(',');
  return { paragraphs, headings, removed, container };
}
