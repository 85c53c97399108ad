// Bearer-token check for write endpoints: reads are open, writes need Authorization: Bearer $NEWSLOOM_TOKEN.
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './http-error.js';

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** Throw the HttpError a write request deserves, or return when the header carries the configured token. */
export function checkWriteAuth(configured: string | undefined, header: string | undefined): void {
  if (!configured) {
    throw new HttpError(
      403,
      'writes are disabled on this server: start it with NEWSLOOM_TOKEN set (e.g. NEWSLOOM_TOKEN=$(openssl rand -hex 24)) and send Authorization: Bearer <token>',
    );
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) {
    throw new HttpError(
      401,
      header ? "the Authorization header must read 'Bearer <token>'" : 'this endpoint writes to the store: send Authorization: Bearer <NEWSLOOM_TOKEN>',
      {
        'WWW-Authenticate': 'Bearer realm="newsloom"',
      },
    );
  }
  if (!timingSafeEqual(digest(m[1]!), digest(configured))) {
    throw new HttpError(403, 'the bearer token does not match the NEWSLOOM_TOKEN this server was started with');
  }
}
