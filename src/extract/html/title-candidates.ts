// The title candidates of a page (visible headings, declared titles with and without site name and tagline) and the features the ranker weighs.
import { decodeEntities, stripSiteName, cutTagline, namesSite, overlap } from './title.js';

/** What the page offers as its title: declared values as written, and the text lines with their block tags. */
export interface TitleSources {
  og: string | null;
  twitter: string | null;
  jsonLd: string | null;
  titleTag: string | null;
  lines: readonly { text: string; tag: string }[];
  /** Index of the line where the main text begins. */
  mainStart: number;
  outlet: string | null;
  host: string | null;
  /** What the hand-written precedence picked. */
  rulePick: string | null;
  url: string | null;
}

/** Names of the candidate features, in the order of a model's weights (after the bias). */
export const TITLE_FEATURES = [
  'rule pick',
  'h1',
  'first h1',
  'h2 near the top',
  'og:title',
  'twitter:title',
  'JSON-LD headline',
  '<title>',
  'keeps the site name',
  'tagline cut',
  'declared sources',
  'declared sources, h1',
  'a text line',
  'log words',
  'has a year',
  'names the site',
  'overlap with the h1',
  'overlap with the URL path',
  'a line at the top of the text',
  'a line far below the top',
  'a line of the top part',
  'inside a line',
] as const;

export interface TitleCandidate {
  value: string;
  features: number[];
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const DECLARED = ['og', 'twitter', 'jsonLd', 'titleTag'] as const;
const MAX_WORDS = 25;
/** Headings this many lines before the main text, or after the first <h1>, count as "near the top". */
const NEAR = 12;
/** Lines longer than this (paragraphs) are not searched for a candidate title. */
const LINE_MAX = 300;
/** Lines are searched down to this many below the start of the main text (a title further down is a teaser's). */
const SCAN_BELOW = 200;

interface Draft {
  value: string;
  from: Set<string>;
  /** Forms it was seen in: "full" (site name stripped), "raw" (as written), "cut" (tagline cut). */
  forms: Set<string>;
}

const pathOf = (url: string | null): string => {
  if (!url) return '';
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
};

/**
 * Does every declared title of the page (og:title, twitter:title, JSON-LD headline, <title>; site name stripped) word the
 * hand-written pick the same? The ranker is not run then: on WCXB dev it never ranks another candidate above such a pick,
 * and building the candidates costs a scan of the page's lines.
 */
export function declaredAgree(src: TitleSources): boolean {
  const pick = src.rulePick ? norm(src.rulePick) : '';
  if (!pick) return false;
  let seen = 0;
  for (const k of DECLARED) {
    const raw = src[k];
    if (!raw) continue;
    if (norm(stripSiteName(decodeEntities(raw).trim(), src.outlet, src.host)) !== pick) return false;
    seen++;
  }
  return seen > 0;
}

/** Every distinct candidate title of a page (by normalised text) with its features. */
export function titleCandidates(src: TitleSources): TitleCandidate[] {
  const drafts = new Map<string, Draft>();
  const add = (value: string, from: string, form: string): void => {
    const v = value.replace(/\s+/g, ' ').trim();
    const key = norm(v);
    if (!key || key.split(' ').length > MAX_WORDS) return;
    let d = drafts.get(key);
    if (!d) {
      d = { value: v, from: new Set(), forms: new Set() };
      drafts.set(key, d);
    }
    d.from.add(from);
    d.forms.add(form);
  };
  for (const k of DECLARED) {
    const raw = src[k];
    if (!raw) continue;
    const decoded = decodeEntities(raw).trim();
    const full = stripSiteName(decoded, src.outlet, src.host);
    add(full, k, 'full');
    if (norm(decoded) !== norm(full)) add(decoded, k, 'raw');
    const cut = cutTagline(full);
    if (norm(cut) !== norm(full)) add(cut, k, 'cut');
  }
  let firstH1 = -1;
  const h1s: string[] = [];
  src.lines.forEach((l, i) => {
    if (l.tag !== 'h1' || h1s.length >= 5) return;
    const t = decodeEntities(l.text);
    if (namesSite(t, src.outlet, src.host)) return;
    if (firstH1 < 0) {
      firstH1 = i;
      add(t, 'firstH1', 'full');
    }
    add(t, 'h1', 'full');
    h1s.push(t);
  });
  const top = Math.max(src.mainStart, firstH1 >= 0 ? firstH1 + NEAR : 0);
  let h2n = 0;
  for (let i = Math.max(0, src.mainStart - NEAR); i < Math.min(src.lines.length, top) && h2n < 2; i++) {
    const l = src.lines[i]!;
    if (l.tag === 'h2') {
      add(decodeEntities(l.text), 'h2', 'full');
      h2n++;
    }
  }
  if (src.rulePick) add(src.rulePick, 'rule', 'full');
  // Lines that could hold a title (above the text or near its start; not paragraphs, not shorter than every candidate),
  // normalised once: where each first appears, and all of them run together.
  let minLen = Infinity;
  for (const key of drafts.keys()) minLen = Math.min(minLen, key.length);
  const firstAt = new Map<string, number>();
  const short: string[] = [];
  const end = Math.min(src.lines.length, src.mainStart + SCAN_BELOW);
  for (let i = 0; i < end; i++) {
    const t = src.lines[i]!.text;
    if (t.length > LINE_MAX || t.length < minLen) continue;
    const k = norm(t);
    short.push(k);
    if (!firstAt.has(k)) firstAt.set(k, i);
  }
  const allText = ` ${short.join(' | ')} `;
  const h1 = h1s[0] ?? null;
  const slug = new Set(norm(pathOf(src.url)).split(' '));
  const out: TitleCandidate[] = [];
  for (const [key, d] of drafts) {
    const at = firstAt.get(key);
    const declared = DECLARED.filter((k) => d.from.has(k)).length;
    const f = [
      d.from.has('rule') ? 1 : 0,
      d.from.has('h1') ? 1 : 0,
      d.from.has('firstH1') ? 1 : 0,
      d.from.has('h2') ? 1 : 0,
      d.from.has('og') ? 1 : 0,
      d.from.has('twitter') ? 1 : 0,
      d.from.has('jsonLd') ? 1 : 0,
      d.from.has('titleTag') ? 1 : 0,
      d.forms.has('raw') && !d.forms.has('full') ? 1 : 0,
      d.forms.has('cut') && !d.forms.has('full') ? 1 : 0,
      declared,
      d.from.has('h1') ? declared : 0,
      at !== undefined && at < Math.max(src.mainStart + NEAR, 2 * NEAR) ? 1 : 0,
      Math.log(key.split(' ').length),
      /\b(?:19|20)\d\d\b/.test(key) ? 1 : 0,
      namesSite(d.value, src.outlet, src.host) ? 1 : 0,
      h1 && !d.from.has('h1') ? Math.min(overlap(d.value, h1), overlap(h1, d.value)) : 0,
      key.split(' ').filter((w) => slug.has(w)).length / key.split(' ').length,
      at !== undefined && at >= src.mainStart - 3 && at <= src.mainStart + 1 ? 1 : 0,
      at !== undefined && at > src.mainStart + NEAR ? 1 : 0,
      at !== undefined ? 1 : 0,
      at === undefined && allText.includes(` ${key} `) ? 1 : 0,
    ];
    out.push({ value: d.value, features: f });
  }
  return out;
}
