// Names across scripts and spellings reduced to keys: "Zelensky", "Selenskyj" and "Зеленский" share the key "slnsk".
import anyAscii from 'any-ascii';
import rules from '../../data/link/cross-lingual.json' with { type: 'json' };

const CYRILLIC_ENDINGS = [...rules.caseEndings.cyrillic].sort((a, b) => b.length - a.length);

/** A Cyrillic word without its case ending ("Фиданом" -> "Фидан"), when at least four letters stay; other words as they are. */
export function caseStem(word: string): string {
  if (!/^\p{Script=Cyrillic}+$/u.test(word)) return word;
  const lower = word.toLowerCase();
  const end = CYRILLIC_ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= 4);
  return end ? word.slice(0, word.length - end.length) : word;
}

/** Letters that spell one sound in different transliterations, folded to one (z/s/ts, w/v/f, y/j/i, k/c/q). */
const FOLDS: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/tsch|sch|tch|kh|ch|sh|zh|ts|tz/g, 's'],
  [/[zc]/g, 's'],
  [/f/g, 'v'],
  [/[qck]/g, 'k'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
];

/** A name in Latin letters, lowercased, accents and other scripts transliterated ("Jürgen" -> "jurgen", "Путин" -> "putin"). */
export function latinOf(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** One word's key: its consonants after folding, doubled letters once ("Lavrov" -> "lvrv", "Poutine" -> "ptn"). */
export function wordKey(word: string): string {
  let w = latinOf(caseStem(word)).replace(/\s+/g, '');
  for (const [re, to] of FOLDS) w = w.replace(re, to);
  const consonants = w.replace(/[aeiouh]/g, '').replace(/(.)\1+/g, '$1');
  return consonants;
}

/**
 * The lookup key of a name: the key of its last word of at least three letters (a surname, a place, an organisation's
 * head word), or null when no such word has two consonants (too short to tell names apart).
 */
export function nameKey(name: string): string | null {
  const words = name.split(/[\s\-‐]+/).filter((w) => /[a-z]{3,}/.test(latinOf(w)));
  const last = words[words.length - 1];
  if (!last) return null;
  const k = wordKey(last);
  return k.length >= 2 ? k : null;
}
