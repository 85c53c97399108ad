// Parsing one JSONL row ({id?, url?, title?, text?, html?, published?, outlet?, authors?}) into document body and hints.
import { InputError } from '../errors.js';
import type { Origin, RawDoc, RawHints } from '../model.js';
import { shortHash } from '../util/hash.js';

export interface ParsedRow {
  format: 'text' | 'html';
  body: string;
  hints: RawHints;
}

const STRING_FIELDS = ['id', 'url', 'title', 'text', 'html', 'published', 'outlet', 'language'] as const;

/** Parse and validate one JSONL line; throws InputError naming the line and what is wrong. */
export function parseRow(line: string, where: string): ParsedRow {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError(where, `is not valid JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(where, 'must be a JSON object like {"id": "...", "text": "..."}');
  }
  return rowFromObject(value as Record<string, unknown>, where);
}

/** Validate an already-parsed row object. */
export function rowFromObject(row: Record<string, unknown>, where: string): ParsedRow {
  for (const f of STRING_FIELDS) {
    const v = row[f];
    if (v !== undefined && v !== null && typeof v !== 'string' && !(f === 'id' && typeof v === 'number')) {
      throw new InputError(where, `field "${f}" must be a string, got ${Array.isArray(v) ? 'an array' : typeof v}`);
    }
  }
  const html = typeof row.html === 'string' ? row.html : '';
  const text = typeof row.text === 'string' ? row.text : '';
  if (!html.trim() && !text.trim()) throw new InputError(where, 'has neither a non-empty "text" nor "html" field');
  let authors: string[] | undefined;
  if (Array.isArray(row.authors)) authors = row.authors.filter((a): a is string => typeof a === 'string');
  else if (typeof row.authors === 'string') authors = [row.authors];
  else if (typeof row.author === 'string') authors = [row.author];
  const hints: RawHints = {};
  if (row.id !== undefined && row.id !== null) hints.sourceId = String(row.id);
  if (typeof row.url === 'string') hints.url = row.url;
  if (typeof row.title === 'string') hints.title = row.title;
  if (typeof row.published === 'string') hints.published = row.published;
  if (typeof row.outlet === 'string') hints.outlet = row.outlet;
  if (typeof row.language === 'string') hints.language = row.language;
  if (authors?.length) hints.authors = authors;
  return html.trim() ? { format: 'html', body: html, hints } : { format: 'text', body: text, hints };
}

/** A RawDoc for a row given as an object (HTTP API, batch commands): its bytes are the row's JSON. */
export function rawDocFromRow(row: Record<string, unknown>, origin: Origin, where: string): RawDoc {
  const parsed = rowFromObject(row, where);
  const bytes = Buffer.from(JSON.stringify(row), 'utf8');
  return {
    id: shortHash('raw', parsed.format, bytes),
    origin,
    format: parsed.format,
    bytes,
    body: parsed.body,
    fetchedAt: new Date().toISOString(),
    hints: parsed.hints,
  };
}
