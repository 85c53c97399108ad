// Unicode classes of characters as a `u` regex reads them (letter or number, upper-case letter, white space, mark), cached per
// code unit and astral code point on first sight, for the hand-written token scanners of analyze and the weave.

export const LN = 1; // \p{L} or \p{N}
export const LU = 2; // \p{Lu}
export const SPACE = 4; // \s
export const MARK = 16; // \p{M}: a combining mark (Arabic vowels and shadda, Indic vowel signs, a decomposed accent)
const KNOWN = 8; // the entry is filled

const IS_LN = /^[\p{L}\p{N}]$/u;
const IS_LU = /^\p{Lu}$/u;
const IS_SPACE = /^\s$/u;
const IS_MARK = /^\p{M}$/u;

/** The classes of each code unit (a lone surrogate reads as itself, as in a `u` regex), filled on first sight. */
const unitClass = new Uint8Array(65536);
/** The classes of astral code points, filled on first sight. */
const astralClass = new Map<number, number>();

function classify(ch: string): number {
  return KNOWN | (IS_LN.test(ch) ? LN : 0) | (IS_LU.test(ch) ? LU : 0) | (IS_SPACE.test(ch) ? SPACE : 0) | (IS_MARK.test(ch) ? MARK : 0);
}

/** The classes of code unit `u` (not combined with its neighbour). */
export function unitClassOf(u: number): number {
  let k = unitClass[u]!;
  if (k === 0) {
    k = classify(String.fromCharCode(u));
    unitClass[u] = k;
  }
  return k;
}

function astralClassOf(cp: number): number {
  let k = astralClass.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp));
    astralClass.set(cp, k);
  }
  return k;
}

/** The code point at `i` as a `u` regex reads it within text[.., end): a pair only when both halves lie before `end`. */
export function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

export function classAt(cp: number): number {
  return cp < 0x10000 ? unitClassOf(cp) : astralClassOf(cp);
}
