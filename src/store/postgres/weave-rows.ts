// The weave's state as rows in PostgreSQL: a flush's upserts and deletes as a few array statements (JSON rows in data,
// packed ones in bin), and every row read back.
import type { WeaveRowChanges, WeaveRowRecord } from '../store.js';
import type { Run } from './session.js';

/** Rows per statement: bounded parameter arrays. */
const CHUNK = 5000;

/** Apply one flush (the caller holds it in one transaction); `savedAt`: also mark the weave saved at that time. */
export async function savePgWeaveRows(run: Run, changes: WeaveRowChanges, savedAt: string | null): Promise<void> {
  if (changes.replace) await run('DELETE FROM weave_rows');
  for (let i = 0; i < changes.upserts.length; i += CHUNK) {
    const part = changes.upserts.slice(i, i + CHUNK);
    await run(
      `INSERT INTO weave_rows (kind, key, data, bin) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[])
         ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data, bin = excluded.bin`,
      [
        part.map((r) => r.kind),
        part.map((r) => r.key),
        part.map((r) => (typeof r.data === 'string' ? r.data : null)),
        part.map((r) => (typeof r.data === 'string' ? null : Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength))),
      ],
    );
  }
  for (let i = 0; i < changes.deletes.length; i += CHUNK) {
    const part = changes.deletes.slice(i, i + CHUNK);
    await run('DELETE FROM weave_rows WHERE (kind, key) IN (SELECT * FROM unnest($1::text[], $2::text[]))', [part.map((r) => r.kind), part.map((r) => r.key)]);
  }
  if (savedAt !== null) {
    // the rows hold the state now: the one-blob snapshot is emptied (its time is the weave version)
    await run(
      "INSERT INTO weave_state (id, snapshot, updated_at) VALUES (1, '', $1) ON CONFLICT (id) DO UPDATE SET snapshot = '', updated_at = excluded.updated_at",
      [savedAt],
    );
  }
}

export async function loadPgWeaveRows(run: Run): Promise<WeaveRowRecord[]> {
  const rows = (await run('SELECT kind, key, data, bin FROM weave_rows')) as unknown as {
    kind: string;
    key: string;
    data: string | null;
    bin: Buffer | null;
  }[];
  return rows.map((r) => ({ kind: r.kind, key: r.key, data: r.data ?? r.bin ?? '' }));
}
