// Opening the store a location names: PostgreSQL for postgres:// and postgresql:// URLs, the embedded SQLite file otherwise.
import { isPostgresUrl } from './postgres/location.js';
import { PostgresStore } from './postgres/store.js';
import { SqliteStore, type SqliteOptions } from './sqlite/store.js';
import type { Store } from './store.js';

export { isPostgresUrl };

/** `postgres://user@host/db[?schema=name]` opens PostgreSQL; anything else is a SQLite file path (or ":memory:"), opened with `sqlite`. */
export async function openStore(location: string, sqlite: SqliteOptions = {}): Promise<Store> {
  return isPostgresUrl(location) ? PostgresStore.open(location) : SqliteStore.open(location, sqlite);
}
