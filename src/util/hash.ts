// Stable content ids: a short hex SHA-256 of bytes or strings.
import { createHash } from 'node:crypto';

/** 16 hex characters of SHA-256 over the given parts, separated so that ("ab","c") != ("a","bc"). */
export function shortHash(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\u0000');
  }
  return h.digest('hex').slice(0, 16);
}
