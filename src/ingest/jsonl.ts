// Parsing one JSONL row ({id?, url?, title?, text?, html?, published?, outlet?, authors?}) into document body and hints.
import { InputError } from '../errors.js';
import type { Origin, RawDoc, RawHints } from '../model.js';
import { shortHash } from '../util/hash.js';
import { topLevelNumberLiteral } from './json-id.js';

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
  const row = value as Record<string, unknown>;
  // a numeric id is kept exactly as written (12345678901234567890 stays that, not 12345678901234567000)
  const idText = typeof row.id === 'number' ? topLevelNumberLiteral(line, 'id') : null;
  return rowFromObject(row, where, idText);
}

/** Describes a JSON value for a message: "a number", "an object", "null". */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  const t = typeof v;
  return t === 'object' ? 'an object' : `a ${t}`;
}

/** The authors of a row: a string or a list of strings; anything else is refused, naming the bad items. */
function readAuthors(row: Record<string, unknown>, where: string): string[] | undefined {
  const field = row.authors !== undefined && row.authors !== null ? 'authors' : 'author';
  const v = row[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) throw new InputError(where, `field "${field}" must be a string or a list of strings, got ${kindOf(v)}`);
  const bad = v.map((a, i) => (typeof a === 'string' ? null : `item ${i + 1} is ${kindOf(a)}`)).filter((x): x is string => x !== null);
  if (bad.length > 0) throw new InputError(where, `field "${field}" must be a list of strings: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', ...' : ''}`);
  return v as string[];
}

/**
 * Validate an already-parsed row object. `idText` is the numeric id's source text when the caller has it (JSONL lines);
 * without it, a numeric id must be a safe integer, else the row is refused (its digits may already be lost).
 */
export function rowFromObject(row: Record<string, unknown>, where: string, idText: string | null = null): ParsedRow {
  for (const f of STRING_FIELDS) {
    const v = row[f];
    if (v !== undefined && v !== null && typeof v !== 'string' && !(f === 'id' && typeof v === 'number')) {
      throw new InputError(where, `field "${f}" must be a string, got ${Array.isArray(v) ? 'an array' : typeof v}`);
    }
  }
  const html = typeof row.html === 'string' ? row.html : '';
  const text = typeof row.text === 'string' ? row.text : '';
  if (!html.trim() && !text.trim()) throw new InputError(where, 'has neither a non-empty "text" nor "html" field');
  const authors = readAuthors(row, where);
  const hints: RawHints = {};
  if (typeof row.id === 'number') {
    if (idText !== null) hints.sourceId = idText;
    else if (Number.isSafeInteger(row.id)) hints.sourceId = String(row.id);
    else throw new InputError(where, `field "id" is the number ${row.id}, which is not an exact integer here; give the id as a string ("id": "...")`);
  } else if (row.id !== undefined && row.id !== null) hints.sourceId = String(row.id);
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
