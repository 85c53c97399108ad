// Walks a parsed page once and turns it into text blocks owned by a light tree of block elements, marking boilerplate subtrees.
import rules from '../../../data/extract-boilerplate.json' with { type: 'json' };
import { ELEMENT, TEXT, type DomElement, type DomNode } from './dom.js';
import { emptyIndex, indexElement, type PageIndex } from './page-index.js';
import { parseLean } from './parse.js';

export interface TreeNode {
  tag: string;
  parent: TreeNode | null;
  children: TreeNode[];
  depth: number;
  /** Lower-cased class + id + role, for pattern checks. */
  sig: string;
  /** Why this subtree was dropped outright (tag, hidden), or null. */
  drop: string | null;
  /** Class/id look like boilerplate (decided finally in main-text, which may rescue big wrappers). */
  negative: string | null;
  /** Negative by a weak pattern (e.g. "widget"): dropped only when it holds little good text. */
  weak: boolean;
  /** Negative by a lead pattern (e.g. "teaser"): weak, and kept when it opens right under the headline (the standfirst). */
  lead: boolean;
  positive: boolean;
  chars: number;
  linkChars: number;
  goodChars: number;
  score: number;
  blocks: Block[];
}

export interface Block {
  text: string;
  chars: number;
  linkChars: number;
  /** Characters inside links to anchors on the same page (href="#..."): tables of contents. */
  anchorChars: number;
  /** Tag of the block element that owns this text. */
  tag: string;
  owner: TreeNode;
  index: number;
}

const INLINE = new Set(rules.inlineTags);
const DROP = new Set(rules.dropTags);
/** Layout tags that are boilerplate unless they turn out to hold the page's main text (broken nesting). */
const SOFT_DROP = new Set(rules.softDropTags);
const NEG = new RegExp(rules.boilerplateClassPatterns.join('|'), 'i');
const WEAK = new RegExp(rules.weakBoilerplateClassPatterns.join('|'), 'i');
const LEAD = new RegExp(rules.leadBoilerplateClassPatterns.join('|'), 'i');
const POS = new RegExp(rules.contentClassPatterns.join('|'), 'i');
const ROLES = new Set(rules.boilerplateRoles);
const NEVER_NEG = new Set(rules.neverNegativeTags);
/** Script types that hold markup for the page to render, not code. */
const TEMPLATE_TYPE = /^text\/(?:template|html|x-template)$/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

type LinkKind = 0 | 1 | 2;
const NO_LINK = 0,
  LINK = 1,
  ANCHOR_LINK = 2;

export interface BlockTree {
  root: TreeNode;
  blocks: Block[];
  elements: number;
  index: PageIndex;
}

