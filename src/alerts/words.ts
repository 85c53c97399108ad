// Word-level text matching for alerts: case- and accent-insensitive tokens, quoted phrases, names inside longer names (pure).

/** Lower-case words of `text` (letters and digits), accents removed: "Zürich's" -> ["zurich", "s"]. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A query as terms, each a run of words that must appear together: `putin "grain deal"` -> [["putin"], ["grain", "deal"]]. */
export function queryTerms(query: string): string[][] {
  const terms: string[][] = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const w = words(m[1] ?? m[2] ?? '');
    if (!w.length) continue;
    if (m[1] !== undefined) terms.push(w);
    else for (const x of w) terms.push([x]);
  }
  return terms;
}

/** Whether `needle` occurs as a contiguous run inside `hay`. */
export function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (!needle.length || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether the name an alert asks for designates `candidate`: the asked words occur in it ("Putin" in "Vladimir Putin"),
 * or, when `reverse` is allowed, the candidate's words occur in the asked name ("Putin" named in the text, "Vladimir Putin" asked).
 */
export function nameMatches(asked: string, candidate: string, reverse = false): boolean {
  const a = words(asked);
  const c = words(candidate);
  return containsRun(c, a) || (reverse && containsRun(a, c));
}
