// Cuts feed and page furniture ("Continue reading...", reddit "submitted by ... [link] [comments]", share lines, bylines, datelines) from the weave's view of an article: furniture is never shared content. Our own: the patterns are data (data/weave-furniture.json).
import furnitureData from '../../data/weave-furniture.json' with { type: 'json' };

interface FurniturePattern {
  re: string;
  flags?: string;
  why: string;
  /** Words (lower case) of which a text must hold one for the pattern to be able to match; absent: always tried. */
  needs?: string[];
}

const ALL = furnitureData.patterns as FurniturePattern[];

for (const p of ALL) {
  try {
    new RegExp(p.re, p.flags ?? 'gimu');
  } catch (err) {
    throw new Error(`data/weave-furniture.json: pattern for "${p.why}" is not a valid regular expression (${(err as Error).message})`);
  }
}

/**
 * Alternations kept compiled per flag set, at most. Each is native code in V8's code space, kept as long as the
 * expression: uncapped, a prepare thread compiled ~240 of them in its first 6k scale-corpus documents and its code
 * space grew ~0.8 MB per 1,000 documents without end (~150 MB over two threads at 330k: docs/BENCHMARKS.md section 9,
 * session 26).
 */
const MASKS_KEPT = 64;

/** Patterns of one flag set, in file order; they run as one alternation (one pass per flag set instead of one per pattern). */
interface FlagGroup {
  flags: string;
  patterns: FurniturePattern[];
  /** The alternation of the patterns a text can match, by bitmask of those patterns. */
  compiled: Map<number, RegExp>;
}

const GROUPS: FlagGroup[] = (() => {
  const byFlags = new Map<string, FurniturePattern[]>();
  for (const p of ALL) {
    const flags = p.flags ?? 'gimu';
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), p]);
  }
  return [...byFlags.entries()].map(([flags, patterns]) => ({ flags, patterns, compiled: new Map() }));
})();

/**
 * The alternation of a group's patterns that can match this text: a pattern whose needed words are all absent cannot
 * match anywhere, and leaving it out of the alternation changes no match (the others are tried in the same order).
 */
function regexFor(group: FlagGroup, lower: string): RegExp | null {
  let mask = 0;
  group.patterns.forEach((p, i) => {
    if (!p.needs || p.needs.some((w) => lower.includes(w))) mask |= 1 << i;
  });
  if (mask === 0) return null;
  let re = group.compiled.get(mask);
  if (!re) {
    const parts = group.patterns.filter((_p, i) => mask & (1 << i)).map((p) => `(?:${p.re})`);
    re = new RegExp(parts.join('|'), group.flags);
    if (group.compiled.size >= MASKS_KEPT) group.compiled.clear();
    group.compiled.set(mask, re);
  }
  return re;
}

/** Furniture sits at the edges of an item (bylines and datelines first; feed tails, share and credit lines last): a long text is checked in its first and last this many characters. */
const EDGE = 1500;

function cut(text: string): string {
  const lower = text.toLowerCase();
  let out = text;
  for (const group of GROUPS) {
    const re = regexFor(group, lower);
    if (!re) continue;
    re.lastIndex = 0;
    out = out.replace(re, ' ');
  }
  return out;
}

/** Alternations compiled and kept now, over all flag sets (bounded by MASKS_KEPT each). */
export function compiledAlternations(): number {
  return GROUPS.reduce((n, g) => n + g.compiled.size, 0);
}

/** The text with every furniture pattern cut out (replaced by a space, so words on either side stay apart). */

export function stripFurniture(text: string): string {
  if (text.length <= 3 * EDGE) return cut(text);
  // cut at line breaks where possible, so a line-anchored pattern sees whole lines
  const headEnd = Math.max(text.lastIndexOf('\n', EDGE), EDGE / 2);
  const tailStart = Math.max(headEnd, text.indexOf('\n', text.length - EDGE) >= 0 ? text.indexOf('\n', text.length - EDGE) : text.length - EDGE);
  return cut(text.slice(0, headEnd)) + text.slice(headEnd, tailStart) + cut(text.slice(tailStart));
}
