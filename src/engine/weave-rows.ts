// The weave's rows (what Weaver.flushRows() hands out) as the store keeps them, keyed (kind, key) with JSON data, and back.
import type { WeaveRowChanges, WeaveRowRecord } from '../store/store.js';
import type { WeaveRowSet, WeaveRows } from '../weave/rows.js';

/** Each kind of weave row, with the field that keys it. */
const KINDS = {
  events: (r: { index: number }) => r.index,
  storylines: (r: { index: number }) => r.index,
  terms: (r: { id: number }) => r.id,
  postings: (r: { feature: number }) => r.feature,
  actorPostings: (r: { feature: number }) => r.feature,
  recent: (r: { id: string }) => r.id,
} as const;
type Kind = keyof typeof KINDS;

/** One flush as upserts and deletes; `replace`: the stored rows are dropped first (the flush holds every row). */
export function weaveRowChanges(rows: WeaveRows, replace: boolean): WeaveRowChanges {
  const upserts: WeaveRowRecord[] = [{ kind: 'meta', key: '0', data: JSON.stringify(rows.meta) }];
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const key = KINDS[kind] as (r: unknown) => number | string;
    for (const r of rows[kind] as unknown[]) upserts.push({ kind, key: String(key(r)), data: JSON.stringify(r) });
  }
  const deletes = [
    ...rows.recentDropped.map((id) => ({ kind: 'recent', key: id })),
    ...(rows.termsDropped ?? []).map((id) => ({ kind: 'terms', key: String(id) })),
    ...(rows.postingsDropped ?? []).map((f) => ({ kind: 'postings', key: String(f) })),
    ...(rows.actorPostingsDropped ?? []).map((f) => ({ kind: 'actorPostings', key: String(f) })),
  ];
  return { replace, upserts, deletes };
}

/** The stored rows as the weave reads them back (Weaver.fromRows), or null when none are stored. */
export function weaveRowSet(records: WeaveRowRecord[]): WeaveRowSet | null {
  const meta = records.find((r) => r.kind === 'meta');
  if (!meta) return null;
  const set: WeaveRowSet = { meta: JSON.parse(meta.data), events: [], storylines: [], terms: [], postings: [], actorPostings: [], recent: [] };
  for (const r of records) if (r.kind in KINDS) (set[r.kind as Kind] as unknown[]).push(JSON.parse(r.data));
  return set;
}
