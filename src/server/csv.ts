// CSV and JSONL rows for exports: RFC 4180 quoting, and cells a spreadsheet would run as a formula made inert.
/** A cell starting with one of these is read as a formula by spreadsheets: it gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: empty for null, lists joined with "; ", formula-looking text prefixed with ', quoted when needed. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = Array.isArray(v) ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (CRLF-terminated, as RFC 4180 has it). */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The columns of each exportable list, in order. */
export const EXPORT_COLUMNS = {
  articles: ['id', 'title', 'outlet', 'published', 'url', 'copyOf', 'similarity'],
  events: ['id', 'storyline', 'headline', 'firstDate', 'lastDate', 'estimated', 'articles', 'outlets'],
  storylines: ['id', 'headline', 'firstDate', 'lastDate', 'events', 'articles', 'outlets'],
  ledger: ['id', 'speaker', 'text', 'firstDate', 'outlets', 'articles', 'events'],
} as const;
export type ExportView = keyof typeof EXPORT_COLUMNS;

/** A row of a list as CSV cells in its columns' order (an estimated date as "from..to (reason)"). */
export function exportCells(view: ExportView, row: Record<string, unknown>): unknown[] {
  return EXPORT_COLUMNS[view].map((c) => {
    const v = row[c];
    if (c === 'estimated' && v && typeof v === 'object') {
      const e = v as { from: string; to: string; reason: string };
      return `${e.from === e.to ? e.from : `${e.from}..${e.to}`} (${e.reason})`;
    }
    return v;
  });
}
