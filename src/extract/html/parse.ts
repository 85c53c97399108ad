// Parses HTML with htmlparser2's tokenizer into a lean tree of our own (elements, text), much cheaper than a full DOM.
import { Parser } from 'htmlparser2';
import { ELEMENT, TEXT, type DomElement, type DomNode } from './dom.js';

/** A text node of the lean tree. */
export class LeanText implements DomNode {
  readonly nodeType = TEXT;
  readonly nodeName = '#text';
  readonly childNodes: LeanNode[] = [];
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
}

/** An element of the lean tree: tag name, attributes (names lower-cased) and children. */
export class LeanElement implements DomElement {
  readonly nodeType = ELEMENT;
  readonly childNodes: LeanNode[] = [];
  constructor(
    public readonly localName: string,
    private readonly attrs: Record<string, string>,
    public readonly parent: LeanElement | null,
  ) {}
  get nodeName(): string {
    return this.localName.toUpperCase();
  }
  getAttribute(name: string): string | null {
    const v = this.attrs[name];
    return typeof v === 'string' && Object.hasOwn(this.attrs, name) ? v : null;
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
  /** Concatenated text of all descendant text nodes (script text included, like the DOM's textContent). */
  get textContent(): string {
    if (this.childNodes.length === 1 && this.childNodes[0]!.nodeType === TEXT) return (this.childNodes[0] as LeanText).data;
    const parts: string[] = [];
    collectText(this, parts, 0);
    return parts.join('');
  }
}

export type LeanNode = LeanElement | LeanText;

function collectText(n: LeanElement, out: string[], depth: number): void {
  if (depth > 500) return;
  for (const c of n.childNodes) {
    if (c.nodeType === TEXT) out.push(c.data);
    else collectText(c, out, depth + 1);
  }
}

/** First descendant element (depth-first, document order) for which `pred` holds, or null. */
export function findDescendant(el: DomElement, pred: (e: DomElement) => boolean, maxDepth = 30): DomElement | null {
  const visit = (n: DomNode, depth: number): DomElement | null => {
    if (depth > maxDepth) return null;
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.nodeType !== ELEMENT) continue;
      if (pred(c as DomElement)) return c as DomElement;
      const r = visit(c, depth + 1);
      if (r) return r;
    }
    return null;
  };
  return visit(el, 0);
}

/**
 * Parse `html` into a lean tree under a '#document' root. Follows htmlparser2's HTML rules: void elements,
 * implied end tags (<p>, <li>, <td>, ...), raw text in <script>/<style>, entities decoded, comments dropped.
 */
export function parseLean(html: string): LeanElement {
  const root = new LeanElement('#document', {}, null);
  let cur = root;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el = new LeanElement(name, attribs, cur);
        cur.childNodes.push(el);
        cur = el;
      },
      ontext(text) {
        const kids = cur.childNodes;
        const last = kids[kids.length - 1];
        if (last && last.nodeType === TEXT) last.data += text;
        else kids.push(new LeanText(text));
      },
      onclosetag() {
        if (cur.parent) cur = cur.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return root;
}
