// The weave's terms as the store keeps them: blocks of consecutive feature ids, their keys (JSON, rewritten when a key
// changes) apart from their document counts (packed bytes, rewritten when a count moves), so a flush writes O(blocks)
// rows. The blocks come straight from the weaver's vocabulary (src/weave/term-blocks.ts): no copy is kept here.
import type { WeaveRowRecord } from '../store/store.js';
import { WeaveError } from '../weave/config.js';
import { TERM_BLOCK, type TermBlock } from '../weave/term-blocks.js';
import { isPacked, packRow, unpackRow } from './weave-row-pack.js';

export { TERM_BLOCK };
export const TERM_KEYS = 'termKeys';
export const TERM_COUNTS = 'termCounts';

export interface TermRow {
  id: number;
  key: string;
  df: number;
  seen: number;
}

/** The store's rows of these changed blocks: a keys row where its keys changed, a counts row for each. */
export function termBlockRows(blocks: TermBlock[]): WeaveRowRecord[] {
  const out: WeaveRowRecord[] = [];
  for (const b of blocks) if (b.keys) out.push({ kind: TERM_KEYS, key: String(b.block), data: JSON.stringify(b.keys) });
  for (const b of blocks) out.push({ kind: TERM_COUNTS, key: String(b.block), data: packRow(null, [b.df, b.seen]) });
  return out;
}

/** The live terms the stored blocks hold, ids ascending. */
export function termsFromBlocks(records: WeaveRowRecord[]): TermRow[] {
  const counts = new Map<number, { df: Uint32Array; seen: Uint32Array }>();
  const keys = new Map<number, string[]>();
  for (const r of records) {
    if (r.kind === TERM_COUNTS) {
      if (!isPacked(r.data)) throw blockError(r.key, 'is not packed');
      const [df, seen] = unpackRow(r.data, [Uint32Array, Uint32Array]).arrays as Uint32Array[];
      counts.set(Number(r.key), { df: df!, seen: seen! });
    } else if (r.kind === TERM_KEYS) keys.set(Number(r.key), JSON.parse(String(r.data)) as string[]);
  }
  const out: TermRow[] = [];
  for (const b of [...keys.keys()].sort((x, y) => x - y)) {
    const ks = keys.get(b)!;
    const c = counts.get(b);
    if (!c || c.df.length !== c.seen.length) throw blockError(String(b), 'has no counts, or counts of two lengths');
    // a weave rebuilt from rows ends at its last live id, so a later counts row may stop before retired ('') keys
    ks.forEach((key, i) => {
      if (key === '') return;
      if (i >= c.df.length) throw blockError(String(b), 'has keys without counts');
      out.push({ id: b * TERM_BLOCK + i, key, df: c.df[i]!, seen: c.seen[i]! });
    });
  }
  return out;
}

function blockError(block: string, what: string): WeaveError {
  return new WeaveError(`weave rows: term block ${block} ${what}; the stored rows are corrupt, re-cluster the articles to rebuild them`);
}
