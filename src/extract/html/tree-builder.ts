// Builds the lean tree from htmlparser2's tokenizer with budgets (data/extract-html-limits.json): linear at any nesting depth.
// Our own because htmlparser2's Parser keeps its open-element stack with unshift (quadratic past ~50k nested tags) and drops
// nothing itself; here the HTML tag rules of that Parser (implied ends, void elements, stray </p> and </br>) are kept, the
// stack is push/pop, and deep, numerous or attribute-heavy markup is flattened or capped so its text always survives.
import { Tokenizer } from 'htmlparser2';
import limitData from '../../../data/extract-html-limits.json' with { type: 'json' };
import { LeanElement, LeanText } from './lean-tree.js';
import { TEXT } from './dom.js';

/** Thrown when data/extract-html-limits.json lacks a budget or holds one that is not a positive integer. */
export class HtmlLimitsError extends Error {
  override name = 'HtmlLimitsError';
  constructor(field: string) {
    super(`data/extract-html-limits.json: "${field}" must be a positive integer; fix the file or restore it from git`);
  }
}

function budget(field: string): number {
  const v = (limitData as Record<string, unknown>)[field];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) throw new HtmlLimitsError(field);
  return v;
}

export interface TreeLimits {
  maxTreeDepth: number;
  maxElements: number;
  maxAttributesPerElement: number;
  maxAttributeChars: number;
  /** open elements searched for the match of an end tag; an end tag matching nothing that near is ignored */
  maxCloseSearch: number;
}

export const TREE_LIMITS: TreeLimits = {
  maxTreeDepth: budget('maxTreeDepth'),
  maxElements: budget('maxElements'),
  maxAttributesPerElement: budget('maxAttributesPerElement'),
  maxAttributeChars: budget('maxAttributeChars'),
  maxCloseSearch: budget('maxCloseSearch'),
};

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTION = new Set(['thead', 'tbody']);
const DDT = new Set(['dd', 'dt']);
const RTP = new Set(['rt', 'rp']);
/** An opening tag that closes these open elements first (the HTML rules htmlparser2's Parser follows). */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT],
  ['dt', DDT],
  ['rt', RTP],
  ['rp', RTP],
  ['tbody', TABLE_SECTION],
  ['tfoot', TABLE_SECTION],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as [string, Set<string>]),
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((t) => [t, P] as [string, Set<string>]),
]);
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

interface Frame {
  name: string;
  /** the element made for it; null when the element budget was spent (its text goes to the element around it) */
  el: LeanElement | null;
}

/** What the builder had to flatten or leave out, as notes for the extraction. */
export interface TreeStats {
  flattened: number;
  elementsOverBudget: number;
  attributesDropped: number;
}

/** Parses `html` into a lean tree under a '#document' root within `limits`; `stats` counts what was flattened or left out. */
export function buildLeanTree(html: string, limits: TreeLimits = TREE_LIMITS): { root: LeanElement; stats: TreeStats } {
  const root = new LeanElement('#document', {}, null, 0);
  const stats: TreeStats = { flattened: 0, elementsOverBudget: 0, attributesDropped: 0 };
  const stack: Frame[] = [];
  const openCount = new Map<string, number>();
  const foreign: boolean[] = [false];
  let elements = 0;
  let tagName = '';
  let attrs: Record<string, string> = {};
  let attrCount = 0;
  let attrChars = 0;
  let attrName = '';
  let attrValue = '';

  /** The element text and children go to: the innermost open element that was built. */
  const current = (): LeanElement => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const el = stack[i]!.el;
      if (el) return el;
    }
    return root;
  };
  let cur: LeanElement = root;

  const addText = (text: string): void => {
    if (!text) return;
    const kids = cur.childNodes;
    const last = kids[kids.length - 1];
    if (last && last.nodeType === TEXT) (last as LeanText).data += text;
    else kids.push(new LeanText(text));
  };
  const pop = (): void => {
    const f = stack.pop();
    if (!f) return;
    openCount.set(f.name, (openCount.get(f.name) ?? 1) - 1);
    cur = f.el ? current() : cur;
  };
  const emitOpen = (name: string): void => {
    tagName = name;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!.name)) pop();
    if (FOREIGN.has(name)) foreign.push(true);
    else if (INTEGRATION.has(name)) foreign.push(false);
    attrs = {};
    attrCount = 0;
    attrChars = 0;
  };
  const endOpen = (): void => {
    const name = tagName;
    tagName = '';
    let el: LeanElement | null = null;
    if (elements < limits.maxElements) {
      elements++;
      // past the depth budget an element is attached beside its parent (at the budget depth), never under it
      let parent = cur;
      if (parent.depth >= limits.maxTreeDepth && parent.parent) {
        parent = parent.parent;
        stats.flattened++;
      }
      el = new LeanElement(name, attrs, parent, parent.depth + 1);
      parent.childNodes.push(el);
    } else stats.elementsOverBudget++;
    if (VOID.has(name)) return;
    stack.push({ name, el });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (el) cur = el;
  };
  /** Closes open elements down to the innermost `name`, when one is open within the search budget. */
  const closeTo = (name: string): boolean => {
    if (!openCount.get(name)) return false;
    const floor = Math.max(0, stack.length - limits.maxCloseSearch);
    for (let i = stack.length - 1; i >= floor; i--) {
      if (stack[i]!.name !== name) continue;
      while (stack.length > i) pop();
      return true;
    }
    return false;
  };

  let buffer = html;
  const slice = (a: number, b: number): string => buffer.slice(a, b);
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext: (a, b) => addText(slice(a, b)),
      ontextentity: (cp) => addText(codePoint(cp)),
      onopentagname: (a, b) => emitOpen(slice(a, b).toLowerCase()),
      onattribname: (a, b) => {
        attrName = slice(a, b).toLowerCase();
      },
      onattribdata: (a, b) => {
        attrValue += slice(a, b);
      },
      onattribentity: (cp) => {
        attrValue += codePoint(cp);
      },
      onattribend: () => {
        attrChars += attrName.length + attrValue.length;
        if (attrCount < limits.maxAttributesPerElement && attrChars <= limits.maxAttributeChars) {
          if (!Object.hasOwn(attrs, attrName)) {
            attrs[attrName] = attrValue;
            attrCount++;
          }
        } else stats.attributesDropped++;
        attrValue = '';
      },
      onopentagend: () => endOpen(),
      onselfclosingtag: () => {
        const name = tagName;
        endOpen();
        // only inside <svg>/<math> does "/>" close the element
        if (foreign[foreign.length - 1] && stack[stack.length - 1]?.name === name) pop();
      },
      onclosetag: (a, b) => {
        const name = slice(a, b).toLowerCase();
        if ((FOREIGN.has(name) || INTEGRATION.has(name)) && foreign.length > 0) foreign.pop();
        if (!VOID.has(name)) {
          if (!closeTo(name) && name === 'p') {
            // a stray </p> stands for an empty paragraph
            emitOpen('p');
            endOpen();
            pop();
          }
        } else if (name === 'br') {
          emitOpen('br');
          endOpen();
        }
      },
      oncomment: () => {},
      oncdata: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {
        while (stack.length > 0) pop();
      },
    },
  );
  tokenizer.write(buffer);
  tokenizer.end();
  buffer = '';
  return { root, stats };
}

function codePoint(cp: number): string {
  return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
}
