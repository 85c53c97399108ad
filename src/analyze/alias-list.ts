// An entity's aliases: each surface text once, in the order first seen, without a key string per mention.

/** Past this many aliases a list is searched by a set of its own (the scan would grow quadratic on a hostile text). */
const SCAN_LIMIT = 8;

/** Adds texts to alias lists, each text once per list; a long list gets a set beside it. */
export class AliasLists {
  private readonly sets = new Map<string[], Set<string>>();

  /** Appends `text` to `aliases` unless the list holds it already. */
  add(aliases: string[], text: string): void {
    if (aliases.length < SCAN_LIMIT) {
      if (!aliases.includes(text)) aliases.push(text);
      return;
    }
    let seen = this.sets.get(aliases);
    if (!seen) {
      seen = new Set(aliases);
      this.sets.set(aliases, seen);
    }
    if (seen.has(text)) return;
    seen.add(text);
    aliases.push(text);
  }
}
