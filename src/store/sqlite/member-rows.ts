// Event membership on SQLite: an article's assignment (event, storyline, score, reasons), and the reads over event members.
// Members are keyed by their article's seq (migration 20); the reads give the article's id as `article_id`.
import type { Assignment } from '../../model.js';
import { type Row, rowToAssignment } from '../rows.js';
import { notStored } from '../write-rules.js';
import type { Prepare } from './connection.js';

/** The member columns with the article's id, as rowToAssignment reads them (`m` the members, `a` their articles). */
const MEMBER_COLS = 'a.id AS article_id, m.event, m.storyline, m.score, m.new_event, m.reasons, m.at';

export function putSqliteAssignment(stmt: Prepare, articleId: string, a: Assignment): void {
  // an upsert, not INSERT OR REPLACE: the replace's delete would not fire the triggers keeping group_outlets
  const info = stmt(
    `INSERT INTO event_members (article_seq, event, storyline, score, new_event, reasons, at) SELECT seq, ?, ?, ?, ?, ?, ? FROM articles WHERE id = ?
       ON CONFLICT(article_seq) DO UPDATE SET event = excluded.event, storyline = excluded.storyline, score = excluded.score,
         new_event = excluded.new_event, reasons = excluded.reasons, at = excluded.at`,
  ).run(
    a.event,
    a.storyline,
    a.score,
    a.newEvent ? 1 : 0,
    JSON.stringify({ reasons: a.reasons, newStoryline: a.newStoryline }),
    new Date().toISOString(),
    articleId,
  );
  if (info.changes === 0) throw notStored('the event', articleId);
}

export function getSqliteAssignment(stmt: Prepare, articleId: string): (Assignment & { articleId: string }) | null {
  const r = stmt(`SELECT ${MEMBER_COLS} FROM articles a JOIN event_members m ON m.article_seq = a.seq WHERE a.id = ?`).get(articleId) as Row | undefined;
  return r ? rowToAssignment(r) : null;
}

export function sqliteAssignmentsOf(stmt: Prepare, event: string): (Assignment & { articleId: string })[] {
  return (stmt(`SELECT ${MEMBER_COLS} FROM event_members m JOIN articles a ON a.seq = m.article_seq WHERE m.event = ? ORDER BY a.seq`).all(event) as Row[]).map(
    rowToAssignment,
  );
}

export function sqliteOutletsIn(stmt: Prepare, group: { event?: string; storyline?: string }): (string | null)[] {
  const [kind, grp] = group.event ? ['event', group.event] : ['storyline', group.storyline ?? ''];
  return stmt("SELECT nullif(outlet, '') FROM group_outlets WHERE kind = ? AND grp = ? AND articles > 0").pluck().all(kind, grp) as (string | null)[];
}

export function sqliteDatedMembers(stmt: Prepare): { event: string; outlet: string; published: string }[] {
  return stmt(
    'SELECT m.event, a.outlet, a.published FROM event_members m JOIN articles a ON a.seq = m.article_seq WHERE a.outlet IS NOT NULL AND a.published IS NOT NULL',
  ).all() as { event: string; outlet: string; published: string }[];
}

export function sqliteFirstTitleIn(stmt: Prepare, event: string): string | null {
  const r = stmt(
    'SELECT a.title FROM event_members m JOIN articles a ON a.seq = m.article_seq WHERE m.event = ? ORDER BY a.published IS NULL, a.published, a.seq LIMIT 1',
  ).get(event) as { title: string | null } | undefined;
  return r?.title ?? null;
}
