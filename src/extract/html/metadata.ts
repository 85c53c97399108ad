// Ranks metadata candidates from JSON-LD, meta tags, <time>, URL, bylines and the page title into provenance-carrying fields.
import rules from '../../../data/extract-metadata.json' with { type: 'json' };
import blockRules from '../../../data/extract-boilerplate.json' with { type: 'json' };
import type { Field } from '../../model.js';
import { attr, partedText, textOf, spacedText, type DomElement, type DomNode } from './dom.js';
import type { PageIndex } from './page-index.js';
import { findDescendant } from './parse.js';
import { readJsonLd, ldPeople, ldString, ldPublisher, type JsonLd } from './json-ld.js';
import { readMetaTags, firstMeta, type MetaTags } from './meta-tags.js';
import { normaliseDate } from './dates.js';
import { pickPublished, explainDates, type DatePage, type DateCandidate } from './published.js';
import { cleanAuthors } from './authors.js';
import { stripSiteName, overlap, cutTagline, decodeEntities, containsTokens, H1_CUT_SEPARATORS, namesSite } from './title.js';
import { rankTitle } from './title-rank.js';

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const toks = (s: string): string[] => norm(s).split(' ').filter(Boolean);

export interface PageMetadata {
  title: Field<string>;
  /** The headline line as the page shows it, when that is not the title itself ("Blog: Title"); null otherwise. */
  headline: string | null;
  authors: Field<string[]>;
  published: Field<string>;
  outlet: Field<string>;
  url: Field<string>;
  htmlLang: string | null;
  notes: string[];
  /** Every date candidate seen, when asked to explain. */
  dateCandidates?: DateCandidate[];
}

const none = <T>(note: string): Field<T> => ({ value: null, source: 'none', confidence: 0, note });
const hostOf = (url: string | null): string | null => {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
};

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

/** What an aggregator appends to a headline: the source's domain in brackets, maybe with a comment count. */
const SOURCE_AND_COUNT = /^\s*\((?:[\w-]+\.)+[a-z]{2,}\)\s*\d*\s*$/i;

const HOME_HREF = /^(?:\/|\.\/|(?:https?:)?\/\/[^/]+\/?|\/?index\.[a-z]+)$/i;

const linksHome = (a: DomElement): boolean => HOME_HREF.test((a.getAttribute('href') ?? '').trim());

/** An <h1> that is the site's logo: its text is (mostly) a link to the home page, or the whole heading sits in one. */
function isLogoHeading(h: DomElement, text: string): boolean {
  for (let p = h.parent ?? null, up = 0; p && up < 3; p = p.parent ?? null, up++) if (p.localName === 'a') return linksHome(p);
  const a = findDescendant(h, (e) => e.localName === 'a', 4);
  return a !== null && linksHome(a) && textOf(a).length >= 0.8 * text.length;
}

/** Tags that run on within a line (a <br> ends one). */
const INLINE = new Set(blockRules.inlineTags.filter((t) => t !== 'br'));

/**
 * Text of a heading with a space where a line break or a block inside it parts two words: textContent runs
 * "Weekend<br>Coding Agent" or "<p>Title</p><h4>Subtitle</h4>" together ("WeekendCoding Agent"); inline markup inside a
 * word ("Planning C<span>ycle</span>") stays joined.
 */
const headingText = (el: DomNode): string => partedText(el, (tag) => !INLINE.has(tag));

function firstH1(doc: PageIndex): string[] {
  const out: string[] = [];
  const hs = doc.h1s;
  for (let i = 0; i < hs.length && out.length < 5; i++) {
    const t = decodeEntities(headingText(hs[i]!));
    // A whole paragraph set as <h1> (an SEO blurb) is not a headline.
    if (t && t.length < 400 && toks(t).length <= rules.h1MaxWords && !isLogoHeading(hs[i]!, t)) out.push(t);
  }
  return out;
}

/** The title, and the <h1> line shown for it when that line is not the title itself (wrapped in a date, label, or mis-encoded). */
interface Titled {
  field: Field<string>;
  shown: string | null;
}

