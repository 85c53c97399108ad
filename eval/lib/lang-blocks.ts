// Reads the eval files of passages in many languages (eval/data): blocks of `lang:xx`, the text, then gold lines.
import { readFileSync } from 'node:fs';

/** One passage: its language, its text, and its gold lines split at ` | ` (the marker taken off). */
export interface LangBlock {
  lang: string;
  text: string;
  gold: [string, string][];
}

/** The blocks of `path` (separated by blank lines; `#` lines are comments), gold lines being those that start with `marker`. */
export function readLangBlocks(path: string, marker: string): LangBlock[] {
  const out: LangBlock[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const head = /^lang:(\w+)$/.exec(lines[0] ?? '');
    if (!head) continue;
    const gold = lines
      .filter((l) => l.startsWith(marker))
      .map((l) => {
        const [a, b] = l.slice(marker.length).split(' | ') as [string, string];
        return [a.trim(), (b ?? '').trim()] as [string, string];
      });
    const text = lines
      .slice(1)
      .filter((l) => !l.startsWith(marker))
      .join('\n');
    out.push({ lang: head[1]!, text, gold });
  }
  return out;
}
