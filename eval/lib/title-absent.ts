// Why no title candidate of a page matches its gold: the gold is a separator segment of a declared title or heading, a text line, words elsewhere in the page, or nowhere.
import rules from '../../data/extract-metadata.json' with { type: 'json' };
import { decodeEntities } from '../../src/extract/html/title.js';
import type { TitleSources } from '../../src/extract/html/title-candidates.js';
import { tokens } from './extract-metrics.js';

/** The reasons, in the order they are tried (the first that holds is the page's). */
export const ABSENT_REASONS = [
  'a separator segment of a declared title or <h1> (site part, kicker, middle part)',
  'a text line of the page that is no candidate',
  'words in the page source, not a line',
  'nowhere in the page (the gold words it otherwise)',
] as const;
export type AbsentReason = (typeof ABSENT_REASONS)[number];

const SEPARATORS = [...new Set([...rules.titleSeparators, ...rules.titleCutSeparators])];
const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPLIT = new RegExp(SEPARATORS.map(literal).join('|'));
const norm = (s: string): string => tokens(s).join(' ');

/** Every run of consecutive segments of a title split at the title separators (the whole title excluded). */
export function titleSegments(title: string): string[] {
  const parts = title
    .split(SPLIT)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) if (j - i < parts.length) out.push(parts.slice(i, j).join(' '));
  return out;
}

/** The first reason that holds for a gold title that none of the page's candidates matches; `html` is the page source. */
export function absentReason(gold: string, src: TitleSources, html: string): AbsentReason {
  const g = norm(gold);
  const titled = [src.og, src.twitter, src.jsonLd, src.titleTag, ...src.lines.filter((l) => l.tag === 'h1').map((l) => l.text)];
  for (const t of titled) if (t && titleSegments(decodeEntities(t)).some((s) => norm(s) === g)) return ABSENT_REASONS[0];
  if (src.lines.some((l) => norm(l.text) === g)) return ABSENT_REASONS[1];
  if (g && ` ${norm(decodeEntities(html))} `.includes(` ${g} `)) return ABSENT_REASONS[2];
  return ABSENT_REASONS[3];
}
