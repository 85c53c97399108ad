// Cuts feed and page furniture ("Continue reading...", reddit "submitted by ... [link] [comments]", share lines, bylines, datelines) from the weave's view of an article: furniture is never shared content. Our own: the patterns are data (data/weave-furniture.json).
import furnitureData from '../../data/weave-furniture.json' with { type: 'json' };

interface FurniturePattern {
  re: string;
  flags?: string;
  why: string;
}

for (const p of furnitureData.patterns as FurniturePattern[]) {
  try {
    new RegExp(p.re, p.flags ?? 'gimu');
  } catch (err) {
    throw new Error(`data/weave-furniture.json: pattern for "${p.why}" is not a valid regular expression (${(err as Error).message})`);
  }
}

/** Patterns of the same flags joined into one alternation, in file order (one pass per flag set instead of one per pattern). */
const PATTERNS: RegExp[] = (() => {
  const byFlags = new Map<string, string[]>();
  for (const p of furnitureData.patterns as FurniturePattern[]) {
    const flags = p.flags ?? 'gimu';
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${p.re})`]);
  }
  return [...byFlags.entries()].map(([flags, res]) => new RegExp(res.join('|'), flags));
})();

/** Furniture sits at the edges of an item (bylines and datelines first; feed tails, share and credit lines last): a long text is checked in its first and last this many characters. */
const EDGE = 1500;

function cut(text: string): string {
  let out = text;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    out = out.replace(re, ' ');
  }
  return out;
}

/** The text with every furniture pattern cut out (replaced by a space, so words on either side stay apart). */
export function stripFurniture(text: string): string {
  if (text.length <= 3 * EDGE) return cut(text);
  // cut at line breaks where possible, so a line-anchored pattern sees whole lines
  const headEnd = Math.max(text.lastIndexOf('\n', EDGE), EDGE / 2);
  const tailStart = Math.max(headEnd, text.indexOf('\n', text.length - EDGE) >= 0 ? text.indexOf('\n', text.length - EDGE) : text.length - EDGE);
  return cut(text.slice(0, headEnd)) + text.slice(headEnd, tailStart) + cut(text.slice(tailStart));
}
