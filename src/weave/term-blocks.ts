// The vocabulary's terms in blocks of consecutive ids, as a store keeps them: the blocks changed since the last flush, read straight from the vocabulary (no copy of its keys and counts is kept anywhere else).
import type { Vocabulary } from './vocabulary.js';

/** Feature ids per block (a counts block holds 8 KB). */
export const TERM_BLOCK = 1024;

/** One block of terms: ids block * TERM_BLOCK onwards; keys ('' for a retired id) only when a key in it changed, counts always. */
export interface TermBlock {
  block: number;
  keys: string[] | null;
  df: Uint32Array;
  seen: Uint32Array;
}

/** The blocks whose keys or counts changed since the vocabulary's marks were last cleared (all: every block, keys included). */
export function changedTermBlocks(vocab: Vocabulary, all: boolean): TermBlock[] {
  const blocks = Math.ceil(vocab.size / TERM_BLOCK);
  const counts = new Uint8Array(blocks);
  const keys = new Uint8Array(blocks);
  if (all) {
    counts.fill(1);
    keys.fill(1);
  } else {
    for (const id of vocab.changed) counts[Math.floor(id / TERM_BLOCK)] = 1;
    for (const id of vocab.keysChanged) keys[Math.floor(id / TERM_BLOCK)] = counts[Math.floor(id / TERM_BLOCK)] = 1;
    for (const id of vocab.dropped) keys[Math.floor(id / TERM_BLOCK)] = counts[Math.floor(id / TERM_BLOCK)] = 1;
  }
  const out: TermBlock[] = [];
  for (let b = 0; b < blocks; b++) {
    if (!counts[b]) continue;
    const from = b * TERM_BLOCK;
    const to = Math.min(vocab.size, from + TERM_BLOCK);
    out.push({ block: b, keys: keys[b] ? vocab.keys.slice(from, to) : null, df: vocab.df.slice(from, to), seen: vocab.seen.slice(from, to) });
  }
  return out;
}
