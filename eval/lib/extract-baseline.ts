// Baseline for the extraction eval: plain Readability.js on a linkedom DOM, with its own metadata.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

export interface BaselineOut {
  text: string;
  title: string | null;
  authors: string[];
  published: string | null;
}

export function readabilityBaseline(html: string): BaselineOut {
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as Document).parse();
    if (!r) return { text: '', title: null, authors: [], published: null };
    return {
      text: r.textContent ?? '',
      title: r.title ?? null,
      authors: r.byline ? [r.byline] : [],
      published: r.publishedTime ?? null,
    };
  } catch {
    return { text: '', title: null, authors: [], published: null };
  }
}
