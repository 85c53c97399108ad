// The lean tree the HTML extractor reads: elements with lower-cased attributes, and text nodes (see tree-builder.ts).
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
    /** elements between this one and the document root (the root is 0) */
    public readonly depth: number = parent ? parent.depth + 1 : 0,
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
