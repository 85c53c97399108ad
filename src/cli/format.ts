// Human-readable rendering of articles, search hits, rejections and reports for the terminal.
import type { Article, Field, Origin } from '../model.js';
import type { ArticleSummary, SearchHit, StoredRejection } from '../store/store.js';

export function shortDate(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '----------';
}

export function summaryLine(a: ArticleSummary): string {
  return `${a.id}  ${shortDate(a.published)}  ${(a.outlet ?? '?').padEnd(12).slice(0, 12)}  ${a.title ?? '(untitled)'}`;
}

export function whereOf(o: Origin): string {
  const base = o.path === '-' ? 'stdin' : (o.path ?? o.url ?? '?');
  return o.line ? `${base}:${o.line}` : base;
}

function fieldLine(name: string, f: Field<unknown>): string {
  const v = Array.isArray(f.value) ? (f.value.length ? f.value.join(', ') : null) : f.value;
  const shown = v === null || v === undefined ? (f.partial ? `(partial ${f.partial})` : '—') : String(v);
  const why = f.note ? ` — ${f.note}` : '';
  return `  ${name.padEnd(10)} ${shown}   [${f.source}, ${f.confidence.toFixed(2)}${why}]`;
}

export function articleText(a: Article, opts: { removed?: boolean } = {}): string {
  const p = a.provenance;
  const lines = [
    a.title ?? '(untitled)',
    '='.repeat(Math.min(80, (a.title ?? '(untitled)').length)),
    `  id         ${a.id}${a.sourceId ? `  (source id ${a.sourceId})` : ''}`,
    fieldLine('outlet', p.outlet),
    fieldLine('published', p.published),
    fieldLine('dateline', p.dateline),
    fieldLine('authors', p.authors),
    fieldLine('language', p.language),
    fieldLine('url', p.url),
    fieldLine('title', p.title),
    '',
    ...a.paragraphs.flatMap((para) => [para, '']),
  ];
  if (a.removed.length) {
    lines.push(`Removed as boilerplate (${a.removed.length}):`);
    for (const r of opts.removed ? a.removed : a.removed.slice(0, 8)) lines.push(`  - ${r.reason}: ${r.text.replace(/\s+/g, ' ').slice(0, 100)}`);
    if (!opts.removed && a.removed.length > 8) lines.push(`  … ${a.removed.length - 8} more (show --removed)`);
  }
  return lines.join('\n');
}

export function hitLine(h: SearchHit): string {
  return `${summaryLine(h)}\n    ${h.snippet.replace(/\s+/g, ' ')}`;
}

export function rejectionLine(r: StoredRejection): string {
  const times = r.count > 1 ? ` (${r.count} times, last ${r.lastAt})` : '';
  return `${r.stage.padEnd(8)} ${whereOf(r.origin)}\n    ${r.reason}${times}`;
}
