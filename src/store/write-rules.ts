// The rules both stores follow when they write (and look articles up): written once here, so SQLite and PostgreSQL cannot drift apart.
import { StoreError } from '../errors.js';
import type { Article, RawDoc, Rejection } from '../model.js';
import { shortHash } from '../util/hash.js';

/**
 * The decoded body to keep beside an original's bytes, or null when reading the bytes gives it back: a JSONL row's body is
 * rebuilt from the row, and any other body that is the UTF-8 reading of its bytes is read from them. What is kept is a
 * body decoded from another charset (a windows-1251 page, a Shift_JIS feed item).
 */
export function bodyToKeep(raw: RawDoc): string | null {
  if (raw.origin.kind === 'jsonl') return null;
  return Buffer.from(raw.bytes).toString('utf8') === raw.body ? null : raw.body;
}

/** Whether a UTF-16 code unit is white space as JavaScript's `\s` defines it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The article's word count as stored: runs of non-space characters of its text (what `text.split(/\s+/).filter(Boolean).length` counts, without the array). */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The separator an article's text joins its paragraphs with (src/extract: `paragraphs.join('\n\n')`). */
const PARAGRAPH_BREAK = '\n\n';

/**
 * The stored `paragraphs` column: JSON of the separator when splitting the text on it gives the paragraphs back exactly
 * (the text is not stored twice), else JSON of the paragraphs. `paragraphsFromColumn` reads either. A text holding U+0000
 * keeps the paragraphs: PostgreSQL stores that text with U+FFFD (session.ts), JSON keeps the character escaped.
 */
export function paragraphsColumn(text: string, paragraphs: string[]): string {
  if (text.includes('\u0000')) return JSON.stringify(paragraphs);
  const parts = text.split(PARAGRAPH_BREAK);
  if (parts.length !== paragraphs.length) return JSON.stringify(paragraphs);
  for (let i = 0; i < parts.length; i++) if (parts[i] !== paragraphs[i]) return JSON.stringify(paragraphs);
  return JSON.stringify(PARAGRAPH_BREAK);
}

/** An article's paragraphs from its stored `paragraphs` column (see paragraphsColumn) and its text. */
export function paragraphsFromColumn(column: string, text: string): string[] {
  const v = JSON.parse(column) as string | string[];
  return typeof v === 'string' ? text.split(v) : v;
}

/**
 * An article's stored columns in the order both stores write them: raw_id, source_id, url, outlet, title, authors,
 * published, dateline, language, text, paragraphs, removed, provenance, words (the id and the times are each store's own).
 */
export function articleColumnValues(a: Article): (string | number | null)[] {
  return [
    a.rawId,
    a.sourceId,
    a.url,
    a.outlet,
    a.title,
    JSON.stringify(a.authors),
    a.published,
    a.dateline,
    a.language,
    a.text,
    paragraphsColumn(a.text, a.paragraphs),
    JSON.stringify(a.removed),
    JSON.stringify(a.provenance),
    wordCount(a.text),
  ];
}

/**
 * The id range `[from, to)` that a unique id prefix selects, or null when `ref` cannot be a prefix (under 4 characters, or
 * not lower-case hex as ids are): every id starting with `ref` sorts at or after `ref` and before `ref` + "g".
 */
function idPrefixRange(ref: string): { from: string; to: string } | null {
  if (ref.length < 4 || !/^[0-9a-f]+$/.test(ref)) return null;
  return { from: ref, to: `${ref}g` };
}

/**
 * Resolve a full id, a caller's source id, or a unique id prefix to an article id, given the store's two lookups (each
 * returning at most two ids, enough to tell one from several): by id or source id, and by id range.
 */
export async function resolveArticleRef(
  ref: string,
  byIdOrSource: (ref: string) => Promise<string[]>,
  inRange: (from: string, to: string) => Promise<string[]>,
): Promise<string | null> {
  const exact = await byIdOrSource(ref);
  if (exact.length === 1) return exact[0]!;
  const range = idPrefixRange(ref);
  if (!range) return null;
  const prefix = await inRange(range.from, range.to);
  return prefix.length === 1 ? prefix[0]! : null;
}

/** The key a rejection is stored under: the same input failing the same way again has the same key (its count goes up). */
export function rejectionKey(r: Rejection): string {
  return shortHash('rejection', r.stage, r.origin.kind, r.origin.path ?? '', String(r.origin.line ?? ''), r.origin.url ?? '', r.reason);
}

/** Rows keyed by an article's seq (SQLite) cannot be kept for an article that is not stored: `what` of article `articleId`. */
export function notStored(what: string, articleId: string): StoreError {
  return new StoreError(`cannot store ${what} of article ${articleId}: no such article is stored`);
}
