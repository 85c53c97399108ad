// Event membership on SQLite: an article's assignment (event, storyline, score, reasons), and the reads over event members.
import type { Assignment } from '../../model.js';
import { type Row, rowToAssignment } from '../rows.js';
import type { Prepare } from './connection.js';

export function putSqliteAssignment(stmt: Prepare, articleId: string, a: Assignment): void {
  // an upsert, not INSERT OR REPLACE: the replace's delete would not fire the triggers keeping group_outlets
  stmt(
    `INSERT INTO event_members (article_id, event, storyline, score, new_event, reasons, at) VALUES (?,?,?,?,?,?,?)
       ON CONFLICT(article_id) DO UPDATE SET event = excluded.event, storyline = excluded.storyline, score = excluded.score,
         new_event = excluded.new_event, reasons = excluded.reasons, at = excluded.at`,
  ).run(
    articleId,
    a.event,
    a.storyline,
    a.score,
    a.newEvent ? 1 : 0,
    JSON.stringify({ reasons: a.reasons, newStoryline: a.newStoryline }),
    new Date().toISOString(),
  );
}

export function getSqliteAssignment(stmt: Prepare, articleId: string): (Assignment & { articleId: string }) | null {
  const r = stmt('SELECT * FROM event_members WHERE article_id = ?').get(articleId) as Row | undefined;
  return r ? rowToAssignment(r) : null;
}

export function sqliteAssignmentsOf(stmt: Prepare, event: string): (Assignment & { articleId: string })[] {
  return (stmt('SELECT m.* FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.event = ? ORDER BY a.seq').all(event) as Row[]).map(
    rowToAssignment,
  );
}

export function sqliteOutletsIn(stmt: Prepare, group: { event?: string; storyline?: string }): (string | null)[] {
  const [kind, grp] = group.event ? ['event', group.event] : ['storyline', group.storyline ?? ''];
  return stmt("SELECT nullif(outlet, '') FROM group_outlets WHERE kind = ? AND grp = ? AND articles > 0").pluck().all(kind, grp) as (string | null)[];
}

export function sqliteDatedMembers(stmt: Prepare): { event: string; outlet: string; published: string }[] {
  return stmt(
    'SELECT m.event, a.outlet, a.published FROM event_members m JOIN articles a ON a.id = m.article_id WHERE a.outlet IS NOT NULL AND a.published IS NOT NULL',
  ).all() as { event: string; outlet: string; published: string }[];
}

export function sqliteFirstTitleIn(stmt: Prepare, event: string): string | null {
  const r = stmt(
    'SELECT a.title FROM event_members m JOIN articles a ON a.id = m.article_id WHERE m.event = ? ORDER BY a.published IS NULL, a.published, a.seq LIMIT 1',
  ).get(event) as { title: string | null } | undefined;
  return r?.title ?? null;
}
