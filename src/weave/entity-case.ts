// How a reader writes an entity feature's name: the weave keys names in lower case ("e:van der bellen", "e:rt", "e:russian-us"); this restores capitals (acronyms from the alias data and vowel-less words in capitals, name particles in lower case).
import aliasData from '../../data/lang/aliases.json' with { type: 'json' };

/** Name particles written in lower case inside a name ("Van der Bellen", "Charles de Gaulle", "bin Salman"). */
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'der',
  'den',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'du',
  'of',
  'and',
  'the',
  'for',
]);

/** Words written in capitals in the alias data ("US", "UK", "EU", "NATO"): lower case -> as written. */
const ACRONYMS: Map<string, string> = (() => {
  const out = new Map<string, string>();
  const entities = (aliasData as { entities: Record<string, { aliases: string[] }> }).entities;
  for (const [name, { aliases }] of Object.entries(entities))
    for (const n of [name, ...aliases]) for (const w of n.split(/[\s-]+/)) if (w.length >= 2 && /^\p{Lu}+$/u.test(w)) out.set(w.toLowerCase(), w);
  return out;
})();

function wordCase(w: string, first: boolean): string {
  if (!w) return w;
  const known = ACRONYMS.get(w);
  if (known) return known;
  if (!first && PARTICLES.has(w)) return w;
  // a Latin word without a vowel is an acronym ("rt" -> "RT", "cnn" -> "CNN")
  if (/^[a-z]{2,5}$/.test(w) && !/[aeiouy]/.test(w)) return w.toUpperCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** "van der bellen" -> "Van der Bellen", "russian-us" -> "Russian-US", "rt" -> "RT", "rossiya-1's news" -> "Rossiya-1's News". */
export function entityDisplayName(lowerName: string): string {
  let first = true;
  return lowerName.replace(/\p{L}[\p{L}\p{M}'’.]*/gu, (w, at: number) => {
    // the "s" of "rossiya-1's" stays as it is
    const out = at > 0 && "'’".includes(lowerName.charAt(at - 1)) ? w : wordCase(w, first);
    first = false;
    return out;
  });
}
