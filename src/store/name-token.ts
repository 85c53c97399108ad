// An entity name as one full-text token, for SQLite's index of the names each article mentions (mention_names, FTS5):
// FTS5 appends each batch's tokens as a segment and merges segments in the background, where a b-tree index on the name
// put every mention at a random leaf (a page written per mention as the store grew). A hash, not the name: the
// tokenizer would split "Vladimir Putin" into two words and fold case and accents that tell names apart.
import { createHash } from 'node:crypto';

/** "n" and the first 64 bits of the name's SHA-1 in hex: one token to every tokenizer; readers confirm the name itself. */
export function nameToken(name: string): string {
  return `n${createHash('sha1').update(name).digest('hex').slice(0, 16)}`;
}

/** An FTS5 query matching any of these names' tokens. */
export function nameTokenQuery(names: Iterable<string>): string {
  return [...new Set([...names].map(nameToken))].map((t) => `"${t}"`).join(' OR ');
}
