// Cuts feed and page furniture ("Continue reading...", reddit "submitted by ... [link] [comments]", share lines, bylines, datelines) from the weave's view of an article: furniture is never shared content. Our own: the patterns are data (data/weave-furniture.json).
import furnitureData from '../../data/weave-furniture.json' with { type: 'json' };

interface FurniturePattern {
  re: string;
  flags?: string;
  why: string;
}

const PATTERNS: RegExp[] = (furnitureData.patterns as FurniturePattern[]).map((p) => {
  try {
    return new RegExp(p.re, p.flags ?? 'gimu');
  } catch (err) {
    throw new Error(`data/weave-furniture.json: pattern for "${p.why}" is not a valid regular expression (${(err as Error).message})`);
  }
});

/** The text with every furniture pattern cut out (replaced by a space, so words on either side stay apart). */
export function stripFurniture(text: string): string {
  let out = text;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    out = out.replace(re, ' ');
  }
  return out;
}
