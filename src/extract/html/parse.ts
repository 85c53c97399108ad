// Parses HTML into the lean tree (tree-builder.ts, on htmlparser2's tokenizer), much cheaper than a full DOM; tree queries.
import { ELEMENT, type DomElement, type DomNode } from './dom.js';
import { LeanElement, LeanText, type LeanNode } from './lean-tree.js';
import { buildLeanTree, TREE_LIMITS } from './tree-builder.js';

export { LeanElement, LeanText, type LeanNode };

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
 * Within the budgets of data/extract-html-limits.json; `notes` (when given) says what was flattened or left out.
 */
export function parseLean(html: string, notes?: string[]): LeanElement {
  const { root, stats } = buildLeanTree(html);
  if (notes) {
    if (stats.flattened > 0) notes.push(`${stats.flattened} elements nested deeper than ${TREE_LIMITS.maxTreeDepth} levels were flattened (text kept)`);
    if (stats.elementsOverBudget > 0)
      notes.push(`page has over ${TREE_LIMITS.maxElements} elements; ${stats.elementsOverBudget} more were read as text of the element around them`);
    if (stats.attributesDropped > 0) notes.push(`${stats.attributesDropped} attributes over the per-element caps were not kept`);
  }
  return root;
}
