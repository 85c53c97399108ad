// The batch commands' steps (`newsloom extract | quotes | dedup | cluster`): JSONL rows in, one answer per row; pure, the
// CLI only reads and writes the lines. Tests call these same functions.
import { analyzeArticle, quotesBatch } from '../analyze/index.js';
import { articleFromRow, extractRow } from '../extract/batch.js';
import { dedupBatch } from '../fingerprint/index.js';
import { Weaver } from '../weave/index.js';
import { weaveInputOf } from '../weave/index.js';

/** A row as read by a whole-input batch: its line, its id, what the first step made of it, or why it failed. */
export interface BatchPrepared {
  line: number;
  id: unknown;
  value?: unknown;
  error?: string;
}

/** A batch whose answer for a row depends on later rows: `prepare` each row as it is read, then `finish` them all. */
export interface WholeBatch {
  prepare(row: Record<string, unknown>, line: number): unknown;
  finish(prepared: BatchPrepared[]): unknown[];
}

export { extractRow };

/** `quotes`: the quotes of one row's text (or of the text extracted from its html), offsets into that text. */
export function quotesRow(row: Record<string, unknown>, line: number): unknown {
  if (typeof row.text === 'string' && !row.html) return quotesBatch({ id: String(row.id ?? ''), text: row.text });
  const a = articleFromRow(row, line);
  return { ...quotesBatch({ id: String(row.id ?? ''), text: a.text }), text: a.text };
}

/** `dedup`: {id, copyOf, similarity, group} per row, in input order. */
export function dedupRows(): WholeBatch {
  return {
    prepare(row, line) {
      const text = typeof row.text === 'string' && !row.html ? row.text : articleFromRow(row, line).text;
      return { id: row.id, text, published: typeof row.published === 'string' ? row.published : null };
    },
    finish(rows) {
      const ok = rows.filter((p) => !p.error);
      const results = dedupBatch(ok.map((p) => p.value as Parameters<typeof dedupBatch>[0][number]));
      const byLine = new Map(ok.map((p, i) => [p.line, results[i]]));
      return rows.map((p) => (p.error ? { id: p.id, error: p.error } : byLine.get(p.line)));
    },
  };
}

/** `cluster`: the same online weave as ingest, over rows in stream order; {id, event, storyline} per row. */
export function clusterRows(): WholeBatch {
  const weaver = new Weaver();
  return {
    prepare(row, line) {
      const a = articleFromRow(row, line);
      const id = row.id === undefined || row.id === null ? a.id : String(row.id);
      weaver.add(weaveInputOf({ ...a, id }, analyzeArticle(a)));
      return id;
    },
    finish(rows) {
      // Each row's event as it stands after the whole stream: later merges, moves and splits included.
      return rows.map((p) => {
        if (p.error) return { id: p.id, error: p.error };
        const place = weaver.placeOf(p.value as string);
        return { id: p.id, event: place?.event ?? null, storyline: place?.storyline ?? null };
      });
    },
  };
}
