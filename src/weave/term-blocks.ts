// The vocabulary's terms in blocks of consecutive ids, as a store keeps them: the blocks changed since the last flush, read straight from the vocabulary (no copy of its keys and counts is kept anywhere else).
import type { Vocabulary } from './vocabulary.js';

/** Feature ids per counts block: counts move in nearly every block at every flush, so their blocks are large. */
export const TERM_BLOCK = 1024;
/**
 * Feature ids per keys block: keys change only where an id is retired or taken by a new key, a few thousand ids a flush
 * of 1,000 articles scattered over a third of the 1,024-id blocks (a retired id is taken again), so keys go in smaller
 * blocks: a changed key rewrites ~1.5 KB of JSON instead of ~25 KB (docs/BENCHMARKS.md, session 24).
 */
export const KEY_BLOCK = 64;

/** The changed blocks of one flush: counts by TERM_BLOCK ids, keys ('' for a retired id) by KEY_BLOCK ids. */
export interface TermBlocks {
  counts: { block: number; df: Uint32Array; seen: Uint32Array }[];
  keys: { block: number; keys: string[] }[];
  /** The vocabulary's document count (every `seen` is at most this). */
  docs: number;
}

/** The blocks whose keys or counts changed since the vocabulary's marks were last cleared (all: every block, keys included). */
export function changedTermBlocks(vocab: Vocabulary, all: boolean): TermBlocks {
  const counts = new Uint8Array(Math.ceil(vocab.size / TERM_BLOCK));
  const keys = new Uint8Array(Math.ceil(vocab.size / KEY_BLOCK));
  if (all) {
    counts.fill(1);
    keys.fill(1);
  } else {
    for (const id of vocab.changed) counts[Math.floor(id / TERM_BLOCK)] = 1;
    for (const ids of [vocab.keysChanged, vocab.dropped]) for (const id of ids) keys[Math.floor(id / KEY_BLOCK)] = counts[Math.floor(id / TERM_BLOCK)] = 1;
  }
  const out: TermBlocks = { counts: [], keys: [], docs: vocab.docs };
  const upTo = (from: number, size: number) => Math.min(vocab.size, from + size);
  for (let b = 0; b < counts.length; b++) {
    const from = b * TERM_BLOCK;
    if (counts[b]) out.counts.push({ block: b, df: vocab.df.slice(from, upTo(from, TERM_BLOCK)), seen: vocab.seen.slice(from, upTo(from, TERM_BLOCK)) });
  }
  for (let b = 0; b < keys.length; b++) {
    const from = b * KEY_BLOCK;
    if (keys[b]) out.keys.push({ block: b, keys: vocab.keys.slice(from, upTo(from, KEY_BLOCK)) });
  }
  return out;
}
