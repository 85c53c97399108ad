// Gathers the dates a page offers (JSON-LD, meta tags, <time>, URL, lines by the headline) and picks its publication date.
import rules from '../../../data/extract-metadata.json' with { type: 'json' };
import type { Field } from '../../model.js';
import { attr, textOf } from './dom.js';
import type { PageIndex } from './page-index.js';
import { ldString, type JsonLd } from './json-ld.js';
import { firstMeta, type MetaTags } from './meta-tags.js';
import { normaliseDate, dateFromUrl, datesInLine, type ParsedDate } from './dates.js';
import { dateDays } from './date-features.js';
import { PUB_CUE, UPD_CUE, ORIGINAL_CUE } from './date-cues.js';
import { bestDay, dateModel, type DateModel } from './date-ranker.js';

/** One date the page offers, with where it came from; `modified` marks last-modified stamps. */
export interface DateCandidate {
  iso: string;
  source: string;
  confidence: number;
  note?: string;
  modified?: boolean;
  /** A <time> element that says nothing about its date, one of several on different days (a list of comments or teasers). */
  listed?: boolean;
  /** A <time> marked as the publication date (pubdate, itemprop or class "published"), or a shown line with a "Published" cue. */
  published?: boolean;
  /** The other reading of an ambiguous numeric date shown on a line ("09.10.2024"). */
  alt?: string;
}

/** What the page declares and shows, as the metadata stage read it. */
export interface DatePage {
  doc: PageIndex;
  meta: MetaTags;
  ld: JsonLd;
  url: string | null;
  /** Lines around the top of the article (from just above the headline, or around the first main paragraph). */
  topLines: string[];
  /** The few lines right under the headline; empty when the headline is not in the text. */
  headLines: string[];
  /** Every text line of the page. */
  pageLines: string[];
}

interface ShownDate {
  iso: string;
  alt?: string;
  line: string;
  cued: boolean;
}

const none = (note: string): Field<string> => ({ value: null, source: 'none', confidence: 0, note });

