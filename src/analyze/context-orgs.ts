// Organisations whose names are common words (Arabic clubs: `الهلال` the crescent, `النصر` victory), named only in a text
// about their field: one of the profile's cue words (data contextOrgs) must stand in it. Our own: a gazetteer entry a
// library would take everywhere is kept to the texts whose words say which sense they mean.
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { gluedIn } from './titled-names.js';
import type { Token } from './tokens.js';

/** The context organisations of the text at their tokens not yet in a name (a glued one-letter proclitic left out), pushed to `raw`. */
export function contextOrgs(text: string, tokens: Token[], norms: string[], used: Uint8Array, raw: NameMention[], ll: LangLex): void {
  const { cues, names } = ll.contextOrgs;
  if (names.size === 0 || !tokens.some((t, i) => t.word && gluedIn(cues, norms[i]!) >= 0)) return;
  for (let i = 0; i < tokens.length; i++) {
    const g = used[i] || !tokens[i]!.word ? -1 : gluedIn(names, norms[i]!);
    if (g < 0) continue;
    const start = tokens[i]!.start + g;
    const end = tokens[i]!.end;
    const at = text.slice(start, end);
    raw.push({ text: at, start, end, type: 'org', entity: at, tokStart: i, tokEnd: i + 1, fullTokStart: i, role: [], agency: null });
    used[i] = 1;
  }
}
