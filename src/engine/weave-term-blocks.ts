// The weave's terms as the store keeps them: their document counts in blocks of TERM_BLOCK consecutive feature ids (as
// varints: each id's df and its age, the documents since it was last seen; rewritten when a count moves), apart from
// their keys in blocks of KEY_BLOCK ids (JSON, rewritten when a key changes), so a flush writes O(blocks) rows. The blocks
// come straight from the weaver's vocabulary (src/weave/term-blocks.ts): no copy is kept here. Blocks written before
// session 24 (keys and counts both by 1,024 ids, counts as 32-bit arrays) are still read.
import type { WeaveRowRecord } from '../store/store.js';
import { WeaveError } from '../weave/config.js';
import { KEY_BLOCK, TERM_BLOCK, type TermBlocks } from '../weave/term-blocks.js';
import { fromVarints, toVarints } from '../util/varint.js';
import { isPacked, packRow, unpackRow } from './weave-row-pack.js';

export { KEY_BLOCK, TERM_BLOCK };
export const TERM_KEYS = 'termKeys64';
export const TERM_COUNTS = 'termCountsVar';
/** The kinds of the blocks written before (keys and counts by 1,024 ids, counts as Uint32Arrays): read, then replaced. */
export const OLDER_TERM_KEYS = 'termKeys';
export const OLDER_TERM_COUNTS = 'termCounts';
const OLDER_BLOCK = 1024;

export interface TermRow {
  id: number;
  key: string;
  df: number;
  seen: number;
}

/** The store's rows of these changed blocks: a keys row for each changed keys block, a counts row for each changed counts block. */
export function termBlockRows(blocks: TermBlocks): WeaveRowRecord[] {
  const out: WeaveRowRecord[] = [];
  for (const b of blocks.keys) out.push({ kind: TERM_KEYS, key: String(b.block), data: JSON.stringify(b.keys) });
  for (const b of blocks.counts) {
    const n = b.df.length;
    const values = new Uint32Array(2 * n);
    values.set(b.df);
    for (let i = 0; i < n; i++) values[n + i] = blocks.docs - b.seen[i]!;
    out.push({ kind: TERM_COUNTS, key: String(b.block), data: packRow({ docs: blocks.docs, n }, [toVarints(values)]) });
  }
  return out;
}

/** The live terms the stored blocks hold (of this version's kinds, or of the older ones), ids ascending. */
export function termsFromBlocks(records: WeaveRowRecord[]): TermRow[] {
  const older = records.some((r) => r.kind === OLDER_TERM_KEYS || r.kind === OLDER_TERM_COUNTS);
  const [keyKind, countKind, keyBlock] = older ? [OLDER_TERM_KEYS, OLDER_TERM_COUNTS, OLDER_BLOCK] : [TERM_KEYS, TERM_COUNTS, KEY_BLOCK];
  const counts = new Map<number, { df: Uint32Array; seen: Uint32Array }>();
  const keys = new Map<number, string[]>();
  for (const r of records) {
    if (r.kind === countKind) {
      if (!isPacked(r.data)) throw blockError(r.key, 'is not packed');
      counts.set(Number(r.key), older ? olderCounts(r.key, r.data) : readCounts(r.key, r.data));
    } else if (r.kind === keyKind) keys.set(Number(r.key), JSON.parse(String(r.data)) as string[]);
  }
  const out: TermRow[] = [];
  for (const b of [...keys.keys()].sort((x, y) => x - y)) {
    const ks = keys.get(b)!;
    // a weave rebuilt from rows ends at its last live id, so a later counts row may stop before retired ('') keys
    ks.forEach((key, i) => {
      if (key === '') return;
      const id = b * keyBlock + i;
      const c = counts.get(Math.floor(id / TERM_BLOCK));
      if (!c) throw blockError(String(Math.floor(id / TERM_BLOCK)), `has no counts for the keys of block ${b}`);
      const at = id % TERM_BLOCK;
      if (at >= c.df.length) throw blockError(String(b), 'has keys without counts');
      out.push({ id, key, df: c.df[at]!, seen: c.seen[at]! });
    });
  }
  return out;
}

/** A counts row: `n` dfs then `n` ages as varints, the ages against the row's document count. */
function readCounts(block: string, data: Uint8Array): { df: Uint32Array; seen: Uint32Array } {
  let row: { head: { docs: number; n: number } | null; arrays: unknown[] };
  try {
    row = unpackRow(data, [Uint8Array]);
  } catch {
    throw blockError(block, 'has counts that are truncated or corrupt');
  }
  const { head, arrays } = row;
  const n = head?.n ?? -1;
  const docs = head?.docs ?? -1;
  const values = Number.isInteger(n) && n >= 0 && Number.isInteger(docs) && docs >= 0 ? fromVarints(arrays[0] as Uint8Array, 2 * n) : null;
  if (!values) throw blockError(block, 'has counts that are truncated or corrupt');
  const seen = values.slice(n);
  for (let i = 0; i < n; i++) seen[i] = docs - seen[i]!;
  return { df: values.slice(0, n), seen };
}

function olderCounts(block: string, data: Uint8Array): { df: Uint32Array; seen: Uint32Array } {
  const [df, seen] = unpackRow(data, [Uint32Array, Uint32Array]).arrays as Uint32Array[];
  if (df!.length !== seen!.length) throw blockError(block, 'has counts of two lengths');
  return { df: df!, seen: seen! };
}

function blockError(block: string, what: string): WeaveError {
  return new WeaveError(`weave rows: term block ${block} ${what}; the stored rows are corrupt, re-cluster the articles to rebuild them`);
}