function timeTags(doc: PageIndex): Array<{ iso: string; rank: number }> {
  const out: Array<{ iso: string; rank: number }> = [];
  const ts = doc.times;
  for (let i = 0; i < ts.length && i < 30; i++) {
    const el = ts[i]!;
    const d = normaliseDate(el.getAttribute('datetime') ?? textOf(el));
    if (!d) continue;
    const ctx = `${attr(el, 'class')} ${attr(el, 'itemprop')} ${el.hasAttribute('pubdate') ? 'pubdate' : ''}`.toLowerCase();
    const shownText = textOf(el).toLowerCase();
    const rank = /modif|updat/.test(shownText) ? 2 : /publish|pubdate|posted|created/.test(ctx) ? 0 : /modif|updat/.test(ctx) ? 2 : 1;
    out.push({ iso: d.iso, rank });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

const PUBLISHED_KEY = new RegExp(rules.publishedMetaPattern, 'i');
const MODIFIED_KEY = /modif|updat|revis|expir|read|refresh/i;

/** A publication date in a meta tag: the known names in priority order, then any name that says "published" (w-published-date). */
function metaPublished(meta: MetaTags): DateCandidate | null {
  for (const k of [...rules.publishedMeta, 'itemprop:datepublished', 'itemprop:datecreated']) {
    const vals = meta.values.get(k);
    const d = vals ? normaliseDate(vals[0]) : null;
    if (d) return { iso: d.iso, source: 'meta', confidence: 0.88, note: k };
  }
  for (const [k, vals] of meta.values) {
    if (!PUBLISHED_KEY.test(k) || MODIFIED_KEY.test(k) || /^https?:/.test(vals[0]!)) continue;
    const d = normaliseDate(vals[0]);
    if (d) return { iso: d.iso, source: 'meta', confidence: 0.8, note: k };
  }
  return null;
}

/** Dates declared in the markup (JSON-LD, meta, <time>, URL), publication dates first, then modification stamps. */
function structuredDates(page: DatePage): DateCandidate[] {
  const { doc, meta, ld, url } = page;
  const out: DateCandidate[] = [];
  if (ld.article) {
    const d = normaliseDate(ldString(ld.article.datePublished) ?? ldString(ld.article.dateCreated) ?? ldString(ld.article.uploadDate));
    if (d) out.push({ iso: d.iso, source: 'json-ld', confidence: 0.92, note: 'datePublished' });
  }
  const m = metaPublished(meta);
  if (m) out.push(m);
  const times = timeTags(doc);
  // Plain <time>s on several different days are a list (comments, teasers), not the page's date.
  const listed = new Set(times.filter((t) => t.rank === 1).map((t) => t.iso.slice(0, 10))).size > 1;
  for (const t of times.slice(0, 3)) {
    const kind = t.rank === 2 ? { modified: true } : t.rank === 1 && listed ? { listed: true } : t.rank === 0 ? { published: true } : {};
    out.push({ iso: t.iso, source: 'time-tag', confidence: t.rank === 0 ? 0.85 : t.rank === 1 ? 0.7 : 0.45, ...kind });
  }
  const u = url ? dateFromUrl(url) : null;
  if (u?.iso) out.push({ iso: u.iso, source: 'url', confidence: 0.75 });
  if (ld.article) {
    const d = normaliseDate(ldString(ld.article.dateModified));
    if (d) out.push({ iso: d.iso, source: 'json-ld', confidence: 0.4, note: 'dateModified', modified: true });
  }
  const mod = firstMeta(meta, rules.modifiedMeta);
  if (mod) {
    const d = normaliseDate(mod.value);
    if (d) out.push({ iso: d.iso, source: 'meta', confidence: 0.35, note: mod.key, modified: true });
  }
  return out;
}

const DATE_CUE = /\b(?:published|posted|updated|modified|date|written|by)\b/i;

/** Full dates written in short lines ("Last updated: August 1, 2025", "Dec 17, 2025"), in order. */
function datesFromLines(lines: string[]): ShownDate[] {
  const out: ShownDate[] = [];
  for (const line of lines) {
    if (line.length > 240) continue;
    const d = normaliseDate(line) ?? normaliseDate(line.replace(/^.*?(?=\d{4}-\d{2}-\d{2})/, ''));
    if (!d) continue;
    out.push({ iso: d.iso, ...(d.alt ? { alt: d.alt } : {}), line, cued: DATE_CUE.test(line) || line.length <= 30 });
  }
  return out;
}

const sameDay = (a: string, b: string): boolean => a.slice(0, 10) === b.slice(0, 10);
/** Does a date read from the text agree with a declared one (either reading of "03/10/2023")? */
const agrees = (d: { iso: string; alt?: string }, c: DateCandidate): boolean => sameDay(c.iso, d.iso) || (d.alt !== undefined && sameDay(c.iso, d.alt));

const HOUR = 3_600_000;
/**
 * Is the shown day the calendar day of a declared instant in some time zone (UTC-12 to UTC+14)? "3 Dec" shown by a Sydney site
 * and "2025-12-02T23:00:55+00:00" declared are one moment; the declared value, with its own offset, is kept.
 */
function sameMoment(day: string, c: DateCandidate): boolean {
  if (!/T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/.test(c.iso)) return false;
  const t = Date.parse(c.iso);
  const d = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(t) || Number.isNaN(d)) return false;
  return t - 14 * HOUR < d + 24 * HOUR && t + 12 * HOUR >= d;
}

/**
 * The declared candidate a shown date stands for: one on the same day, else the same moment seen from another time zone. A
 * <time> on the same day is the shown line itself, not a second witness: when it is the only one, a publication date declared
 * for the same moment in another zone (the meta tag in UTC) is the more trusted value.
 */
function declaredFor(d: { iso: string; alt?: string }, cands: DateCandidate[], ok: (c: DateCandidate) => boolean): DateCandidate | undefined {
  const same = cands.filter((c) => ok(c) && agrees(d, c));
  if (same.some((c) => c.source !== 'time-tag') || d.alt) return same[0];
  let best = same[0];
  for (const c of cands) if (ok(c) && sameMoment(d.iso, c) && (!best || c.confidence > best.confidence)) best = c;
  return best;
}

/** A line that is only a date ("May 31, 2024", "12.12.2025"), as blogs print under the headline. */
function bareDate(line: string): string | null {
  if (line.length > rules.bareDateMaxChars) return null;
  const d = normaliseDate(line);
  return d ? d.iso : null;
}

/**
 * The date line printed right under the headline ("Dec 26, 2025 • Jane Doe", "by Jane Doe ● 23 December 2025 ● 6 min read"):
 * the date the page shows readers as its own. "Updated" stamps are skipped; a sentence that happens to hold a date is not a date line.
 */
function headDate(headLines: string[]): { dates: ParsedDate[]; line: string } | null {
  let prose = 0;
  for (const line of headLines) {
    // The date line comes before the text: past a standfirst and the first paragraph, dates belong to the text or comments.
    if (line.length > rules.headDateMaxChars) {
      if (++prose >= rules.headDateProseStop) return null;
      continue;
    }
    const dates = datesInLine(line);
    if (!dates.length) continue;
    if (UPD_CUE.test(line)) continue;
    const rest = line
      .replace(/\d+/g, ' ')
      .split(/\s+/)
      .filter((w) => /\p{L}{2,}/u.test(w));
    if (rest.length > rules.headDateMaxWords && !/\bby\b|[|•●·]/i.test(line)) continue;
    return { dates, line };
  }
  return null;
}

/** What the rules and the date model both read of one page, computed once. */
interface PageReading {
  structured: DateCandidate[];
  shown: ShownDate[];
  head: { dates: ParsedDate[]; line: string } | null;
}
const readings = new WeakMap<DatePage, PageReading>();
function reading(page: DatePage): PageReading {
  let r = readings.get(page);
  if (!r) {
    r = { structured: structuredDates(page), shown: datesFromLines(page.topLines), head: headDate(page.headLines) };
    readings.set(page, r);
  }
  return r;
}

/** Every date candidate of the page with its source, for explaining a choice (evals, debugging). */
export function dateCandidates(page: DatePage): DateCandidate[] {
  const lineCand =
    (source: string, confidence: number) =>
    (v: { iso: string; alt?: string; line: string }): DateCandidate => ({
      iso: v.iso,
      source,
      confidence,
      note: `"${v.line.slice(0, 70)}"${v.alt ? ` (or ${v.alt})` : ''}`,
      ...(v.alt ? { alt: v.alt } : {}),
      ...(UPD_CUE.test(v.line) ? { modified: true } : PUB_CUE.test(v.line) ? { published: true } : {}),
    });
  const { structured, shown, head } = reading(page);
  return [
    ...structured,
    ...(head ? head.dates.map((d) => lineCand('head-line', 0.7)({ ...d, line: head.line })) : []),
    ...shown.map(lineCand('top-line', 0.6)),
  ];
}

/** The hand precedence: what the page says near its headline, checked against and made precise by the declared dates. */
export function pickByRules(page: DatePage): Field<string> {
  const { pageLines, url } = page;
  const { structured: cands, shown, head } = reading(page);
  const field = (c: DateCandidate, extra?: string): Field<string> => {
    const note = [c.note, extra].filter(Boolean).join('; ');
    return { value: c.iso, source: c.source, confidence: c.confidence, ...(note ? { note } : {}) };
  };
  const fromLine = (v: { iso: string; line: string }, confidence: number): Field<string> => ({
    value: v.iso,
    source: 'body',
    confidence,
    note: `shown on the page: "${v.line.slice(0, 60)}"`,
  });
  // 1. The page's own words near the headline, "Published May 3, 2024", beat structured data (often rewritten on every edit);
  //    so does "originally published on ..." anywhere in the text.
  const said =
    shown.find((v) => PUB_CUE.test(v.line) && !UPD_CUE.test(v.line)) ?? datesFromLines(pageLines.filter((l) => l.length < 300 && ORIGINAL_CUE.test(l)))[0];
  if (said) {
    const same = declaredFor(said, cands, (c) => !c.modified);
    return same ? field({ ...same, confidence: Math.max(same.confidence, 0.9) }, 'shown on the page') : fromLine(said, 0.7);
  }
  // 2. The date line under the headline: a declared publication date it shows gives the exact value; a date no source declares
  //    is the page's own word. One that is the modification stamp leaves the choice to the declared publication date below.
  if (head) {
    for (const d of head.dates) {
      const same = declaredFor(d, cands, (c) => !c.modified);
      if (same) return field({ ...same, confidence: Math.max(same.confidence, 0.9) }, 'shown under the headline');
    }
    if (!head.dates.some((d) => cands.some((c) => agrees(d, c)))) return fromLine({ iso: head.dates[0]!.iso, line: head.line }, 0.7);
  }
  // 3. A structured publication date that the page also shows (not as an "Updated" stamp). A <time> from a list is the shown
  //    line itself, not a second source.
  for (const v of shown) {
    if (UPD_CUE.test(v.line)) continue;
    const same = declaredFor(v, cands, (c) => !c.modified && !c.listed);
    if (same) return field({ ...same, confidence: Math.max(same.confidence, 0.9) }, 'shown on the page');
  }
  // 4. A structured publication date wins over shown "Updated" stamps, unless it looks auto-filled: equal to the modification
  //    stamp and backed by no second source.
  const pub = cands.find((c) => !c.modified);
  const modCand = cands.find((c) => c.modified);
  const backers = pub ? new Set(cands.filter((c) => !c.modified && sameDay(c.iso, pub.iso)).map((c) => c.source)).size : 0;
  const suspicious = !pub || (modCand !== undefined && modCand.iso === pub.iso && backers < 2);
  if (pub && !suspicious) return field(pub);
  // 5. Otherwise a date shown with a cue (or alone) near the headline, then a date standing alone on a line anywhere.
  const cued = shown.find((v) => v.cued);
  if (cued) return fromLine(cued, 0.6);
  for (const line of pageLines) {
    const iso = bareDate(line);
    if (iso) return fromLine({ iso, line }, 0.5);
  }
  if (pub) return field(pub);
  const mod = cands[0];
  if (mod) return field(mod, 'only a modification date was found');
  // Last resort: a date line with an explicit cue anywhere in the page text ("Last updated: November 13, 2025").
  const anywhere = datesFromLines(pageLines.filter((l) => l.length < 120 && (PUB_CUE.test(l) || UPD_CUE.test(l) || /\bdate\b/i.test(l))))[0];
  if (anywhere) return fromLine(anywhere, 0.45);
  const u = url ? dateFromUrl(url) : null;
  if (u?.partial) return { value: null, source: 'url', confidence: 0, note: 'URL gives year and month only', partial: u.partial };
  return none('no publication date in JSON-LD, meta tags, <time>, URL or text');
}

/** Every candidate with the rules' pick added as one more (source "rules"), for explaining a choice and fitting the date model. */
export function explainDates(page: DatePage): DateCandidate[] {
  const rule = pickByRules(page);
  const cands = dateCandidates(page);
  return rule.value ? [...cands, { iso: rule.value, source: 'rules', confidence: rule.confidence, ...(rule.note ? { note: rule.note } : {}) }] : cands;
}

/**
 * Pick the publication date: the rules' pick and every other day the page offers, scored by the date model (fitted on WCXB
 * host folds, eval/extract-dates.ts); the rules' own value is kept when the model agrees with them.
 */
export function pickPublished(page: DatePage, m: DateModel = dateModel): Field<string> {
  const rule = pickByRules(page);
  if (!rule.value) return rule;
  const best = bestDay(dateDays(dateCandidates(page), rule.value), m);
  if (!best || best.day === rule.value.slice(0, 10)) return rule;
  const c = best.value;
  const note = [c.note, `date model over the rules' ${rule.value.slice(0, 10)}`].filter(Boolean).join('; ');
  return { value: c.iso, source: c.source === 'head-line' || c.source === 'top-line' ? 'body' : c.source, confidence: Math.min(c.confidence, 0.8), note };
}
