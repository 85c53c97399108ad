// Turning a POST /api/ingest body (a JSON array of rows, or JSONL text) into row objects, naming any bad line or item.
import { HttpError } from './http-error.js';

export type IngestRow = Record<string, unknown>;

function isRow(v: unknown): v is IngestRow {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Parse JSONL text: one JSON object per non-blank line. */
export function rowsFromJsonl(text: string): IngestRow[] {
  const rows: IngestRow[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw new HttpError(400, `line ${i + 1} of the JSONL body is not valid JSON (${(e as Error).message})`);
    }
    if (!isRow(v)) throw new HttpError(400, `line ${i + 1} of the JSONL body must be a JSON object like {"id": "...", "text": "..."}`);
    rows.push(v);
  }
  return rows;
}

/** Accept a parsed JSON body (array of rows, or one row) or JSONL text; check the row count. */
export function rowsFromBody(body: unknown, maxRows: number): IngestRow[] {
  let rows: IngestRow[];
  if (typeof body === 'string') rows = rowsFromJsonl(body);
  else if (Array.isArray(body)) {
    body.forEach((v, i) => {
      if (!isRow(v))
        throw new HttpError(
          400,
          `item ${i} of the JSON array must be an object like {"id": "...", "text": "..."}, got ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}`,
        );
    });
    rows = body as IngestRow[];
  } else if (isRow(body)) rows = [body];
  else throw new HttpError(400, 'the body must be a JSON array of rows or JSONL (one {"id", "text"|"html", ...} object per line)');
  if (!rows.length) throw new HttpError(400, 'the body holds no rows: send a JSON array of row objects or JSONL lines');
  if (rows.length > maxRows) throw new HttpError(413, `the body holds ${rows.length} rows; send at most ${maxRows} per request`);
  return rows;
}