export function pickTitle(doc: PageIndex, meta: MetaTags, ld: JsonLd, outlet: string | null, host: string | null): Titled {
  const plain = (field: Field<string>): Titled => ({ field, shown: null });
  const titleTag = doc.title;
  const tagText = titleTag ? textOf(titleTag) : '';
  const ldHeadline = ld.article ? (ldString(ld.article.headline) ?? ldString(ld.article.name)) : null;
  const og = firstMeta(meta, rules.titleMeta);
  const strip = (s: string): string => stripSiteName(decodeEntities(s), outlet, host);
  const refs: Array<{ v: string; full: string; source: string }> = [];
  const addRef = (raw: string, source: string): void => {
    const full = strip(raw);
    refs.push({ v: cutTagline(full), full, source });
  };
  if (og) addRef(og.value, 'meta');
  if (ldHeadline) addRef(ldHeadline, 'json-ld');
  if (tagText) addRef(tagText, 'title-tag');
  const h1s = firstH1(doc);
  // An <h1> that agrees with a declared title is the cleanest (no site suffix, no SEO rewrite).
  let bestH1: string | null = null,
    bestOv = 0;
  for (const h of h1s) {
    // A logo or blog name in an <h1> is not the headline.
    if (namesSite(h, outlet, host)) continue;
    for (const r of refs) {
      // An h1 that wraps the declared title in a date or byline ("Dec 18 2025 Title", "Title Posted on ... by ..."): keep the declared title.
      if (toks(h).length > toks(r.full).length && containsTokens(h, r.full) && toks(r.full).length >= 2) {
        const extra = norm(h).replace(norm(r.full), ' ');
        // A section label before a colon ("Blog: Title", "Title:Title") is not part of the headline either.
        const label = /^\s*[\p{L}]+(?: [\p{L}]+)?\s*:/u.exec(h);
        const labelled = label !== null && norm(h.slice(label[0].length)) === norm(r.full);
        // A source domain and a counter after it ("Title (latimes.com) 87", as aggregators show it) are not either.
        const counted = h.toLowerCase().startsWith(r.full.toLowerCase()) && SOURCE_AND_COUNT.test(h.slice(r.full.length));
        if (((normaliseDate(extra) !== null || /\b(?:posted|updated|published)\b/.test(extra)) && toks(extra).length <= 8) || labelled || counted) {
          return { field: { value: r.full, source: r.source, confidence: 0.85, note: 'the h1 adds a date, byline, label or counter to it' }, shown: h };
        }
      }
      let ov = Math.max(score2(h, r.full), score2(h, r.v));
      // A short h1 that is merely a fragment of the declared title (a section name, one word) agrees only weakly.
      if (toks(h).length < rules.h1MinWords && ov < 0.6) ov = 0;
      if (ov > bestOv) {
        bestOv = ov;
        bestH1 = h;
      }
    }
  }
  if (bestH1 && bestOv >= rules.h1AgreeMin) {
    const h = bestH1;
    const clean = h.includes('?') ? refs.find((r) => misEncodedCopy(h, r.full)) : undefined;
    if (clean) return { field: { value: clean.full, source: clean.source, confidence: 0.85, note: 'the <h1> is a mis-encoded copy' }, shown: h };
    // An <h1> in capitals is styled for display (often shortened as a kicker); the declared title it matches is the headline.
    if (allCaps(h)) {
      const best = refs.reduce((a, r) => (score2(h, r.full) > score2(h, a.full) ? r : a), refs[0]!);
      if (!allCaps(best.full)) return { field: { value: best.full, source: best.source, confidence: 0.75, note: 'the <h1> is set in capitals' }, shown: h };
    }
    return plain({
      value: cutTagline(stripSiteName(h, outlet, host), H1_CUT_SEPARATORS),
      source: 'h1',
      confidence: 0.6 + 0.35 * bestOv,
      note: 'agrees with declared title',
    });
  }
  // A lone <h1> beats a <title> it does not match (titles are often SEO rewrites); declared og/JSON-LD titles beat both.
  if (h1s.length === 1 && refs.every((r) => r.source === 'title-tag') && toks(h1s[0]!).length >= 3)
    return plain({ value: h1s[0]!, source: 'h1', confidence: 0.6, note: 'differs from <title>' });
  const first = refs.find((r) => r.v);
  if (first) return plain({ value: first.v, source: first.source, confidence: first.source === 'title-tag' ? 0.6 : 0.8 });
  if (h1s[0]) return plain({ value: h1s[0], source: 'h1', confidence: 0.5 });
  return plain(none('no title, headline or h1 in the page'));
}

