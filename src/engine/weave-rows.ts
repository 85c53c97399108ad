// The weave's rows (what Weaver.flushRows() hands out) as the store keeps them, keyed (kind, key), and back: events and
// recent articles as packed rows (their numeric arrays as bytes), terms in blocks (weave-term-blocks.ts), the rest as JSON.
// Rows written before (JSON events, recent articles and one row per term) are still read.
import type { WeaveRowChanges, WeaveRowRecord } from '../store/store.js';
import type { WeaveRowSet, WeaveRows } from '../weave/rows.js';
import type { EventState, RecentState } from '../weave/types.js';
import { isPacked, packRow, unpackRow } from './weave-row-pack.js';
import { OLDER_TERM_COUNTS, OLDER_TERM_KEYS, TERM_COUNTS, TERM_KEYS, termBlockRows, termsFromBlocks } from './weave-term-blocks.js';
import { WeaveError } from '../weave/config.js';
import { appendAll } from '../util/append.js';

type EventRow = EventState & { index: number };
type EventHead = Omit<EventRow, 'centroidIds' | 'centroidWeights' | 'centroidCounts' | 'founderIds' | 'founderWeights'>;
const EVENT_ARRAYS = [Int32Array, Float32Array, Uint32Array, Int32Array, Float32Array];
const RECENT_ARRAYS = [Int32Array, Float32Array];

function packEvent(e: EventRow): Uint8Array {
  const { centroidIds, centroidWeights, centroidCounts, founderIds, founderWeights, ...head } = e;
  return packRow(head, [
    Int32Array.from(centroidIds),
    Float32Array.from(centroidWeights),
    Uint32Array.from(centroidCounts ?? centroidIds.map(() => 1)),
    Int32Array.from(founderIds),
    Float32Array.from(founderWeights),
  ]);
}

function unpackEvent(data: Uint8Array): EventRow {
  const { head, arrays } = unpackRow<EventHead>(data, EVENT_ARRAYS);
  const [centroidIds, centroidWeights, centroidCounts, founderIds, founderWeights] = arrays.map((a) => Array.from(a));
  return { ...head, centroidIds: centroidIds!, centroidWeights: centroidWeights!, centroidCounts, founderIds: founderIds!, founderWeights: founderWeights! };
}

function packRecent(r: RecentState): Uint8Array {
  const { ids, raw, ...head } = r;
  return packRow(head, [Int32Array.from(ids), Float32Array.from(raw)]);
}

function unpackRecent(data: Uint8Array): RecentState {
  const { head, arrays } = unpackRow<Omit<RecentState, 'ids' | 'raw'>>(data, RECENT_ARRAYS);
  return { ...head, ids: Array.from(arrays[0]!), raw: Array.from(arrays[1]!) };
}

/** Each kind kept one row per key, with the field that keys it and how its data is written and read. */
const KINDS = {
  events: { key: (r: EventRow) => r.index, write: packEvent, read: unpackEvent },
  storylines: { key: (r: { index: number }) => r.index },
  postings: { key: (r: { feature: number }) => r.feature },
  actorPostings: { key: (r: { feature: number }) => r.feature },
  recent: { key: (r: RecentState) => recentKey(r.seq), write: packRecent, read: unpackRecent },
} as const;
type Kind = keyof typeof KINDS;
interface Codec {
  key: (r: unknown) => number | string;
  write?: (r: unknown) => Uint8Array;
  read?: (d: Uint8Array) => unknown;
}

/** One flush (made with blocks: Weaver.flushRows({ blocks: true })) as upserts and deletes; `replace`: the stored rows are dropped first (the flush holds every row). */
export function weaveRowChanges(rows: WeaveRows, replace: boolean): WeaveRowChanges {
  if (!rows.termBlocks)
    throw new WeaveError('weave rows: the flush holds no term blocks; make it with flushRows({ blocks: true }) (this is a bug, please report it)');
  const upserts: WeaveRowRecord[] = [{ kind: 'meta', key: '0', data: JSON.stringify(rows.meta) }];
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const codec = KINDS[kind] as Codec;
    for (const r of rows[kind] as unknown[]) upserts.push({ kind, key: String(codec.key(r)), data: codec.write ? codec.write(r) : JSON.stringify(r) });
  }
  appendAll(upserts, termBlockRows(rows.termBlocks));
  const deletes = [
    ...rows.recentDropped.map((seq) => ({ kind: 'recent', key: recentKey(seq) })),
    ...(rows.postingsDropped ?? []).map((f) => ({ kind: 'postings', key: String(f) })),
    ...(rows.actorPostingsDropped ?? []).map((f) => ({ kind: 'actorPostings', key: String(f) })),
  ];
  return { replace, upserts, deletes };
}

const RECENT_KEY_DIGITS = 12;
const RECENT_KEY = new RegExp(`^\\d{${RECENT_KEY_DIGITS}}$`);

/**
 * A recent article's row key: its add sequence number, zero-padded so that keys sort in arrival order (a new row is
 * appended at the b-tree's edge, and the rows leaving the window are the oldest, not rows at random places).
 */
export function recentKey(seq: number): string {
  return String(seq).padStart(RECENT_KEY_DIGITS, '0');
}

/** Rows written by an older version (JSON events or recent articles, recent articles by id, one row per term, term blocks of the older form): the next flush should replace them all. */
export function olderRows(records: WeaveRowRecord[]): boolean {
  return records.some(
    (r) =>
      r.kind === 'terms' ||
      r.kind === OLDER_TERM_KEYS ||
      r.kind === OLDER_TERM_COUNTS ||
      ((r.kind === 'events' || r.kind === 'recent') && !isPacked(r.data)) ||
      (r.kind === 'recent' && !RECENT_KEY.test(r.key)),
  );
}

/** The stored rows as the weave reads them back (Weaver.fromRows), or null when none are stored. */
export function weaveRowSet(records: WeaveRowRecord[]): WeaveRowSet | null {
  const meta = records.find((r) => r.kind === 'meta');
  if (!meta) return null;
  const set: WeaveRowSet = { meta: JSON.parse(String(meta.data)), events: [], storylines: [], terms: [], postings: [], actorPostings: [], recent: [] };
  for (const r of records) {
    if (r.kind === 'terms') set.terms.push(JSON.parse(String(r.data)));
    else if (r.kind in KINDS) {
      const codec = KINDS[r.kind as Kind] as Codec;
      (set[r.kind as Kind] as unknown[]).push(codec.read && isPacked(r.data) ? codec.read(r.data) : JSON.parse(String(r.data)));
    }
  }
  const termKinds = new Set([TERM_KEYS, TERM_COUNTS, OLDER_TERM_KEYS, OLDER_TERM_COUNTS]);
  appendAll(set.terms, termsFromBlocks(records.filter((r) => termKinds.has(r.kind))));
  return set;
}
