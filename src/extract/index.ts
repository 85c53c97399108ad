// The extract stage: RawDoc -> Article (clean text + metadata with provenance) or a Rejection with its reason.
import { basename } from 'node:path';
import type { Article, ArticleProvenance, Field, RawDoc, Rejection, Removed } from '../model.js';
import { shortHash } from '../util/hash.js';
import { whereOf } from '../util/origin.js';
import { dateFromFileName, dateFromInput, isDateLine, parseDate } from './dates.js';
import { extractHtml } from './html/index.js';
import { dateFromUrl } from './html/dates.js';
import { detectLanguage } from './language.js';
import { cleanPlainText } from './text-clean.js';
import { authorsFromByline, canonicalOutlet, dateFromDateline, findDateline, outletFromDateline, outletFromUrl } from './text-meta.js';

const none = <T>(note: string): Field<T> => ({ value: null, source: 'none', confidence: 0, note });

/** Pick the first field that has a value; else the most informative null (one with a partial value or a note). */
function firstOf<T>(candidates: (Field<T> | null | undefined)[], fallback: Field<T>): Field<T> {
  const present = candidates.filter((c): c is Field<T> => !!c);
  return present.find((c) => c.value !== null) ?? present.find((c) => c.partial) ?? fallback;
}

/** Extract an Article from a RawDoc; a document with no usable text becomes a Rejection. Pure: no I/O. */
export function extract(raw: RawDoc): Article | Rejection {
  try {
    const article = raw.format === 'html' ? fromHtml(raw) : fromText(raw);
    if (!article.text.trim()) return rejection(raw, 'no article text left after cleaning (the input holds only boilerplate or markup)');
    return article;
  } catch (e) {
    return rejection(raw, `extraction failed: ${(e as Error).message}`);
  }
}

export function isRejection(x: Article | Rejection): x is Rejection {
  return (x as Rejection).reason !== undefined && (x as Article).text === undefined;
}

function rejection(raw: RawDoc, reason: string): Rejection {
  return { rawId: raw.id, origin: raw.origin, stage: 'extract', reason: `${whereOf(raw.origin)}: ${reason}`, at: new Date().toISOString() };
}

function fromText(raw: RawDoc): Article {
  const h = raw.hints;
  const cleaned = cleanPlainText(raw.body, { title: h.title ?? null, isDateLine, strictTitleLine: raw.origin.kind !== 'file' });
  const paragraphs = cleaned.paragraphs;
  const text = paragraphs.join('\n\n');
  const dl = datelineOf(paragraphs);

  const title: Field<string> = h.title
    ? { value: h.title.trim(), source: 'input', confidence: 0.95 }
    : cleaned.titleLine
      ? { value: cleaned.titleLine, source: 'title-line', confidence: 0.8, note: 'first content line of the text' }
      : none('no title line');

  const dateLine = cleaned.headerLines.find((l) => l.kind === 'date');
  const dateLineField: Field<string> | null = dateLine
    ? {
        value: parseDate(dateLine.text.replace(/^[^:]{0,20}:\s*/, ''))?.iso ?? parseDate(dateLine.text)?.iso ?? null,
        source: 'body',
        confidence: 0.8,
        note: `date line '${dateLine.text}'`,
      }
    : null;
  const filePath = raw.origin.kind === 'file' ? raw.origin.path : undefined;
  const published = firstOf<string>(
    [
      h.published ? dateFromInput(h.published) : null,
      dateLineField,
      dl ? dateFromDateline(dl) : null,
      h.url ? dateFromUrlField(h.url) : null,
      filePath ? dateFromFileName(basename(filePath)) : null,
    ],
    none('the text states no publication date'),
  );

  const outlet = firstOf<string>(
    [
      h.outlet ? { value: canonicalOutlet(h.outlet) ?? h.outlet, source: 'input', confidence: 0.95 } : null,
      dl ? outletFromDateline(dl) : null,
      h.url ? outletFromUrl(h.url) : null,
    ],
    none('no dateline or URL names the publisher'),
  );

  const dateline: Field<string> = dl?.place
    ? { value: dl.place, source: 'dateline', confidence: 0.85, note: `'${dl.matched.trim()}'` }
    : none('the first paragraph has no dateline');

  const bylines = cleaned.headerLines.filter((l) => l.kind === 'byline').flatMap((l) => authorsFromByline(l.text));
  const authors: Field<string[]> = h.authors?.length
    ? { value: h.authors, source: 'input', confidence: 0.95 }
    : bylines.length
      ? { value: bylines, source: 'byline', confidence: 0.8 }
      : { value: [], source: 'none', confidence: 0, note: 'no byline' };

  return assemble(
    raw,
    { title, authors, published, outlet, dateline, language: languageOf(raw, text, title.value), url: urlOf(raw) },
    paragraphs,
    cleaned.removed,
  );
}

