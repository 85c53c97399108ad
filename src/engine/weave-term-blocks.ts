// The weave's terms as the store keeps them: blocks of consecutive feature ids, their keys (JSON, rewritten when a key
// changes) apart from their document counts (packed bytes, rewritten when a count moves), so a flush writes O(blocks) rows.
import type { WeaveRowRecord } from '../store/store.js';
import { WeaveError } from '../weave/config.js';
import { isPacked, packRow, unpackRow } from './weave-row-pack.js';

/** Feature ids per block: a counts row holds 8 KB. */
export const TERM_BLOCK = 1024;
export const TERM_KEYS = 'termKeys';
export const TERM_COUNTS = 'termCounts';

export interface TermRow {
  id: number;
  key: string;
  df: number;
  seen: number;
}

/** A copy of the stored terms (kept by the writer, so a flush can rewrite whole blocks from what changed). */
export class TermBlocks {
  private keys: string[] = [];
  private df: number[] = [];
  private seen: number[] = [];
  private readonly keyBlocks = new Set<number>();
  private readonly countBlocks = new Set<number>();

  /** Forget every term (a flush that replaces every stored row follows). */
  reset(): void {
    this.keys = [];
    this.df = [];
    this.seen = [];
    this.keyBlocks.clear();
    this.countBlocks.clear();
  }

  /** Ids up to `id` exist; a block that grew is rewritten whole (its keys and counts rows keep one length). */
  private room(id: number): void {
    while (this.keys.length <= id) {
      const block = Math.floor(this.keys.length / TERM_BLOCK);
      this.keyBlocks.add(block);
      this.countBlocks.add(block);
      this.keys.push('');
      this.df.push(0);
      this.seen.push(0);
    }
  }

  /** A term's key and counts now. */
  set(t: TermRow): void {
    if (!(t.df >= 0 && t.df <= 0xffffffff && Number.isInteger(t.df)) || !(t.seen >= 0 && t.seen <= 0xffffffff && Number.isInteger(t.seen)))
      throw new WeaveError(`weave rows: term ${t.id} has counts ${t.df}/${t.seen}, not 32-bit counts; this is a bug, please report it`);
    this.room(t.id);
    const block = Math.floor(t.id / TERM_BLOCK);
    if (this.keys[t.id] !== t.key) {
      this.keys[t.id] = t.key;
      this.keyBlocks.add(block);
    }
    if (this.df[t.id] !== t.df || this.seen[t.id] !== t.seen) {
      this.df[t.id] = t.df;
      this.seen[t.id] = t.seen;
      this.countBlocks.add(block);
    }
  }

  /** A term forgotten (its id may be taken by a later key). */
  drop(id: number): void {
    if (id >= this.keys.length || this.keys[id] === '') return;
    this.set({ id, key: '', df: 0, seen: 0 });
  }

  /** The rows of the blocks changed since the last call. */
  changedRows(): WeaveRowRecord[] {
    const out: WeaveRowRecord[] = [];
    const range = (b: number): [number, number] => [b * TERM_BLOCK, Math.min(this.keys.length, (b + 1) * TERM_BLOCK)];
    for (const b of [...this.keyBlocks].sort((x, y) => x - y))
      out.push({ kind: TERM_KEYS, key: String(b), data: JSON.stringify(this.keys.slice(...range(b))) });
    for (const b of [...this.countBlocks].sort((x, y) => x - y)) {
      const [from, to] = range(b);
      out.push({
        kind: TERM_COUNTS,
        key: String(b),
        data: packRow(null, [Uint32Array.from(this.df.slice(from, to)), Uint32Array.from(this.seen.slice(from, to))]),
      });
    }
    this.keyBlocks.clear();
    this.countBlocks.clear();
    return out;
  }

  /** Read the stored blocks (replacing what this copy held); the live terms they hold, ids ascending. */
  load(records: WeaveRowRecord[]): TermRow[] {
    this.reset();
    // what was read is what is stored: nothing to rewrite
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
      if (!c || c.df.length !== ks.length || c.seen.length !== ks.length) throw blockError(String(b), 'has keys and counts of different lengths');
      ks.forEach((key, i) => {
        const id = b * TERM_BLOCK + i;
        this.room(id);
        this.keys[id] = key;
        this.df[id] = c.df[i]!;
        this.seen[id] = c.seen[i]!;
        if (key !== '') out.push({ id, key, df: c.df[i]!, seen: c.seen[i]! });
      });
    }
    this.keyBlocks.clear();
    this.countBlocks.clear();
    return out;
  }
}

function blockError(block: string, what: string): WeaveError {
  return new WeaveError(`weave rows: term block ${block} ${what}; the stored rows are corrupt, re-cluster the articles to rebuild them`);
}
