// Event and storyline summaries as rows in SQLite: a flush's upserts and deletes in one transaction, and rows read back.
import type Database from 'better-sqlite3';
import type { SummaryRecord, SummaryRowChanges, SummaryVersion } from '../store.js';

const COLUMNS = 'id, storyline, first_date AS firstDate, last_date AS lastDate, articles, data, saved_at AS savedAt';
/** Rows per multi-row upsert (7 parameters each: under SQLite's 32766). */
const ROWS_PER_STATEMENT = 200;
const upsert = (table: string, n: number): string =>
  `INSERT INTO ${table} (id, storyline, first_date, last_date, articles, data, saved_at) VALUES ${Array.from({ length: n }, () => '(?,?,?,?,?,?,?)').join(',')}
   ON CONFLICT (id) DO UPDATE SET storyline = excluded.storyline, first_date = excluded.first_date, last_date = excluded.last_date,
     articles = excluded.articles, data = excluded.data, saved_at = excluded.saved_at`;

function writeTable(db: Database.Database, table: string, rows: SummaryRecord[], removed: string[]): void {
  // one id twice in a flush keeps its last row (a statement's VALUES may not hold one key twice)
  const last = [...new Map(rows.map((r) => [r.id, r])).values()];
  const args = (part: SummaryRecord[]) => part.flatMap((r) => [r.id, r.storyline, r.firstDate, r.lastDate, r.articles, r.data, r.savedAt]);
  let i = 0;
  if (last.length >= ROWS_PER_STATEMENT) {
    const many = db.prepare(upsert(table, ROWS_PER_STATEMENT));
    for (; i + ROWS_PER_STATEMENT <= last.length; i += ROWS_PER_STATEMENT) many.run(args(last.slice(i, i + ROWS_PER_STATEMENT)));
  }
  if (i < last.length) db.prepare(upsert(table, last.length - i)).run(args(last.slice(i)));
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  for (const id of removed) remove.run(id);
}

/** Apply one flush (inside the open batch, or a transaction of its own). */
export function saveSqliteSummaries(db: Database.Database, changes: SummaryRowChanges): void {
  const write = () => {
    if (changes.replace) {
      db.prepare('DELETE FROM event_summaries').run();
      db.prepare('DELETE FROM storyline_summaries').run();
      // the summaries an older version kept as one value
      db.prepare("DELETE FROM meta WHERE key = 'weave.summaries'").run();
    }
    writeTable(db, 'event_summaries', changes.events, changes.eventsRemoved);
    writeTable(db, 'storyline_summaries', changes.storylines, changes.storylinesRemoved);
  };
  if (db.inTransaction) write();
  else db.transaction(write)();
}

/** Both tables' rows as one statement reads them (one read snapshot of both), split by kind. */
function bothTables<T>(db: Database.Database, columns: string): { events: T[]; storylines: T[] } {
  const rows = db
    .prepare(`SELECT 'e' AS kind, ${columns} FROM event_summaries UNION ALL SELECT 's' AS kind, ${columns} FROM storyline_summaries`)
    .all() as (T & { kind: string })[];
  const out: { events: T[]; storylines: T[] } = { events: [], storylines: [] };
  for (const { kind, ...r } of rows) (kind === 'e' ? out.events : out.storylines).push(r as T);
  return out;
}

export function loadSqliteSummaries(db: Database.Database): { events: SummaryRecord[]; storylines: SummaryRecord[] } {
  return bothTables<SummaryRecord>(db, COLUMNS);
}

export function sqliteSummaryVersions(db: Database.Database): { events: SummaryVersion[]; storylines: SummaryVersion[] } {
  return bothTables<SummaryVersion>(db, 'id, saved_at AS savedAt');
}

/** Ids per statement of a read by ids. */
const IDS_PER_STATEMENT = 500;

export function sqliteSummariesOf(db: Database.Database, kind: 'event' | 'storyline', ids: string[]): SummaryRecord[] {
  const table = kind === 'event' ? 'event_summaries' : 'storyline_summaries';
  const out: SummaryRecord[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const part = ids.slice(i, i + IDS_PER_STATEMENT);
    out.push(...(db.prepare(`SELECT ${COLUMNS} FROM ${table} WHERE id IN (${part.map(() => '?').join(',')})`).all(...part) as SummaryRecord[]));
  }
  return out;
}
