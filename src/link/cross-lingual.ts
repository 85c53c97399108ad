// Cross-lingual links: two events in different languages are one happening when they share specific names (across
// scripts), numbers that mean something and dates close together. Pure: rules in data/link/cross-lingual.json.
import rules from '../../data/link/cross-lingual.json' with { type: 'json' };
import { canonicalAlias } from '../lang/aliases.js';
import { caseStem, latinOf, nameKey } from './name-key.js';

/** What the link compares of an event: its language, dates, names (canonical entities) and the numbers in its text. */
export interface EventDigest {
  id: string;
  language: string;
  firstDate: string | null;
  lastDate: string | null;
  names: { name: string; type: string }[];
  numbers: string[];
}

/** Why two events are linked: the names and numbers they share, how many days apart they are, and the score. */
export interface CrossLink {
  score: number;
  names: string[];
  numbers: string[];
  days: number;
  reason: string;
}

export type LinkRules = typeof rules;
export const LINK_RULES: LinkRules = rules;

const FAMOUS = new Set(rules.famous.map((n) => latinOf(n)));
const MULTIPLIERS: [number, Set<string>][] = [
  [1e3, new Set(rules.numberWords.thousand)],
  [1e6, new Set(rules.numberWords.million)],
  [1e9, new Set(rules.numberWords.billion)],
];

/** A name so often in the news that sharing it says little (a head of state, a great power, an alias-file entity). */
export function isFamous(name: string): boolean {
  const canonical = canonicalAlias(name)?.name ?? name;
  return FAMOUS.has(latinOf(canonical)) || FAMOUS.has(latinOf(name));
}

/** A word's initial in Latin letters, as transliterations agree on it ("Хакан" and "Hakan" -> "h"). */
function initialOf(word: string): string {
  return latinOf(caseStem(word)).replace(/^kh/, 'h').replace(/^[yj]/, 'i').replace(/^w/, 'v')[0] ?? '';
}

/**
 * Two names are one referent: the same canonical entity, or the same key where, when both give more than one word,
 * some earlier word of each starts alike (so "Anna Petrova" is not "Ivan Petrov").
 */
export function sameReferent(a: string, b: string): boolean {
  const ca = canonicalAlias(a)?.name ?? a;
  const cb = canonicalAlias(b)?.name ?? b;
  if (ca === cb) return true;
  const ka = nameKey(ca);
  if (!ka || ka !== nameKey(cb)) return false;
  const wa = ca.split(/\s+/).slice(0, -1);
  const wb = cb.split(/\s+/).slice(0, -1);
  if (!wa.length || !wb.length) return true;
  const initials = new Set(wa.map(initialOf));
  return wb.some((w) => initials.has(initialOf(w)));
}

const NUMBER = /(?<![\d:/.,-])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d{1,2})?)(?![\d:/]|[.,]\d)(?:\s*(%|\p{L}+))?/gu;

/**
 * The numbers in a text that mean something, normalised across languages ("1,200" = "1.200" = "1 200" -> "1200";
 * "2,5 Millionen" = "2.5 million" -> "2500000"): not years (1900-2100) or whole numbers under 10 (a percentage or a decimal always counts), not times or dates in digits.
 */
export function numbersIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.slice(0, rules.numbersFromChars).matchAll(NUMBER)) {
    const raw = m[1]!;
    let value: number;
    if (/^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/.test(raw)) value = Number(raw.replace(/[.,\u00a0\u202f ]/g, ''));
    else value = Number(raw.replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    const unit = (m[2] ?? '').toLowerCase();
    const times = MULTIPLIERS.find(([, words]) => words.has(unit))?.[0];
    if (times) value *= times;
    else if (unit !== '%' && Number.isInteger(value) && (value < 10 || (value >= 1900 && value <= 2100))) continue;
    out.add(String(Math.round(value * 100) / 100));
  }
  return [...out];
}

/** Whole days between two events' date ranges (0 when they overlap), or null when either has no full date. */
export function daysApart(a: Pick<EventDigest, 'firstDate' | 'lastDate'>, b: Pick<EventDigest, 'firstDate' | 'lastDate'>): number | null {
  const day = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}/.test(d) ? Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000 : null);
  const a0 = day(a.firstDate);
  const b0 = day(b.firstDate);
  if (a0 === null || b0 === null) return null;
  const a1 = day(a.lastDate) ?? a0;
  const b1 = day(b.lastDate) ?? b0;
  return Math.max(0, b0 - a1, a0 - b1);
}

/** Score two events of different languages; the link when the evidence holds (see data/link/cross-lingual.json), else null. */
export function linkEvents(a: EventDigest, b: EventDigest, r: LinkRules = LINK_RULES): CrossLink | null {
  if (a.language === b.language) return null;
  const days = daysApart(a, b);
  if (days === null || days > r.windowDays) return null;
  let score = days === 0 ? r.sameDayBonus : 0;
  const names: string[] = [];
  let specific = 0;
  const used = new Set<number>();
  for (const x of a.names) {
    const j = b.names.findIndex((y, i) => !used.has(i) && sameReferent(x.name, y.name));
    if (j < 0) continue;
    used.add(j);
    names.push(x.name);
    if (isFamous(x.name) || isFamous(b.names[j]!.name)) score += r.famousWeight;
    else {
      specific++;
      score += (r.nameWeights as Record<string, number>)[x.type] ?? r.nameWeights.other;
    }
  }
  const theirs = new Set(b.numbers);
  const numbers = a.numbers.filter((n) => theirs.has(n));
  score += Math.min(
    r.maxNumberScore,
    numbers.reduce((s, n) => s + (Number(n) < r.smallNumberBelow ? r.smallNumberWeight : r.numberWeight), 0),
  );
  if (specific < 1 || names.length + numbers.length < r.minPieces || score < r.minScore) return null;
  const parts = [`shares ${names.join(', ')}`];
  if (numbers.length) parts.push(`the numbers ${numbers.join(', ')}`);
  parts.push(days === 0 ? 'the same day' : `${days} day${days > 1 ? 's' : ''} apart`);
  return { score: Math.round(score * 100) / 100, names, numbers, days, reason: parts.join('; ') };
}

/** An event's digest from its articles (title and text) and the entities found in them. */
export function digestOf(
  e: { id: string; language: string; firstDate: string | null; lastDate: string | null },
  articles: { title: string | null; text: string }[],
  entities: { name: string; type: string }[],
): EventDigest {
  const numbers = new Set<string>();
  for (const a of articles) for (const n of numbersIn(`${a.title ?? ''}\n${a.text}`)) numbers.add(n);
  return { ...e, names: entities.map(({ name, type }) => ({ name, type })), numbers: [...numbers] };
}
