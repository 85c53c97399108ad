// Test helpers for the PostgreSQL store: reach the test server (starting the local cluster if it is down), fresh schemas dropped afterwards.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { redact } from '../../src/store/postgres/location.js';

export const PG_URL = process.env.NEWSLOOM_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Try to reach PostgreSQL (starting the local cluster once if it is installed but down); the reason it is unusable, or null. */
export async function reachPostgres(): Promise<string | null> {
  const tryConnect = async (): Promise<Error | null> => {
    const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    c.on('error', () => {});
    try {
      await c.connect();
      await c.query('SELECT 1');
      return null;
    } catch (e) {
      return e as Error;
    } finally {
      await c.end().catch(() => {});
    }
  };
  let err = await tryConnect();
  if (err && (err as { code?: string }).code === '3D000') {
    // the test database does not exist yet: create it from the maintenance database
    const admin = new URL(PG_URL);
    const db = admin.pathname.slice(1);
    admin.pathname = '/postgres';
    const c = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      await c.query(`CREATE DATABASE "${db.replace(/"/g, '""')}"`);
    } catch {
      // reported below by the retry
    } finally {
      await c.end().catch(() => {});
    }
    err = await tryConnect();
  }
  if (!err) return null;
  if (!existsSync('/etc/postgresql'))
    return `PostgreSQL is not installed here (no /etc/postgresql) and ${redact(PG_URL)} is unreachable: ${err.message || (err as { code?: string }).code}`;
  try {
    for (const version of readdirSync('/etc/postgresql')) {
      execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'ignore', timeout: 30_000 });
    }
  } catch {
    // already running, or not ours to start: the retry below says whether it helped
  }
  for (let i = 0; i < 20 && err; i++) {
    await new Promise((r) => setTimeout(r, 500));
    err = await tryConnect();
  }
  return err ? `cannot reach PostgreSQL at ${redact(PG_URL)} even after starting the local cluster: ${err.message || (err as { code?: string }).code}` : null;
}

/**
 * Whether this test file can use PostgreSQL. When it cannot, one test says so: it fails in CI (where PostgreSQL is
 * required) and is skipped elsewhere, naming the reason. Schemas made by `freshSchemaUrl` are dropped when the file's tests end.
 */
export async function postgresForTests(): Promise<{ usable: boolean; freshSchemaUrl: () => string }> {
  const problem = await reachPostgres();
  const schemas: string[] = [];
  after(async () => {
    if (problem || !schemas.length) return;
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    } finally {
      await c.end();
    }
  });
  if (problem && process.env.CI === 'true') {
    test('PostgreSQL is available for the store tests (required in CI)', () => {
      assert.fail(
        `the PostgreSQL store cannot be tested: ${problem}. Install and start PostgreSQL, or point NEWSLOOM_TEST_PG at a server (trust auth, database "test").`,
      );
    });
  } else if (problem) {
    test('PostgreSQL store', { skip: `skipped: ${problem} (set NEWSLOOM_TEST_PG to a reachable server to run these)` }, () => {});
  }
  return {
    usable: !problem,
    /** A URL for a fresh random schema, dropped when the tests end. */
    freshSchemaUrl: () => {
      const schema = `nl_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      schemas.push(schema);
      const u = new URL(PG_URL);
      u.searchParams.set('schema', schema);
      return u.toString();
    },
  };
}
