// The HTTP API: Fastify routes over the engine, validation, JSON errors, bearer auth for writes, security headers, the built page.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ERROR_TABLE, errorKind } from '../errors.js';
import type { NewsloomApi } from './api-types.js';
import { checkWriteAuth } from './auth.js';
import { serverConfig } from './config.js';
import { HttpError, errorBody, notFound } from './http-error.js';
import { rowsFromBody } from './ingest-body.js';
import { openApiDocument } from './openapi.js';
import { routeSpecs, type OperationId } from './route-specs.js';
import { serialQueue } from './serial.js';
import { defaultWebDir, hasBuiltPage, isClientRoute, registerPage } from './static-page.js';
import { validationMessage } from './validation-message.js';
import { checkQuery, integerParams } from './query-check.js';
import { ingestReportView } from '../views.js';
import { exportHandler, listFilter, liveHandler } from './stream-routes.js';
import type { ServerConfig } from './config.js';

export interface ServerOptions {
  /** The bearer token writes need; without one, writes are refused. */
  token?: string;
  /** Where serve() binds (127.0.0.1 by default); kept here so the app can report it. */
  host?: string;
  /** Log requests (pino) to stdout. */
  logger?: boolean;
  /** Folder with the built page (dist/web by default); false to serve the API only. */
  webDir?: string | false;
}

type Query = Record<string, unknown>;
type Handler = (req: FastifyRequest) => Promise<unknown>;

function found<T>(value: T | null, kind: string, id: string): T {
  if (value === null || value === undefined) throw notFound(kind, id);
  return value;
}

type Streamed = 'export' | 'live';

/** A typed name settled to one entity: 404 when it fits none, 400 with the choices when it fits several. */
async function oneEntity(engine: NewsloomApi, asked: string): Promise<string> {
  const found = await engine.lookUp(asked);
  if (!found.length) throw new HttpError(404, `no entity named '${asked}' (GET /api/entities?q=… lists them)`);
  if (found.length > 1) {
    throw new HttpError(
      400,
      `'${asked}' fits several entities: ${found
        .slice(0, 10)
        .map((f) => f.name)
        .join(', ')}; give one of them in full`,
    );
  }
  return found[0]!.name;
}

function handlers(engine: NewsloomApi, openapi: unknown, maxRows: number): Record<Exclude<OperationId, Streamed>, Handler> {
  const q = (r: FastifyRequest): Query => (r.query ?? {}) as Query;
  const p = (r: FastifyRequest): Record<string, string> => r.params as Record<string, string>;
  const page = (r: FastifyRequest) => ({ limit: q(r).limit as number, offset: q(r).offset as number });
  const writes = serialQueue();
  const opt = (r: FastifyRequest, k: string): Record<string, string> => (typeof q(r)[k] === 'string' ? { [k]: q(r)[k] as string } : {});
  const lf = (r: FastifyRequest) => listFilter(q(r));
  return {
    health: () => engine.health(),
    storylines: (r) => engine.storylines({ ...page(r), ...lf(r) }),
    storyline: async (r) => found(await engine.storyline(p(r).id!), 'storyline', p(r).id!),
    events: (r) => engine.events({ ...page(r), ...lf(r), ...opt(r, 'storyline') }),
    event: async (r) => found(await engine.event(p(r).id!), 'event', p(r).id!),
    articles: (r) => engine.articles({ ...page(r), ...lf(r) }),
    article: async (r) => found(await engine.articleDetail(p(r).id!), 'article', p(r).id!),
    search: (r) => engine.search(q(r).q as string, page(r)),
    ledger: (r) => engine.ledger({ ...page(r), ...lf(r), ...opt(r, 'speaker') }),
    speakers: () => engine.speakers(),
    entities: (r) => engine.entities({ ...page(r), ...lf(r), ...opt(r, 'type') }),
    timeline: async (r) => {
      const { sort: _sort, ...f } = lf(r);
      const entity = typeof q(r).entity === 'string' ? { entity: await oneEntity(engine, q(r).entity as string) } : {};
      return engine.timeline({ ...f, ...opt(r, 'storyline'), ...opt(r, 'event'), ...entity }, q(r).bucket as 'day' | 'week' | 'month' | undefined);
    },
    entity: async (r) => found(await engine.entity(p(r).name!), 'entity', p(r).name!),
    outlets: () => engine.outlets(),
    outlet: async (r) => {
      const name = p(r).name!;
      const o = await engine.outlet(name);
      if (!o) throw new HttpError(404, `no outlet named '${name}' (GET /api/outlets lists them)`);
      return o;
    },
    ingest: async (r) => {
      // The token was checked before the body was read (the route's onRequest hook).
      const rows = rowsFromBody(r.body, maxRows);
      return ingestReportView(await writes(() => engine.ingestRows(rows)));
    },
    openapi: async () => openapi,
  };
}

