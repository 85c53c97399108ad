// Bringing a PostgreSQL schema up to date: create it if needed, check it is newsloom's, apply the missing migrations under a lock.
import pg from 'pg';
import { StoreError } from '../../errors.js';
import type { PgLocation } from './location.js';
import { PG_AFTER_MIGRATION, PG_MIGRATIONS } from './migrations.js';
import { reasonOf } from './session.js';

const APP = 'newsloom';

/** Create the schema if needed and apply missing migrations, under a lock so two processes cannot migrate at once. */
export async function migrate(client: pg.PoolClient, loc: PgLocation): Promise<void> {
  const ident = `"${loc.schema}"`;
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`newsloom:${loc.schema}`]);
  const exists = (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [loc.schema])).rowCount;
  if (!exists) await client.query(`CREATE SCHEMA ${ident}`);
  await client.query(`SET LOCAL search_path TO ${ident}`);
  const hasVersion = (await client.query('SELECT to_regclass($1) AS t', [`${ident}.schema_version`])).rows[0].t;
  if (!hasVersion) {
    const others = Number((await client.query('SELECT count(*) AS n FROM pg_tables WHERE schemaname = $1', [loc.schema])).rows[0].n);
    if (others > 0) {
      throw new StoreError(
        `schema "${loc.schema}" in ${loc.display} already holds other tables and is not a newsloom schema; choose another with ?schema=NAME`,
      );
    }
    await client.query('CREATE TABLE schema_version (app TEXT NOT NULL, version INTEGER NOT NULL)');
    await client.query('INSERT INTO schema_version (app, version) VALUES ($1, 0)', [APP]);
  }
  const row = (await client.query('SELECT app, version FROM schema_version')).rows[0] as { app: string; version: number } | undefined;
  if (!row || row.app !== APP) {
    throw new StoreError(
      `schema "${loc.schema}" in ${loc.display} is not a newsloom schema (its schema_version table belongs to something else); choose another with ?schema=NAME`,
    );
  }
  if (row.version > PG_MIGRATIONS.length) {
    throw new StoreError(
      `schema "${loc.schema}" in ${loc.display} was written by a newer newsloom (schema ${row.version}, this one knows ${PG_MIGRATIONS.length}); upgrade newsloom`,
    );
  }
  for (let v = row.version; v < PG_MIGRATIONS.length; v++) {
    await client.query(PG_MIGRATIONS[v]!);
    await PG_AFTER_MIGRATION[v + 1]?.(client);
  }
  if (row.version < PG_MIGRATIONS.length) await client.query('UPDATE schema_version SET version = $1', [PG_MIGRATIONS.length]);
  await client.query('COMMIT');
}

/** A pool for `loc` and one client on it, with the schema brought up to date; errors name the database and the cause. */
export async function connectAndMigrate(loc: PgLocation): Promise<{ pool: pg.Pool; client: pg.PoolClient }> {
  const pool = new pg.Pool({ connectionString: loc.connectionString, max: 8, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  pool.on('error', () => {}); // an idle connection dropped by the server: the next query reports it
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end().catch(() => {});
    throw new StoreError(`cannot connect to ${loc.display}: ${reasonOf(e)}`);
  }
  try {
    await migrate(client, loc);
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    client.release();
    await pool.end().catch(() => {});
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot prepare schema "${loc.schema}" in ${loc.display}: ${reasonOf(e)}`);
  }
  return { pool, client };
}
