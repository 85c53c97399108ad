// Ranks metadata candidates from JSON-LD, meta tags, <time>, URL, bylines and the page title into provenance-carrying fields.
import rules from '../../../data/extract-metadata.json' with { type: 'json' };
import type { Field } from '../../model.js';
import { attr, textOf, spacedText, type DomElement } from './dom.js';
import type { PageIndex } from './page-index.js';
import { findDescendant } from './parse.js';
import { readJsonLd, ldPeople, ldString, ldPublisher, type JsonLd } from './json-ld.js';
import { readMetaTags, firstMeta, type MetaTags } from './meta-tags.js';
import { normaliseDate, dateFromUrl } from './dates.js';
import { cleanAuthors } from './authors.js';
import { stripSiteName, overlap, cutTagline, decodeEntities, containsTokens, H1_CUT_SEPARATORS, namesSite } from './title.js';

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const toks = (s: string): string[] => norm(s).split(' ').filter(Boolean);

export interface PageMetadata {
  title: Field<string>;
  authors: Field<string[]>;
  published: Field<string>;
  outlet: Field<string>;
  url: Field<string>;
  htmlLang: string | null;
  notes: string[];
}

const none = <T>(note: string): Field<T> => ({ value: null, source: 'none', confidence: 0, note });
const hostOf = (url: string | null): string | null => { if (!url) return null; try { return new URL(url).hostname; } catch { return null; } };