/** Text written in capitals only (at least two words of letters). */
const allCaps = (s: string): boolean => toks(s).length >= 2 && /\p{Lu}{2}/u.test(s) && s === s.toUpperCase();

/** Is `h` the title `t` with some characters turned into "?" (a charset mix-up: "Beginner? Guide" for "Beginner's Guide")? */
function misEncodedCopy(h: string, t: string): boolean {
  if (t.includes('?') || Math.abs(h.length - t.length) > 8) return false;
  const parts = h.split('?').map((p) => p.replace(/[.*+^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^\\s]{1,3}')}$`, 'u').test(t);
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
      if (t && t.length <= 120) {
        out.push(t);
        n++;
      }
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
  const isOutlet = (n: string): boolean => !!outletN && n.toLowerCase() === outletN;
  const finish = (names: string[], source: string, confidence: number, note?: string): Field<string[]> | null => {
    const persons = names.filter((n) => !isOutlet(n));
    const chosen = persons.length ? persons : [];
    if (!chosen.length) {
      orgOnly.push(...names);
      return null;
    }
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

/** Where the headline sits among the text lines: the line equal to the title, an <h1>-<h3> first; -1 when absent. */
function headlineAt(lines: readonly TextLine[], title: string | null): number {
  const t = title ? norm(title) : '';
  if (!t) return -1;
  const len = title!.length;
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // Cheap length check first: most lines are far longer or shorter than the headline.
    if (l.text.length > 2 * len + 20 || 2 * l.text.length + 20 < len || norm(l.text) !== t) continue;
    if (/^h[1-3]$/.test(l.tag)) return i;
    if (first < 0) first = i;
  }
  return first;
}

/** A text line of the page and the tag of the block that holds it. */
export interface TextLine {
  text: string;
  tag: string;
}

/**
 * Read all metadata fields of a parsed page from its index and text lines; `mainStart` is the line where the main text begins.
 * With `explain`, also list every date candidate seen (for evals).
 */
export function readMetadata(doc: PageIndex, lines: readonly TextLine[], mainStart: number, givenUrl?: string, explain = false): PageMetadata {
  const pageLines = lines.map((l) => l.text);
  const notes: string[] = [];
  let meta: MetaTags;
  try {
    meta = readMetaTags(doc);
  } catch (e) {
    notes.push(`meta tags unreadable: ${(e as Error).message}`);
    meta = { values: new Map(), canonical: null, htmlLang: null };
  }
  let ld: JsonLd;
  try {
    ld = readJsonLd(doc);
  } catch (e) {
    notes.push(`JSON-LD unreadable: ${(e as Error).message}`);
    ld = { article: null, articleKind: null, objects: [], byId: new Map(), errors: 1 };
  }
  if (ld.errors) notes.push(`${ld.errors} JSON-LD block(s) were not valid JSON`);
  const url = pickUrl(meta, givenUrl);
  const outlet = pickOutlet(meta, ld, url.value);
  const host = hostOf(url.value);
  const page = { doc, meta, ld, lines, mainStart, outlet: outlet.value, host, url: url.value };
  const { field: title, shown: shownHeadline } = rankTitle(pickTitle(doc, meta, ld, outlet.value, host), page);
  // Bylines and date lines sit around the headline; without one in the text, around the start of the main text.
  const head = headlineAt(lines, shownHeadline ?? title.value);
  const topLines =
    head >= 0
      ? pageLines.slice(Math.max(0, head - rules.topLinesAbove), head + rules.topLinesBelow)
      : pageLines.slice(Math.max(0, mainStart - 30), mainStart + 30);
  let authors = pickAuthors(doc, meta, ld, outlet.value);
  if (authors.value === null || authors.confidence < 0.5) {
    const b = bylineFromLines(topLines);
    if (b) authors = { value: b.names, source: 'byline', confidence: 0.55, note: `body line "${b.line.slice(0, 60)}"` };
  }
  const datePage: DatePage = {
    doc,
    meta,
    ld,
    url: url.value,
    pageLines,
    topLines,
    headLines: head >= 0 ? pageLines.slice(head + 1, head + 1 + rules.headDateSpan) : [],
  };
  const published = pickPublished(datePage);
  return {
    title,
    headline: shownHeadline,
    authors,
    published,
    outlet,
    url,
    htmlLang: meta.htmlLang,
    notes,
    ...(explain ? { dateCandidates: explainDates(datePage) } : {}),
  };
}
