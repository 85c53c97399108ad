// Building the OpenAPI 3 document from the route table (no extra package): paths, parameters, bodies, errors, components.
import type { ServerConfig } from './config.js';
import { reasonPhrase } from './http-error.js';
import type { RouteSpec } from './route-specs.js';
import { viewSchemas } from '../views.js';

type Schema = Record<string, unknown>;

/** "/api/event/:id" -> "/api/event/{id}" */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

function parameters(where: 'path' | 'query', schema: Schema | undefined): Schema[] {
  if (!schema) return [];
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || required.has(name), description, schema: rest };
  });
}

const errorResponse = (status: number): Schema => ({
  description: reasonPhrase(status),
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function openApiDocument(specs: RouteSpec[], cfg: ServerConfig, version = '0.1.0'): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const r of specs) {
    const op: Schema = {
      operationId: r.operationId,
      summary: r.summary,
      parameters: [...parameters('path', r.params), ...parameters('query', r.querystring)],
      responses: {
        200: { description: 'OK', content: Object.fromEntries((r.contentTypes ?? ['application/json']).map((c) => [c, { schema: r.response }])) },
        ...(r.params || r.querystring || r.write ? { 400: errorResponse(400) } : {}),
        ...Object.fromEntries((r.errors ?? []).map((s) => [s, errorResponse(s)])),
      },
    };
    if (r.write) {
      op.security = [{ bearer: [] }];
      op.requestBody = {
        required: true,
        description: `Up to ${cfg.ingestMaxRows} rows, at most ${cfg.ingestBodyBytes} bytes`,
        content: {
          'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/IngestRow' } } },
          ...Object.fromEntries(cfg.jsonlContentTypes.map((t) => [t, { schema: { type: 'string', description: 'JSONL: one row object per line' } }])),
        },
      };
    }
    (paths[openApiPath(r.url)] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsloom API',
      version,
      description:
        'Read the storylines, events, articles, quotes and outlets newsloom has woven, and ingest new rows. Reads are open; writes need Authorization: Bearer $NEWSLOOM_TOKEN.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the NEWSLOOM_TOKEN the server was started with' } },
      schemas: {
        ...viewSchemas,
        IngestRow: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            url: { type: 'string' },
            title: { type: 'string' },
            text: { type: 'string' },
            html: { type: 'string' },
            published: { type: 'string' },
            outlet: { type: 'string' },
            language: { type: 'string' },
            authors: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
  };
}