function streamedHandlers(engine: NewsloomApi, cfg: ServerConfig): Record<Streamed, (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>> {
  return { export: exportHandler(engine, cfg), live: liveHandler(engine, cfg) };
}

function rawQueryValue(req: FastifyRequest, name: string): string | undefined {
  const qs = req.url.indexOf('?');
  if (qs < 0) return (req.params as Record<string, string> | undefined)?.[name];
  return new URLSearchParams(req.url.slice(qs + 1)).get(name) ?? (req.params as Record<string, string> | undefined)?.[name];
}

function sendError(reply: FastifyReply, status: number, message: string, headers: Record<string, string> = {}): FastifyReply {
  return reply.code(status).headers(headers).type('application/json; charset=utf-8').send(errorBody(status, message));
}

/** Build the API (and page) over an engine; call `.listen()` or `.inject()` on the result. */
export function createServer(engine: NewsloomApi, opts: ServerOptions = {}): FastifyInstance {
  const cfg = serverConfig();
  const specs = routeSpecs(cfg);
  const app = Fastify({ logger: opts.logger ?? false, routerOptions: { maxParamLength: cfg.maxIdLength, ignoreTrailingSlash: true } });
  const doc = openApiDocument(specs, cfg);
  const table = handlers(engine, doc, cfg.ingestMaxRows);
  const streamed = streamedHandlers(engine, cfg);

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.headers(cfg.securityHeaders);
    return payload;
  });

  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(cfg.jsonlContentTypes, { parseAs: 'string' }, (_req, body, done) => done(null, body));

  for (const spec of specs) {
    const schema: Record<string, unknown> = {};
    if (spec.params) schema.params = spec.params;
    if (spec.querystring) schema.querystring = spec.querystring;
    const integers = integerParams(spec.querystring);
    if (spec.stream) {
      app.route({
        method: spec.method,
        url: spec.url,
        schema,
        onRequest: async (req) => checkQuery(req.url, integers),
        handler: streamed[spec.operationId as Streamed],
      });
      continue;
    }
    const handler = table[spec.operationId as Exclude<OperationId, Streamed>];
    app.route({
      method: spec.method,
      url: spec.url,
      schema,
      ...(spec.write ? { bodyLimit: cfg.ingestBodyBytes } : {}),
      // Before the body is read or the query coerced: the token of a write, then repeated and numeric query parameters.
      onRequest: async (req) => {
        if (spec.write) checkWriteAuth(opts.token, req.headers.authorization);
        checkQuery(req.url, integers);
      },
      handler: async (req, reply) => {
        const json = spec.write
          ? JSON.stringify(await handler(req))
          : // Identical reads share one engine call and one serialisation until the data changes (the engine's read cache).
            await engine.cachedRead(`api ${spec.operationId} ${JSON.stringify(req.params ?? {})} ${JSON.stringify(req.query ?? {})}`, async () =>
              JSON.stringify(await handler(req)),
            );
        return reply.type('application/json; charset=utf-8').send(json);
      },
    });
  }

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof HttpError) return sendError(reply, err.statusCode, err.message, err.headers);
    if (err.validation) {
      return sendError(
        reply,
        400,
        validationMessage(err.validationContext, err.validation, (n) => rawQueryValue(req, n)),
      );
    }
    const kind = errorKind(err);
    if (kind !== 'internal') return sendError(reply, ERROR_TABLE[kind].http, err.message);
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      let message = err.message;
      if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        message = `unsupported Content-Type '${req.headers['content-type'] ?? ''}': send application/json (an array of rows) or ${cfg.jsonlContentTypes[0]} (JSONL)`;
      } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        message = `the body is larger than ${cfg.ingestBodyBytes} bytes: split it into several requests`;
      } else if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError) {
        message = `the body is not valid JSON (${err.message}); send a JSON array of rows, or JSONL with Content-Type ${cfg.jsonlContentTypes[0]}`;
      }
      return sendError(reply, err.statusCode, message);
    }
    // A bug: say so, and put the details where the operator can read them (the request log, or stderr without one).
    if (opts.logger) req.log.error(err);
    else process.stderr.write(`newsloom serve: ${req.method} ${req.url.split('?')[0]} failed: ${err.stack ?? err.message}\n`);
    return sendError(
      reply,
      ERROR_TABLE.internal.http,
      `the server failed on ${req.method} ${req.url.split('?')[0]} (${err.name}): an unexpected error in newsloom; the details are in the server's ${opts.logger ? 'request log' : 'standard error'}`,
    );
  });

  const webDir = opts.webDir === false ? null : (opts.webDir ?? defaultWebDir());
  const page = webDir !== null && hasBuiltPage(webDir);
  if (page) registerPage(app, webDir!);

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    const get = req.method === 'GET' || req.method === 'HEAD';
    if (get && isClientRoute(path)) {
      if (page) return reply.code(200).header('Cache-Control', 'no-cache').sendFile('index.html');
      if (webDir !== null)
        return sendError(reply, 503, `the web page is not built (no ${webDir}/index.html): run 'npm run build:web', then restart the server`);
    }
    const hint = path.startsWith('/api') ? '; GET /api/openapi.json lists the routes' : '';
    return sendError(reply, 404, `no route ${req.method} ${path}${hint}`);
  });

  return app;
}