/** A date in the document's URL (`/2018/09/24/`), as the HTML path reads it; a year and month alone stay partial. */
function dateFromUrlField(url: string): Field<string> | null {
  const u = dateFromUrl(url);
  if (u.iso) return { value: u.iso, source: 'url', confidence: 0.75, note: 'date in the URL path' };
  if (u.partial) return { value: null, source: 'url', confidence: 0, partial: u.partial, note: 'URL gives year and month only' };
  return null;
}

function fromHtml(raw: RawDoc): Article {
  const h = raw.hints;
  const x = extractHtml(raw.body, { url: h.url });
  const paragraphs = x.paragraphs;
  const dl = datelineOf(paragraphs);
  const title = h.title ? { value: h.title.trim(), source: 'input', confidence: 0.95 } : x.title;
  const published = firstOf<string>([h.published ? dateFromInput(h.published) : null, x.published, dl ? dateFromDateline(dl) : null], x.published);
  const outlet = firstOf<string>(
    [h.outlet ? { value: canonicalOutlet(h.outlet) ?? h.outlet, source: 'input', confidence: 0.95 } : null, x.outlet, dl ? outletFromDateline(dl) : null],
    x.outlet,
  );
  const dateline: Field<string> = dl?.place
    ? { value: dl.place, source: 'dateline', confidence: 0.85, note: `'${dl.matched.trim()}'` }
    : none('the first paragraph has no dateline');
  const authors: Field<string[]> = h.authors?.length ? { value: h.authors, source: 'input', confidence: 0.95 } : x.authors;
  const url = h.url ? urlOf(raw) : x.url;
  const language = h.language ? languageOf(raw, x.text, title.value) : x.language.value ? x.language : languageOf(raw, x.text, title.value);
  return assemble(raw, { title, authors, published, outlet, dateline, language, url }, paragraphs, x.removed);
}

/** A dateline opens one of the first paragraphs (a standfirst may come before it). */
function datelineOf(paragraphs: string[]) {
  for (const p of paragraphs.slice(0, 3)) {
    const d = findDateline(p);
    if (d) return d;
  }
  return null;
}

/** Below this many characters of body (a feed item: a headline and a sentence) the title is read with it to tell the language. */
const SHORT_BODY = 400;

function languageOf(raw: RawDoc, text: string, title: string | null | undefined): Field<string> {
  if (raw.hints.language) return { value: raw.hints.language, source: 'input', confidence: 0.95 };
  return detectLanguage(title && text.length < SHORT_BODY ? `${title}\n${text}` : text);
}

function urlOf(raw: RawDoc): Field<string> {
  const u = raw.hints.url ?? raw.origin.url;
  return u ? { value: u, source: raw.hints.url ? 'input' : 'fetch', confidence: 1 } : none('the input gives no URL');
}

/** Control characters (NUL and the like) are never text: cut them so every store and every face can hold the text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function assemble(raw: RawDoc, p: ArticleProvenance, rawParagraphs: string[], removed: Removed[]): Article {
  const paragraphs = rawParagraphs.map((x) => x.replace(CONTROL, '')).filter((x) => x.trim());
  return {
    id: shortHash('article', raw.id),
    rawId: raw.id,
    sourceId: raw.hints.sourceId ?? null,
    url: p.url.value,
    outlet: p.outlet.value,
    title: p.title.value,
    authors: p.authors.value ?? [],
    published: p.published.value,
    dateline: p.dateline.value,
    language: p.language.value,
    text: paragraphs.join('\n\n'),
    paragraphs,
    removed,
    provenance: p,
  };
}
