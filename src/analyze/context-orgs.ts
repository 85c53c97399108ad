// Organisations whose names are common words (Arabic clubs: `الهلال` the crescent, `النصر` victory), named only in a text
// about their field: one of the profile's cue words (data contextOrgs) must stand in it. Our own: a gazetteer entry a
// library would take everywhere is kept to the texts whose words say which sense they mean.
import type { LangProfile } from '../lang/index.js';
import type { NameMention } from './entities.js';
import { PROCLITIC } from './titled-names.js';
import type { Token } from './tokens.js';

/** The context organisations of the text at their tokens not yet in a name (a glued one-letter proclitic left out), pushed to `raw`. */
export function contextOrgs(text: string, tokens: Token[], norms: string[], used: Uint8Array, raw: NameMention[], p: LangProfile): void {
  const { cues, names } = p.contextOrgs;
  if (names.length === 0) return;
  const cue = new Set(cues);
  const name = new Set(names);
  /** letters glued before a word of `set` at token i (0 or 1), -1 when it is none */
  const glued = (set: ReadonlySet<string>, i: number): number => {
    const w = norms[i]!;
    return set.has(w) ? 0 : PROCLITIC.test(w) && set.has(w.slice(1)) ? 1 : -1;
  };
  if (!tokens.some((t, i) => t.word && glued(cue, i) >= 0)) return;
  for (let i = 0; i < tokens.length; i++) {
    const g = used[i] || !tokens[i]!.word ? -1 : glued(name, i);
    if (g < 0) continue;
    const start = tokens[i]!.start + g;
    const end = tokens[i]!.end;
    const at = text.slice(start, end);
    raw.push({ text: at, start, end, type: 'org', entity: at, tokStart: i, tokEnd: i + 1, fullTokStart: i, role: [], agency: null });
    used[i] = 1;
  }
}