function pickUrl(meta: MetaTags, given?: string): Field<string> {
  if (given) return { value: given, source: 'input', confidence: 1 };
  const og = firstMeta(meta, ['og:url', 'twitter:url']);
  if (meta.canonical && /^https?:\/\//.test(meta.canonical)) return { value: meta.canonical, source: 'canonical-link', confidence: 0.9 };
  if (og && /^https?:\/\//.test(og.value)) return { value: og.value, source: 'meta', confidence: 0.85 };
  return none('no URL given and none in the page');
}

function pickOutlet(meta: MetaTags, ld: JsonLd, url: string | null): Field<string> {
  const m = firstMeta(meta, ['og:site_name']);
  // A "site name" as long as a headline, or equal to the page title, was filled with the title by mistake.
  const ogTitle = firstMeta(meta, ['og:title']);
  const misfilled = m !== null && (toks(m.value).length > rules.outletMaxWords || (ogTitle !== null && norm(ogTitle.value) === norm(m.value)));
  if (m && !misfilled) return { value: m.value, source: 'meta', confidence: 0.9, note: m.key };
  const p = ldPublisher(ld);
  if (p) return { value: p, source: 'json-ld', confidence: 0.85, note: 'publisher' };
  const a = firstMeta(meta, misfilled ? rules.outletMeta.filter((k) => k !== 'og:site_name') : rules.outletMeta);
  if (a && !/^@/.test(a.value)) return { value: a.value, source: 'meta', confidence: 0.6, note: a.key };
  const host = hostOf(url);
  if (host) return { value: host.replace(/^www\./, ''), source: 'url', confidence: 0.4, note: 'host name only' };
  return none('no site name in the page and no URL');
}

const HOME_HREF = /^(?:\/|\.\/|(?:https?:)?\/\/[^/]+\/?|\/?index\.[a-z]+)$/i;

/** An <h1> that is the site's logo: its text is (mostly) a link to the home page. */
function isLogoHeading(h: DomElement, text: string): boolean {
  const a = findDescendant(h, (e) => e.localName === 'a', 4);
  if (!a) return false;
  const href = (a.getAttribute('href') ?? '').trim();
  return HOME_HREF.test(href) && textOf(a).length >= 0.8 * text.length;
}

function firstH1(doc: PageIndex): string[] {
  const out: string[] = [];
  const hs = doc.h1s;
  for (let i = 0; i < hs.length && out.length < 5; i++) {
    const t = decodeEntities(textOf(hs[i]!));
    // A whole paragraph set as <h1> (an SEO blurb) is not a headline.
    if (t && t.length < 400 && toks(t).length <= rules.h1MaxWords && !isLogoHeading(hs[i]!, t)) out.push(t);
  }
  return out;
}

function pickTitle(doc: PageIndex, meta: MetaTags, ld: JsonLd, outlet: string | null, host: string | null): Field<string> {
  const titleTag = doc.title;
  const tagText = titleTag ? textOf(titleTag) : '';
  const ldHeadline = ld.article ? ldString(ld.article.headline) ?? ldString(ld.article.name) : null;
  const og = firstMeta(meta, rules.titleMeta);
  const strip = (s: string): string => stripSiteName(decodeEntities(s), outlet, host);
  const refs: Array<{ v: string; full: string; source: string }> = [];
  const addRef = (raw: string, source: string): void => { const full = strip(raw); refs.push({ v: cutTagline(full), full, source }); };
  if (og) addRef(og.value, 'meta');
  if (ldHeadline) addRef(ldHeadline, 'json-ld');
  if (tagText) addRef(tagText, 'title-tag');
  const h1s = firstH1(doc);
  // An <h1> that agrees with a declared title is the cleanest (no site suffix, no SEO rewrite).
  let bestH1: string | null = null, bestOv = 0;
  for (const h of h1s) {
    // A logo or blog name in an <h1> is not the headline.
    if (namesSite(h, outlet, host)) continue;
    for (const r of refs) {
      // An h1 that wraps the declared title in a date or byline ("Dec 18 2025 Title", "Title Posted on ... by ..."): keep the declared title.
      if (toks(h).length > toks(r.full).length && containsTokens(h, r.full) && toks(r.full).length >= 2) {
        const extra = norm(h).replace(norm(r.full), ' ');
        if ((normaliseDate(extra) !== null || /\b(?:posted|updated|published)\b/.test(extra)) && toks(extra).length <= 8) {
          return { value: r.full, source: r.source, confidence: 0.85, note: 'h1 adds a date/byline around it' };
        }
      }
      let ov = Math.max(score2(h, r.full), score2(h, r.v));
      // A short h1 that is merely a fragment of the declared title (a section name, one word) agrees only weakly.
      if (toks(h).length < rules.h1MinWords && ov < 0.6) ov = 0;
      if (ov > bestOv) { bestOv = ov; bestH1 = h; }
    }
  }
  if (bestH1 && bestOv >= rules.h1AgreeMin) return { value: cutTagline(stripSiteName(bestH1, outlet, host), H1_CUT_SEPARATORS), source: 'h1', confidence: 0.6 + 0.35 * bestOv, note: 'agrees with declared title' };
  // A lone <h1> beats a <title> it does not match (titles are often SEO rewrites); declared og/JSON-LD titles beat both.
  if (h1s.length === 1 && refs.every((r) => r.source === 'title-tag') && toks(h1s[0]!).length >= 3) return { value: h1s[0]!, source: 'h1', confidence: 0.6, note: 'differs from <title>' };
  const first = refs.find((r) => r.v);
  if (first) return { value: first.v, source: first.source, confidence: first.source === 'title-tag' ? 0.6 : 0.8 };
  if (h1s[0]) return { value: h1s[0], source: 'h1', confidence: 0.5 };
  return none('no title, headline or h1 in the page');
}

const score2 = (a: string, b: string): number => Math.min(overlap(a, b), overlap(b, a)) * 0.5 + Math.max(overlap(a, b), overlap(b, a)) * 0.5;


function bylineCandidates(doc: PageIndex): string[] {
  const out: string[] = [];
  const take = (els: DomElement[], max: number): void => {
    for (let i = 0, n = 0; i < els.length && n < max; i++) {
      const el = els[i]!;
      const cls = `${attr(el, 'class')} ${attr(el, 'id')}`.toLowerCase();
      if (/(author-?bio|about|avatar|comment|related|more-from|image|photo)/.test(cls)) continue;
      const t = spacedText(el, 200);
      if (t && t.length <= 120) { out.push(t); n++; }
    }
  };
  take(doc.bylines, 12);
  take(doc.authorLinks, 4);
  return out;
}

const LABELS = new Set(rules.bylineLabels);

/** Bylines written in the text: "By Jane Doe", or a "Written by" label line followed by the name line. */
function bylineFromLines(lines: string[]): { names: string[]; line: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < 100 && /^(?:by|written by|posted by|words by|story by)\s*:?\s*\p{Lu}/iu.test(line)) {
      const names = cleanAuthors(line);
      if (names.length) return { names, line };
    }
    if (LABELS.has(line.toLowerCase().replace(/[:\s]+$/, '')) && lines[i + 1] && lines[i + 1]!.length < 60) {
      const names = cleanAuthors(lines[i + 1]!);
      if (names.length) return { names, line: `${line} ${lines[i + 1]}` };
    }
  }
  return null;
}

