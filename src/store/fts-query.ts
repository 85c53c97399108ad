// Turning what a user types into a safe FTS5 query: words must all match, "quoted phrases" stay phrases.

/** Build an FTS5 MATCH expression from free text; null when nothing searchable remains. */
export function ftsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]+)"|([\p{L}\p{N}][\p{L}\p{N}'’_-]*)/gu;
  for (const m of input.matchAll(re)) {
    const words = (m[1] ?? m[2] ?? '').match(/[\p{L}\p{N}]+/gu);
    if (!words?.length) continue;
    const prefix = !m[1] && /\*$/.test(input.slice(m.index! + m[0].length, m.index! + m[0].length + 1));
    parts.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
  }
  return parts.length ? parts.join(' ') : null;
}
