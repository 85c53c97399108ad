// The key-term IDF snapshot (src/weave/key-idf.ts) as weave rows of its own kind, in blocks of ids (packed df and key
// hashes), written with the weave's rows in one transaction whenever a snapshot is taken; and the weaver from stored rows
// with its snapshot.
import type { WeaveRowRecord } from '../store/store.js';
import { type KeyIdfState, Weaver } from '../weave/index.js';
import { isPacked, packRow, unpackRow } from './weave-row-pack.js';
import { weaveRowSet } from './weave-rows.js';

export const KEY_IDF_KIND = 'keyIdf';
/** Ids per row: 64k ids (512 KB) a row, ~23 rows for the 1.5M ids of a 1M-article weave. */
const BLOCK = 65_536;

interface BlockHead {
  point: number;
  docs: number;
  blocks: number;
}

/** The snapshot's rows: blocks 0 .. n-1, each with the point, its document count and n. */
export function keyIdfRows(s: KeyIdfState): WeaveRowRecord[] {
  const blocks = Math.max(1, Math.ceil(s.df.length / BLOCK));
  const out: WeaveRowRecord[] = [];
  for (let b = 0; b < blocks; b++) {
    const head: BlockHead = { point: s.point, docs: s.docs, blocks };
    const at = b * BLOCK;
    out.push({ kind: KEY_IDF_KIND, key: String(b), data: packRow(head, [s.df.subarray(at, at + BLOCK), s.hash.subarray(at, at + BLOCK)]) });
  }
  return out;
}

/** Keys of stored blocks past the `blocks` just written (a snapshot of fewer ids): to delete. */
export function staleKeyIdfBlocks(blocks: number, stored: number): { kind: string; key: string }[] {
  const out: { kind: string; key: string }[] = [];
  for (let b = blocks; b < stored; b++) out.push({ kind: KEY_IDF_KIND, key: String(b) });
  return out;
}

/** The stored snapshot, or null when there is none whole (none, blocks missing, corrupt or of two snapshots: the weaver then takes its own), and how many rows it takes. */
export function keyIdfOf(records: WeaveRowRecord[]): { state: KeyIdfState | null; blocks: number } {
  const rows = records.filter((r) => r.kind === KEY_IDF_KIND);
  const parts = new Map<number, { head: BlockHead; df: Uint32Array; hash: Int32Array }>();
  for (const r of rows) {
    if (!isPacked(r.data)) return { state: null, blocks: rows.length };
    try {
      const { head, arrays } = unpackRow<BlockHead>(r.data, [Uint32Array, Int32Array]);
      parts.set(Number(r.key), { head, df: arrays[0] as Uint32Array, hash: arrays[1] as Int32Array });
    } catch {
      // a corrupt block: as none (the weaver takes its own snapshot and rewrites its summaries), not a rebuild of the weave
      return { state: null, blocks: rows.length };
    }
  }
  const first = parts.get(0)?.head;
  if (!first) return { state: null, blocks: rows.length };
  let n = 0;
  for (let b = 0; b < first.blocks; b++) {
    const p = parts.get(b);
    if (
      !p ||
      p.head.point !== first.point ||
      p.head.docs !== first.docs ||
      p.head.blocks !== first.blocks ||
      p.df.length !== p.hash.length ||
      (b < first.blocks - 1 && p.df.length !== BLOCK)
    )
      return { state: null, blocks: rows.length };
    n += p.df.length;
  }
  const df = new Uint32Array(n);
  const hash = new Int32Array(n);
  for (let b = 0; b < first.blocks; b++) {
    const p = parts.get(b)!;
    df.set(p.df, b * BLOCK);
    hash.set(p.hash, b * BLOCK);
  }
  return { state: { point: first.point, docs: first.docs, df, hash }, blocks: rows.length };
}

/** The weaver the stored rows hold, with its key-term IDF snapshot, or null when no weave rows are stored. */
export function weaverOfRecords(records: WeaveRowRecord[]): Weaver | null {
  const set = weaveRowSet(records);
  return set ? Weaver.fromRows(set, keyIdfOf(records).state) : null;
}
