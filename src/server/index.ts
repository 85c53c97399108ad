// The HTTP API's public surface: createServer for embedding and tests, serve for the `newsloom serve` command.
export { createServer, type ServerOptions } from './app.js';
export { serve, type ServeOptions, type Serving } from './serve.js';
export type { NewsloomApi, PageRequest } from './api-types.js';
export { openApiDocument } from './openapi.js';
