// Describes each calendar day a page offers as a publication date by where it was seen (JSON-LD, meta, <time>, URL, shown lines).
import type { DateCandidate } from './published.js';

/** Names of the day features, in the order of the date model's weights. */
export const DATE_DAY_FEATURES = [
  'picked by the rules',
  'JSON-LD datePublished',
  'meta publication tag',
  '<time> marked published',
  'plain <time>',
  '<time> in a list',
  'URL path',
  'JSON-LD dateModified',
  'meta modification tag',
  '<time> of a modification',
  'line under the headline',
  'line near the headline',
  'shown with an "updated" cue',
  'shown with a "published" cue',
  'latest declared day',
  'earliest declared day',
  'publication declared by JSON-LD alone',
  'publication declared by a meta tag alone',
  'declared modified and shown',
  'sources (log)',
  'an earlier day shown beside it',
] as const;

/** One calendar day on offer: its features and the candidate whose value stands for it (an instant when one is declared). */
export interface DateDay {
  day: string;
  features: number[];
  value: DateCandidate;
}

const dayOf = (iso: string): string => iso.slice(0, 10);
const isLine = (c: DateCandidate): boolean => c.source === 'head-line' || c.source === 'top-line';

/** A candidate's kind as a feature index (-1: none of the kinds counted one by one). */
function kindOf(c: DateCandidate): number {
  if (c.source === 'json-ld') return c.modified ? 7 : 1;
  if (c.source === 'meta') return c.modified ? 8 : 2;
  if (c.source === 'time-tag') return c.modified ? 9 : c.published ? 3 : c.listed ? 5 : 4;
  if (c.source === 'url') return 6;
  if (c.source === 'head-line') return 10;
  if (c.source === 'top-line') return 11;
  return -1;
}

/**
 * Group the candidates by calendar day and describe each day; `ruleIso` is the hand precedence's pick (added as a day when no
 * candidate holds it, e.g. a bare date line further down). Days are in order of first appearance.
 */
export function dateDays(cands: readonly DateCandidate[], ruleIso: string | null): DateDay[] {
  const byDay = new Map<string, DateCandidate[]>();
  // An ambiguous shown date ("09.10.2024") is read the way a declared date has it, when one does.
  const declaredDays = new Set(cands.filter((c) => !isLine(c)).map((c) => dayOf(c.iso)));
  for (const c of cands) {
    const d = c.alt && !declaredDays.has(dayOf(c.iso)) && declaredDays.has(c.alt) ? c.alt : dayOf(c.iso);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) continue;
    const list = byDay.get(d);
    if (list) list.push(c);
    else byDay.set(d, [c]);
  }
  const rule = ruleIso ? dayOf(ruleIso) : null;
  if (rule && !byDay.has(rule)) byDay.set(rule, [{ iso: ruleIso!, source: 'body', confidence: 0.5 }]);
  const declared = [...byDay].filter(([, cs]) => cs.some((c) => !isLine(c))).map(([d]) => d);
  const sorted = declared.length > 1 ? [...declared].sort() : [];
  const latest = sorted.at(-1) ?? null;
  const earliest = sorted[0] ?? null;
  const shownDays = [...byDay].filter(([, cs]) => cs.some(isLine)).map(([d]) => d);
  const out: DateDay[] = [];
  for (const [day, cs] of byDay) {
    const f = new Array<number>(DATE_DAY_FEATURES.length).fill(0);
    f[0] = day === rule ? 1 : 0;
    for (const c of cs) {
      const k = kindOf(c);
      if (k >= 0) f[k] = 1;
      if (isLine(c) && c.modified) f[12] = 1;
      if (isLine(c) && c.published) f[13] = 1;
    }
    f[14] = day === latest ? 1 : 0;
    f[15] = day === earliest ? 1 : 0;
    f[16] = f[1] && !f[2] ? 1 : 0;
    f[17] = f[2] && !f[1] ? 1 : 0;
    f[18] = (f[7] || f[8] || f[9]) && (f[10] || f[11]) ? 1 : 0;
    f[19] = Math.log1p(new Set(cs.map((c) => `${c.source}:${c.note ?? ''}`)).size);
    // "May 21, 2025 · April 24, 2025": a page showing two days shows its update beside its publication.
    f[20] = f[10] || f[11] ? (shownDays.some((d) => d < day) ? 1 : 0) : 0;
    // The value: a declared instant beats a shown day (it carries the time), publication stamps first.
    const value = [...cs].sort((a, b) => rank(a) - rank(b))[0]!;
    out.push({ day, features: f, value });
  }
  return out;
}

const rank = (c: DateCandidate): number => (isLine(c) || c.source === 'body' ? 2 : c.modified ? 1 : 0) - c.confidence / 10;
