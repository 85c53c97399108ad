// Reading a postgres:// URL: which schema to use, the connection string for pg, and a form safe to print (no password).
import { StoreError } from '../../errors.js';

export interface PgLocation {
  /** The URL with any password replaced by "***": for messages and `Store.location`. */
  display: string;
  /** What pg connects with: the URL without `schema`, with search_path set to the schema. */
  connectionString: string;
  /** The schema newsloom keeps its tables in (`?schema=`, default "newsloom"). */
  schema: string;
}

export const DEFAULT_SCHEMA = 'newsloom';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Split a postgres:// URL into what pg needs and what may be shown to a user. */
export function parsePgLocation(url: string): PgLocation {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new StoreError(`${redact(url)} is not a valid PostgreSQL URL; expected postgres://user@host:5432/database[?schema=name]`);
  }
  if (!isPostgresUrl(url)) throw new StoreError(`${redact(url)} is not a PostgreSQL URL (it must start with postgres:// or postgresql://)`);
  const schema = u.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreError(`schema "${schema}" in ${redact(url)} is not a plain identifier; use letters, digits and _ (not starting with a digit)`);
  }
  const display = redact(url);
  u.searchParams.delete('schema');
  const options = [u.searchParams.get('options'), `-c search_path=${schema}`].filter(Boolean).join(' ');
  u.searchParams.set('options', options);
  return { display, connectionString: u.toString(), schema };
}

/** The URL with its password (if any) replaced by "***". */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/(\/\/[^:/@]*:)[^@/]*@/, '$1***@');
  }
}
