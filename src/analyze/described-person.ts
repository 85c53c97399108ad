// German: the words before a person's given name that describe the person (`AfD-Chef Jörg Meuthen`), not the name's own.
import type { Token } from './tokens.js';

/** The word tests the search reads (the name finder's for one text). */
export interface DescribedPersonTests {
  givenName(w: string): boolean;
  surnameAt(i: number, a: number): boolean;
  particlesAt(i: number): number;
  commonNoun(t: Token): boolean;
  compoundNoun(t: Token): boolean;
  adjective(t: Token): boolean;
  titleAt(i: number): number;
  /** a known name's type (gazetteer), or null */
  known(w: string): unknown;
  genitivePlace(w: string): string | null;
}

/**
 * Where the person's name starts in the run s..e: words before its first given name (followed by a surname) that cannot
 * be part of a name describe the person (a noun, a compound, a title, a sentence's first word: `AfD-Chef Jörg Meuthen`,
 * `Nutzt Björn Höcke`); other words stay (`María Teresa Blandón`). A known place's genitive before a title there names
 * the place the title heads (`Bayerns Ministerpräsident`): `place` is called with its token. s when nothing describes.
 */
export function describedPersonStart(tokens: readonly Token[], s: number, e: number, x: DescribedPersonTests, place: (i: number) => void): number {
  let g = s;
  while (g < e - 1 && !x.givenName(tokens[g]!.text)) g++;
  if (g === s || g >= e - 1 || !x.surnameAt(g + 1 + x.particlesAt(g + 1), g)) return s;
  const nameLike = (i: number): boolean => {
    const t = tokens[i]!;
    return !t.sentStart && !t.text.includes('-') && !x.commonNoun(t) && !x.compoundNoun(t) && !x.adjective(t) && x.titleAt(i) === 0 && x.known(t.text) === null;
  };
  while (g > s && nameLike(g - 1)) g--;
  for (let t = s + 1; t < g; t++) if (x.titleAt(t) > 0 && x.genitivePlace(tokens[t - 1]!.text)) place(t - 1);
  return g;
}
