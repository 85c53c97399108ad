// Event and storyline summaries as rows in PostgreSQL: a flush's upserts and deletes as a few array statements, and rows read back.
import type { SummaryRecord, SummaryRowChanges, SummaryVersion } from '../store.js';
import type { Run } from './session.js';

/** Rows per statement: bounded parameter arrays. */
const CHUNK = 2000;
const COLUMNS = 'id, storyline, first_date AS "firstDate", last_date AS "lastDate", articles, data, saved_at AS "savedAt"';

async function writeTable(run: Run, table: string, rows: SummaryRecord[], removed: string[]): Promise<void> {
  // one id twice in a flush keeps its last row (ON CONFLICT may not touch one row twice in a statement)
  const last = [...new Map(rows.map((r) => [r.id, r])).values()];
  for (let i = 0; i < last.length; i += CHUNK) {
    const part = last.slice(i, i + CHUNK);
    await run(
      `INSERT INTO ${table} (id, storyline, first_date, last_date, articles, data, saved_at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[])
         ON CONFLICT (id) DO UPDATE SET storyline = excluded.storyline, first_date = excluded.first_date, last_date = excluded.last_date,
           articles = excluded.articles, data = excluded.data, saved_at = excluded.saved_at`,
      [
        part.map((r) => r.id),
        part.map((r) => r.storyline),
        part.map((r) => r.firstDate),
        part.map((r) => r.lastDate),
        part.map((r) => r.articles),
        part.map((r) => r.data),
        part.map((r) => r.savedAt),
      ],
    );
  }
  for (let i = 0; i < removed.length; i += CHUNK) await run(`DELETE FROM ${table} WHERE id = ANY($1::text[])`, [removed.slice(i, i + CHUNK)]);
}

/** Apply one flush (the caller holds it in one transaction). */
export async function savePgSummaries(run: Run, changes: SummaryRowChanges): Promise<void> {
  if (changes.replace) {
    await run('DELETE FROM event_summaries');
    await run('DELETE FROM storyline_summaries');
    // the summaries an older version kept as one value
    await run("DELETE FROM meta WHERE key = 'weave.summaries'");
  }
  await writeTable(run, 'event_summaries', changes.events, changes.eventsRemoved);
  await writeTable(run, 'storyline_summaries', changes.storylines, changes.storylinesRemoved);
}

/** Both tables' rows as one statement reads them (one read snapshot of both), split by kind. */
async function bothTables<T>(run: Run, columns: string): Promise<{ events: T[]; storylines: T[] }> {
  const rows = (await run(
    `SELECT 'e' AS kind, ${columns} FROM event_summaries UNION ALL SELECT 's' AS kind, ${columns} FROM storyline_summaries`,
  )) as unknown as (T & { kind: string })[];
  const out: { events: T[]; storylines: T[] } = { events: [], storylines: [] };
  for (const { kind, ...r } of rows) (kind === 'e' ? out.events : out.storylines).push(r as T);
  return out;
}

export function loadPgSummaries(run: Run): Promise<{ events: SummaryRecord[]; storylines: SummaryRecord[] }> {
  return bothTables<SummaryRecord>(run, COLUMNS);
}

export function pgSummaryVersions(run: Run): Promise<{ events: SummaryVersion[]; storylines: SummaryVersion[] }> {
  return bothTables<SummaryVersion>(run, 'id, saved_at AS "savedAt"');
}

export async function pgSummariesOf(run: Run, kind: 'event' | 'storyline', ids: string[]): Promise<SummaryRecord[]> {
  const table = kind === 'event' ? 'event_summaries' : 'storyline_summaries';
  const out: SummaryRecord[] = [];
  for (let i = 0; i < ids.length; i += CHUNK)
    out.push(...((await run(`SELECT ${COLUMNS} FROM ${table} WHERE id = ANY($1::text[])`, [ids.slice(i, i + CHUNK)])) as unknown as SummaryRecord[]));
  return out;
}
