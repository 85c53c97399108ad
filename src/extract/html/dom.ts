// Minimal typed view of the parsed-page nodes the extractor reads (elements, text, attributes); see parse.ts.

export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  data?: string;
  textContent: string | null;
  getAttribute?: (name: string) => string | null;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  localName: string;
  /** The enclosing element, when the parser keeps it (the lean tree does). */
  parent?: DomElement | null;
}

export const ELEMENT = 1;
export const TEXT = 3;

export function attr(el: DomElement, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** Collapse runs of whitespace (incl. NBSP) to one space, drop soft hyphens (`Afgha&shy;nistan`) and trim. */
export function squash(s: string): string {
  return (s.includes('\u00ad') ? s.replaceAll('\u00ad', '') : s).replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Text of an element with whitespace squashed; '' when absent. */
export function textOf(el: DomNode | null | undefined): string {
  return el ? squash(el.textContent ?? '') : '';
}

/** Elements whose text is not read. */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT']);

/**
 * Text of an element with a space where `parts(tag)` says an element parts words (its lower-case tag name), whitespace
 * squashed; reads up to about `max` characters. textContent glues "By" and "<a>Name</a>" into "ByName".
 */
export function partedText(el: DomNode, parts: (tag: string) => boolean, max = Number.POSITIVE_INFINITY): string {
  const out: string[] = [];
  let len = 0;
  const walk = (n: DomNode, depth: number): void => {
    const kids = n.childNodes;
    for (let i = 0; i < kids.length && len <= max; i++) {
      const c = kids[i]!;
      if (c.nodeType === TEXT) {
        const d = c.data ?? '';
        out.push(d);
        if (d.trim()) len += d.length;
      } else if (c.nodeType === ELEMENT && !UNREAD.has(c.nodeName)) {
        const parted = parts(c.nodeName.toLowerCase());
        if (parted) out.push(' ');
        if (depth < 100) walk(c, depth + 1);
        else out.push(c.textContent ?? '');
        if (parted) out.push(' ');
      }
    }
  };
  walk(el, 0);
  return squash(out.join(''));
}

/** Text of an element with a space between every two elements' text (bylines: "By <a>Name</a>"). */
export function spacedText(el: DomNode, max = 400): string {
  return partedText(el, () => true, max);
}
