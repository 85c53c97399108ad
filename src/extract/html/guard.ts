// Screens raw HTML before parsing: caps huge pages, recognises binary data and pages with no markup at all.
import rules from '../../../data/extract-boilerplate.json' with { type: 'json' };

export interface Screened { html: string; notes: string[]; fatal: string | null }

const BINARY_SAMPLE = 8192;

/** Share of control / replacement characters in the first few KB: high means the bytes were not text. */
function binaryShare(s: string): number {
  const n = Math.min(s.length, BINARY_SAMPLE);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 9) || (c > 13 && c < 32) || c === 0xfffd) bad++;
  }
  return bad / n;
}

export function screenHtml(html: string, maxChars: number = rules.maxHtmlChars): Screened {
  const notes: string[] = [];
  if (html.length === 0 || html.trim() === '') return { html: '', notes, fatal: 'empty input: no HTML to extract from' };
  if (binaryShare(html) > 0.1) return { html: '', notes, fatal: 'input looks binary (many control/replacement characters), not an HTML page' };
  let out = html;
  if (out.length > maxChars) {
    notes.push(`page truncated from ${out.length} to ${maxChars} characters before parsing`);
    out = out.slice(0, maxChars);
  }
  // Strip NULs that would confuse the parser.
  if (out.includes('\u0000')) out = out.replace(/\u0000/g, '');
  return { html: out, notes, fatal: null };
}
