// Turning what a user types into a safe FTS5 query: words must all match, "quoted phrases" stay phrases, within data/search-limits.json.
import limits from '../../data/search-limits.json' with { type: 'json' };

/**
 * Build an FTS5 MATCH expression from free text; null when nothing searchable remains. A repeated term is kept once
 * (all terms must match anyway); past `maxTerms` terms, or `maxPhraseWords` words in a phrase, the rest is ignored.
 */
export function ftsQuery(input: string): string | null {
  const parts: string[] = [];
  const seen = new Set<string>();
  const re = /"([^"]+)"|([\p{L}\p{N}][\p{L}\p{N}'’_-]*)/gu;
  for (const m of input.matchAll(re)) {
    const words = (m[1] ?? m[2] ?? '').match(/[\p{L}\p{N}]+/gu);
    if (!words?.length) continue;
    const prefix = !m[1] && /\*$/.test(input.slice(m.index! + m[0].length, m.index! + m[0].length + 1));
    const part = `"${words.slice(0, limits.maxPhraseWords).join(' ')}"${prefix ? '*' : ''}`;
    if (seen.has(part)) continue;
    seen.add(part);
    parts.push(part);
    if (parts.length >= limits.maxTerms) break;
  }
  return parts.length ? parts.join(' ') : null;
}
