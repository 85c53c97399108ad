// Deterministic short ids for events and storylines, derived from the id of the founding article.

/** 64-bit FNV-1a of a string's UTF-16 code units, as 16 hex digits. */
function fnv1a64(s: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}

/** "e_3f2a9c81d07b" style id: same founding article, same id, across runs and machines. */
export function stableId(prefix: string, seed: string): string {
  return `${prefix}_${fnv1a64(seed).slice(0, 12)}`;
}