function pickAuthors(doc: PageIndex, meta: MetaTags, ld: JsonLd, outlet: string | null): Field<string[]> {
  const orgOnly: string[] = [];
  const outletN = outlet ? outlet.toLowerCase() : '';
  const isOutlet = (n: string): boolean => !!outletN && (n.toLowerCase() === outletN);
  const finish = (names: string[], source: string, confidence: number, note?: string): Field<string[]> | null => {
    const persons = names.filter((n) => !isOutlet(n));
    const chosen = persons.length ? persons : [];
    if (!chosen.length) { orgOnly.push(...names); return null; }
    return { value: chosen.slice(0, 10), source, confidence, ...(note ? { note } : {}) };
  };
  if (ld.article) {
    const people = ldPeople(ld.article.author ?? ld.article.creator, ld.byId);
    const persons = people.filter((p) => p.kind !== 'org').flatMap((p) => cleanAuthors(p.name));
    const r = finish(persons, 'json-ld', 0.9);
    if (r) return r;
    orgOnly.push(...people.filter((p) => p.kind === 'org').map((p) => p.name));
  }
  for (const k of [...rules.authorMeta, 'itemprop:author']) {
    const vals = meta.values.get(k);
    if (!vals) continue;
    const names = vals.filter((v) => !/^https?:/.test(v) && !(k === 'twitter:creator' && v.startsWith('@'))).flatMap(cleanAuthors);
    const r = finish(names, 'meta', 0.8, k);
    if (r) return r;
  }
  for (const t of bylineCandidates(doc)) {
    const r = finish(cleanAuthors(t), 'byline', 0.6);
    if (r) return r;
  }
  if (orgOnly.length) return { value: [orgOnly[0]!], source: 'json-ld', confidence: 0.3, note: 'organisation named as author; no person given' };
  return none('no author in JSON-LD, meta tags or a byline');
}