/** Limits so hostile pages cannot make the walk run away. */
export interface WalkLimits {
  maxElements: number;
  maxDepth: number;
}

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Build the block tree of `body`. Text inside inline elements joins the enclosing block; block elements start new ones. */
export function buildBlocks(body: DomNode, limits: WalkLimits): BlockTree {
  const blocks: Block[] = [];
  const index = emptyIndex();
  let elements = 0;
  const root: TreeNode = newNode('body', null, 0, '');

  // Pending inline text of the current block: [text, link kind] pieces; "\n" pieces come from <br>.
  let buf: Array<[string, LinkKind]> = [];
  let owner = root;

  const pushLine = (raw: string, link: number, anchor: number): void => {
    // a soft hyphen shows only where a line breaks (`Afgha&shy;nistan`): dropped, so words and names stay whole
    const text = (raw.includes('\u00ad') ? raw.replaceAll('\u00ad', '') : raw).replace(/[ \t\r\f\v\u00a0\u200b\ufeff]+/g, ' ').trim();
    if (!text) return;
    const b: Block = {
      text,
      chars: text.length,
      linkChars: Math.min(text.length, link),
      anchorChars: Math.min(text.length, anchor),
      tag: owner.tag,
      owner,
      index: blocks.length,
    };
    blocks.push(b);
    owner.blocks.push(b);
  };

  const flush = (): void => {
    if (buf.length === 0) return;
    let line = '';
    let link = 0,
      anchor = 0;
    for (const [t, kind] of buf) {
      if (t === '\n') {
        pushLine(line, link, anchor);
        line = '';
        link = 0;
        anchor = 0;
        continue;
      }
      line += t;
      if (kind !== NO_LINK) {
        const n = t.trim().length;
        link += n;
        if (kind === ANCHOR_LINK) anchor += n;
      }
    }
    pushLine(line, link, anchor);
    buf = [];
  };

  const walk = (el: DomNode, inLink: LinkKind, depth: number): void => {
    const kids = el.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.nodeType === TEXT) {
        const d = c.data ?? '';
        if (d) {
          buf.push([d.replace(/[\s\u00a0]+/g, ' '), inLink]);
        }
        continue;
      }
      if (c.nodeType !== ELEMENT) continue;
      if (++elements > limits.maxElements || depth > limits.maxDepth) continue;
      const e = c as DomElement;
      const tag = e.localName ?? c.nodeName.toLowerCase();
      if (tag === 'br') {
        buf.push(['\n', NO_LINK]);
        continue;
      }
      const cls = e.getAttribute('class');
      indexElement(index, e, tag, cls);
      // Markup kept in a script template inside the article body (Blogger's post body) is the article, rendered by script.
      if (tag === 'script' && owner.positive && TEMPLATE_TYPE.test(e.getAttribute('type') ?? '')) {
        const markup = e.textContent ?? '';
        if (markup.length <= rules.maxTemplateChars && markup.includes('<')) {
          flush();
          walk(parseLean(markup), inLink, depth + 1);
          flush();
          continue;
        }
      }
      // Long button text is usually an accordion question that belongs to the content.
      if (DROP.has(tag) && !(tag === 'button' && (e.textContent ?? '').trim().length >= rules.buttonKeepChars)) {
        if (!INLINE.has(tag)) {
          // Record dropped blocks as a node so their text can be reported as removed.
          flush();
          const n = newNode(tag, owner, owner.depth + 1, '');
          n.drop = `tag <${tag}>`;
          owner.children.push(n);
          const saved = owner;
          owner = n;
          if (tag !== 'script' && tag !== 'style' && tag !== 'noscript' && tag !== 'template' && tag !== 'svg') walk(e, NO_LINK, depth + 1);
          flush();
          owner = saved;
        }
        continue;
      }
      if (INLINE.has(tag)) {
        if (tag === 'img') continue;
        walk(e, inLink !== NO_LINK || tag !== 'a' ? inLink : (e.getAttribute('href') ?? '').startsWith('#') ? ANCHOR_LINK : LINK, depth + 1);
        continue;
      }
      flush();
      const sig = `${cls ?? ''} ${e.getAttribute('id') ?? ''}`.toLowerCase();
      const role = (e.getAttribute('role') ?? '').toLowerCase();
      const n = newNode(tag, owner, owner.depth + 1, sig);
      const pos = POS.test(sig);
      n.positive = pos;
      if (SOFT_DROP.has(tag)) n.negative = `tag <${tag}>`;
      else if (isHidden(e)) {
        n.negative = 'hidden element';
        n.weak = true;
      } else if (ROLES.has(role)) n.negative = `role=${role}`;
      else if (!pos && sig.trim() && !NEVER_NEG.has(tag)) {
        const m = NEG.exec(sig);
        if (m) n.negative = `class/id "${m[0]}"`;
        else {
          const w = WEAK.exec(sig) ?? LEAD.exec(sig);
          if (w) {
            n.negative = `class/id "${w[0]}"`;
            n.weak = true;
            n.lead = !WEAK.test(sig);
          }
        }
      }
      owner.children.push(n);
      const saved = owner;
      owner = n;
      walk(e, inLink, depth + 1);
      flush();
      owner = saved;
    }
  };

  walk(body, NO_LINK, 0);
  flush();
  return { root, blocks, elements, index };
}

function newNode(tag: string, parent: TreeNode | null, depth: number, sig: string): TreeNode {
  return {
    tag,
    parent,
    children: [],
    depth,
    sig,
    drop: null,
    negative: null,
    weak: false,
    lead: false,
    positive: false,
    chars: 0,
    linkChars: 0,
    goodChars: 0,
    score: 0,
    blocks: [],
  };
}
