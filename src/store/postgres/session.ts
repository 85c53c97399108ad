// One PostgreSQL store's connections: the pool, the batch (one connection holding a transaction), and running a statement on the right one.
import type pg from 'pg';
import { StoreError } from '../../errors.js';
import type { Row } from '../rows.js';

/** Runs one statement on the store's connections (inside the store's batch when one is open). */
export type Run = (sql: string, params?: unknown[]) => Promise<Row[]>;

/** How the outermost batch ended: its writes committed, or rolled back because a statement in it failed. */
export type BatchEnd = 'committed' | 'rolled-back';

export class PgSession {
  private batchDepth = 0;
  private batchClient: Promise<pg.PoolClient> | null = null;
  private batchFailure: Error | null = null;
  private closed = false;
  private readonly names = new Map<string, string>();

  constructor(
    /** The URL without its password, for messages. */
    readonly location: string,
    private readonly pool: pg.Pool,
  ) {}

  /** One statement: on the batch connection during a batch, else on any pooled connection. */
  async run(sql: string, params: unknown[] = []): Promise<Row[]> {
    this.assertOpen();
    if (this.batchDepth > 0 && this.batchClient) {
      const client = await this.batchClient;
      if (this.batchFailure) {
        throw new StoreError(
          `an earlier statement in this batch failed (${this.batchFailure.message}); its writes will be rolled back, so nothing more can be done in it`,
        );
      }
      try {
        return await this.exec(client, sql, params);
      } catch (e) {
        this.batchFailure = e as Error;
        throw e;
      }
    }
    return this.exec(this.pool, sql, params);
  }

  /** One statement outside any batch (e.g. ANALYZE after a bulk load). */
  runOutside(sql: string): Promise<Row[]> {
    this.assertOpen();
    return this.exec(this.pool, sql);
  }

  /** Check out one connection and open a transaction on it; every statement until the matching end goes through it. */
  async begin(): Promise<void> {
    this.assertOpen();
    if (this.batchDepth++ > 0) {
      await this.batchClient;
      return;
    }
    this.batchFailure = null;
    this.batchClient = (async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
      } catch (e) {
        client.release(true);
        throw e;
      }
      return client;
    })();
    try {
      await this.batchClient;
    } catch (e) {
      this.batchDepth = 0;
      this.batchClient = null;
      throw new StoreError(`cannot start a batch on ${this.location}: ${reasonOf(e)}`);
    }
  }

  /** Commit when the outermost batch ends; if a statement in it failed, roll the whole batch back instead. Null for an inner end. */
  async end(): Promise<BatchEnd | null> {
    if (this.batchDepth === 0 || --this.batchDepth > 0) return null;
    const pending = this.batchClient;
    const failure = this.batchFailure;
    this.batchClient = null;
    this.batchFailure = null;
    if (!pending) return null;
    const client = await pending.catch(() => null);
    if (!client) return null;
    try {
      await client.query(failure ? 'ROLLBACK' : 'COMMIT');
      client.release();
    } catch (e) {
      client.release(true);
      throw new StoreError(`cannot commit a batch to ${this.location}: ${reasonOf(e)}`);
    }
    return failure ? 'rolled-back' : 'committed';
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const pending = this.batchClient;
    this.batchClient = null;
    this.batchDepth = 0;
    if (pending) {
      // like closing SQLite mid-transaction: uncommitted batch writes are discarded
      const client = await pending.catch(() => null);
      if (client) {
        await client.query('ROLLBACK').catch(() => {});
        client.release();
      }
    }
    await this.pool.end();
  }

  /** Execute a named (prepared once per connection) statement, turning driver errors into StoreErrors. */
  private async exec(on: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = []): Promise<Row[]> {
    let name = this.names.get(sql);
    if (!name) this.names.set(sql, (name = `nl${this.names.size}`));
    try {
      return (await on.query({ name, text: sql, values: params.map(withoutNul) })).rows as Row[];
    } catch (e) {
      throw new StoreError(`PostgreSQL store ${this.location}: ${reasonOf(e)} (in: ${sql.replace(/\s+/g, ' ').slice(0, 60)}…)`);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError(`the store ${this.location} is closed`);
  }
}

/** A readable reason from a driver or network error (Node reports a refused dual-stack connect as an AggregateError with no message). */
export function reasonOf(e: unknown): string {
  const err = e as Error & { errors?: Error[]; code?: string };
  const msg =
    err?.message ||
    (err?.errors ?? [])
      .map((x) => x.message)
      .filter(Boolean)
      .join('; ') ||
    err?.code ||
    String(e);
  const refused = err?.code === 'ECONNREFUSED' || (err?.errors ?? []).some((x) => (x as { code?: string }).code === 'ECONNREFUSED');
  return refused ? `${msg} (is PostgreSQL running and listening there?)` : msg;
}

/**
 * PostgreSQL text cannot hold U+0000, which SQLite keeps. It becomes U+FFFD (one UTF-16 unit, so quote and mention offsets stay right);
 * originals are bytea and keep every byte.
 */
function withoutNul(v: unknown): unknown {
  if (typeof v === 'string') return v.includes('\u0000') ? v.replaceAll('\u0000', '\uFFFD') : v;
  if (Array.isArray(v)) return v.map(withoutNul);
  return v;
}
