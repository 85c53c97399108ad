// Human-readable rendering of articles, search hits, rejections and reports for the terminal.
import type { Article, Field, Reason } from '../model.js';
import { whereOf } from '../util/origin.js';
import type { AlsoReported, ArticleDetail, EventDetail, EventView, OutletView, StatementView, StorylineDetail, StorylineView } from '../views.js';
import type { ArticleSummary, SearchHit, StoredRejection } from '../store/store.js';

export function shortDate(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '----------';
}

export function summaryLine(a: ArticleSummary): string {
  return `${a.id}  ${shortDate(a.published)}  ${(a.outlet ?? '?').padEnd(12)}  ${a.title ?? '(untitled)'}`;
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

function dateSpan(first: string | null, last: string | null): string {
  if (!first) return 'undated';
  const f = shortDate(first);
  const l = shortDate(last);
  return f === l ? f : `${f} … ${l}`;
}

/** An event's date, or its estimated date or range with the reason, never passed off as known. */
export function whenOf(e: Pick<EventView, 'firstDate' | 'estimated'>): string {
  if (e.firstDate) return shortDate(e.firstDate);
  if (!e.estimated) return 'undated';
  const { from, to, reason } = e.estimated;
  const when = from === to ? from : `${from}..${to}`;
  return `estimated: ${when} (${reason.replace(/^estimated:?\s*/, '')})`;
}

function reasonText(r: Reason): string {
  return `${r.kind}: ${r.detail}`;
}

export function storylineLine(s: StorylineView): string {
  return `${s.id}  ${s.events} events, ${s.articles} articles  ${dateSpan(s.firstDate, s.lastDate)}  [${s.label}]  ${s.outlets.join(', ')}`;
}

export function eventLine(e: EventView): string {
  return `${e.id}  ${String(e.articles).padStart(3)} art.  ${(e.firstDate ? dateSpan(e.firstDate, e.lastDate) : whenOf(e)).padEnd(10)}  [${e.label}]  ${e.outlets.join(', ')}`;
}

export function storylineText(s: StorylineDetail): string {
  const lines = [
    `Storyline ${s.id}: ${s.label}`,
    `  ${s.events} events, ${s.articles} articles, ${dateSpan(s.firstDate, s.lastDate)}; outlets: ${s.outlets.join(', ')}`,
    '',
    'Timeline:',
  ];
  for (const e of s.timeline) lines.push(`  ${eventLine(e)}`);
  if (s.reasons.length) {
    lines.push('', 'Why these events are one storyline:');
    for (const r of s.reasons) lines.push(`  - ${reasonText(r)}`);
  }
  return lines.join('\n');
}

/** "Also reported in German by heise, Spiegel (event e_12: VW streicht Stellen; shares Daniela Cavallo; the same day)". */
export function alsoReportedLine(l: AlsoReported): string {
  const by = l.outlets.length ? ` by ${l.outlets.join(', ')}` : '';
  return `Also reported in ${l.languageName}${by} (event ${l.eventId}${l.title ? `: ${l.title}` : ''}; ${l.reason})`;
}

export function eventText(e: EventDetail): string {
  const lines = [
    `Event ${e.id}: ${e.label}`,
    `  storyline ${e.storyline}; ${e.articles} articles, ${dateSpan(e.firstDate, e.lastDate)}`,
    '',
    'Articles by outlet (earliest first):',
  ];
  for (const g of e.byOutlet) {
    lines.push(`  ${g.outlet}`);
    for (const a of g.articles) {
      lines.push(
        `    ${a.id}  ${shortDate(a.published)}  ${a.title ?? '(untitled)'}${a.copyOf ? `  (copy of ${a.copyOf}, ${(a.similarity ?? 0).toFixed(2)})` : ''}`,
      );
      for (const r of a.reasons ?? []) lines.push(`        ${reasonText(r)}`);
    }
  }
  if (e.quotes.length) {
    lines.push('', `Quotes (${e.quotes.length}):`);
    for (const q of e.quotes.slice(0, 40))
      lines.push(
        `  ${q.speakerEntity ?? q.speaker ?? '(unattributed)'}${q.reporter ? ` via ${q.reporter}` : ''}: “${q.text.replace(/\s+/g, ' ').slice(0, 160)}”`,
      );
  }
  if (e.entities.length) lines.push('', `Entities: ${e.entities.map((x) => `${x.name} (${x.type})`).join(', ')}`);
  if (e.alsoReported.length) {
    lines.push('');
    for (const l of e.alsoReported) lines.push(alsoReportedLine(l));
  }
  if (e.reasons.length) {
    lines.push('', 'Why the event was founded:');
    for (const r of e.reasons) lines.push(`  - ${reasonText(r)}`);
  }
  return lines.join('\n');
}

export function articleDetailText(d: ArticleDetail, opts: { removed?: boolean } = {}): string {
  const lines = [articleText(d.article, opts)];
  if (d.event) lines.push('', `Event: ${eventLine(d.event)}`);
  if (d.storyline) lines.push(`Storyline: ${storylineLine(d.storyline)}`);
  if (d.copyOf)
    lines.push('', `Copy of ${d.copyOf.id} (${d.copyOf.outlet ?? '?'}, ${shortDate(d.copyOf.published)}), similarity ${(d.similarity ?? 0).toFixed(2)}`);
  if (d.copies.length) {
    lines.push('', `Copies (${d.copies.length}):`);
    for (const c of d.copies) lines.push(`  ${c.id}  ${shortDate(c.published)}  ${c.outlet ?? '?'}  ${(c.similarity ?? 0).toFixed(2)}`);
  }
  const quotes = d.analysis?.quotes ?? [];
  if (quotes.length) {
    lines.push('', `Quotes (${quotes.length}):`);
    for (const q of quotes)
      lines.push(
        `  [${q.kind}] ${q.speaker?.entity ?? q.speaker?.name ?? '(unattributed)'}${q.cue ? ` (${q.cue})` : ''}${q.reporter ? ` via ${q.reporter}` : ''}: “${q.text.replace(/\s+/g, ' ').slice(0, 160)}”`,
      );
  }
  const ents = d.analysis?.entities ?? [];
  if (ents.length) lines.push('', `Entities: ${ents.map((e) => `${e.name} (${e.type})`).join(', ')}`);
  if (d.analysis?.note) lines.push('', `Analysis: ${d.analysis.note}`);
  return lines.join('\n');
}

export function ledgerText(items: StatementView[], speakers: { name: string; quotes: number }[], speaker?: string): string {
  if (!items.length)
    return speaker
      ? `no statements by '${speaker}' (speakers: ${
          speakers
            .slice(0, 10)
            .map((s) => s.name)
            .join(', ') || 'none yet'
        })`
      : 'no statements yet';
  const lines: string[] = [];
  for (const s of items) {
    lines.push(`${shortDate(s.firstDate)}  ${s.speaker ?? '(unattributed)'}: “${s.text.replace(/\s+/g, ' ').slice(0, 200)}”`);
    lines.push(`    ${s.articles.length} article(s); outlets: ${s.outlets.join(', ') || '?'}${s.events.length ? `; events: ${s.events.join(', ')}` : ''}`);
  }
  return lines.join('\n');
}

export function outletText(o: OutletView): string {
  const parts = [`${o.outlet}: ${o.articles} articles, ${dateSpan(o.firstDate, o.lastDate)}, languages ${o.languages.join(', ') || '?'}`];
  if (o.copiesFrom.length) parts.push(`    republishes ${o.copiesFrom.map((c) => `${c.outlet} (${c.articles})`).join(', ')}`);
  if (o.copiedBy.length) parts.push(`    republished by ${o.copiedBy.map((c) => `${c.outlet} (${c.articles})`).join(', ')}`);
  if (o.medianLagHours !== null) parts.push(`    median lag behind an event's first report: ${o.medianLagHours} h`);
  return parts.join('\n');
}
