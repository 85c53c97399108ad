// Serving the built web page from dist/web with a fallback to index.html for client-side routes.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/data-files.js';

/** Where `npm run build:web` puts the page. */
export function defaultWebDir(): string {
  return join(packageRoot(), 'dist', 'web');
}

export function hasBuiltPage(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

/** Register static files; hashed assets are cached for a year, everything else is revalidated. */
export function registerPage(app: FastifyInstance, dir: string): void {
  app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: ['index.html'],
    wildcard: true,
    cacheControl: false,
    setHeaders(res, path) {
      res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/** A client route ("/event/abc") rather than a missing file ("/assets/x.js"): no extension in the last segment. */
export function isClientRoute(path: string): boolean {
  if (path.startsWith('/api/') || path === '/api') return false;
  const last = path.split('/').pop() ?? '';
  return !/\.[A-Za-z0-9]{1,8}$/.test(last);
}
