// Public entry of HTML extraction: main text (paragraphs, cut boilerplate) and ranked metadata of one page, pure and crash-free.
import { isTailHeading } from '../../lang/index.js';
import boilerplate from '../../../data/extract-boilerplate.json' with { type: 'json' };
import type { Field, Removed } from '../../model.js';
import { detectLanguage } from '../language.js';
import { ELEMENT } from './dom.js';
import { parseLean } from './parse.js';
import { screenHtml } from './guard.js';
import { buildBlocks } from './blocks.js';
import { selectMainText } from './main-text.js';
import { readMetadata } from './metadata.js';
import { normaliseDate } from './dates.js';
import type { DateCandidate } from './published.js';
import { isAuthorBio } from './author-bio.js';

export interface HtmlExtraction {
  text: string;
  paragraphs: string[];
  removed: Removed[];
  title: Field<string>;
  authors: Field<string[]>;
  published: Field<string>;
  outlet: Field<string>;
  language: Field<string>;
  url: Field<string>;
  /** Problems met on the way (truncation, bad JSON-LD, no body, ...); empty for a clean page. */
  notes: string[];
  /** Every publication/modification date candidate seen, when `explainDates` was asked for. */
  dateCandidates?: DateCandidate[];
}

export interface ExtractHtmlOptions {
  url?: string;
  /** Also list every date candidate seen, with its source (for evals and debugging). */
  explainDates?: boolean;
}

/** Thrown only for a caller error (input that is not a string); content problems give an empty extraction with notes. */
export class HtmlExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HtmlExtractError';
  }
}

const LIMITS = { maxElements: 200_000, maxDepth: 400 };

const nil = <T>(note: string): Field<T> => ({ value: null, source: 'none', confidence: 0, note });

function emptyExtraction(reason: string, notes: string[], url?: string): HtmlExtraction {
  return {
    text: '',
    paragraphs: [],
    removed: [],
    notes: [...notes, reason],
    title: nil(reason),
    authors: nil(reason),
    published: nil(reason),
    outlet: nil(reason),
    language: nil(reason),
    url: url ? { value: url, source: 'input', confidence: 1 } : nil(reason),
  };
}

const normTokens = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const BYLINE_LINE = /^(?:by|written by|posted by|words by|story by|reviewed by|medically reviewed by|fact checked by)\s+\S/i;
const STAMP_LINE = /^(?:published|posted|updated|last updated|modified)\b/i;

/** Cut the headline and byline/date stamp lines from the top of the text (they live in metadata). */
function trimHead(paragraphs: string[], heads: string[], removed: Removed[]): string[] {
  const out = [...paragraphs];
  const ts = heads.map(normTokens);
  for (let i = 0; i < Math.min(out.length, 8); ) {
    const p = out[i]!;
    const n = normTokens(p);
    const isTitle = n !== '' && ts.includes(n);
    const isByline = p.length < 120 && (BYLINE_LINE.test(p) || STAMP_LINE.test(p));
    const isDate = p.length < 40 && normaliseDate(p) !== null;
    if (isTitle || isByline || isDate) {
      removed.push({ text: p, reason: isTitle ? 'headline (kept as title)' : 'byline/date line (kept as metadata)' });
      out.splice(i, 1);
      continue;
    }
    i++;
  }
  return out;
}

const TAIL = new RegExp(boilerplate.tailHeadingPattern, 'i');

/** A short line that opens the page's tail ("Recent posts", "About the author") in the last part of the text: cut from there on. */
function cutTail(paragraphs: string[], removed: Removed[]): string[] {
  const allChars = paragraphs.reduce((n, p) => n + p.length, 0);
  let seen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const tail =
      p.length <= 60 &&
      ((seen >= boilerplate.tailMinShare * allChars && TAIL.test(p.trim().replace(/^(?:\d+|%d)\s+/, ''))) ||
        (seen >= boilerplate.langTailMinShare * allChars && isTailHeading(p)));
    if (tail) {
      removed.push({ text: paragraphs.slice(i).join('\n').slice(0, 4000), reason: 'page tail (related posts, sharing, comments)' });
      return paragraphs.slice(0, i);
    }
    seen += p.length;
  }
  return paragraphs;
}

const isDateLine = (p: string): boolean => p.length <= boilerplate.tailDateMaxChars && normaliseDate(p) !== null;

/**
 * A line that is only a date in the last part of the text starts a list of dated teasers ("Title / Dec 17, 2025 / excerpt"):
 * cut from there (and from the teaser title just above it). Not on pages whose body is itself a dated list (events, changelogs).
 */
function cutDatedTail(paragraphs: string[], removed: Removed[]): string[] {
  const allChars = paragraphs.reduce((n, p) => n + p.length, 0);
  let seen = 0,
    bodyDates = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (isDateLine(p)) {
      if (seen >= boilerplate.tailMinShare * allChars && bodyDates < boilerplate.datedBodyLines) {
        const prev = paragraphs[i - 1];
        const from = prev !== undefined && prev.length <= 150 && !/[.!?]$/.test(prev) ? i - 1 : i;
        removed.push({ text: paragraphs.slice(from).join('\n').slice(0, 4000), reason: 'page tail (dated teasers)' });
        return paragraphs.slice(0, from);
      }
      // The page's own date line sits in the first few lines; dates further down belong to the body.
      if (i >= boilerplate.ownDateLines) bodyDates++;
    }
    seen += p.length;
  }
  return paragraphs;
}

