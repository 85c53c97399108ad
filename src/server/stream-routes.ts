// The streamed routes: /api/export (a list as CSV or JSONL, page by page) and /api/live (server-sent events of what any
// process adds: articles, their events and storylines, found by watching the store's data version).
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ListFilter, PageRequest } from '../views.js';
import type { NewsloomApi } from './api-types.js';
import type { ServerConfig } from './config.js';
import { EXPORT_COLUMNS, type ExportView, csvLine, exportCells } from './csv.js';
import { dataWatch } from './data-watch.js';
import { HttpError } from './http-error.js';

type Query = Record<string, unknown>;
const FILTER_KEYS = ['from', 'to', 'outlet', 'language', 'q', 'sort'] as const;
/** A look sends at most this many batches (a client far behind catches up over several looks). */
const LIVE_BATCHES_PER_LOOK = 5;

/** The list filters of a parsed query string. */
export function listFilter(query: Query): ListFilter {
  const f: ListFilter = {};
  for (const k of FILTER_KEYS) if (typeof query[k] === 'string') f[k] = query[k] as string;
  return f;
}

type Lister = (page: PageRequest) => Promise<{ items: unknown[]; total: number; choices?: unknown[] }>;

function lister(engine: NewsloomApi, view: ExportView, q: Query): Lister {
  const f = listFilter(q);
  const storyline = typeof q.storyline === 'string' ? { storyline: q.storyline } : {};
  const speaker = typeof q.speaker === 'string' ? { speaker: q.speaker } : {};
  switch (view) {
    case 'articles':
      return (p) => engine.articles({ ...p, ...f });
    case 'events':
      return (p) => engine.events({ ...p, ...f, ...storyline });
    case 'storylines':
      return (p) => engine.storylines({ ...p, ...f });
    default:
      return (p) => engine.ledger({ ...p, ...f, ...speaker });
  }
}

/** GET /api/export: the filtered list streamed a page at a time, as CSV with a header row or as JSONL. */
export function exportHandler(engine: NewsloomApi, cfg: ServerConfig) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const q = (req.query ?? {}) as Query;
    const view = q.view as ExportView;
    const csv = (q.format ?? 'csv') === 'csv';
    const list = lister(engine, view, q);
    const first = await list({ limit: cfg.maxLimit, offset: 0 });
    if (first.choices?.length) {
      const names = (first.choices as { name: string }[]).map((c) => c.name).slice(0, 10);
      throw new HttpError(400, `speaker '${String(q.speaker)}' fits several: ${names.join(', ')}; give one of them in full`);
    }
    async function* rows(): AsyncGenerator<string> {
      if (csv) yield csvLine(EXPORT_COLUMNS[view]);
      let page = first;
      for (let offset = 0; offset < cfg.exportMaxRows; ) {
        for (const item of page.items.slice(0, cfg.exportMaxRows - offset)) {
          yield csv ? csvLine(exportCells(view, item as Record<string, unknown>)) : `${JSON.stringify(item)}\n`;
        }
        offset += page.items.length;
        if (!page.items.length || offset >= page.total) return;
        page = await list({ limit: cfg.maxLimit, offset });
      }
    }
    const name = `newsloom-${view}.${csv ? 'csv' : 'jsonl'}`;
    return reply
      .type(csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .header('Cache-Control', 'no-store')
      .send(Readable.from(rows()));
  };
}

/** GET /api/live: server-sent events. Each article added after the client's point (Last-Event-ID, ?since=, else now) by any process. */
export function liveHandler(engine: NewsloomApi, cfg: ServerConfig) {
  const watch = dataWatch(() => engine.dataVersion(), cfg.livePollMs);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const q = (req.query ?? {}) as Query;
    const lastId = Number(req.headers['last-event-id']);
    const resumed = Number.isSafeInteger(lastId) && lastId >= 0 ? lastId : typeof q.since === 'number' ? q.since : null;
    let seq = resumed ?? (await engine.lastSeq());
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...cfg.securityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(`retry: 2000\nevent: hello\ndata: ${JSON.stringify({ since: seq })}\n\n`);
    let busy = false;
    let again = false;
    let closed = false;
    const send = (event: string, data: unknown, id?: number) => {
      if (!closed) res.write(`${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    /** Send what came after `seq`, a few batches at a time (a client far behind catches up over several looks). */
    const look = async (): Promise<void> => {
      if (closed) return;
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        for (let batch = 0; batch < LIVE_BATCHES_PER_LOOK; batch++) {
          const from = seq;
          // Clients at the same point share one read (the engine's cache, until the data moves again).
          const added = await engine.cachedRead(`live:${from}:${cfg.liveBatch}`, () => engine.newSince(from, cfg.liveBatch));
          if (!added.length) break;
          const events = new Map<string, string>();
          for (const a of added) {
            send('article', a, a.seq);
            seq = a.seq;
            if (a.event && a.storyline) events.set(a.event, a.storyline);
          }
          for (const [id, storyline] of events) send('event', { id, storyline });
          for (const id of new Set(events.values())) send('storyline', { id });
          if (added.length < cfg.liveBatch) break;
          if (batch === LIVE_BATCHES_PER_LOOK - 1) again = true;
        }
      } catch (err) {
        send('problem', { message: `the live view could not read the store: ${(err as Error).message}` });
      } finally {
        busy = false;
      }
      if (again && !closed) {
        again = false;
        setImmediate(() => void look());
      }
    };
    const stop = watch.subscribe(() => void look());
    if (resumed !== null) void look();
    const beat = setInterval(() => !closed && res.write(': still here\n\n'), cfg.liveHeartbeatMs);
    res.on('close', () => {
      closed = true;
      stop();
      clearInterval(beat);
    });
  };
}
