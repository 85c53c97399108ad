// Trafilatura's snippet metric (../shared/data/README.md): `with` snippets found are TPs, `without` snippets found are FPs.

/** Whitespace collapsed to single spaces and trimmed: snippets and texts are compared in this form. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Snippet counts over one or many pages. */
export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export const zeroCounts = (): SnippetCounts => ({ tp: 0, fn: 0, fp: 0, tn: 0 });

/** Counts of one page: each `with` snippet in the extracted text is a TP (else FN), each `without` one an FP (else TN). */
export function snippetCounts(text: string, withSnippets: string[], withoutSnippets: string[]): SnippetCounts {
  const t = collapse(text);
  const c = zeroCounts();
  for (const s of withSnippets) {
    const k = collapse(s);
    if (!k) continue;
    if (t.includes(k)) c.tp++;
    else c.fn++;
  }
  for (const s of withoutSnippets) {
    const k = collapse(s);
    if (!k) continue;
    if (t.includes(k)) c.fp++;
    else c.tn++;
  }
  return c;
}

export function addCounts(a: SnippetCounts, b: SnippetCounts): SnippetCounts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

/** Precision, recall and F1 over all snippets counted. */
export function prf(c: SnippetCounts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