/** Text above the headline (site menus, promos, breadcrumbs the class rules missed) is not the article: cut it. */
function cutBeforeHeadline(paragraphs: string[], heads: string[], removed: Removed[]): string[] {
  const ts = heads.map(normTokens).filter(Boolean);
  if (!ts.length) return paragraphs;
  const at = paragraphs.findIndex((p) => p.length < 400 && ts.includes(normTokens(p)));
  if (at <= 0) return paragraphs;
  const before = paragraphs.slice(0, at);
  const beforeChars = before.reduce((n, p) => n + p.length, 0);
  const allChars = paragraphs.reduce((n, p) => n + p.length, 0);
  // Only a minor share: a page whose "headline" sits below most of its text is not laid out as an article.
  if (beforeChars > 0.15 * allChars) return paragraphs;
  removed.push({ text: before.join('\n'), reason: 'above the headline' });
  return paragraphs.slice(at);
}

/** The author's bio box (and the name line over it) is not the article. */
function cutAuthorBio(paragraphs: string[], authors: readonly string[], removed: Removed[]): string[] {
  if (!authors.length) return paragraphs;
  const names = new Set(authors.map(normTokens));
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    // The author's name alone on a line is a byline or the head of an author box, with the role line under it.
    if (p.length <= 80 && names.has(normTokens(p))) {
      const role = paragraphs[i + 1];
      const withRole = role !== undefined && role.length <= boilerplate.authorRoleMaxChars && !names.has(normTokens(role));
      removed.push({ text: withRole ? `${p}\n${role}` : p, reason: 'author name line' });
      if (withRole) i++;
      continue;
    }
    if (!isAuthorBio(p, authors)) {
      out.push(p);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && names.has(normTokens(prev.replace(/^about\s+/i, '')))) removed.push({ text: out.pop()!, reason: 'author bio' });
    removed.push({ text: p, reason: 'author bio' });
  }
  return out;
}

/** A section heading with no text under it closes the text: it titles a teaser, a form or a box that was cut ("Weitere Tourentipps"). */
function cutDanglingHeadings(paragraphs: string[], headings: ReadonlySet<string>, removed: Removed[]): string[] {
  let end = paragraphs.length;
  while (end > 1 && headings.has(paragraphs[end - 1]!)) end--;
  if (end < paragraphs.length) removed.push({ text: paragraphs.slice(end).join('\n'), reason: 'heading with no text under it' });
  return end < paragraphs.length ? paragraphs.slice(0, end) : paragraphs;
}

function pickLanguage(text: string, htmlLang: string | null): Field<string> {
  const detected = text.length >= 200 ? detectLanguage(text) : null;
  const declared = htmlLang ? htmlLang.trim().toLowerCase().split(/[-_]/)[0]! : null;
  if (detected?.value && detected.confidence >= 0.6) {
    return declared && declared !== detected.value ? { ...detected, note: `page declares lang="${htmlLang}"` } : detected;
  }
  if (declared && /^[a-z]{2,3}$/.test(declared)) return { value: declared, source: 'meta', confidence: 0.6, note: 'html lang attribute' };
  if (detected?.value) return detected;
  return nil('text too short and no lang attribute');
}

/**
 * Extract the main text and metadata of an HTML page. Pure: no I/O. Never throws on page content:
 * empty, binary or broken pages give an empty extraction whose `notes` and field notes say why.
 * Pages over the size cap are truncated first (noted). Throws HtmlExtractError only when `html` is not a string.
 */
export function extractHtml(html: string, opts: ExtractHtmlOptions = {}): HtmlExtraction {
  if (typeof html !== 'string')
    throw new HtmlExtractError(
      `extractHtml expects the page as a string, got ${html === null ? 'null' : typeof html}; decode the bytes first (e.g. with iconv-lite)`,
    );
  const screened = screenHtml(html);
  if (screened.fatal) return emptyExtraction(screened.fatal, screened.notes, opts.url);
  const notes = [...screened.notes];
  try {
    // Walk from the document node itself: pages without <html>/<body> tags still hold their content there.
    const body = parseLean(screened.html, notes);
    if (!body.childNodes.some((c) => c.nodeType === ELEMENT)) return emptyExtraction('page has no root element', notes, opts.url);
    const tree = buildBlocks(body, LIMITS);
    if (tree.elements > LIMITS.maxElements) notes.push(`page has over ${LIMITS.maxElements} elements; the rest was skipped`);
    const main = selectMainText(tree);
    const firstMain = main.paragraphs[0];
    const firstIdx = firstMain ? tree.blocks.findIndex((b) => b.text === firstMain) : 0;
    const md = readMetadata(tree.index, tree.blocks, Math.max(0, firstIdx), opts.url, opts.explainDates);
    notes.push(...md.notes);
    const removed = main.removed;
    const heads = [md.title.value, md.headline].filter((h): h is string => !!h);
    // Dated teasers are found before the date lines at the top are cut: those tell a dated list (the body) from a page tail.
    const article = trimHead(cutDatedTail(cutBeforeHeadline(main.paragraphs, heads, removed), removed), heads, removed);
    const paragraphs = cutDanglingHeadings(cutAuthorBio(cutTail(article, removed), md.authors.value ?? [], removed), main.headings, removed);
    const text = paragraphs.join('\n\n');
    if (!text) notes.push('no main text found (not an article page, or content rendered by script)');
    return {
      text,
      paragraphs,
      removed,
      notes,
      title: md.title,
      authors: md.authors,
      published: md.published,
      outlet: md.outlet,
      url: md.url,
      language: pickLanguage(text, md.htmlLang),
      ...(md.dateCandidates ? { dateCandidates: md.dateCandidates } : {}),
    };
  } catch (e) {
    return emptyExtraction(`extraction failed on malformed page: ${(e as Error).message}`, notes, opts.url);
  }
}