function timeTags(doc: PageIndex): Array<{ iso: string; hasTime: boolean; rank: number }> {
  const out: Array<{ iso: string; hasTime: boolean; rank: number }> = [];
  const ts = doc.times;
  for (let i = 0; i < ts.length && i < 30; i++) {
    const el = ts[i]!;
    const d = normaliseDate(el.getAttribute('datetime') ?? textOf(el));
    if (!d) continue;
    const ctx = `${attr(el, 'class')} ${attr(el, 'itemprop')} ${el.hasAttribute('pubdate') ? 'pubdate' : ''}`.toLowerCase();
    const shownText = textOf(el).toLowerCase();
    const rank = /modif|updat/.test(shownText) ? 2 : /publish|pubdate|posted|created/.test(ctx) ? 0 : /modif|updat/.test(ctx) ? 2 : 1;
    out.push({ ...d, rank });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

const DATE_CUE = /\b(?:published|posted|updated|modified|date|written|by)\b/i;

/** Full dates written in short lines near the top of the article ("Last updated: August 1, 2025", "Dec 17, 2025"), in order. */
export function datesFromLines(lines: string[]): Array<{ iso: string; line: string; cued: boolean }> {
  const out: Array<{ iso: string; line: string; cued: boolean }> = [];
  for (const line of lines) {
    if (line.length > 240) continue;
    const d = normaliseDate(line) ?? normaliseDate(line.replace(/^.*?(?=\d{4}-\d{2}-\d{2})/, ''));
    if (!d) continue;
    out.push({ iso: d.iso, line, cued: DATE_CUE.test(line) || line.length <= 30 });
  }
  return out;
}

interface DateCandidate { iso: string; source: string; confidence: number; note?: string; modified?: boolean }

function structuredDates(doc: PageIndex, meta: MetaTags, ld: JsonLd, url: string | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (ld.article) {
    const d = normaliseDate(ldString(ld.article.datePublished) ?? ldString(ld.article.dateCreated) ?? ldString(ld.article.uploadDate));
    if (d) out.push({ iso: d.iso, source: 'json-ld', confidence: 0.92, note: 'datePublished' });
  }
  for (const k of [...rules.publishedMeta, 'itemprop:datepublished', 'itemprop:datecreated']) {
    const vals = meta.values.get(k);
    const d = vals ? normaliseDate(vals[0]) : null;
    if (d) { out.push({ iso: d.iso, source: 'meta', confidence: 0.88, note: k }); break; }
  }
  for (const t of timeTags(doc).slice(0, 3)) out.push({ iso: t.iso, source: 'time-tag', confidence: t.rank === 0 ? 0.85 : t.rank === 1 ? 0.7 : 0.45, modified: t.rank === 2 });
  const u = url ? dateFromUrl(url) : null;
  if (u && u.iso) out.push({ iso: u.iso, source: 'url', confidence: 0.75 });
  if (ld.article) {
    const d = normaliseDate(ldString(ld.article.dateModified));
    if (d) out.push({ iso: d.iso, source: 'json-ld', confidence: 0.4, note: 'dateModified', modified: true });
  }
  const mod = firstMeta(meta, rules.modifiedMeta);
  if (mod) { const d = normaliseDate(mod.value); if (d) out.push({ iso: d.iso, source: 'meta', confidence: 0.35, note: mod.key, modified: true }); }
  return out;
}

const PUB_CUE = new RegExp(`\\b(?:${rules.publishedCues.join('|')})\\b`, 'i');
const UPD_CUE = new RegExp(`\\b(?:${rules.updatedCues.join('|')})\\b`, 'i');
const sameDay = (a: string, b: string): boolean => a.slice(0, 10) === b.slice(0, 10);

/** A line that is only a date ("May 31, 2024", "12.12.2025"), as blogs print under the headline. */
function bareDate(line: string): string | null {
  if (line.length > rules.bareDateMaxChars) return null;
  const d = normaliseDate(line);
  return d ? d.iso : null;
}

function pickPublished(doc: PageIndex, meta: MetaTags, ld: JsonLd, url: string | null, topLines: string[], pageLines: string[]): Field<string> {
  const cands = structuredDates(doc, meta, ld, url);
  const shown = datesFromLines(topLines);
  const field = (c: DateCandidate, extra?: string): Field<string> => {
    const note = [c.note, extra].filter(Boolean).join('; ');
    return { value: c.iso, source: c.source, confidence: c.confidence, ...(note ? { note } : {}) };
  };
  const fromLine = (v: { iso: string; line: string }, confidence: number): Field<string> =>
    ({ value: v.iso, source: 'body', confidence, note: `shown on the page: "${v.line.slice(0, 60)}"` });
  // 1. The page's own words near the headline, "Published May 3, 2024", beat structured data (often rewritten on every edit).
  const said = shown.find((v) => PUB_CUE.test(v.line) && !UPD_CUE.test(v.line));
  if (said) {
    const same = cands.find((c) => !c.modified && sameDay(c.iso, said.iso));
    return same ? field({ ...same, confidence: Math.max(same.confidence, 0.9) }, 'shown on the page') : fromLine(said, 0.7);
  }
  // 2. A structured publication date that the page also shows (not as an "Updated" stamp).
  for (const v of shown) {
    if (UPD_CUE.test(v.line)) continue;
    const same = cands.find((c) => !c.modified && sameDay(c.iso, v.iso));
    if (same) return field({ ...same, confidence: Math.max(same.confidence, 0.9) }, 'shown on the page');
  }
  // 3. A structured publication date that does not look auto-filled (published == modified) wins over shown "Updated" stamps.
  const pub = cands.find((c) => !c.modified);
  const modCand = cands.find((c) => c.modified);
  const suspicious = !pub || (modCand !== undefined && modCand.iso === pub.iso);
  if (pub && !suspicious) return field(pub);
  // 4. Otherwise a date shown with a cue (or alone) near the headline, then a date standing alone on a line anywhere.
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
  if (u && u.partial) return { value: null, source: 'url', confidence: 0, note: 'URL gives year and month only', partial: u.partial };
  return none('no publication date in JSON-LD, meta tags, <time>, URL or text');
}

/** Read all metadata fields of a parsed page. `topLines` are the first text lines of the page (for bylines/datelines). */
export function readMetadata(doc: PageIndex, topLines: string[], givenUrl?: string, pageLines: string[] = []): PageMetadata {
  const notes: string[] = [];
  let meta: MetaTags;
  try { meta = readMetaTags(doc); } catch (e) { notes.push(`meta tags unreadable: ${(e as Error).message}`); meta = { values: new Map(), canonical: null, htmlLang: null }; }
  let ld: JsonLd;
  try { ld = readJsonLd(doc); } catch (e) { notes.push(`JSON-LD unreadable: ${(e as Error).message}`); ld = { article: null, articleKind: null, objects: [], byId: new Map(), errors: 1 }; }
  if (ld.errors) notes.push(`${ld.errors} JSON-LD block(s) were not valid JSON`);
  const url = pickUrl(meta, givenUrl);
  const outlet = pickOutlet(meta, ld, url.value);
  const host = hostOf(url.value);
  const title = pickTitle(doc, meta, ld, outlet.value, host);
  let authors = pickAuthors(doc, meta, ld, outlet.value);
  if (authors.value === null || authors.confidence < 0.5) {
    const b = bylineFromLines(topLines);
    if (b) authors = { value: b.names, source: 'byline', confidence: 0.55, note: `body line "${b.line.slice(0, 60)}"` };
  }
  const published = pickPublished(doc, meta, ld, url.value, topLines, pageLines);
  return { title, authors, published, outlet, url, htmlLang: meta.htmlLang, notes };
}
