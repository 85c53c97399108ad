// The PostgreSQL ingest job queue: documents enqueued in input order, prepared by any worker (FOR UPDATE SKIP LOCKED,
// the claim and the result in one transaction, so a worker killed mid-job leaves its jobs pending for another), and
// applied in order by the one weave writer, who holds a session advisory lock (released by PostgreSQL if it dies).
// Hand-written rather than pg-boss: the writer must take jobs strictly in input order (ids and events equal a serial
// run's), which a job queue's fetch does not promise; the table and two statements do.
import pg from 'pg';
import { StoreError } from '../../errors.js';
import { parsePgLocation } from './location.js';
import { reasonOf } from './session.js';

export interface PreparedJob {
  seq: number;
  raw: Uint8Array;
  prepared: Uint8Array;
}

/** Documents per enqueue statement. */
const ENQUEUE_CHUNK = 500;

export class PgJobQueue {
  private writerClient: pg.PoolClient | null = null;

  private constructor(private readonly pool: pg.Pool) {}

  /** Connect to the store at `url` (its schema must be migrated: open the store first). */
  static async open(url: string): Promise<PgJobQueue> {
    const loc = parsePgLocation(url);
    const pool = new pg.Pool({ connectionString: loc.connectionString, max: 3, connectionTimeoutMillis: 10_000 });
    pool.on('error', () => {});
    try {
      await pool.query('SELECT 1 FROM ingest_jobs LIMIT 1');
    } catch (e) {
      await pool.end().catch(() => {});
      throw new StoreError(`cannot use the job queue in ${loc.display}: ${reasonOf(e)}`);
    }
    return new PgJobQueue(pool);
  }

  /** Add documents (serialised) to run `run`, in this order after every job enqueued before. */
  async enqueue(run: string, raws: Uint8Array[]): Promise<void> {
    for (let i = 0; i < raws.length; i += ENQUEUE_CHUNK) {
      await this.pool.query('INSERT INTO ingest_jobs (run, raw) SELECT $1, r FROM unnest($2::bytea[]) WITH ORDINALITY AS t(r, i) ORDER BY i', [
        run,
        raws.slice(i, i + ENQUEUE_CHUNK).map((r) => Buffer.from(r.buffer, r.byteOffset, r.byteLength)),
      ]);
    }
  }

  /** Claim up to `limit` pending jobs no other worker holds, prepare them with `work` and store the results, in one transaction; how many were prepared. */
  async prepareSome(limit: number, work: (raws: Uint8Array[]) => Uint8Array[]): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const jobs = (await client.query("SELECT seq, raw FROM ingest_jobs WHERE state = 'pending' ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED", [limit]))
        .rows as { seq: string; raw: Buffer }[];
      if (jobs.length) {
        const out = work(jobs.map((j) => j.raw));
        await client.query("UPDATE ingest_jobs j SET state = 'prepared', prepared = t.p FROM unnest($1::bigint[], $2::bytea[]) AS t(s, p) WHERE j.seq = t.s", [
          jobs.map((j) => j.seq),
          out.map((r) => Buffer.from(r.buffer, r.byteOffset, r.byteLength)),
        ]);
      }
      await client.query('COMMIT');
      return jobs.length;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  /** Become the weave writer of `partition` if no live process is (a session lock: it ends with this process's connection). */
  async tryBecomeWriter(partition: string): Promise<boolean> {
    if (this.writerClient) return true;
    const client = await this.pool.connect();
    const got = (await client.query("SELECT pg_try_advisory_lock(hashtext('newsloom.weave.' || $1)) AS ok", [partition])).rows[0]?.ok === true;
    if (got) this.writerClient = client;
    else client.release();
    return got;
  }

  /** The prepared jobs next in input order, up to the first one not prepared yet (the writer never skips ahead). */
  async nextPrepared(limit: number): Promise<PreparedJob[]> {
    const rows = (await this.pool.query("SELECT seq, state, raw, prepared FROM ingest_jobs WHERE state <> 'done' ORDER BY seq LIMIT $1", [limit])).rows as {
      seq: string;
      state: string;
      raw: Buffer;
      prepared: Buffer | null;
    }[];
    const ready: PreparedJob[] = [];
    for (const r of rows) {
      if (r.state !== 'prepared' || !r.prepared) break;
      ready.push({ seq: Number(r.seq), raw: r.raw, prepared: r.prepared });
    }
    return ready;
  }

  /** Mark applied jobs done with their outcome (their payloads are dropped). */
  async markDone(done: { seq: number; outcome: string }[]): Promise<void> {
    if (!done.length) return;
    await this.pool.query(
      "UPDATE ingest_jobs j SET state = 'done', outcome = t.o, raw = NULL, prepared = NULL FROM unnest($1::bigint[], $2::text[]) AS t(s, o) WHERE j.seq = t.s",
      [done.map((d) => d.seq), done.map((d) => d.outcome)],
    );
  }

  /** Jobs not done yet (of one run, or of all). */
  async open(run?: string): Promise<number> {
    const r = run
      ? await this.pool.query("SELECT count(*)::integer AS n FROM ingest_jobs WHERE state <> 'done' AND run = $1", [run])
      : await this.pool.query("SELECT count(*)::integer AS n FROM ingest_jobs WHERE state <> 'done'");
    return r.rows[0].n as number;
  }

  /** The outcomes of a run's jobs in input order; the run's rows are then removed. */
  async takeOutcomes(run: string): Promise<string[]> {
    const rows = (await this.pool.query('DELETE FROM ingest_jobs WHERE run = $1 RETURNING seq, outcome', [run])).rows as { seq: string; outcome: string }[];
    return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map((r) => r.outcome);
  }

  async close(): Promise<void> {
    this.writerClient?.release();
    this.writerClient = null;
    await this.pool.end();
  }
}
