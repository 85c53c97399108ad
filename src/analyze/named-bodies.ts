// Bodies a language names by the shape of their words, where a capital alone says nothing (at a sentence's start) or
// only the first word has one: Russian `Минтранс`, `Росстат`, `Роспотребнадзор` (data orgPrefixes: a ministry's or
// federal agency's short name), and `Следственный комитет`, `Конституционного суда` (a capitalised adjective, data
// bodyAdjectiveEndings, and adjectives in lower case before a body's head word in lower case, data orgKeywords, in any
// case: `Российским научным фондом`); French, Italian,
// Spanish, Portuguese `Assemblée nationale`, `Agenzia spaziale italiana`, `Banco central` (a body's head word, then
// adjectives in lower case, data adjectiveEndingsAfter); German `Bundesamt für Migration und Flüchtlinge` (a head word,
// `für` and its field). Our own rule: no gazetteer lists every agency, and the shape is what a reader goes by.
import { type LangProfile, stem } from '../lang/index.js';
import { ELIDED_CAP } from './capital-runs.js';
import { langLex } from './lang-lex.js';
import { ELIDED_ARTICLE } from './lang-titles.js';
import type { Token } from './tokens.js';

/** Letters of a short name after its prefix, at least (`Минфин`: 3). */
const MIN_REST = 3;
/** Adjectives after a body's head word, or between a capitalised adjective and the head word, at most (`Agenzia spaziale
 * italiana`, `Баксанской нейтринной обсерватории`). */
const MAX_ADJECTIVES = 2;

/** The spans [a, b) of bodies named so, over tokens no earlier rule used. */
export function namedBodies(tokens: Token[], norms: string[], used: Uint8Array, p: LangProfile, known: (w: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  if (p.orgPrefixes.length === 0 && p.bodyAdjectiveEndings.length === 0 && p.adjectiveEndingsAfter.length === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (used[i] || !t.word || !(t.cap || ELIDED_CAP.test(t.text))) continue;
    // a short name opening with a prefix and written as one word, its rest in lower case; no adjective (`Российская`)
    // and no name known otherwise (`Минске`)
    const adjective = p.bodyAdjectiveEndings.some((s) => norms[i]!.endsWith(s));
    if (
      !adjective &&
      p.orgPrefixes.some((x) => t.text.startsWith(x) && t.text.length >= x.length + MIN_REST && /^\p{Ll}+$/u.test(t.text.slice(x.length + 1))) &&
      !known(t.text) &&
      // (a title is no body's short name: `Министр` is no `Мин` body)
      !langLex(p).titleWords.has(norms[i]!)
    ) {
      out.push([i, i + 1]);
      continue;
    }
    // a body's head word, then its adjectives in lower case (`Assemblée nationale`, `Agenzia spaziale italiana`)
    if (p.orgKeywords.has(t.text.replace(ELIDED_ARTICLE, '')) && !t.sentStart) {
      let e = i + 1;
      while (e < i + 1 + MAX_ADJECTIVES && !used[e] && tokens[e]?.word && !tokens[e]!.cap && p.adjectiveEndingsAfter.some((x) => norms[e]!.endsWith(x))) e++;
      if (e > i + 1) {
        out.push([i, e]);
        i = e - 1;
        continue;
      }
    }
    // a capitalised adjective, then adjectives and a body's head word in lower case (`Следственный комитет`,
    // `Конституционного суда`, `Новосибирского государственного университета`)
    if (!adjective) continue;
    let h = i + 1;
    const lower = (k: number): boolean => !!tokens[k]?.word && !tokens[k]!.cap && !used[k];
    while (h < i + 1 + MAX_ADJECTIVES && lower(h) && lower(h + 1) && p.bodyAdjectiveEndings.some((x) => norms[h]!.endsWith(x))) h++;
    if (lower(h) && orgHeadStems(p).has(stem(norms[h]!, p.code))) {
      out.push([i, h + 1]);
      i = h;
    }
  }
  return out;
}

const headStems = new WeakMap<LangProfile, ReadonlySet<string>>();
/** The Snowball stems of a language's organisation head words (data orgKeywords), made when first asked (Russian:
 * `Ассоциации` and `Ассоциация` share one). */
export function orgHeadStems(p: LangProfile): ReadonlySet<string> {
  let set = headStems.get(p);
  if (!set) {
    set = new Set([...p.orgKeywords].map((w) => stem(w.toLowerCase(), p.code)));
    headStems.set(p, set);
  }
  return set;
}

/** Words of a German body's field after `für`, at most (`Bundesamt für Migration und Flüchtlinge`). */
const MAX_FIELD = 5;

/** German: the end of a body's name made of its head word at token i, `für` and the field's capitalised words after it,
 * joined by `und` (a word's part left for the next too: `Medien- und Kommunikationspolitik`) or listed (`Technologie,
 * Innovation und Forschung`); -1 when no field follows. */
export function fieldEnd(tokens: Token[], norms: string[], used: Uint8Array, i: number): number {
  const field = (x: number): boolean => !!tokens[x]?.word && tokens[x]!.cap && !used[x] && tokens[x]!.sent === tokens[i]!.sent;
  const joined = (x: number): number => {
    if (norms[x + 1] === 'und' && field(x + 2)) return 3;
    if (tokens[x + 1]?.text === '-' && norms[x + 2] === 'und' && field(x + 3)) return 4;
    let k = x;
    while (tokens[k + 1]?.text === ',' && field(k + 2)) k += 2;
    return k > x && norms[k + 1] === 'und' && field(k + 2) ? k + 3 - x : 1;
  };
  let e = i + 2;
  while (e < i + 2 + MAX_FIELD && field(e)) e += joined(e);
  return e === i + 2 ? -1 : e;
}
