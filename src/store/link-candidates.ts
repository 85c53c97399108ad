// What the cross-lingual link asks the store: articles of other languages, in a date window, naming an entity whose key matches.
import { nameKey } from '../link/name-key.js';

/** Articles naming an entity under one of `keys`, published in [from, to), in a language other than `notLanguage`. */
export interface LinkCandidateQuery {
  keys: string[];
  from: string;
  to: string;
  notLanguage: string;
  /** At most this many rows (the rarest keys are asked first by the caller). */
  limit: number;
}

/** One article naming a matching entity, with its event. */
export interface LinkCandidate {
  articleId: string;
  event: string;
  language: string;
  name: string;
}

/** The (key, name) rows an analysis adds to the entity key index: one per entity name that has a key. */
export function entityKeyRows(names: Iterable<string>): { key: string; name: string }[] {
  const out = new Map<string, { key: string; name: string }>();
  for (const name of names) {
    const key = nameKey(name);
    if (key) out.set(`${key}\u0000${name}`, { key, name });
  }
  return [...out.values()];
}
