// Forgiving look-up of a person or organisation by what a user types: any case, accents or not, the full name, the
// surname or any whole words of it ("Putin", "putin", "vladimir putin" -> Vladimir Putin); several fits are choices.
import { foldWord } from '../store/search-terms.js';

export interface NamedThing {
  name: string;
  type: string;
  articles: number;
}

/** Lower case, no accents, words separated by single spaces ("Vladímir  PUTIN's" -> "vladimir putin s"). */
export function foldName(s: string): string {
  return (foldWord(s).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Named things with their folded names, made once per data version so a look-up folds only what was asked. */
export interface NameIndex {
  things: readonly NamedThing[];
  folded: readonly string[];
}

export function nameIndex(things: readonly NamedThing[]): NameIndex {
  return { things, folded: things.map((t) => foldName(t.name)) };
}

/**
 * The things `asked` names, most cited first: the one whose folded name equals it, else every one whose name holds all
 * of its words as whole words. One match is an answer; several are choices for the user.
 */
export function lookUpName(asked: string, index: NameIndex | readonly NamedThing[]): NamedThing[] {
  const { things, folded } = 'folded' in index ? index : nameIndex(index);
  const want = foldName(asked);
  if (!want) return [];
  const byCount = (a: NamedThing, b: NamedThing) => b.articles - a.articles || a.name.localeCompare(b.name);
  const exact = things.filter((_t, i) => folded[i] === want).sort(byCount);
  if (exact.length) return [exact[0]!];
  const words = want.split(' ');
  const padded = words.map((w) => ` ${w} `);
  return things.filter((_t, i) => padded.every((w) => ` ${folded[i]} `.includes(w))).sort(byCount);
}

/** Merge lists of named things (entities and speakers), keeping each name once with its largest count. */
export function mergeNamed(...lists: NamedThing[][]): NamedThing[] {
  const out = new Map<string, NamedThing>();
  for (const list of lists)
    for (const t of list) {
      const had = out.get(t.name);
      if (!had || had.articles < t.articles) out.set(t.name, had && had.type !== 'other' ? { ...t, type: had.type } : t);
    }
  return [...out.values()];
}
